namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>The producer releases the semaphore only when it sees a waiter flag, which the consumer sets after checking for data: the signal is skipped.</summary>
[BugProgram("JaConTeBe (missed notification through a conditional signal); .NET SemaphoreSlim as an event", 1)]
public static class MissedSemaphoreSignal
{
    public static async Task Bug()
    {
        var mailbox = new Mailbox();
        await Task.WhenAll(new[] { Task.Run(mailbox.Receive), Task.Run(mailbox.SendIfWaiting) });
    }

    public static async Task Fixed()
    {
        var mailbox = new Mailbox();
        await Task.WhenAll(new[] { Task.Run(mailbox.Receive), Task.Run(mailbox.Send) });
    }

    private sealed class Mailbox
    {
        private readonly SemaphoreSlim _signal = new(0);
        private bool _hasMail;
        private bool _waiting;

        public async Task Receive()
        {
            if (!_hasMail)
            {
                _waiting = true;
                await _signal.WaitAsync();
            }
        }

        public void SendIfWaiting()
        {
            _hasMail = true;
            if (_waiting)
            {
                _signal.Release();
            }
        }

        // Always release: a semaphore counts the signal even when nobody waits yet.
        public void Send()
        {
            _hasMail = true;
            _signal.Release();
        }
    }
}
