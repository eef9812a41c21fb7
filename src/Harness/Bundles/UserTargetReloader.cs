using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// Loads the user's type a bundle names, as the run that found the bug loaded it: its rewritten copy from
/// the cache, rewritten again when the cache no longer has it, judged by the bundle's contract.
/// </summary>
public static class UserTargetReloader
{
    /// <summary>
    /// The target of <paramref name="record"/> from the assembly at <paramref name="path"/>, whose hash the caller
    /// has checked. Throws <see cref="InvalidDataException"/> with one line when it cannot be loaded as it was.
    /// </summary>
    public static Target Reload(TargetRecord record, string path, bool force)
    {
        var contract = ContractNames.Parse(record.Contract ?? "")
            ?? throw new InvalidDataException($"the bundle's contract '{record.Contract}' is unknown; valid contracts: {string.Join(", ", ContractNames.All)}.");
        var framework = record.RewrittenCacheKey is null && record.RewrittenAtBuild != true;
        if (!framework && RewrittenAssemblyCache.KeyOf(path) is var key && key != record.RewrittenCacheKey && !force)
        {
            throw new InvalidDataException(
                $"target assembly '{path}' would be rewritten as {key}, the bundle's was rewritten as {record.RewrittenCacheKey} " +
                "(another Coyote version, or an assembly beside it changed); replay with --force to try it anyway.");
        }

        try
        {
            if (record.Test == true)
            {
                return Targets.Loading.ConcurrentTestLoader.LoadOne(path, record.Type) with { Name = record.Name };
            }

            // A class target gets back the operations and relaxed answers it ran with; its arguments are in the scenario's steps.
            var options = ClassTargetOptions.Default with { Operations = record.Operations ?? [], Relaxed = record.Relaxed ?? [], Recorded = record.Construction };
            var user = record.RewrittenAtBuild == true
                ? BuiltTargetLoader.Load(path, record.Type, contract, options)
                : UserTargetLoader.Load(framework ? null : path, record.Type, contract, options);
            return user.Target with { Name = record.Name };
        }
        catch (TargetRejectedException rejected)
        {
            throw new InvalidDataException($"the bundle's type cannot be loaded: {rejected.Message}");
        }
    }
}
