using System.Text.RegularExpressions;

namespace StressMaps.Tests.Architecture;

public partial class BugKindWordTests
{
    // How messages name each kind of bug: StressMaps' own oracles' words and Coyote's.
    private static readonly string[] KindPhrases =
        ["data race", "contract violation", "linearizable", "final check", "deadlock", "steps bound", "hang detected"];

    /// <summary>The one file that may read a kind from text: Coyote's own reports, and files written before kinds were stored.</summary>
    private const string TheFallback = "src/Harness/Exploration/Bugs/UntypedBugs.cs";

    [Fact]
    public void TheWordsThatNameABugKindAreReadFromTextOnlyInTheOneFallback()
    {
        var readers = SourceTree.CSharpFiles("src").Concat(SourceTree.CSharpFiles("tools"))
            .Where(file => ReadsAKindFromText(SourceTree.WithoutComments(File.ReadAllText(file))))
            .Select(SourceTree.Relative)
            .ToList();

        Assert.Equal([TheFallback], readers);
    }

    [Theory]
    [InlineData("if (message.Contains(\"data race\", StringComparison.Ordinal))", true)]
    [InlineData("_ when message.StartsWith(\"Final check failed\", StringComparison.Ordinal) => FinalCheck,", true)]
    [InlineData("[GeneratedRegex(@\"steps bound of \\d+\")]", true)]
    [InlineData("Specification.Assert(holds, \"Final check failed: expected {0}, found {1}.\", check, found);", false)]
    [InlineData("if (message.Contains(\"Collection was modified\"))", false)]
    public void TheFinderSeesAKindReadFromText(string line, bool reads) => Assert.Equal(reads, ReadsAKindFromText(line));

    private static bool ReadsAKindFromText(string code) =>
        code.Split('\n').Any(line => TextSearch().IsMatch(line)
            && Quoted().Matches(line).Any(literal => KindPhrases.Any(phrase => literal.Value.Contains(phrase, StringComparison.OrdinalIgnoreCase))));

    [GeneratedRegex(@"\.(Contains|StartsWith|EndsWith|IndexOf|IsMatch|Match)\s*\(|Regex\s*\(")]
    private static partial Regex TextSearch();

    // Regular and verbatim literals alike.
    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex Quoted();
}
