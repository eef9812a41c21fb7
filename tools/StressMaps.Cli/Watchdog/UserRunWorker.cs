using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using StressMaps.Cli.Commands;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Cli.Watchdog;

/// <summary>
/// The worker side of <c>run --type ...</c>: parses the run's own arguments as <c>run</c> does, plans it here
/// (this runs the user's code: constructors, a first write) and explores what the parent left, through
/// <see cref="WatchedCells"/>.
/// </summary>
internal sealed class UserRunWorker(UserRunRequest request, Action<UserRunEvent> emit)
{
    private static readonly IAnsiConsole Silent = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });

    /// <summary>Types, as typed, to leave out.</summary>
    public IReadOnlyCollection<string> Dropped => request.Drop;

    /// <summary>Runs the request on <paramref name="line"/>; the parent reads the events <paramref name="answer"/> sends.</summary>
    public static void Run(string line, Action<object> answer, CancellationToken cancellation)
    {
        var request = JsonSerializer.Deserialize<UserRunRequest>(line, DocumentJson.Line) ?? throw new InvalidDataException("empty user run request");
        var worker = new UserRunWorker(request, answer);
        var parsed = new RootCommand { RunCommand.Create(Silent, worker), TestCommand.Create(Silent, worker) }.Parse([request.Command ?? "run", .. request.Arguments]);
        try
        {
            parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is UsageException or BadInputException or OutputFolderException)
        {
            answer(new UserRunEvent(UserRunEvent.Rejected, Text: error.Message));
        }
        finally
        {
            WorkerPhase.Enter(WorkerPhaseKind.Idle);
        }
    }

    /// <summary>Explores <paramref name="planned"/>'s cells that the parent has not settled.</summary>
    public int Explore(RunRequest planned, IEnumerable<string> notes, CancellationToken cancellation)
    {
        WatchedCells.Explore(planned, notes, request, emit, cancellation);
        return ExitCodes.Success;
    }
}
