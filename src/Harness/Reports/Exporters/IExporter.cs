namespace StressMaps.Harness.Reports.Exporters;

/// <summary>One report format, rendered from run.json and the bundles (<see cref="RunReport"/>).</summary>
public interface IExporter
{
    /// <summary>The name <c>--format</c> takes.</summary>
    string Format { get; }

    /// <summary>Writes the report: files into the target's folder, lines to its writer.</summary>
    void Export(RunReport report, ExportTarget target);
}

/// <summary>Where an exporter writes.</summary>
/// <param name="Folder">The run's output folder.</param>
/// <param name="Out">What the user reads (standard output for the tool).</param>
/// <param name="Environment">The environment variables, by name (a test passes its own).</param>
public sealed record ExportTarget(string Folder, TextWriter Out, Func<string, string?> Environment);
