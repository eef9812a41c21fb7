using StressMaps.Harness.Exploration;

namespace StressMaps.Tests.Exploration;

public class BugReportTextTests
{
    [Fact]
    public void FirstLineDropsCoyotesPrefixAndTheStack()
    {
        var report = "Unhandled exception. System.InvalidOperationException: Collection was modified.\n   at Foo.Bar()";

        Assert.Equal("System.InvalidOperationException: Collection was modified.", BugReportText.FirstLine(report));
    }

    [Fact]
    public void GenericTypeNamesReadAsCSharp()
    {
        var line = "Found read/write data race on 'System.Collections.Generic.Dictionary`2[System.String,System.Int32]'.";

        Assert.Equal("Found read/write data race on 'Dictionary<String,Int32>'.", BugReportText.FirstLine(line));
    }
}
