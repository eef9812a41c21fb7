using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// Hears each operation a <see cref="ClientCaller"/> makes, when it is called and when it returns,
/// so an oracle can judge the history afterwards.
/// </summary>
public interface IOperationObserver
{
    /// <summary>The operation is about to be called; returns a token that identifies the call.</summary>
    int Called(ScenarioOperation operation);

    /// <summary>The call identified by <paramref name="token"/> returned <paramref name="result"/>.</summary>
    void Returned(int token, object? result);

    /// <summary>
    /// The call identified by <paramref name="token"/> threw <paramref name="exception"/>. Returns true
    /// when the exception is an answer the caller handles (the model can give it too, as <c>Add</c> of a
    /// present key does), false when it is a crash that must fail the run.
    /// </summary>
    bool Threw(int token, Exception exception);
}
