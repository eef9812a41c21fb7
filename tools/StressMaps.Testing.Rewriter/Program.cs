using StressMaps.Harness.Targets.Loading;
using StressMaps.Testing.Rewriter;

// stressmaps-testing-rewriter FOLDER FILE...: rewrites the named assemblies of FOLDER in place for Coyote,
// skipping those already rewritten (an incremental build leaves them), and prints one line.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: StressMaps.Testing.Rewriter FOLDER [ASSEMBLY.dll ...]  (FOLDER: the build's output folder)");
    return 1;
}

var folder = Path.GetFullPath(args[0]);
var pending = args.Skip(1).Distinct(StringComparer.OrdinalIgnoreCase)
    .Where(file => File.Exists(Path.Combine(folder, file)) && !RewritingMark.IsOn(Path.Combine(folder, file)))
    .ToList();
if (pending.Count == 0)
{
    Console.WriteLine($"StressMaps.Testing: nothing to rewrite in {folder}");
    return 0;
}

try
{
    InPlaceRewrite.Run(folder, pending);
}
catch (Exception error) when (error is TargetRejectedException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"StressMaps.Testing: {error.Message}");
    return 1;
}

Console.WriteLine($"StressMaps.Testing: rewrote {string.Join(", ", pending)} for Coyote");
return 0;
