namespace StressMaps.TestMaps;

/// <summary>
/// Correct, but it waits on a <see cref="ManualResetEventSlim"/>, which neither Coyote nor StressMaps
/// controls: its cells must get the unsupported verdict, never a false deadlock.
/// </summary>
public sealed class ManualResetEventMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private readonly ManualResetEventSlim _ready = new(initialState: true);

    public override void Set(TKey key, TValue value)
    {
        _ready.Wait();
        base.Set(key, value);
    }
}
