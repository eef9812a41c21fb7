using System.Text.Json.Nodes;

namespace StressMaps.Harness.Reporting.Sarif;

/// <summary>Source paths as SARIF artifact locations: relative to <c>%SRCROOT%</c> when under the source root, else absolute.</summary>
public sealed class SarifUris(string sourceRoot)
{
    /// <summary>The base id code scanning resolves against the repository's checkout.</summary>
    public const string BaseId = "%SRCROOT%";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot)) + Path.DirectorySeparatorChar;

    /// <summary>The source root as a file URI ending in a slash, as SARIF requires of a base.</summary>
    public string RootUri => new Uri(_root).AbsoluteUri;

    /// <summary>The artifact location of <paramref name="file"/>.</summary>
    public JsonObject ArtifactLocation(string file)
    {
        if (Path.IsPathFullyQualified(file) && file.StartsWith(_root, StringComparison.Ordinal))
        {
            var relative = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
            return new JsonObject { ["uri"] = Uri.EscapeDataString(relative).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = BaseId };
        }

        return new JsonObject { ["uri"] = Path.IsPathFullyQualified(file) ? new Uri(file).AbsoluteUri : file.Replace('\\', '/') };
    }
}
