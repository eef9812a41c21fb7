namespace StressMaps.Harness.Targets;

/// <summary>What a map's author promises about concurrent calls; it decides which oracle judges them.</summary>
public enum ThreadSafetyContract
{
    /// <summary>Any calls may overlap; results must be linearizable.</summary>
    ThreadSafe,

    /// <summary>No call may overlap a write (the contract of <c>Dictionary</c>).</summary>
    NotThreadSafe,

    /// <summary>One writer at a time, which readers may overlap; two writers never (the contract of <c>Hashtable</c>).</summary>
    SingleWriter,
}
