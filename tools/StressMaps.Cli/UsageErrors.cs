using System.CommandLine;

namespace StressMaps.Cli;

/// <summary>The one line a parse error gets: the word the tool did not know, by name, and where to look.</summary>
public static class UsageErrors
{
    /// <summary>The first error of <paramref name="parsed"/>, naming an unknown command word when there is one.</summary>
    public static string Describe(RootCommand root, ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var help = command == root ? "stressmaps --help" : $"stressmaps {command.Name} --help";
        if (command == root && parsed.UnmatchedTokens.Count > 0)
        {
            var commands = root.Subcommands.Where(sub => !sub.Hidden).Select(sub => sub.Name);
            return $"unknown command '{parsed.UnmatchedTokens[0]}'. Commands: {string.Join(", ", commands)} (see '{help}')";
        }

        return $"{parsed.Errors[0].Message} (see '{help}')";
    }
}
