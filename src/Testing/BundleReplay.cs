using StressMaps.Harness.Bundles;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Testing;

/// <summary>Replays a bundle on instances a test's factory makes, under the contract, operations and relaxed answers the bundle records.</summary>
internal static class BundleReplay
{
    public static StressMapsReplay Run(string bundlePath, Type type, Func<object> factory, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        BugBundle bundle;
        try
        {
            bundle = BugBundleJson.Read(bundlePath);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new ArgumentException($"cannot read the bundle {bundlePath}: {error.Message}", nameof(bundlePath));
        }

        var record = bundle.Target;
        var named = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName;
        if (record.Type != named)
        {
            throw new ArgumentException($"the bundle was found on {record.Type}; the factory makes {named}.", nameof(factory));
        }

        var contract = ContractNames.Parse(record.Contract ?? ContractNames.ThreadSafe)
            ?? throw new ArgumentException($"the bundle's contract '{record.Contract}' is unknown.", nameof(bundlePath));
        UserTarget user;
        try
        {
            var options = ClassTargetOptions.Default with { Operations = record.Operations ?? [], Relaxed = record.Relaxed ?? [] };
            user = BuiltTargetLoader.FromType(type, contract, options, factory);
        }
        catch (TargetRejectedException rejected)
        {
            throw new ArgumentException(rejected.Message, nameof(factory));
        }

        var outcome = ReplaySession.Replay(bundle, user.Target with { Name = record.Name }, times);
        return new StressMapsReplay(outcome.Kind == OutcomeKind.UnexpectedBug, outcome.Message);
    }
}
