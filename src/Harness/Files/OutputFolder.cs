namespace StressMaps.Harness.Files;

/// <summary>
/// The folder a command writes into, and the names of what it writes there. Checked before any work,
/// so a typo in <c>-o</c> costs one line, not minutes of exploration.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The default folder.</summary>
    public const string Default = "stressmaps-out";

    /// <summary>The run's canonical result.</summary>
    public const string RunFile = "run.json";

    /// <summary>The folder, beside <see cref="RunFile"/>, that holds the bug bundles.</summary>
    public const string BugsFolder = "bugs";

    /// <summary>How every bundle's file name ends.</summary>
    public const string BundleSuffix = ".bundle.json";

    private OutputFolder(string path) => Path = path;

    /// <summary>The folder as the user gave it.</summary>
    public string Path { get; }

    /// <summary>
    /// The folder <paramref name="path"/>, created if missing, after checking that it is a folder this
    /// process may write; throws <see cref="OutputFolderException"/> with one line saying what is wrong.
    /// </summary>
    public static OutputFolder Prepare(string path)
    {
        if (System.IO.File.Exists(path))
        {
            throw new OutputFolderException($"the output folder '{path}' is a file; pass -o a folder (it is created if missing).");
        }

        try
        {
            Directory.CreateDirectory(path);
            var probe = System.IO.Path.Combine(path, $".stressmaps-write-check.{Environment.ProcessId}.{Guid.NewGuid():N}");
            System.IO.File.WriteAllText(probe, "");
            System.IO.File.Delete(probe);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new OutputFolderException($"cannot write to the output folder '{path}': {error.Message}");
        }

        return new OutputFolder(path);
    }

    /// <summary>
    /// Checks, before any work, that <paramref name="path"/> can be written as a file: not a folder, in a
    /// folder this process may write (created if missing). Returns the path.
    /// </summary>
    public static string PrepareFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new OutputFolderException($"'{path}' is a folder; pass -o the file to write.");
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Prepare(folder);
        return path;
    }

    /// <summary>A file <paramref name="name"/> in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The bundle file name of a cell, safe whatever the cell's name holds.</summary>
    public static string BundleFileName(string cell) => SafeFileName.From($"{cell}{BundleSuffix}");

    /// <summary>A bundle's path relative to the folder, as run.json links it: <c>bugs/&lt;cell&gt;.bundle.json</c>.</summary>
    public static string BundleLink(string cell) => $"{BugsFolder}/{BundleFileName(cell)}";

    /// <summary>A bundle's full path in the output folder <paramref name="folder"/>; never outside its <see cref="BugsFolder"/>.</summary>
    public static string BundlePath(string folder, string cell) => SafeFileName.InFolder(System.IO.Path.Combine(folder, BugsFolder), BundleFileName(cell));

    /// <summary>
    /// Makes the folder the run's own: removes <paramref name="runFiles"/> and every bundle an earlier run
    /// left in <see cref="BugsFolder"/>, so each file in it belongs to the run.json written beside them.
    /// Returns how many files were removed.
    /// </summary>
    public int ClaimForRun(IEnumerable<string> runFiles)
    {
        var bugs = File(BugsFolder);
        var stale = runFiles.Select(File).Where(System.IO.File.Exists)
            .Concat(Directory.Exists(bugs) ? Directory.EnumerateFiles(bugs, "*" + BundleSuffix) : [])
            .Concat(Directory.Exists(bugs) ? Directory.EnumerateFiles(bugs, "*.trace") : []) // each bundle's trace for dotnet coyote replay
            .ToList();
        try
        {
            stale.ForEach(System.IO.File.Delete);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot remove the files of an earlier run from '{Path}': {error.Message}");
        }

        return stale.Count;
    }
}

/// <summary>The output folder cannot be used; the message is one line for the user.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
