namespace StressMaps.Controlled;

/// <summary>An exception thrown in a task nobody awaited.</summary>
/// <param name="Error">The exception.</param>
/// <param name="UserFrames">The user's frames where it was thrown, innermost first.</param>
public sealed record UnobservedFault(Exception Error, IReadOnlyList<string> UserFrames)
{
    /// <summary>One line: what was thrown, and where in the user's code.</summary>
    public string Describe() =>
        $"A task started and never awaited crashed: {Error.GetType().FullName}: {Error.Message}"
        + (UserFrames.Count > 0 ? $" at {UserFrames[0]}" : "");
}
