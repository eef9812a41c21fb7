using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// Records one run's history: each task gets its own <see cref="IOperationObserver"/>, which stamps
/// calls and returns from one shared logical clock.
/// </summary>
/// <remarks>
/// Each task appends to its own list, so recording adds no shared collection that the tasks would race
/// on; the clock is an <see cref="Interlocked"/> counter, which Coyote controls. A stamp may land a
/// scheduling point away from the call it marks; that only widens the call's interval, which can make
/// the checker more lenient, never report an order that did not happen.
/// </remarks>
public sealed class HistoryRecorder
{
    private readonly TaskObserver[] _tasks;
    private long _clock;

    /// <summary>A recorder for the setup (task 0) and <paramref name="taskCount"/> concurrent tasks.</summary>
    public HistoryRecorder(int taskCount)
    {
        _tasks = new TaskObserver[taskCount + 1];
        for (var i = 0; i < _tasks.Length; i++)
        {
            _tasks[i] = new TaskObserver(this, i);
        }
    }

    /// <summary>The observer of task <paramref name="task"/> (0: the setup).</summary>
    public IOperationObserver ForTask(int task) => _tasks[task];

    /// <summary>Every completed call, ordered by call time. A call that crashed is not in it.</summary>
    public IReadOnlyList<HistoryEntry> History =>
        _tasks.SelectMany(task => task.Completed).OrderBy(entry => entry.CalledAt).ToList();

    /// <summary>The exception a caller may get as an answer, by operation: the model answers the same way.</summary>
    private static Type? AnswerExceptionOf(OperationKind kind) => kind == OperationKind.Add ? typeof(ArgumentException) : null;

    private long Tick() => Interlocked.Increment(ref _clock);

    private sealed class TaskObserver(HistoryRecorder recorder, int task) : IOperationObserver
    {
        private readonly List<(ScenarioOperation Operation, long CalledAt)> _calls = [];

        public List<HistoryEntry> Completed { get; } = [];

        public int Called(ScenarioOperation operation)
        {
            _calls.Add((operation, recorder.Tick()));
            return _calls.Count - 1;
        }

        public void Returned(int token, object? result) =>
            Complete(token, OperationResults.Of(_calls[token].Operation, result));

        public bool Threw(int token, Exception exception)
        {
            var operation = _calls[token].Operation;
            if (AnswerExceptionOf(operation.Kind) is not { } answer || exception.GetType() != answer)
            {
                return false;
            }

            Complete(token, OperationResults.Threw(answer));
            return true;
        }

        private void Complete(int token, string result)
        {
            var (operation, calledAt) = _calls[token];
            Completed.Add(new HistoryEntry(task, operation, calledAt, recorder.Tick(), result));
        }
    }
}
