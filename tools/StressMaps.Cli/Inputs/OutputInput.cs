using System.CommandLine;
using StressMaps.Harness.Files;

namespace StressMaps.Cli.Inputs;

/// <summary>The <c>-o|--output</c> folder option every writing command shares.</summary>
public static class OutputInput
{
    /// <summary>An output option saying what goes in the folder; the default is <see cref="OutputFolder.Default"/>.</summary>
    public static Option<string> Create(string description, string defaultFolder = OutputFolder.Default) => new("--output", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => defaultFolder,
    };

    /// <summary>The folder <paramref name="option"/> names, checked before any work (<see cref="OutputFolder.Prepare"/>).</summary>
    public static OutputFolder Prepare(ParseResult parsed, Option<string> option) =>
        OutputFolder.Prepare(parsed.GetValue(option) ?? OutputFolder.Default);
}
