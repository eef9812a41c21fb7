namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>A place in a source file.</summary>
/// <param name="File">The file's path as the compiler saw it.</param>
/// <param name="Line">1-based line.</param>
public sealed record SourceLocation(string File, int Line);
