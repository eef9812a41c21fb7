namespace SampleMaps;

/// <summary>
/// BUG: hands out a price quote per product, stamped with the clock it was made with. It checks under the lock,
/// awaits the pricing service, then writes: two callers asking for one product at once get two different quotes.
/// </summary>
public sealed class QuoteDesk(TimeProvider clock)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _quotes = [];
    private int _issued;

    public async Task<int> QuoteAsync(string product, CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (_quotes.TryGetValue(product, out var quote))
            {
                return quote;
            }
        }

        await Task.Yield(); // the pricing service
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _quotes[product] = ++_issued;
            _ = clock.GetUtcNow();
            return _issued;
        }
    }

    public int Quoted
    {
        get
        {
            lock (_gate)
            {
                return _quotes.Count;
            }
        }
    }
}
