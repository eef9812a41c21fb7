using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.CoyoteCells;

/// <summary>Coyote test methods, one per map, running the built-in scenario <c>two-writers-one-reader</c> (<c>dotnet coyote test StressMaps.CoyoteCells.dll --method TwoWritersOneReader_Unsafe</c>).</summary>
public static class TwoWritersOneReaderCells
{
    /// <summary>two-writers-one-reader on unsafe.</summary>
    [Test]
    public static Task TwoWritersOneReader_Unsafe() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on locked.</summary>
    [Test]
    public static Task TwoWritersOneReader_Locked() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on rwlocked.</summary>
    [Test]
    public static Task TwoWritersOneReader_Rwlocked() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on concurrent.</summary>
    [Test]
    public static Task TwoWritersOneReader_Concurrent() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on immutable.</summary>
    [Test]
    public static Task TwoWritersOneReader_Immutable() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on clone.</summary>
    [Test]
    public static Task TwoWritersOneReader_Clone() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on readonly-view.</summary>
    [Test]
    public static Task TwoWritersOneReader_ReadonlyView() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on unlocked-clone.</summary>
    [Test]
    public static Task TwoWritersOneReader_UnlockedClone() => BuiltInCell.Run();

    /// <summary>two-writers-one-reader on cow.</summary>
    [Test]
    public static Task TwoWritersOneReader_Cow() => BuiltInCell.Run();
}
