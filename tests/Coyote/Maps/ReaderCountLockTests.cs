using StressMaps.Maps;

namespace StressMaps.Tests.Maps;

/// <summary>
/// The striping of <see cref="ReaderCountLock"/> on real threads; that no writer gets in beside a
/// reader on any stripe is what the Coyote tests of rwlocked (<see cref="SharedReaderMapTests"/>) explore.
/// </summary>
public class ReaderCountLockTests
{
    [Fact]
    public void StripesAreDrawnInTurnByTheOrderOfFirstReadsAndKeptByEachThread()
    {
        var gate = new ReaderCountLock();

        var first = ReadOnNewThread(gate);
        var second = ReadOnNewThread(gate);
        var here = gate.EnterRead();
        gate.ExitRead(here);
        var hereAgain = gate.EnterRead();
        gate.ExitRead(hereAgain);

        Assert.Equal([0, 1, 2, 2], new[] { first, second, here, hereAgain });
    }

    [Fact]
    public void AWriterWaitsForAReaderOnAnotherStripeAndThenGetsIn()
    {
        var gate = new ReaderCountLock();
        _ = ReadOnNewThread(gate);
        var stripe = gate.EnterRead();
        Assert.NotEqual(0, stripe);

        var writer = new Thread(() =>
        {
            gate.EnterWrite();
            gate.ExitWrite();
        });
        writer.Start();

        Assert.False(writer.Join(TimeSpan.FromMilliseconds(200)), "the writer got in while a reader held the lock");
        gate.ExitRead(stripe);
        Assert.True(writer.Join(TimeSpan.FromSeconds(10)), "the writer was never woken");
    }

    private static int ReadOnNewThread(ReaderCountLock gate)
    {
        var stripe = -1;
        var reader = new Thread(() =>
        {
            stripe = gate.EnterRead();
            gate.ExitRead(stripe);
        });
        reader.Start();
        reader.Join();
        return stripe;
    }
}
