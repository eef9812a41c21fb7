using System.Runtime.InteropServices;

namespace StressMaps.Benchmarks.Reports;

/// <summary>The machine the numbers came from; they mean nothing without it.</summary>
/// <param name="Cores">Logical cores the process may use.</param>
/// <param name="Cpu">The CPU model, from <c>/proc/cpuinfo</c> where there is one.</param>
/// <param name="Runtime">The .NET runtime that ran the benchmarks.</param>
/// <param name="OperatingSystem">The operating system.</param>
public sealed record MachineInfo(int Cores, string Cpu, string Runtime, string OperatingSystem)
{
    /// <summary>This machine.</summary>
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        CpuModel(),
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription);

    /// <summary>The 1-minute load average from <c>/proc/loadavg</c>, or null off Linux: how busy the machine was.</summary>
    public static string? LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : null;
    }

    private static string CpuModel()
    {
        const string path = "/proc/cpuinfo";
        var line = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(text => text.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
