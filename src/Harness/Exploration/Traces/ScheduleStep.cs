namespace StressMaps.Harness.Exploration.Traces;

/// <summary>One row of the interleaving: what one task did at one step.</summary>
/// <param name="Task">1-based task number (0 for the setup).</param>
/// <param name="Operation">0-based index of the operation in its task.</param>
/// <param name="Text">The operation as tables print it, with what it saw: <c>snapshot.enumerate() · entry 1</c>.</param>
/// <param name="Phase">begin, inside, end or failed.</param>
/// <param name="Preemption">True when this step took over from a task that still had work to do.</param>
/// <param name="Conflict">True when the step belongs to one of the operations that overlapped to cause the bug.</param>
public sealed record ScheduleStep(int Task, int Operation, string Text, string Phase, bool Preemption, bool Conflict);

/// <summary>Where one task was when the bug struck.</summary>
/// <param name="Task">1-based task number (0 for the setup).</param>
/// <param name="Operation">The operation it was running, or null when it had finished or not started.</param>
/// <param name="Stack">The .NET stack of the failing task, trimmed to StressMaps and map frames; null for the others.</param>
/// <param name="UserFrames">
/// The frames of the user's (or the map's) code where the task was at the racing access, or else at its last
/// field access or collection call, innermost first, <c>Type.Method(Type name) in File.cs:line N</c> where symbols
/// exist; captured when the bundle's schedule was replayed; null when the task ran none of that code.
/// </param>
public sealed record TaskStack(int Task, string? Operation, string? Stack, IReadOnlyList<string>? UserFrames = null);

/// <summary>A race on a field: one task was switched away right before touching it, and another touched it meanwhile.</summary>
/// <param name="Field">The field, <c>Type.Field</c> (an auto-property's backing field by the property's name).</param>
/// <param name="SwitchedAway">The task switched away right before its access (1-based).</param>
/// <param name="Meanwhile">The task that touched the field before the first resumed (1-based).</param>
public sealed record FieldRacePair(string Field, int SwitchedAway, int Meanwhile);
