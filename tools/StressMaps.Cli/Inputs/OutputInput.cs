using System.CommandLine;
using StressMaps.Cli.Commands;

namespace StressMaps.Cli.Inputs;

/// <summary>The <c>-o|--output</c> folder option every writing command shares.</summary>
public static class OutputInput
{
    /// <summary>An output option saying what goes in the folder; the default is <see cref="RunCommand.DefaultOutput"/>.</summary>
    public static Option<string> Create(string description, string defaultFolder = RunCommand.DefaultOutput) => new("--output", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => defaultFolder,
    };
}
