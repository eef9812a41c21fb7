using StressMaps.Harness.Sessions.Budget;

namespace StressMaps.Tests.Sessions.Budget;

public class RunBudgetShareTests
{
    [Theory]
    [InlineData(1, 400)]
    [InlineData(36, 400)]
    [InlineData(40, 400)]
    [InlineData(41, 390)]
    [InlineData(127, 125)]
    [InlineData(160, 100)]
    [InlineData(1000, 100)]
    public void TheDefaultGivesEachCell400SchedulesOrAnEqualPartOf16000ButNeverUnder100(int cells, int share)
    {
        Assert.Equal(share, RunBudget.Default.ShareFor(cells));
    }

    [Fact]
    public void ABudgetTypedOnTheCommandLineGuaranteesNoShare()
    {
        Assert.Equal(0, new RunBudget(TimeSpan.FromSeconds(10), null).ShareFor(36));
    }
}
