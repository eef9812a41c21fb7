using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>
/// Which calls go to a stand-in of StressMaps.Controlled, and which primitives stay out of control.
/// A stand-in is static, named as the member it replaces (a property getter without <c>get_</c>),
/// and takes the instance first: the stack at the call site stays as it was.
/// </summary>
internal static class CallRedirects
{
    private const string Lock = "System.Threading.Lock";
    private const string LockScope = "System.Threading.Lock/Scope";
    private const string ReaderWriterLock = "System.Threading.ReaderWriterLockSlim";

    // Coyote's pass has turned Task.Run into its own; an assembly it skipped may still call the framework's.
    private static readonly string[] TaskTypes = ["Microsoft.Coyote.Rewriting.Types.Threading.Tasks.Task", "System.Threading.Tasks.Task"];

    // Task.Factory.StartNew: Coyote's pass turns the instance call into a static one taking the factory first.
    private const string CoyoteTaskFactory = "Microsoft.Coyote.Rewriting.Types.Threading.Tasks.TaskFactory";
    private const string TaskFactory = "System.Threading.Tasks.TaskFactory";

    // Members of the redirected types that take no lock and need no stand-in.
    private static readonly HashSet<string> Harmless = [".ctor", "Dispose", "get_RecursionPolicy"];

    /// <summary>Synchronization primitives neither Coyote 1.7.11 nor our stand-ins control.</summary>
    public static readonly IReadOnlySet<string> Uncontrolled = new HashSet<string>
    {
        "System.Threading.ManualResetEventSlim",
        "System.Threading.SpinLock",
        "System.Threading.Mutex",
        "System.Threading.Semaphore",
        "System.Threading.ReaderWriterLock",
        "System.Threading.Barrier",
        "System.Threading.CountdownEvent",
    };

    /// <summary>The stand-in a call to <paramref name="callee"/> goes to, or null when it stays as it is.</summary>
    public static StandIn? For(MethodReference callee)
    {
        var type = callee.DeclaringType.FullName;
        var name = callee.Name.StartsWith("get_", StringComparison.Ordinal) ? callee.Name[4..] : callee.Name;
        return type switch
        {
            LockScope when callee.Name == "Dispose" => new StandIn("ControlledLock", "DisposeScope", [LockScope + "&"]),
            Lock when !Harmless.Contains(callee.Name) => new StandIn("ControlledLock", name, [Lock, .. Signatures.ParametersOf(callee)]),
            ReaderWriterLock when !Harmless.Contains(callee.Name) =>
                new StandIn("ControlledReaderWriterLock", name, [ReaderWriterLock, .. Signatures.ParametersOf(callee)]),
            _ when callee.Name == "Run" && !callee.HasThis && TaskTypes.Contains(type) =>
                new StandIn("UnawaitedTasks", "Run", Signatures.ParametersOf(callee)),
            // The overloads without a stand-in (a state object, Task<T>.Factory) start their task unremembered, as before.
            CoyoteTaskFactory when callee.Name == "StartNew" && !callee.HasThis =>
                new StandIn("UnawaitedTasks", "StartNew", Signatures.ParametersOf(callee)) { Optional = true },
            TaskFactory when callee.Name == "StartNew" && callee.HasThis =>
                new StandIn("UnawaitedTasks", "StartNew", [TaskFactory, .. Signatures.ParametersOf(callee)]) { Optional = true },
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="callee"/> belongs to a primitive no one controls.</summary>
    public static bool IsUncontrolled(MethodReference callee) => Uncontrolled.Contains(callee.DeclaringType.FullName);

    // The calls where a task waits for a lock or a signal, or gives one: a replay that captures notes them,
    // so a deadlock or a lost wakeup names where each task waited and where the signal went.
    private static readonly HashSet<string> SyncTypes = ["Monitor", "SemaphoreSlim", "Lock", "ReaderWriterLockSlim"];
    private static readonly HashSet<string> SyncNamespaces = ["System.Threading", "Microsoft.Coyote.Rewriting.Types.Threading"];
    private static readonly HashSet<string> SyncMembers =
        ["Enter", "TryEnter", "EnterScope", "Wait", "WaitAsync", "Pulse", "PulseAll", "Release", "EnterReadLock", "EnterWriteLock", "EnterUpgradeableReadLock"];

    /// <summary><c>Monitor.Wait</c> and the like for a call that waits for a lock or a signal or gives one; null for any other call.</summary>
    public static string? SyncCallName(MethodReference callee) =>
        SyncTypes.Contains(callee.DeclaringType.Name) && SyncNamespaces.Contains(callee.DeclaringType.Namespace) && SyncMembers.Contains(callee.Name)
            ? $"{callee.DeclaringType.Name}.{callee.Name}"
            : null;

    /// <summary>Whether <paramref name="callee"/> is a call into one of Coyote's checked collections.</summary>
    public static bool IsCheckedCollection(MethodReference callee) =>
        callee.DeclaringType.Namespace.StartsWith("Microsoft.Coyote.Rewriting.Types.Collections", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="callee"/> is the scheduling point Coyote's pass inserts before a field access.</summary>
    public static bool IsCoyoteMemoryAccessPoint(MethodReference callee) =>
        callee.Name == "InterleaveMemoryAccess" && callee.DeclaringType.FullName == "Microsoft.Coyote.Runtime.SchedulingPoint";
}

/// <summary>A static method of StressMaps.Controlled that replaces a call.</summary>
/// <param name="Type">Its type's name in StressMaps.Controlled.</param>
/// <param name="Name">Its name.</param>
/// <param name="Parameters">Its parameters' signatures.</param>
internal sealed record StandIn(string Type, string Name, IReadOnlyList<string> Parameters)
{
    /// <summary>Whether a call with no stand-in of its signature stays as it is, rather than marking the type unsupported.</summary>
    public bool Optional { get; init; }
}
