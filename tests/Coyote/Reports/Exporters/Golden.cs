using System.Globalization;
using System.Runtime.CompilerServices;

namespace StressMaps.Tests.Reports.Exporters;

/// <summary>
/// Compares text with a golden file in Exporters/Golden. With STRESSMAPS_UPDATE_GOLDEN=1 the file
/// is rewritten instead (review the diff before committing it).
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("STRESSMAPS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with STRESSMAPS_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    /// <summary>Runs <paramref name="render"/> under <paramref name="culture"/> and restores the thread's cultures.</summary>
    public static string UnderCulture(string culture, Func<string> render)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
