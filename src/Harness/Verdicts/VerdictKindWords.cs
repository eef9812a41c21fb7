namespace StressMaps.Harness.Verdicts;

/// <summary>Reads a <see cref="VerdictKind"/> as the word files and reports use.</summary>
public static class VerdictKindWords
{
    /// <summary>The kind as one lower-case word (<see cref="VerdictKindJson.Word"/>).</summary>
    public static string Word(this VerdictKind kind) => VerdictKindJson.Word(kind);

    /// <summary>
    /// Whether the kind says the user's code stopped the worker exploring the cell (a hang, a crash, a stack
    /// overflow, running out of memory): never a cell's expectation, always a bug in the user's code.
    /// </summary>
    public static bool StopsTheWorker(this VerdictKind kind) =>
        kind is VerdictKind.Hang or VerdictKind.Crashed or VerdictKind.StackOverflow or VerdictKind.OutOfMemory;
}
