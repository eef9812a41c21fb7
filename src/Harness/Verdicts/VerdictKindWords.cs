namespace StressMaps.Harness.Verdicts;

/// <summary>Reads a <see cref="VerdictKind"/> as the word files and reports use.</summary>
public static class VerdictKindWords
{
    /// <summary>The kind as one lower-case word (<see cref="VerdictKindJson.Word"/>).</summary>
    public static string Word(this VerdictKind kind) => VerdictKindJson.Word(kind);
}
