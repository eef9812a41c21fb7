namespace StressMaps.Harness.Targets.Operations;

/// <summary>A public member that is not an operation, and why.</summary>
/// <param name="Signature">The member as C# writes it: <c>ForEach(Action&lt;string,int&gt;)</c>.</param>
/// <param name="Reason">Why it is skipped: <c>delegate parameter</c>, <c>out parameter</c>, <c>generic method</c>.</param>
public sealed record SkippedMember(string Signature, string Reason)
{
    /// <summary>Whether the member writes the target's state (<see cref="StateWrites"/>): leaving it out leaves a safe verdict partial.</summary>
    public bool WritesState { get; init; }

    /// <summary>The line the run prints: <c>skipped ForEach(Action&lt;string,int&gt;): delegate parameter</c>.</summary>
    public override string ToString() => $"skipped {Signature}: {Reason}";
}
