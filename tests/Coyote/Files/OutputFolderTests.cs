using StressMaps.Harness.Files;
using StressMaps.Tests.Sessions;

namespace StressMaps.Tests.Files;

public class OutputFolderTests
{
    [Fact]
    public void AnOutputFolderThatIsAFileIsRefusedInOneLine()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.File("taken"), "");

        var error = Assert.Throws<OutputFolderException>(() => OutputFolder.Prepare(folder.File("taken")));

        Assert.Contains("is a file", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void AMissingOutputFolderIsCreated()
    {
        using var folder = new TempFolder();

        var output = OutputFolder.Prepare(folder.File("a", "b"));

        Assert.True(Directory.Exists(output.Path));
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void AnOutputFileThatIsAFolderIsRefusedInOneLine()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);

        var error = Assert.Throws<OutputFolderException>(() => OutputFolder.PrepareFile(folder.Path));

        Assert.Contains("is a folder", error.Message);
    }
}
