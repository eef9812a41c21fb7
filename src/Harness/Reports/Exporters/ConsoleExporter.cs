namespace StressMaps.Harness.Reports.Exporters;

/// <summary>Each bug's interleaving table, printed for the reader at the terminal.</summary>
public sealed class ConsoleExporter : IExporter
{
    /// <inheritdoc />
    public string Format => "console";

    /// <inheritdoc />
    public void Export(RunReport report, ExportTarget target)
    {
        foreach (var bundle in report.Bundles)
        {
            InterleavingTable.WriteBug(target.Out, bundle);
        }
    }
}
