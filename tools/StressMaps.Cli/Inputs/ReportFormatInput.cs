using System.CommandLine;
using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Cli.Inputs;

/// <summary>--format: which reports to write, comma-separated or repeated (the formats of <see cref="ExporterRegistry"/>).</summary>
public sealed class ReportFormatInput(IReadOnlyList<string> defaults)
{
    /// <summary>The option.</summary>
    public Option<string[]> Option { get; } = new("--format", "-f")
    {
        Description = $"Reports to write: {string.Join(", ", ExporterRegistry.Formats)} (default: {string.Join(",", defaults)}).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>The formats asked for; GitHub's joins the defaults when GITHUB_ACTIONS=true.</summary>
    public IReadOnlyList<string> Read(ParseResult parsed)
    {
        var typed = parsed.GetValue(Option);
        return typed is null || typed.Length == 0
            ? ExporterRegistry.DefaultsFor(defaults, Environment.GetEnvironmentVariable)
            : NameListInput.Resolve(typed, ExporterRegistry.Formats, name => name, "format");
    }
}
