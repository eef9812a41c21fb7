namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// A bundle of a user's type to replay or shrink in a worker process under the watchdog (<c>replay</c>,
/// <c>shrink</c>): the user's code never runs in the process the user started.
/// </summary>
/// <param name="Bundle">The bundle file.</param>
/// <param name="Assembly">The assembly to load instead of the one the bundle names (<c>--assembly</c>), or null.</param>
/// <param name="Force">Load it even when its SHA-256 differs from the bundle's (<c>--force</c>).</param>
/// <param name="Times">Replays to run (replay only).</param>
/// <param name="ShrinkTo">Where to write the shrunk bundle; null to replay.</param>
/// <param name="DefaultSeed">The seed shrinking uses when the bundle names none.</param>
public sealed record BundleJob(string Bundle, string? Assembly, bool Force, int Times = 1, string? ShrinkTo = null, uint DefaultSeed = 0);

/// <summary>What a worker answers to a <see cref="BundleJob"/>.</summary>
/// <param name="Kind">How the replay ended, <see cref="OutcomeKind.AsExpected"/> for a shrink done, <see cref="OutcomeKind.BadInput"/> for an unusable bundle.</param>
/// <param name="Message">One line for the user.</param>
/// <param name="BundleJson">The bundle as it ran now (replay) or as shrunk (shrink), as bundle JSON, or null.</param>
public sealed record BundleJobAnswer(OutcomeKind Kind, string Message, string? BundleJson = null);
