using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.CoyoteCells;

/// <summary>Coyote test methods, one per map, running the built-in scenario <c>aliased-snapshot</c> (<c>dotnet coyote test StressMaps.CoyoteCells.dll --method AliasedSnapshot_Unsafe</c>).</summary>
public static class AliasedSnapshotCells
{
    /// <summary>aliased-snapshot on unsafe.</summary>
    [Test]
    public static Task AliasedSnapshot_Unsafe() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on locked.</summary>
    [Test]
    public static Task AliasedSnapshot_Locked() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on rwlocked.</summary>
    [Test]
    public static Task AliasedSnapshot_Rwlocked() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on concurrent.</summary>
    [Test]
    public static Task AliasedSnapshot_Concurrent() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on immutable.</summary>
    [Test]
    public static Task AliasedSnapshot_Immutable() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on clone.</summary>
    [Test]
    public static Task AliasedSnapshot_Clone() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on readonly-view.</summary>
    [Test]
    public static Task AliasedSnapshot_ReadonlyView() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on unlocked-clone.</summary>
    [Test]
    public static Task AliasedSnapshot_UnlockedClone() => BuiltInCell.Run();

    /// <summary>aliased-snapshot on cow.</summary>
    [Test]
    public static Task AliasedSnapshot_Cow() => BuiltInCell.Run();
}
