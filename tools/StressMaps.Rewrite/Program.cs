using StressMaps.Rewriting;

// stressmaps-rewrite FOLDER ASSEMBLY.dll...: passes the assemblies in FOLDER, whose StressMaps.Controlled.dll they will call.
if (args.Length < 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: StressMaps.Rewrite FOLDER ASSEMBLY.dll... (FOLDER holds the assemblies and StressMaps.Controlled.dll)");
    return 1;
}

var controlled = Path.Combine(args[0], "StressMaps.Controlled.dll");
if (!File.Exists(controlled))
{
    Console.Error.WriteLine($"{controlled} is missing: the folder must hold StressMaps.Controlled.dll, which the passed code calls");
    return 1;
}

var report = UnseenPass.Run(args[0], args[1..], controlled, footprintNotes: true);
foreach (var assembly in report.Assemblies)
{
    Console.WriteLine(assembly.AlreadyPassed
        ? $"{assembly.Name}: already passed (version {assembly.Version})"
        : $"{assembly.Name}: {assembly.SchedulingPoints} scheduling points, {assembly.Redirected} calls redirected, {assembly.Unsupported.Count} uncontrolled uses, {assembly.FootprintUnknown.Count} steps the reduction cannot see into");
    foreach (var site in assembly.FootprintUnknown)
    {
        Console.WriteLine($"  footprint unknown: {site}");
    }
}

return 0;
