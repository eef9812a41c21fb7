using System.CommandLine;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Status;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps worker</c> (hidden): the child process of <c>run --parallel</c> and of <c>run --type</c>, serving
/// <see cref="WorkerLoop"/> on stdin and stdout until stdin closes. Nothing else goes to stdout.
/// </summary>
public static class WorkerCommand
{
    /// <summary>The command's name, as the parent invokes it.</summary>
    public const string Name = "worker";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command(Name, "Explore work sent on stdin (used by run --parallel and run --type).") { Hidden = true };
        command.SetAction((_, cancellation) =>
        {
            WatchOwnDeath();
            WorkerLoop.Serve(Console.In, Console.Out, cancellation);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // Under a watchdog, the worker keeps a status board, and ends itself on running out of memory, saying so:
    // the user's code, or Coyote, would otherwise catch the exception and go on with a broken heap.
    private static void WatchOwnDeath()
    {
        if (Environment.GetEnvironmentVariable(WorkerProcess.BoardVariable) is not { Length: > 0 } board)
        {
            return;
        }

        StatusBoard.Attach(board);
        if (Environment.GetEnvironmentVariable(WorkerProcess.JournalVariable) is { Length: > 0 } journal)
        {
            TraceJournal.Attach(journal);
        }

        AppDomain.CurrentDomain.FirstChanceException += (_, thrown) =>
        {
            if (thrown.Exception is OutOfMemoryException)
            {
                Environment.FailFast(WorkerDeaths.OutOfMemoryMarker);
            }
        };
    }
}
