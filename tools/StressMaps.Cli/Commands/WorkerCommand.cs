using System.CommandLine;
using System.Text.Json;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.ScaleOut;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps worker</c> (hidden): the child process of <c>run --parallel</c>. Reads one
/// <see cref="WorkRequest"/> per line on stdin, explores it, and answers with one <see cref="CellRecord"/>
/// per line on stdout, until stdin closes. Nothing else goes to stdout.
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
        var command = new Command(Name, "Explore work units sent on stdin (used by run --parallel).") { Hidden = true };
        command.SetAction((_, cancellation) =>
        {
            var output = Console.Out;
            while (!cancellation.IsCancellationRequested && Console.In.ReadLine() is { } line)
            {
                var request = JsonSerializer.Deserialize<WorkRequest>(line, LineJson)
                    ?? throw new InvalidDataException("empty work request");
                var record = UnitRunner.Run(request.Unit, request.RunOptions);
                output.WriteLine(JsonSerializer.Serialize(record, LineJson));
                output.Flush();
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
