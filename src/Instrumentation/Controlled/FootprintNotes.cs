using StressMaps.Frames;

namespace StressMaps.Controlled;

/// <summary>
/// What our pass calls to note what a step touches, for the partial-order reduction (<see cref="StepNotes"/>).
/// Kept beside <see cref="FieldAccess"/> so the rewritten code references one assembly; each call forwards
/// to StressMaps.Frames, which Coyote does not rewrite, so a note is never a scheduling point.
/// </summary>
public static class FootprintNotes
{
    /// <summary>Before an access to field <paramref name="field"/> of <paramref name="target"/>.</summary>
    public static void Field(object? target, string field, bool write) => StepNotes.Touch(target, field, write, carried: false);

    /// <summary>Before the address of field <paramref name="field"/> of <paramref name="target"/> is taken for a call (Interlocked, Volatile) that may run after its scheduling point.</summary>
    public static void FieldAddress(object? target, string field, bool write) => StepNotes.Touch(target, field, write, carried: true);

    /// <summary>Before a call on <paramref name="target"/> (a checked collection, a lock) whose work runs after its scheduling point.</summary>
    public static void Call(object? target, bool write) => StepNotes.Touch(target, write, carried: true);

    /// <summary>
    /// Before the address of field <paramref name="field"/> of <paramref name="target"/> is handed to Coyote's Interlocked or
    /// Volatile, which reaches its scheduling point before it touches the field: the access belongs to the step after it.
    /// </summary>
    public static void FieldAfterPoint(object? target, string field, bool write) => StepNotes.TouchAfterPoint(target, field, write);

    /// <summary>Before a call that takes the lock <paramref name="target"/> after its scheduling point.</summary>
    public static void Acquire(object? target) => StepNotes.Acquiring(target);

    /// <summary>Before a call that leaves the lock <paramref name="target"/>: a release is no scheduling point, so it belongs to this step.</summary>
    public static void Release(object? target) => StepNotes.Releasing(target);

    /// <summary>Before an access to the static field <paramref name="field"/> (carried, as for an address taken for a call).</summary>
    public static void Static(string field, bool write) => StepNotes.TouchNamed(field, write, carried: true);

    /// <summary>Before a call the pass cannot see into.</summary>
    public static void Anything() => StepNotes.Anything();

    /// <summary>Before a delegate call.</summary>
    public static void Delegate(Delegate? called) => StepNotes.Delegate(called);

    /// <summary>Before <c>MoveNext</c> on an enumerator (boxed when it is a struct): it reads the collection it walks.</summary>
    public static void Enumerator(object? enumerator) => StepNotes.Enumerating(enumerator);
}
