namespace StressMaps.Testing;

/// <summary>What replaying a bundle from a test showed.</summary>
/// <param name="Reproduced">True when the bug came back on every replay.</param>
/// <param name="Message">One line: <c>The bug reproduces 1/1: Not linearizable ...</c>, or why it did not.</param>
public sealed record StressMapsReplay(bool Reproduced, string Message)
{
    /// <summary>Throws <see cref="StressMapsAssertionException"/> when the bug did not come back.</summary>
    public void AssertReproduced()
    {
        if (!Reproduced)
        {
            throw new StressMapsAssertionException(Message);
        }
    }
}
