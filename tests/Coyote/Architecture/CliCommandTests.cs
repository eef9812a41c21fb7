namespace StressMaps.Tests.Architecture;

public class CliCommandTests
{
    /// <summary>Commands parse, call a session and print; more than this is logic that belongs in the harness.</summary>
    private const int MaxLines = 120;

    [Fact]
    public void EveryCommandFileIsShortEnoughToBeOnlyParseCallPrint()
    {
        var files = SourceTree.CSharpFiles("tools/StressMaps.Cli/Commands");

        var tooLong = files.Select(file => (File: SourceTree.Relative(file), Lines: File.ReadAllLines(file).Length)).Where(file => file.Lines > MaxLines).ToList();

        Assert.NotEmpty(files);
        Assert.True(tooLong.Count == 0, string.Join(", ", tooLong.Select(file => $"{file.File}: {file.Lines} lines")));
    }
}
