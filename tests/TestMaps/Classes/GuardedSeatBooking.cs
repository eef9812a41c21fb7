namespace StressMaps.TestMaps.Classes;

/// <summary>CORRECT twin of <see cref="SeatBooking"/>: one semaphore is held across the check, the await and the write.</summary>
public sealed class GuardedSeatBooking
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, int> _tickets = [];
    private int _issued;

    public async Task<int> BookAsync(string seat, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_tickets.TryGetValue(seat, out var ticket))
            {
                return ticket;
            }

            await Task.Yield();
            _tickets[seat] = ++_issued;
            return _issued;
        }
        finally
        {
            _gate.Release();
        }
    }

    public int Booked
    {
        get
        {
            _gate.Wait();
            try
            {
                return _tickets.Count;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
