using StressMaps.Harness.Files;
using StressMaps.Harness.Bundles;

namespace StressMaps.Tests.Bundles;

public class SafeFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\windows\\system32")]
    [InlineData("..")]
    [InlineData("a/../../b.bundle.json")]
    [InlineData("")]
    public void NameFromABundleNeverLeavesTheFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stressmaps-safe-name");

        var path = SafeFileName.InFolder(folder, name);

        Assert.Equal(Path.GetFullPath(folder), Path.GetDirectoryName(path));
    }

    [Fact]
    public void OrdinaryCellNameIsKept()
    {
        Assert.Equal("writer-vs-reader.unsafe.bundle.json", SafeFileName.From("writer-vs-reader.unsafe.bundle.json"));
    }
}
