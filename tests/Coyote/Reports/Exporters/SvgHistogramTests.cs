using System.Globalization;
using System.Xml.Linq;
using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class SvgHistogramTests
{
    [Theory]
    [InlineData(1, 0, "1")]
    [InlineData(2, 1, "2")]
    [InlineData(3, 2, "3-4")]
    [InlineData(4, 2, "3-4")]
    [InlineData(5, 3, "5-8")]
    [InlineData(9, 4, "9-16")]
    [InlineData(1000, 10, "513-1024")]
    public void BinsArePowersOfTwo(int value, int bin, string label)
    {
        Assert.Equal(bin, SvgHistogram.BinOf(value));
        Assert.Equal(label, SvgHistogram.BinLabel(bin));
    }

    [Fact]
    public void DrawsAPanelPerSeriesWithABarPerFilledBinAndOneForMisses()
    {
        var svg = XDocument.Parse(SvgHistogram.Render("cell <a>", "iterations", Series()));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(2, svg.Root!.Elements(ns + "g").Count());
        // exploration: bins 1 and 3-4; stress: bin 513-1024 and the misses.
        Assert.Equal(4, svg.Descendants(ns + "rect").Count());
        Assert.Contains(svg.Descendants(ns + "title"), title => title.Value == "none: 97");
    }

    [Fact]
    public void OutputDoesNotDependOnTheCurrentCulture()
    {
        var invariant = InCulture(CultureInfo.InvariantCulture);
        var german = InCulture(CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal(invariant, german);
    }

    private static string InCulture(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return SvgHistogram.Render("cell", "iterations", Series());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static IReadOnlyList<HistogramSeries> Series() =>
    [
        new("exploration (portfolio)", [1, 1, 4, 3], 0),
        new("stress (12.5 ms a trial)", [700, 1000, 999], 97),
    ];
}
