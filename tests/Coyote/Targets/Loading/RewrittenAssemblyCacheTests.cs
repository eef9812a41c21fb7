using StressMaps.Harness.Exploration;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Tests.Targets.Loading;

public class RewrittenAssemblyCacheTests
{
    [Fact]
    public void RewritingLeavesTheUsersFolderUntouchedAndReusesTheCopyForTheSameContent()
    {
        _ = TestMaps.AssemblyPath; // sets the cache folder for this test process
        var userFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"stressmaps-user-{Guid.NewGuid():N}")).FullName;
        try
        {
            var assembly = Path.Combine(userFolder, "StressMaps.TestMaps.dll");
            File.Copy(TestMaps.AssemblyPath, assembly);
            var before = Snapshot(userFolder);

            var first = RewrittenAssemblyCache.RewrittenFolderOf(assembly);
            var second = RewrittenAssemblyCache.RewrittenFolderOf(assembly);

            Assert.Equal(before, Snapshot(userFolder));
            Assert.Equal(first, second);
            Assert.StartsWith(RewrittenAssemblyCache.Root, first);
            var target = UserTargetLoader.Load(assembly, "StressMaps.TestMaps.StripedLockMap`2", ThreadSafetyContract.ThreadSafe);
            Assert.True(RewritingGuard.IsRewritten(target.Type.Assembly));
            Assert.True(target.IsRewritten);
        }
        finally
        {
            Directory.Delete(userFolder, recursive: true);
        }
    }

    private static string Snapshot(string folder) =>
        string.Join(",", Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => $"{path}:{new FileInfo(path).Length}:{File.GetLastWriteTimeUtc(path).Ticks}"));
}
