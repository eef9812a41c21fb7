namespace StressMaps.Harness.Measuring.Stress;

/// <summary>
/// Dedicated background threads, one per scenario task, reused from run to run so that thread start-up
/// neither slows the runs nor shows up as lock contention. Each run hands every thread its work, the
/// threads meet at a <see cref="StartGate"/>, and the caller waits for all of them with a deadline.
/// </summary>
/// <remarks>
/// The hand-offs use kernel-style wait handles, not <c>Monitor</c>-based slim primitives, so the
/// contention counted is the map's own. After a hang the set is abandoned: its hung thread keeps
/// running as a background thread and the idle ones stay blocked; the caller starts a fresh set.
/// </remarks>
public sealed class TaskThreads : IDisposable
{
    private readonly Worker[] _workers;
    private bool _abandoned;

    /// <summary>Starts <paramref name="count"/> idle threads named after <paramref name="name"/>.</summary>
    public TaskThreads(int count, string name)
    {
        _workers = Enumerable.Range(0, count).Select(index => new Worker($"stressmaps-{name}-task{index + 1}")).ToArray();
    }

    /// <summary>How many threads the set has.</summary>
    public int Count => _workers.Length;

    /// <summary>
    /// Runs <paramref name="work"/>[i] on thread i (the first threads when there is less work than
    /// threads), all released together; returns the exceptions they threw (null where none), or null
    /// when some thread had not finished by <paramref name="deadline"/>.
    /// </summary>
    public Exception?[]? Run(IReadOnlyList<Action> work, DateTime deadline)
    {
        if (work.Count > _workers.Length || _abandoned)
        {
            throw new InvalidOperationException("The work must have at most one action per thread, on a set that has not hung.");
        }

        var busy = _workers.Take(work.Count).ToArray();
        var gate = new StartGate(busy.Length);
        for (var i = 0; i < busy.Length; i++)
        {
            busy[i].Start(gate, work[i]);
        }

        foreach (var worker in busy)
        {
            var left = deadline - DateTime.UtcNow;
            if (!worker.Done.WaitOne(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                _abandoned = true;
                return null;
            }
        }

        return busy.Select(worker => worker.Error).ToArray();
    }

    /// <summary>Lets idle threads end; the threads of a hung set are left as they are.</summary>
    public void Dispose()
    {
        if (_abandoned)
        {
            return;
        }

        foreach (var worker in _workers)
        {
            worker.Start(null, null);
        }
    }

    private sealed class Worker
    {
        private readonly AutoResetEvent _go = new(false);
        private StartGate? _gate;
        private Action? _work;

        public Worker(string name)
        {
            new Thread(Loop) { IsBackground = true, Name = name }.Start();
        }

        public AutoResetEvent Done { get; } = new(false);

        public Exception? Error { get; private set; }

        public void Start(StartGate? gate, Action? work)
        {
            _gate = gate;
            _work = work;
            _go.Set();
        }

        private void Loop()
        {
            while (true)
            {
                _go.WaitOne();
                if (_work is not { } work || _gate is not { } gate)
                {
                    return;
                }

                Error = null;
                try
                {
                    gate.ArriveAndWait();
                    work();
                }
                catch (Exception error)
                {
                    Error = error;
                }

                Done.Set();
            }
        }
    }
}
