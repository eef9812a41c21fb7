using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Tests.Exploration.Exhaustive;

public class SearchBudgetTests
{
    [Theory]
    [InlineData("100000", 100000u, null)]
    [InlineData("60s", null, 60.0)]
    [InlineData("10m", null, 600.0)]
    [InlineData("5000,90s", 5000u, 90.0)]
    public void ParsesSchedulesTimeOrBoth(string text, uint? schedules, double? seconds)
    {
        var budget = SearchBudget.Parse([text]);

        Assert.Equal(schedules, budget.Schedules);
        Assert.Equal(seconds, budget.Time?.TotalSeconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("60x")]
    [InlineData("s")]
    [InlineData("10,20")]
    [InlineData("1s,2s")]
    [InlineData("")]
    public void RejectsWhatIsNoBudget(string text) =>
        Assert.Throws<FormatException>(() => SearchBudget.Parse([text]));

    [Theory]
    [InlineData("1800s", "30 min")]
    [InlineData("90s", "90 s")]
    [InlineData("100000,2m", "100,000 schedules or 2 min")]
    public void ReadsAsAPersonWouldSayIt(string text, string expected) =>
        Assert.Equal(expected, SearchBudget.Parse([text]).ToString());
}
