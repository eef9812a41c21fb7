using System.CommandLine;
using StressMaps.Harness.ScaleOut;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps worker</c> (hidden): the child process of <c>run --parallel</c>, serving
/// <see cref="WorkerLoop"/> on stdin and stdout until stdin closes. Nothing else goes to stdout.
/// </summary>
public static class WorkerCommand
{
    /// <summary>The command's name, as the parent invokes it.</summary>
    public const string Name = "worker";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command(Name, "Explore work units sent on stdin (used by run --parallel).") { Hidden = true };
        command.SetAction((_, cancellation) =>
        {
            WorkerLoop.Serve(Console.In, Console.Out, cancellation);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
