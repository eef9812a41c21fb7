using System.Collections.Concurrent;
using System.Reflection;

namespace StressMaps.Frames;

/// <summary>
/// Where rewritten code reports what each step touches, for the partial-order reduction: an object read or
/// written (a dictionary before a call on it, an object before a field access, a lock before it is taken or
/// left), a static field by name, or "anything" for a call the pass cannot see into. Lives here, in an
/// assembly Coyote does not rewrite, so a note adds no scheduling point. Notes go to the
/// <see cref="StepRecorder"/> of the current flow; without one a note costs one static load.
/// </summary>
public static class StepNotes
{
    private static readonly AsyncLocal<StepRecorder?> Recorder = new();

    // Looked up once per assembly and enumerator type, not before every delegate call and MoveNext of a search.
    private static readonly ConcurrentDictionary<Assembly, bool> PassedAssemblies = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]?> WalkedFields = new();
    private static int s_recording;

    /// <summary>The test, wrapped so its flow's notes go to <paramref name="recorder"/> (the caller starts each schedule there, before its first decision). Dispose when done.</summary>
    public static RecordingTest Recording(StepRecorder recorder, Func<Task> test)
    {
        Interlocked.Increment(ref s_recording);
        return new RecordingTest(
            () =>
            {
                Recorder.Value = recorder;
                return test();
            },
            () => Interlocked.Decrement(ref s_recording));
    }

    // The recorder of the current flow while anything records; while nothing does, one static load.
    private static StepRecorder? Active => Volatile.Read(ref s_recording) > 0 ? Recorder.Value : null;

    /// <summary>The step reads (or writes) <paramref name="target"/>; <paramref name="carried"/> when the access runs after the scheduling point that follows.</summary>
    public static void Touch(object? target, bool write, bool carried = false) => Touch(target, null, write, carried);

    /// <summary>The step reads (or writes) field <paramref name="member"/> of <paramref name="target"/>; <paramref name="carried"/> when the access runs after the scheduling point that follows.</summary>
    public static void Touch(object? target, string? member, bool write, bool carried)
    {
        if (Active is { } recorder && target is not null)
        {
            recorder.Touch(target, member, write, carried);
        }
    }

    /// <summary>
    /// A call about to take <paramref name="target"/> (a lock), which it does after its scheduling point: the note belongs
    /// to the step after that point only (the code before it does not touch the lock).
    /// </summary>
    public static void Acquiring(object? target)
    {
        if (Active is { } recorder && target is not null)
        {
            recorder.Touch(target, null, write: true, carried: true, now: false, LockRole.Acquire);
        }
    }

    /// <summary>The call about to run reads (or writes) field <paramref name="member"/> of <paramref name="target"/> after its scheduling point.</summary>
    public static void TouchAfterPoint(object? target, string member, bool write)
    {
        if (Active is { } recorder && target is not null)
        {
            recorder.Touch(target, member, write, carried: true, now: false);
        }
    }

    /// <summary>The step leaves the lock <paramref name="target"/> (no scheduling point: the release belongs to this step).</summary>
    public static void Releasing(object? target)
    {
        if (Active is { } recorder && target is not null)
        {
            recorder.Touch(target, null, write: true, carried: false, now: true, LockRole.Release);
        }
    }

    /// <summary>The step reads (or writes) what <paramref name="name"/> names: a static field, a declared state.</summary>
    public static void TouchNamed(string name, bool write, bool carried = false)
    {
        if (Active is { } recorder)
        {
            recorder.TouchNamed(name, write, carried);
        }
    }

    /// <summary>
    /// Every task the test started has been awaited and none other runs: what follows cannot race (see <see cref="StepRecorder"/>).
    /// Only a caller that knows no task is left running may say so.
    /// </summary>
    public static void AllTasksJoined()
    {
        if (Active is { } recorder)
        {
            recorder.Join();
        }
    }

    /// <summary>The step may touch anything: a call into code no note covers.</summary>
    public static void Anything()
    {
        if (Active is { } recorder)
        {
            recorder.TouchAnything();
        }
    }

    /// <summary>
    /// Before a delegate call: its body is covered when it lives in an assembly our pass went over (it notes
    /// its own accesses) and it is a static method or its target is noted; else it may touch anything.
    /// </summary>
    public static void Delegate(Delegate? called)
    {
        if (Active is null || called is null)
        {
            return;
        }

        foreach (var single in called.GetInvocationList())
        {
            if (!Passed(single.Method.Module.Assembly))
            {
                Anything();
                return;
            }
        }
    }

    /// <summary>
    /// Before <c>MoveNext</c> on <paramref name="enumerator"/>: one of our passed assemblies notes its own reads;
    /// the framework's enumerators over <c>Dictionary</c>, <c>List</c> and <c>HashSet</c> read the collection they
    /// walk (their reference fields); the immutable collections' read nothing that changes; any other may touch anything.
    /// </summary>
    public static void Enumerating(object? enumerator)
    {
        if (Active is null || enumerator is null)
        {
            return;
        }

        var type = enumerator.GetType();
        if (Passed(type.Assembly) || IsImmutable(type))
        {
            return;
        }

        if (WalkedFields.GetOrAdd(type, WalkedFieldsOf) is not { } fields)
        {
            Anything();
            return;
        }

        var walkedAny = false;
        foreach (var field in fields)
        {
            if (field.GetValue(enumerator) is { } walked and not string)
            {
                Touch(walked, write: false);
                walkedAny = true;
            }
        }

        // An enumerator whose collection could not be found may read anything.
        if (!walkedAny)
        {
            Anything();
        }
    }

    /// <summary>
    /// Before a caller uses <paramref name="handedOut"/>, a map's hand-out: a <c>Dictionary</c> is the object itself,
    /// a <c>ReadOnlyDictionary</c> reads the dictionary it wraps, an immutable dictionary reads nothing that changes;
    /// any other may touch anything.
    /// </summary>
    public static void HandedOut(object? handedOut, bool write, bool carried)
    {
        if (Active is null || handedOut is null)
        {
            return;
        }

        var type = handedOut.GetType();
        if ((IsImmutable(type) && !write) || Passed(type.Assembly))
        {
            // Nothing in it changes, or its own code notes what it touches.
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>).GetGenericTypeDefinition()
            || type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            Touch(handedOut, write, carried);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.ObjectModel.ReadOnlyDictionary<,>)
            && type.GetField("m_dictionary", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(handedOut) is { } wrapped
            && !write)
        {
            Touch(wrapped, write: false, carried);
            Touch(handedOut, write: false, carried);
            return;
        }

        Anything();
    }

    // The framework's immutable collections (not their builders): nothing in them changes once made.
    private static bool IsImmutable(Type type) =>
        type.Namespace == "System.Collections.Immutable" && !(type.FullName ?? "").Contains("Builder", StringComparison.Ordinal);

    // The reference fields of the framework's enumerators over Dictionary, List and HashSet (and a dictionary's keys and
    // values): the collection they walk. Null for any other enumerator.
    private static FieldInfo[]? WalkedFieldsOf(Type type) =>
        type.Namespace == "System.Collections.Generic" && (type.DeclaringType?.Name ?? "") is var outer
            && (outer.StartsWith("Dictionary`", StringComparison.Ordinal) || outer.StartsWith("List`", StringComparison.Ordinal)
                || outer.StartsWith("HashSet`", StringComparison.Ordinal) || outer is "KeyCollection" or "ValueCollection")
            ? type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Where(field => !field.FieldType.IsValueType).ToArray()
            : null;

    private static bool Passed(Assembly assembly) => PassedAssemblies.GetOrAdd(assembly, static assembly =>
        assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false)
            .Cast<AssemblyMetadataAttribute>()
            .Any(attribute => attribute.Key == "StressMaps.UnseenPass" && int.TryParse(attribute.Value, out var version) && version >= 5));
}
