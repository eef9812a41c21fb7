using System.Text.RegularExpressions;

namespace StressMaps.Tests.Architecture;

/// <summary>The relative links of the repository's Markdown pages, and whether each resolves.</summary>
public static partial class DocumentationLinks
{
    /// <summary>README.md, every page under docs/ and every README under src/, relative to the root.</summary>
    public static IReadOnlyList<string> Pages()
    {
        var root = SourceTree.Root();
        var pages = new List<string> { Path.Combine(root, "README.md") };
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")));
        return pages.Select(SourceTree.Relative).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each relative link of <paramref name="page"/> that leads nowhere: a missing file or a missing heading.</summary>
    public static IEnumerable<string> Broken(string page)
    {
        var root = SourceTree.Root();
        var path = Path.Combine(root, page);
        var text = WithoutCode(File.ReadAllText(path));
        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                yield return $"{page}: {target} (no such file)";
            }
            else if (anchor is not null && !Anchors(resolved).Contains(anchor))
            {
                yield return $"{page}: {target} (no such heading)";
            }
        }
    }

    /// <summary>The anchors GitHub makes of a Markdown file's headings.</summary>
    public static ISet<string> Anchors(string markdownPath)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        if (!markdownPath.EndsWith(".md", StringComparison.Ordinal))
        {
            return anchors;
        }

        foreach (Match heading in Heading().Matches(WithoutCode(File.ReadAllText(markdownPath))))
        {
            var slug = NotInSlug().Replace(heading.Groups["text"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static string WithoutCode(string markdown) => Fence().Replace(markdown, "");

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex NotInSlug();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
