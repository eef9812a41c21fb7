using System.Diagnostics;
using StressMaps.Cli.Commands;

namespace StressMaps.Cli.ScaleOut;

/// <summary>How to start this tool again in its hidden <c>worker</c> mode, with redirected streams.</summary>
public static class WorkerProcess
{
    /// <summary>The start info: through the dotnet host with the entry assembly, or the apphost directly.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment = null)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        }

        start.ArgumentList.Add(WorkerCommand.Name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
