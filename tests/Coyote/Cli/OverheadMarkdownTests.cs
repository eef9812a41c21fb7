using System.Globalization;
using StressMaps.Cli.Output;
using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Tests.Cli;

public class OverheadMarkdownTests
{
    private const string Expected =
        """
        ### Harness overhead: writer-vs-reader × locked, portfolio, seed 42, 500 iterations a round

        | side | iterations/s (median) | rounds |
        | --- | ---: | --- |
        | harness (CellRunner.Explore) | 1000 | 1010, 990 |
        | bare Coyote TestingEngine | 1050 | 1050, 1050 |

        Overhead ratio (bare / harness iterations a second): 1.05 (target at most 1.15: met).

        """;

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void TheOverheadTableUsesInvariantNumbersInAnyCulture(string culture)
    {
        var result = new HarnessOverheadResult("writer-vs-reader × locked", "portfolio", 42, 500, [1010, 990], [1050, 1050]);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture == "" ? CultureInfo.InvariantCulture : new CultureInfo(culture);
        try
        {
            Assert.Equal(Expected.ReplaceLineEndings("\n"), OverheadMarkdown.Render(result));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
