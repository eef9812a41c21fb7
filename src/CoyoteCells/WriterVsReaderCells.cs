using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.CoyoteCells;

/// <summary>Coyote test methods, one per map, running the built-in scenario <c>writer-vs-reader</c> (<c>dotnet coyote test StressMaps.CoyoteCells.dll --method WriterVsReader_Unsafe</c>).</summary>
public static class WriterVsReaderCells
{
    /// <summary>writer-vs-reader on unsafe.</summary>
    [Test]
    public static Task WriterVsReader_Unsafe() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on locked.</summary>
    [Test]
    public static Task WriterVsReader_Locked() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on rwlocked.</summary>
    [Test]
    public static Task WriterVsReader_Rwlocked() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on concurrent.</summary>
    [Test]
    public static Task WriterVsReader_Concurrent() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on immutable.</summary>
    [Test]
    public static Task WriterVsReader_Immutable() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on clone.</summary>
    [Test]
    public static Task WriterVsReader_Clone() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on readonly-view.</summary>
    [Test]
    public static Task WriterVsReader_ReadonlyView() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on unlocked-clone.</summary>
    [Test]
    public static Task WriterVsReader_UnlockedClone() => BuiltInCell.Run();

    /// <summary>writer-vs-reader on cow.</summary>
    [Test]
    public static Task WriterVsReader_Cow() => BuiltInCell.Run();
}
