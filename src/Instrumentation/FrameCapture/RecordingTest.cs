namespace StressMaps.Frames;

/// <summary>
/// A test whose flow reports to a recorder (coverage, step notes) until disposed: disposing it, once, counts its
/// recorder out, so that while nothing records every report costs one static load.
/// </summary>
/// <param name="test">The wrapped test, for the engine.</param>
/// <param name="stop">What counts the recorder out.</param>
public sealed class RecordingTest(Func<Task> test, Action stop) : IDisposable
{
    private int _disposed;

    /// <summary>The wrapped test, for the engine.</summary>
    public Func<Task> Test => test;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            stop();
        }
    }
}
