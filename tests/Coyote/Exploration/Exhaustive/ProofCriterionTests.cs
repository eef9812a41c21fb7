using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Tests.Exploration.Exhaustive;

public class ProofCriterionTests
{
    [Fact]
    public void FewerIterationsThanAllowedWithNoCutIsExhausted() =>
        Assert.Equal(SearchEnd.Exhausted, ProofCriterion.Decide(46, 10_000, 0, bugFound: false, stoppedFromOutside: false));

    [Fact]
    public void UsingEveryAllowedIterationIsABudgetCutEvenIfTheSpaceEndedThere() =>
        Assert.Equal(SearchEnd.BudgetReached, ProofCriterion.Decide(46, 46, 0, bugFound: false, stoppedFromOutside: false));

    [Fact]
    public void AStopFromOutsideIsABudgetCut() =>
        Assert.Equal(SearchEnd.BudgetReached, ProofCriterion.Decide(10, 10_000, 0, bugFound: false, stoppedFromOutside: true));

    [Fact]
    public void AScheduleCutByTheStepBoundIsNeverCovered() =>
        Assert.Equal(SearchEnd.StepBoundReached, ProofCriterion.Decide(46, 10_000, 1, bugFound: false, stoppedFromOutside: false));

    [Fact]
    public void ABugIsABugWhateverElseHappened() =>
        Assert.Equal(SearchEnd.BugFound, ProofCriterion.Decide(46, 46, 1, bugFound: true, stoppedFromOutside: true));
}
