using System.Diagnostics;
using StressMaps.Cli.Commands;

namespace StressMaps.Cli.ScaleOut;

/// <summary>How to start this tool again as a worker: through the dotnet host with the entry assembly, or the apphost directly.</summary>
public static class WorkerStart
{
    /// <summary>The start of one worker process.</summary>
    public static ProcessStartInfo Create()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(WorkerStart).Assembly.Location);
        }

        start.ArgumentList.Add(WorkerCommand.Name);
        return start;
    }
}
