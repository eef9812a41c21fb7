namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: Count ends the process with exit code 7.</summary>
public sealed class ExitingCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override int Count
    {
        get
        {
            Environment.Exit(7);
            return 0;
        }
    }
}
