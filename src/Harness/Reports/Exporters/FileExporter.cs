using StressMaps.Harness.Files;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>An exporter that writes one file into the output folder, atomically, and says where.</summary>
public abstract class FileExporter : IExporter
{
    /// <inheritdoc />
    public abstract string Format { get; }

    /// <summary>The file it writes in the output folder.</summary>
    public abstract string FileName { get; }

    /// <summary>The file's text.</summary>
    public abstract string Render(RunReport report);

    /// <inheritdoc />
    public void Export(RunReport report, ExportTarget target)
    {
        var path = Path.Combine(target.Folder, FileName);
        AtomicFile.WriteAllText(path, Render(report));
        target.Out.WriteLine($"Wrote {path}");
    }
}
