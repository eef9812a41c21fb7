using System.Reflection;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.CoyoteCells;
using StressMaps.Harness.Bundles;

namespace StressMaps.Tests.CoyoteCells;

public class CoyoteCellsTests
{
    private static readonly Assembly Cells = typeof(BuiltInCell).Assembly;

    [Fact]
    public void EveryCatalogCellHasItsCoyoteTestMethodAndNoOtherCellMethodExists()
    {
        var expected = BuiltInCell.Cells().Select(cell => BuiltInCell.MethodName(cell.Scenario.Name, cell.Map.Name)).Order().ToList();

        var actual = TestMethods().Select(method => method.Name).Where(name => name != CoyoteTraceFile.ReplayMethod).Order().ToList();

        Assert.Equal(44, expected.Count); // 9 maps × 5 scenarios, less atomic-update on unsafe (not applicable)
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryTestMethodIsPublicStaticParameterlessAndReturnsTask()
    {
        Assert.All(TestMethods(), method =>
            Assert.True(method.IsPublic && method.IsStatic && method.GetParameters().Length == 0 && method.ReturnType == typeof(Task), method.Name));
    }

    [Fact]
    public void TheBundleReplayMethodIsTheOneEveryTraceFileNames()
    {
        Assert.Single(TestMethods(), method => method.Name == CoyoteTraceFile.ReplayMethod && method.DeclaringType == typeof(BundleReplay));
    }

    [Theory]
    [InlineData("writer-vs-reader", "unsafe", "WriterVsReader_Unsafe")]
    [InlineData("two-writers-one-reader", "unlocked-clone", "TwoWritersOneReader_UnlockedClone")]
    public void AMethodIsNamedForItsCell(string scenario, string map, string method) =>
        Assert.Equal(method, BuiltInCell.MethodName(scenario, map));

    [Fact]
    public async Task AMethodNameThatIsNoCellIsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => BuiltInCell.Run("WriterVsReader_Nothing"));

        Assert.Contains("names no built-in cell", error.Message);
    }

    private static IEnumerable<MethodInfo> TestMethods() =>
        Cells.GetTypes().SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<TestAttribute>() is not null);
}
