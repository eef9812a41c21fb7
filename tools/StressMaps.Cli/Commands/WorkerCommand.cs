using System.CommandLine;
using System.Text.Json;
using StressMaps.Cli.Watchdog;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.ScaleOut;
using StressMaps.Harness.Watchdog;
using StressMaps.Status;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps worker</c> (hidden): the child process of <c>run --parallel</c> and of <c>run --type</c>.
/// Reads one request per line on stdin, and answers on stdout, until stdin closes: a <see cref="WorkRequest"/>
/// with one <see cref="CellRecord"/>, a <see cref="UserRunRequest"/> with <see cref="UserRunEvent"/>s.
/// Nothing else goes to stdout.
/// </summary>
public static class WorkerCommand
{
    /// <summary>The command's name, as the parent invokes it.</summary>
    public const string Name = "worker";

    /// <summary>JSON on one line: the protocol is line-based.</summary>
    public static JsonSerializerOptions LineJson { get; } = new(RunDocumentJson.Options) { WriteIndented = false };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command(Name, "Explore work units sent on stdin (used by run --parallel and run --type).") { Hidden = true };
        command.SetAction((parsed, cancellation) =>
        {
            WatchOwnDeath();
            var output = Console.Out;
            void Answer(object message)
            {
                output.WriteLine(JsonSerializer.Serialize(message, LineJson));
                output.Flush();
            }

            while (!cancellation.IsCancellationRequested && Console.In.ReadLine() is { } line)
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.TryGetProperty("arguments", out _))
                {
                    var request = document.Deserialize<UserRunRequest>(LineJson) ?? throw new InvalidDataException("empty user run request");
                    UserRunWorker.Run(request, Answer, cancellation);
                    continue;
                }

                var unit = document.Deserialize<WorkRequest>(LineJson) ?? throw new InvalidDataException("empty work request");
                Answer(UnitRunner.Run(unit.Unit, unit.RunOptions));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // Under a watchdog, the worker keeps a status board, and ends itself on running out of memory, saying so:
    // the user's code, or Coyote, would otherwise catch the exception and go on with a broken heap.
    private static void WatchOwnDeath()
    {
        if (Environment.GetEnvironmentVariable(WatchedWorker.BoardVariable) is not { Length: > 0 } board)
        {
            return;
        }

        StatusBoard.Attach(board);
        AppDomain.CurrentDomain.FirstChanceException += (_, thrown) =>
        {
            if (thrown.Exception is OutOfMemoryException)
            {
                Environment.FailFast(WorkerDeaths.OutOfMemoryMarker);
            }
        };
    }
}
