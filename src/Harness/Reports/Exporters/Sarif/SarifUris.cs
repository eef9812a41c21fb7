using System.Text.Json.Nodes;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>Source paths as SARIF artifact locations: relative to <c>%SRCROOT%</c> when under the source root, else absolute.</summary>
public sealed class SarifUris(string sourceRoot)
{
    /// <summary>The base id code scanning resolves against the repository's checkout (left out of <c>originalUriBaseIds</c>, so the file names no machine's path).</summary>
    public const string BaseId = "%SRCROOT%";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot)) + Path.DirectorySeparatorChar;

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
