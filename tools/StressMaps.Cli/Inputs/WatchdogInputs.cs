using System.CommandLine;
using StressMaps.Harness.Sessions.Watchdog;

namespace StressMaps.Cli.Inputs;

/// <summary>--hang-timeout and --memory-limit: the watchdog over the worker process that explores, replays or shrinks a user's types.</summary>
public sealed class WatchdogInputs
{
    /// <summary>--hang-timeout.</summary>
    public Option<double> HangTimeout { get; } = new("--hang-timeout")
    {
        Description = "Seconds your code may run without any call beginning or returning before its cell is killed as a hang.",
        DefaultValueFactory = _ => WatchdogLimits.DefaultHangSeconds,
    };

    /// <summary>--memory-limit.</summary>
    public Option<int> MemoryLimit { get; } = new("--memory-limit")
    {
        Description = "Megabytes of managed heap the worker running your types may use before its cell is reported out of memory.",
        DefaultValueFactory = _ => WatchdogLimits.DefaultMemoryMegabytes,
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(HangTimeout);
        command.Options.Add(MemoryLimit);
    }

    /// <summary>The validated limits; bad values are a <see cref="UsageException"/>.</summary>
    public WatchdogLimits Read(ParseResult parsed)
    {
        var seconds = parsed.GetValue(HangTimeout);
        if (seconds is not (>= 0.5 and <= 86_400))
        {
            throw new UsageException($"--hang-timeout must be a number of seconds from 0.5 to 86400; got {seconds}.");
        }

        var megabytes = parsed.GetValue(MemoryLimit);
        if (megabytes is < 64 or > 1_048_576)
        {
            throw new UsageException($"--memory-limit must be a whole number of megabytes from 64 to 1048576; got {megabytes}.");
        }

        return new WatchdogLimits(TimeSpan.FromSeconds(seconds), megabytes);
    }

    /// <summary>The validated limits, each one not given taken from <paramref name="recorded"/> (what a bundle's run used).</summary>
    public WatchdogLimits ReadOr(ParseResult parsed, WatchdogLimits recorded)
    {
        var given = Read(parsed);
        return new WatchdogLimits(
            parsed.GetResult(HangTimeout) is { Implicit: false } ? given.HangTimeout : recorded.HangTimeout,
            parsed.GetResult(MemoryLimit) is { Implicit: false } ? given.MemoryLimitMegabytes : recorded.MemoryLimitMegabytes);
    }
}
