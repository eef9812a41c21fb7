using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.CoyoteCells;

/// <summary>Coyote test methods, one per map, running the built-in scenario <c>lost-update</c> (<c>dotnet coyote test StressMaps.CoyoteCells.dll --method LostUpdate_Unsafe</c>).</summary>
public static class LostUpdateCells
{
    /// <summary>lost-update on unsafe.</summary>
    [Test]
    public static Task LostUpdate_Unsafe() => BuiltInCell.Run();

    /// <summary>lost-update on locked.</summary>
    [Test]
    public static Task LostUpdate_Locked() => BuiltInCell.Run();

    /// <summary>lost-update on rwlocked.</summary>
    [Test]
    public static Task LostUpdate_Rwlocked() => BuiltInCell.Run();

    /// <summary>lost-update on concurrent.</summary>
    [Test]
    public static Task LostUpdate_Concurrent() => BuiltInCell.Run();

    /// <summary>lost-update on immutable.</summary>
    [Test]
    public static Task LostUpdate_Immutable() => BuiltInCell.Run();

    /// <summary>lost-update on clone.</summary>
    [Test]
    public static Task LostUpdate_Clone() => BuiltInCell.Run();

    /// <summary>lost-update on readonly-view.</summary>
    [Test]
    public static Task LostUpdate_ReadonlyView() => BuiltInCell.Run();

    /// <summary>lost-update on unlocked-clone.</summary>
    [Test]
    public static Task LostUpdate_UnlockedClone() => BuiltInCell.Run();

    /// <summary>lost-update on cow.</summary>
    [Test]
    public static Task LostUpdate_Cow() => BuiltInCell.Run();
}
