namespace StressMaps.Rewriting;

/// <summary>What one run of <see cref="UnseenPass"/> did.</summary>
/// <param name="Version">The pass's version.</param>
/// <param name="Assemblies">One entry per assembly.</param>
public sealed record PassReport(int Version, IReadOnlyList<AssemblyPass> Assemblies)
{
    /// <summary>The file, beside the passed assemblies, that keeps this report for the run that loads them.</summary>
    public const string FileName = "stressmaps-unseen.json";
}

/// <summary>What the pass did to one assembly.</summary>
/// <param name="Name">The assembly's simple name.</param>
/// <param name="AlreadyPassed">True when it carried our mark already and was left alone.</param>
/// <param name="Version">The version of the pass that passed it.</param>
/// <param name="SchedulingPoints">Scheduling points added (or Coyote's taken over) before field accesses.</param>
/// <param name="Redirected">Calls redirected to StressMaps.Controlled.</param>
/// <param name="Unsupported">Uses of primitives Coyote does not control and the pass cannot redirect.</param>
public sealed record AssemblyPass(
    string Name, bool AlreadyPassed, int Version, int SchedulingPoints, int Redirected, IReadOnlyList<UnsupportedUse> Unsupported)
{
    /// <summary>Where the pass could not name what a step touches and noted "anything" (method: call), for the partial-order reduction.</summary>
    public IReadOnlyList<string> FootprintUnknown { get; init; } = [];
}

/// <summary>A call to a primitive that neither Coyote nor our stand-ins control.</summary>
/// <param name="Type">The outermost type of the user's code that makes the call.</param>
/// <param name="Method">The method that makes it.</param>
/// <param name="Primitive">The primitive's member, e.g. <c>System.Threading.ManualResetEventSlim.Wait</c>.</param>
public sealed record UnsupportedUse(string Type, string Method, string Primitive);
