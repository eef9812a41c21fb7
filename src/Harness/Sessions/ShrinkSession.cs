using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary><c>stressmaps shrink</c>: shrinks a bundle's bug and writes the smaller bundle.</summary>
public static class ShrinkSession
{
    /// <summary>
    /// Shrinks <paramref name="bundle"/>'s bug on <paramref name="target"/> and writes the result to
    /// <paramref name="path"/> (checked with <see cref="OutputFolder.PrepareFile"/> first); returns the shrunk bundle.
    /// </summary>
    public static BugBundle Shrink(BugBundle bundle, Target target, string path, uint defaultSeed, CancellationToken cancellation = default)
    {
        var options = new ShrinkOptions(
            MaxSteps: bundle.Replay.MaxSteps, Seed: bundle.Replay.Seed ?? defaultSeed, InterleaveMemoryAccesses: bundle.Replay.InterleaveMemoryAccesses == true);
        var shrunk = BugBundleFactory.Shrink(bundle, target, options, cancellation) with { ReplayCommand = $"stressmaps replay {path} --times 100" };
        BugBundleJson.Write(path, shrunk);
        return shrunk;
    }

    /// <summary>Where <c>shrink</c> writes by default: beside the bundle, as <c>&lt;name&gt;.shrunk.bundle.json</c> (named from the path, never from inside the bundle).</summary>
    public static string DefaultPath(string bundlePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(bundlePath))!;
        var name = Path.GetFileName(bundlePath);
        var stem = name.EndsWith(OutputFolder.BundleSuffix, StringComparison.OrdinalIgnoreCase) ? name[..^OutputFolder.BundleSuffix.Length] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(folder, SafeFileName.From($"{stem}.shrunk{OutputFolder.BundleSuffix}"));
    }
}
