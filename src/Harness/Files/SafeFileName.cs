namespace StressMaps.Harness.Files;

/// <summary>
/// Turns a name that may come from a bundle or a scenario into a file name that stays inside its
/// folder: no separators, no "..", no leading dot, nothing but letters, digits, '.', '-' and '_'.
/// </summary>
public static class SafeFileName
{
    private const int MaxLength = 120;

    /// <summary>A file name made from <paramref name="name"/>.</summary>
    public static string From(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray();
        var safe = new string(chars);
        while (safe.Contains("..", StringComparison.Ordinal))
        {
            safe = safe.Replace("..", ".", StringComparison.Ordinal);
        }

        safe = safe.Trim('.', '-');
        if (safe.Length > MaxLength)
        {
            safe = safe[..MaxLength];
        }

        return safe.Length == 0 ? "unnamed" : safe;
    }

    /// <summary>
    /// The path of <paramref name="fileName"/> in <paramref name="folder"/>, made safe, and checked to be inside it.
    /// </summary>
    public static string InFolder(string folder, string fileName)
    {
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, From(fileName)));
        if (!path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"refusing to write '{fileName}' outside '{root}'.");
        }

        return path;
    }
}
