namespace StressMaps.Harness.Oracles.Contracts;

/// <summary>A call on a target that has started and not yet returned.</summary>
/// <param name="Task">0 for the setup, 1.. for the concurrent tasks.</param>
/// <param name="Call">The call as written in C#: <c>TryGetValue(a)</c>, <c>this[b] = 2</c>.</param>
/// <param name="IsWrite">Whether the call may change the target.</param>
/// <param name="Stack">The calling task's stack when the call started.</param>
public sealed record CallInFlight(int Task, string Call, bool IsWrite, string Stack)
{
    /// <summary>The call as messages name it: <c>task 2 this[b] = 2 (write)</c>.</summary>
    public override string ToString() => $"{(Task == 0 ? "setup" : $"task {Task}")} {Call} ({(IsWrite ? "write" : "read")})";
}
