using System.Text.Json;
using StressMaps.Controlled;
using StressMaps.Rewriting;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Runs our pass (<see cref="UnseenPass"/>) over a user's assemblies Coyote has just rewritten, and keeps
/// its report beside them, where <see cref="ReadReport"/> finds the primitives no one controls.
/// </summary>
public static class UnseenPassRunner
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Passes <paramref name="assemblyFiles"/> in <paramref name="folder"/> and writes the report there.</summary>
    public static PassReport Run(string folder, IReadOnlyList<string> assemblyFiles)
    {
        var report = UnseenPass.Run(folder, assemblyFiles, typeof(FieldAccess).Assembly.Location, footprintNotes: false);
        File.WriteAllText(Path.Combine(folder, PassReport.FileName), JsonSerializer.Serialize(report, Json));
        return report;
    }

    /// <summary>The report kept in <paramref name="folder"/>, or an empty one for a folder passed by no pass of ours.</summary>
    public static PassReport ReadReport(string folder)
    {
        var path = Path.Combine(folder, PassReport.FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<PassReport>(File.ReadAllText(path), Json) ?? new PassReport(0, [])
            : new PassReport(0, []);
    }
}
