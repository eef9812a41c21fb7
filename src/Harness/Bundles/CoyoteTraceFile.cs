using System.Text.Json.Nodes;
using StressMaps.Harness.Files;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// A bundle's trace as a file Coyote's own <c>dotnet coyote replay</c> takes: <c>&lt;cell&gt;.trace</c>
/// beside <c>&lt;cell&gt;.bundle.json</c>, naming the test method that runs the bundle's scenario on its target.
/// </summary>
public static class CoyoteTraceFile
{
    /// <summary>The Coyote test method (in StressMaps.CoyoteCells) that replays the bundle named by <see cref="BundleVariable"/>.</summary>
    public const string ReplayMethod = "ReplayBundle";

    /// <summary>The environment variable that tells <see cref="ReplayMethod"/> which bundle to run.</summary>
    public const string BundleVariable = "STRESSMAPS_BUNDLE";

    private const string BundleSuffix = ".bundle.json";

    /// <summary>Where the trace of the bundle at <paramref name="bundlePath"/> goes.</summary>
    public static string PathFor(string bundlePath) =>
        (bundlePath.EndsWith(BundleSuffix, StringComparison.Ordinal) ? bundlePath[..^BundleSuffix.Length] : bundlePath) + ".trace";

    /// <summary>Writes the trace of <paramref name="bundle"/> beside <paramref name="bundlePath"/>, atomically.</summary>
    public static void WriteBeside(string bundlePath, BugBundle bundle)
    {
        var trace = JsonNode.Parse(bundle.Trace.GetRawText())!.AsObject();
        // Coyote takes the test method from the trace's TestName, overriding --method.
        trace["TestName"] = ReplayMethod;
        AtomicFile.WriteAllText(PathFor(bundlePath), trace.ToJsonString(new() { WriteIndented = true }) + "\n");
    }

    /// <summary>The command that replays <paramref name="bundlePath"/>'s trace with Coyote's own tool, from the repository root.</summary>
    public static string ReplayCommand(string bundlePath) =>
        $"{BundleVariable}={bundlePath} dotnet coyote replay src/CoyoteCells/bin/Debug/net10.0/StressMaps.CoyoteCells.dll {PathFor(bundlePath)} --method {ReplayMethod}";
}
