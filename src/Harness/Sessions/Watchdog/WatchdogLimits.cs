namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>What a worker exploring user targets may do before the watchdog stops it.</summary>
/// <param name="HangTimeout">How long the user's code may go without an operation beginning or returning.</param>
/// <param name="MemoryLimitMegabytes">The worker's managed heap limit; the process is killed well past it.</param>
public sealed record WatchdogLimits(TimeSpan HangTimeout, int MemoryLimitMegabytes)
{
    /// <summary>Default hang timeout, in seconds: far above any single call of a map.</summary>
    public const int DefaultHangSeconds = 30;

    /// <summary>Default memory limit, in megabytes.</summary>
    public const int DefaultMemoryMegabytes = 2048;

    /// <summary>The defaults.</summary>
    public static WatchdogLimits Default { get; } = new(TimeSpan.FromSeconds(DefaultHangSeconds), DefaultMemoryMegabytes);

    /// <summary>The limits a bundle records, or the defaults for a bundle that records none.</summary>
    public static WatchdogLimits Of(Bundles.WatchdogSettings? recorded) =>
        recorded is null ? Default : new(TimeSpan.FromSeconds(recorded.HangTimeoutSeconds), recorded.MemoryLimitMegabytes);

    /// <summary>These limits as a bundle records them.</summary>
    public Bundles.WatchdogSettings ToSettings() => new(HangTimeout.TotalSeconds, MemoryLimitMegabytes);

    /// <summary>The heap limit in bytes, as the runtime's <c>GCHeapHardLimit</c> takes it.</summary>
    public long MemoryLimitBytes => MemoryLimitMegabytes * 1024L * 1024L;
}
