using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.CoyoteCells;

/// <summary>Coyote test methods, one per map, running the built-in scenario <c>atomic-update</c> (<c>dotnet coyote test StressMaps.CoyoteCells.dll --method AtomicUpdate_Locked</c>).</summary>
public static class AtomicUpdateCells
{
    /// <summary>atomic-update on locked.</summary>
    [Test]
    public static Task AtomicUpdate_Locked() => BuiltInCell.Run();

    /// <summary>atomic-update on rwlocked.</summary>
    [Test]
    public static Task AtomicUpdate_Rwlocked() => BuiltInCell.Run();

    /// <summary>atomic-update on concurrent.</summary>
    [Test]
    public static Task AtomicUpdate_Concurrent() => BuiltInCell.Run();

    /// <summary>atomic-update on immutable.</summary>
    [Test]
    public static Task AtomicUpdate_Immutable() => BuiltInCell.Run();

    /// <summary>atomic-update on clone.</summary>
    [Test]
    public static Task AtomicUpdate_Clone() => BuiltInCell.Run();

    /// <summary>atomic-update on readonly-view.</summary>
    [Test]
    public static Task AtomicUpdate_ReadonlyView() => BuiltInCell.Run();

    /// <summary>atomic-update on unlocked-clone.</summary>
    [Test]
    public static Task AtomicUpdate_UnlockedClone() => BuiltInCell.Run();

    /// <summary>atomic-update on cow.</summary>
    [Test]
    public static Task AtomicUpdate_Cow() => BuiltInCell.Run();
}
