using Mono.Cecil;

namespace StressMaps.Tests.Architecture;

public class StageOrderTests
{
    private const string Harness = "StressMaps.Harness";

    [Fact]
    public void NoHarnessTypeUsesARoomLaterInTheFlow()
    {
        using var module = ModuleOf(typeof(Harness.Verdicts.CellVerdict));

        var arrows = StageOrder.BackArrows(module, Harness);

        Assert.True(arrows.Count == 0, "arrows back up the stage order:\n" + string.Join("\n", arrows));
    }

    [Fact]
    public void EveryHarnessNamespaceLivesInARoom()
    {
        using var module = ModuleOf(typeof(Harness.Verdicts.CellVerdict));

        Assert.Empty(StageOrder.Homeless(module, Harness));
    }

    [Fact]
    public void ABackArrowByAShortNameInAMethodBodyIsNamed()
    {
        // Guards the check itself, on fixtures in this assembly: an early room that calls a later one by a
        // short name, inside a lambda, must be caught; the later room using the earlier one must not.
        using var module = ModuleOf(typeof(StressMaps.Fixtures.Files.EarlyRoom));

        var arrows = StageOrder.BackArrows(module, "StressMaps.Fixtures");

        var arrow = Assert.Single(arrows);
        Assert.StartsWith("Files -> Sessions:", arrow);
        Assert.Contains("StressMaps.Fixtures.Sessions.Inner", arrow);
    }

    [Fact]
    public void EveryRoomHasAReadmeThatSaysWhatItMayUse()
    {
        foreach (var room in StageOrder.Rooms)
        {
            var readme = Path.Combine(SourceTree.Root(), "src", "Harness", room, "README.md");
            Assert.True(File.Exists(readme), $"{room} has no README.md");
            Assert.Contains("May use", File.ReadAllText(readme));
        }
    }

    private static ModuleDefinition ModuleOf(Type type) => ModuleDefinition.ReadModule(type.Assembly.Location);
}
