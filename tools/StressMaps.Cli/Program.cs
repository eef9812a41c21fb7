using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli;
using StressMaps.Cli.Commands;

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
    var command = parsed.CommandResult.Command;
    var help = command == root ? "stressmaps --help" : $"stressmaps {command.Name} --help";
    Console.Error.WriteLine($"error: {parsed.Errors[0].Message} (see '{help}')");
    return ExitCodes.UsageError;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly after the cell in progress; a second one kills the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
}
catch (UsageException error)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return ExitCodes.UsageError;
}
catch (Exception error)
{
    Console.Error.WriteLine($"internal error: {error.GetType().Name}: {error.Message}");
    Console.Error.WriteLine(error.StackTrace);
    return ExitCodes.InternalError;
}
