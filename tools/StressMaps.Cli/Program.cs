using System.CommandLine;
using System.Runtime.InteropServices;
using Spectre.Console;
using StressMaps.Cli;
using StressMaps.Cli.Commands;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions;

// Coyote must not try to reach the network: there may be none.
Environment.SetEnvironmentVariable("COYOTE_CLI_TELEMETRY_OPTOUT", "1");

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Logs and pipes get the whole table, not one folded to 80 columns.
    console.Profile.Width = 160;
}
var root = new RootCommand("StressMaps: proves by systematic schedule exploration which ways of sharing a map crash and which cannot.")
{
    RunCommand.Create(console),
    TestCommand.Create(console),
    ListCommand.Create(console),
    TruthTableCommand.Create(console),
    ReplayCommand.Create(console),
    ShrinkCommand.Create(console),
    ReportCommand.Create(console),
    StressCommand.Create(console),
    CompareCommand.Create(console),
    MergeCommand.Create(console),
    WorkerCommand.Create(),
    BenchCommand.Create(console),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine($"error: {UsageErrors.Describe(root, parsed)}");
    return ExitCodes.UsageError;
}

using var cancellation = new CancellationTokenSource();
void Stop(Action<bool> letItDie)
{
    // The first Ctrl+C or SIGTERM stops cleanly after the cell in progress; a second one kills the process.
    letItDie(cancellation.IsCancellationRequested);
    cancellation.Cancel();
}

Console.CancelKeyPress += (_, e) => Stop(die => e.Cancel = !die);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(die => context.Cancel = !die));

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
}
catch (Exception error) when (error is UsageException or BadInputException or OutputFolderException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return ExitCodes.UsageError;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped before anything was written.");
    return ExitCodes.StoppedEarly;
}
catch (Exception error)
{
    Console.Error.WriteLine($"internal error: {error.GetType().Name}: {error.Message}");
    Console.Error.WriteLine(error.StackTrace);
    return ExitCodes.InternalError;
}
