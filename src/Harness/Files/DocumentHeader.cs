using System.Reflection;
using System.Runtime.InteropServices;

namespace StressMaps.Harness.Files;

/// <summary>
/// What every document StressMaps writes (<c>run.json</c>, bundles, <c>stress.json</c>, <c>compare.json</c>)
/// opens with: its schema and the versions that wrote it. A document that bumps its schema sets
/// <see cref="Schema"/> in its constructor.
/// </summary>
public abstract record DocumentHeader
{
    /// <summary>The StressMaps version, as documents record it.</summary>
    public static string CurrentToolVersion { get; } = VersionOf(typeof(DocumentHeader).Assembly);

    /// <summary>The Coyote version, as documents record it.</summary>
    public static string CurrentCoyoteVersion { get; } = VersionOf(typeof(Microsoft.Coyote.Configuration).Assembly);

    /// <summary>The schema version of this document.</summary>
    public int Schema { get; init; } = 1;

    /// <summary>The StressMaps version that wrote it.</summary>
    public string ToolVersion { get; init; } = CurrentToolVersion;

    /// <summary>The Coyote version that explored (or was loaded) when it was written.</summary>
    public string CoyoteVersion { get; init; } = CurrentCoyoteVersion;

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}

/// <summary>The machine a run ran on.</summary>
public sealed record MachineRecord(int ProcessorCount, string OperatingSystem, string Runtime)
{
    /// <summary>This machine.</summary>
    public static MachineRecord Current => new(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
}
