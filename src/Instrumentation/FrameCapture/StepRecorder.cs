namespace StressMaps.Frames;

/// <summary>
/// What the steps of one schedule touched, as the rewritten code reports it (<see cref="StepNotes"/>):
/// the objects read and written since the last <see cref="TakeStep"/>, each named by the order in which
/// this schedule first touched it (addresses move and differ between schedules; first-touch order is the
/// same in every schedule that shares the prefix), static fields and declared states by name, and
/// whether anything was touched that no note could name. Coyote runs one operation at a time, so the
/// notes between two scheduling decisions belong to the step that ran between them. A field is named with its
/// object (<c>#3.Type::_count</c>), apart from the object itself as a whole (a collection, a monitor: <c>#3</c>).
/// </summary>
public sealed class StepRecorder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<object, int> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _reads = [];
    private readonly HashSet<string> _writes = [];
    private readonly HashSet<string> _carriedReads = [];
    private readonly HashSet<string> _carriedWrites = [];
    private readonly HashSet<string> _released = [];
    private readonly HashSet<string> _carriedAcquired = [];
    private bool _anything;
    private bool _joined;

    /// <summary>How many objects this schedule has named so far: any name above it was given after that moment.</summary>
    public int Named
    {
        get
        {
            lock (_gate)
            {
                return _objects.Count;
            }
        }
    }

    /// <summary>Starts a schedule: objects are named afresh, nothing is noted.</summary>
    public void BeginSchedule()
    {
        lock (_gate)
        {
            _objects.Clear();
            _joined = false;
            Clear();
        }
    }

    /// <summary>
    /// The notes since the last call, and forgets them. Objects are named <c>#N</c> (N from 1, in first-touch
    /// order), anything else by its own name. <see cref="ObservedStep.CarriedReads"/> and
    /// <see cref="ObservedStep.CarriedWrites"/> are what a call about to run after its scheduling point touches:
    /// they belong to the step after that point as well.
    /// </summary>
    public ObservedStep TakeStep()
    {
        lock (_gate)
        {
            var step = new ObservedStep(_anything, new HashSet<string>(_reads), new HashSet<string>(_writes), new HashSet<string>(_carriedReads), new HashSet<string>(_carriedWrites))
            {
                Released = new HashSet<string>(_released),
                CarriedAcquired = new HashSet<string>(_carriedAcquired),
            };
            Clear();
            return step;
        }
    }

    /// <summary>
    /// Every task the schedule started has been awaited: from here on one operation runs alone, so nothing it touches can
    /// race, and its notes are left out (they would otherwise be charged to whichever task finished last, whose thread
    /// runs the awaiting continuation, and look like races with the tasks that finished before).
    /// </summary>
    internal void Join()
    {
        lock (_gate)
        {
            _joined = true;
        }
    }

    internal void Touch(object target, string? member, bool write, bool carried, bool now = true, LockRole role = LockRole.None)
    {
        lock (_gate)
        {
            if (_joined)
            {
                return;
            }

            if (!_objects.TryGetValue(target, out var id))
            {
                id = _objects.Count + 1;
                _objects[target] = id;
            }

            var name = member is null ? $"#{id}" : $"#{id}.{member}";
            Add(name, write, carried, now);
            if (role == LockRole.Acquire)
            {
                _carriedAcquired.Add(name);
            }
            else if (role == LockRole.Release)
            {
                _released.Add(name);
            }
        }
    }

    internal void TouchNamed(string name, bool write, bool carried)
    {
        lock (_gate)
        {
            if (_joined)
            {
                return;
            }

            Add(name, write, carried);
        }
    }

    internal void TouchAnything()
    {
        lock (_gate)
        {
            _anything |= !_joined;
        }
    }

    private void Add(string name, bool write, bool carried, bool now = true)
    {
        if (now)
        {
            (write ? _writes : _reads).Add(name);
        }

        if (carried)
        {
            (write ? _carriedWrites : _carriedReads).Add(name);
        }
    }

    private void Clear()
    {
        _reads.Clear();
        _writes.Clear();
        _carriedReads.Clear();
        _carriedWrites.Clear();
        _released.Clear();
        _carriedAcquired.Clear();
        _anything = false;
    }
}

/// <summary>What one step touched, as noted.</summary>
/// <param name="Anything">Something was touched that no note could name: the step may touch anything.</param>
/// <param name="Reads">Names read (objects as <c>#N</c>).</param>
/// <param name="Writes">Names written.</param>
/// <param name="CarriedReads">Reads of a call that runs after the step's closing point.</param>
/// <param name="CarriedWrites">Writes of a call that runs after the step's closing point.</param>
public sealed record ObservedStep(
    bool Anything, IReadOnlySet<string> Reads, IReadOnlySet<string> Writes, IReadOnlySet<string> CarriedReads, IReadOnlySet<string> CarriedWrites)
{
    /// <summary>Locks the step left (among its writes).</summary>
    public IReadOnlySet<string> Released { get; init; } = new HashSet<string>();

    /// <summary>Locks the call before the closing point takes after it (among the carried writes).</summary>
    public IReadOnlySet<string> CarriedAcquired { get; init; } = new HashSet<string>();
}

/// <summary>What a note on a lock says the step does with it.</summary>
public enum LockRole
{
    /// <summary>Not a lock, or a wait or signal on one.</summary>
    None,

    /// <summary>The step takes it.</summary>
    Acquire,

    /// <summary>The step leaves it.</summary>
    Release,
}
