using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps report FOLDER</c>: renders the reports again from a run's run.json and bundles.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The output folder of a run (it holds run.json and bugs/)." };
        var formats = new ReportFormatInput([.. ExporterRegistry.RunDefaults, "console"]);
        var command = new Command("report", "Render the reports of a finished run from its run.json and bug bundles.");
        command.Arguments.Add(folder);
        formats.AddTo(command);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(folder) ?? ".";
            RunReport report;
            try
            {
                report = RunReport.Load(path);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{path}: {error.Message}");
            }

            ExporterRegistry.Export(report, formats.Read(parsed), new ExportTarget(path, Console.Out, Environment.GetEnvironmentVariable));
            return ExitCodes.Success;
        });
        return command;
    }
}
