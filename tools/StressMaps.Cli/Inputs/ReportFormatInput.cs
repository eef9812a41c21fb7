using System.CommandLine;
using StressMaps.Cli.Output;
using StressMaps.Harness.Reporting;

namespace StressMaps.Cli.Inputs;

/// <summary>--format: which reports to write, comma-separated or repeated.</summary>
public sealed class ReportFormatInput(IReadOnlyList<string> defaults)
{
    /// <summary>What <c>run</c> writes by default (GitHub output and SARIF are added under GITHUB_ACTIONS=true).</summary>
    public static IReadOnlyList<string> RunDefaults { get; } = ["markdown", "html", "junit"];

    /// <summary>Every format: the file exporters, the console interleaving tables, and GitHub's summary and annotations.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ReportWriter.Exporters.Select(exporter => exporter.Format), "console", "github"];

    /// <summary>The option.</summary>
    public Option<string[]> Option { get; } = new("--format", "-f")
    {
        Description = $"Reports to write: {string.Join(", ", ReportWriter.Exporters.Select(exporter => exporter.Format).Concat(["console", "github"]))} (default: {string.Join(",", defaults)}).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>The formats asked for; GitHub's, and SARIF for code scanning, join the defaults when GITHUB_ACTIONS=true.</summary>
    public IReadOnlyList<string> Read(ParseResult parsed)
    {
        var typed = parsed.GetValue(Option);
        if (typed is null || typed.Length == 0)
        {
            return GitHubReport.IsEnvironmentallyEnabled(Environment.GetEnvironmentVariable) ? [.. defaults, "github", "sarif"] : defaults;
        }

        return NameListInput.Resolve(typed, All, name => name, "format");
    }
}
