namespace StressMaps.Frames;

/// <summary>
/// What the steps of one schedule touched, as the rewritten code reports it (<see cref="StepNotes"/>):
/// the objects read and written since the last <see cref="TakeStep"/>, each named by the order in which
/// this schedule first touched it (addresses move and differ between schedules; first-touch order is the
/// same in every schedule that shares the prefix), static fields and declared states by name, and
/// whether anything was touched that no note could name. Coyote runs one operation at a time, so the
/// notes between two scheduling decisions belong to the step that ran between them.
/// </summary>
public sealed class StepRecorder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<object, int> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _reads = [];
    private readonly HashSet<string> _writes = [];
    private readonly HashSet<string> _carriedReads = [];
    private readonly HashSet<string> _carriedWrites = [];
    private bool _anything;

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
            var step = new ObservedStep(_anything, new HashSet<string>(_reads), new HashSet<string>(_writes), new HashSet<string>(_carriedReads), new HashSet<string>(_carriedWrites));
            Clear();
            return step;
        }
    }

    internal void Touch(object target, bool write, bool carried)
    {
        lock (_gate)
        {
            if (!_objects.TryGetValue(target, out var id))
            {
                id = _objects.Count + 1;
                _objects[target] = id;
            }

            Add($"#{id}", write, carried);
        }
    }

    internal void TouchNamed(string name, bool write, bool carried)
    {
        lock (_gate)
        {
            Add(name, write, carried);
        }
    }

    internal void TouchAnything()
    {
        lock (_gate)
        {
            _anything = true;
        }
    }

    private void Add(string name, bool write, bool carried)
    {
        (write ? _writes : _reads).Add(name);
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
    bool Anything, IReadOnlySet<string> Reads, IReadOnlySet<string> Writes, IReadOnlySet<string> CarriedReads, IReadOnlySet<string> CarriedWrites);
