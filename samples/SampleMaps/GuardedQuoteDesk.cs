namespace SampleMaps;

/// <summary>Correct twin of <see cref="QuoteDesk"/>: one semaphore is held across the check, the await and the write.</summary>
public sealed class GuardedQuoteDesk(TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, int> _quotes = [];
    private int _issued;

    public async Task<int> QuoteAsync(string product, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_quotes.TryGetValue(product, out var quote))
            {
                return quote;
            }

            await Task.Yield(); // the pricing service
            _quotes[product] = ++_issued;
            _ = clock.GetUtcNow();
            return _issued;
        }
        finally
        {
            _gate.Release();
        }
    }
}
