namespace StressMaps.Tests.Architecture;

public class VerdictWordTests
{
    private static readonly string[] Words = ["bug", "safe", "skipped", "proved"];

    [Fact]
    public void VerdictWordsAreStringLiteralsOnlyInTheOneJsonMapping()
    {
        var files = SourceTree.CSharpFiles("src").Concat(SourceTree.CSharpFiles("tools"))
            .Where(file => SourceTree.StringLiterals(SourceTree.WithoutComments(File.ReadAllText(file))).Any(literal => Words.Contains(literal)))
            .Select(SourceTree.Relative)
            .ToList();

        // JUnit's own schema names an element and an attribute "skipped"; they are JUnit's words, not a verdict.
        Assert.Equal(["src/Harness/Reports/Exporters/JUnitExporter.cs", "src/Harness/Verdicts/VerdictKindJson.cs"], files);
    }

    [Fact]
    public void TheLiteralFinderSeesALiteral()
    {
        Assert.Equal(["bug", "x \\\" y"], SourceTree.StringLiterals("var a = \"bug\"; var b = \"x \\\" y\";"));
        Assert.Empty(SourceTree.StringLiterals(SourceTree.WithoutComments("/// <param name=\"bug\"/>\n// \"safe\"\n")));
    }
}
