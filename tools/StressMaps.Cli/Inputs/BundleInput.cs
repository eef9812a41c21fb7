using System.CommandLine;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Inputs;

/// <summary>A bundle named on the command line, and how to find its target: the argument, --assembly and --force.</summary>
public sealed class BundleInput
{
    /// <summary>The bundle file.</summary>
    public Argument<string> Path { get; } = new("bundle") { Description = "A bug bundle (bugs/<cell>.bundle.json)." };

    /// <summary>--assembly.</summary>
    public Option<string?> Assembly { get; } = new("--assembly")
    {
        Description = "The target assembly to load instead of the one the bundle names; it must have the bundle's SHA-256.",
    };

    /// <summary>--force.</summary>
    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replay even when the target assembly's SHA-256 differs from the bundle's.",
    };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Assembly);
        command.Options.Add(Force);
    }

    /// <summary>The bundle and its target, loaded here; any problem is a <see cref="UsageException"/> of one line.</summary>
    public (BugBundle Bundle, Target Target) Read(ParseResult parsed)
    {
        var (path, bundle) = ReadBundle(parsed);
        return (bundle, Guarded(path, () => TargetResolver.Resolve(bundle.Target, parsed.GetValue(Assembly), parsed.GetValue(Force))));
    }

    /// <summary>The bundle alone, its target not loaded (a user's type is loaded by a watched worker); any problem is a <see cref="UsageException"/> of one line.</summary>
    public (string Path, BugBundle Bundle) ReadBundle(ParseResult parsed)
    {
        var path = parsed.GetValue(Path) ?? "";
        return (path, Guarded(path, () => File.Exists(path)
            ? BugBundleJson.Read(path)
            : throw new InvalidDataException($"bundle '{path}' does not exist.")));
    }

    /// <summary>The job that replays or shrinks this bundle in a watched worker.</summary>
    public BundleJob Job(ParseResult parsed) => new(parsed.GetValue(Path) ?? "", parsed.GetValue(Assembly), parsed.GetValue(Force));

    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException error)
        {
            throw new UsageException($"{path}: {error.Message}");
        }
    }
}
