using System.Globalization;
using System.Security;
using System.Text;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// Draws distributions of "attempts to first bug" as one self-contained SVG (no script, no external
/// style): a panel per series, sharing power-of-two bins (1, 2, 3–4, 5–8, …) so that a series that
/// needs one iteration and one that needs thousands of runs fit one scale, plus a "not found" bar.
/// </summary>
/// <remarks>
/// A string in, a string out, invariant culture throughout, so it can be embedded in any HTML report
/// and tested against a golden file.
/// </remarks>
public static class SvgHistogram
{
    private const int PanelWidth = 300;
    private const int PanelHeight = 150;
    private const int Margin = 28;
    private const int TitleHeight = 22;
    private static readonly string[] Colors = ["#2b6cb0", "#2f855a", "#b7791f", "#6b46c1", "#c53030", "#2c7a7b", "#97266d"];

    /// <summary>The SVG element for <paramref name="series"/> under <paramref name="title"/>; <paramref name="unit"/> labels the x axis.</summary>
    public static string Render(string title, string unit, IReadOnlyList<HistogramSeries> series)
    {
        var binCount = BinCount(series);
        var width = Margin + (series.Count * (PanelWidth + Margin));
        var height = TitleHeight + PanelHeight + (2 * Margin);
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"10\">");
        Append(svg, $"<title>{Escape(title)}</title>");
        Append(svg, $"<text x=\"{Margin}\" y=\"15\" font-size=\"12\" font-weight=\"bold\">{Escape(title)}</text>");
        for (var i = 0; i < series.Count; i++)
        {
            DrawPanel(svg, series[i], binCount, Margin + (i * (PanelWidth + Margin)), TitleHeight + 12, Colors[i % Colors.Length], unit);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The bin of <paramref name="value"/>: 0 for 1, 1 for 2, 2 for 3–4, 3 for 5–8, and so on.</summary>
    public static int BinOf(int value) => value <= 1 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(value - 1));

    /// <summary>The label of bin <paramref name="bin"/>: "1", "2", "3-4", "5-8", …</summary>
    public static string BinLabel(int bin) => bin switch
    {
        0 => "1",
        1 => "2",
        _ => string.Create(CultureInfo.InvariantCulture, $"{(1 << (bin - 1)) + 1}-{1 << bin}"),
    };

    private static int BinCount(IReadOnlyList<HistogramSeries> series)
    {
        var largest = series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max();
        return BinOf(largest) + 1;
    }

    private static void DrawPanel(StringBuilder svg, HistogramSeries series, int binCount, int left, int top, string color, string unit)
    {
        var counts = new int[binCount + 1];
        foreach (var value in series.Values)
        {
            counts[BinOf(value)]++;
        }

        counts[binCount] = series.Misses;
        var tallest = Math.Max(1, counts.Max());
        var barWidth = (double)PanelWidth / counts.Length;
        var total = series.Values.Count + series.Misses;
        Append(svg, $"<g transform=\"translate({left},{top})\">");
        Append(svg, $"<text x=\"0\" y=\"-2\" font-weight=\"bold\">{Escape(series.Label)} ({series.Values.Count}/{total} found)</text>");
        Append(svg, $"<line x1=\"0\" y1=\"{PanelHeight}\" x2=\"{PanelWidth}\" y2=\"{PanelHeight}\" stroke=\"#555\"/>");
        for (var bin = 0; bin < counts.Length; bin++)
        {
            var isMiss = bin == binCount;
            var label = isMiss ? "none" : BinLabel(bin);
            var barHeight = (double)counts[bin] / tallest * (PanelHeight - 14);
            var x = bin * barWidth;
            if (counts[bin] > 0)
            {
                Append(svg, $"<rect x=\"{x + 1:0.##}\" y=\"{PanelHeight - barHeight:0.##}\" width=\"{barWidth - 2:0.##}\" height=\"{barHeight:0.##}\" fill=\"{(isMiss ? "#a0aec0" : color)}\"><title>{Escape(label)}: {counts[bin]}</title></rect>");
                Append(svg, $"<text x=\"{x + (barWidth / 2):0.##}\" y=\"{PanelHeight - barHeight - 2:0.##}\" text-anchor=\"middle\">{counts[bin]}</text>");
            }

            Append(svg, $"<text x=\"{x + (barWidth / 2):0.##}\" y=\"{PanelHeight + 11}\" text-anchor=\"middle\" font-size=\"8\">{Escape(label)}</text>");
        }

        Append(svg, $"<text x=\"{PanelWidth / 2}\" y=\"{PanelHeight + 24}\" text-anchor=\"middle\">{Escape(unit)} to first bug</text>");
        svg.Append("</g>");
    }

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
