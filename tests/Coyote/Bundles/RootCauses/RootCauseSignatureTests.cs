using StressMaps.Harness.Bundles.RootCauses;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Tests.Bundles.RootCauses;

public class RootCauseSignatureTests
{
    private static readonly Bug Race = new(BugKind.DataRace) { Subject = "Dictionary<string,string>" };

    private static Bug HandOut(string member) => Race with { HandOut = new HandOutSite("LiveRegistry", member, "Dictionary<string,string>") };

    private static Bug Met(string resource, string first, bool firstWrites, string second, bool secondWrites) =>
        Race with { Race = new RaceSites(resource, first, firstWrites, second, secondWrites) };

    [Fact]
    public void ALiveCollectionHandedOutIsOneCauseWhicheverCallWroteIt()
    {
        var whileSetting = HandOut("Current") with { Tasks = [new BugTask(2, "Set(a, c)")] };
        var whileRemoving = HandOut("Current") with { Tasks = [new BugTask(2, "Remove(b)")] };

        Assert.Equal(RootCauseSignature.Of(whileSetting), RootCauseSignature.Of(whileRemoving));
        Assert.Equal("hand-out: LiveRegistry.Current() hands out its live Dictionary<string,string>", RootCauseSignature.Of(whileSetting));
    }

    [Fact]
    public void TwoMembersHandingItOutAreTwoCauses()
    {
        Assert.NotEqual(RootCauseSignature.Of(HandOut("Current")), RootCauseSignature.Of(HandOut("Snapshot")));
    }

    [Fact]
    public void ARaceIsNamedByItsResourceWhicheverAccessesMet()
    {
        var getThenSet = RootCauseSignature.Of(Met("Map._count", "Map.Get (Map.cs:3)", false, "Map.Set (Map.cs:9)", true));
        var setThenSet = RootCauseSignature.Of(Met("Map._count", "Map.Set (Map.cs:9)", true, "Map.Set (Map.cs:9)", true));
        var addThenCount = RootCauseSignature.Of(Met("Map._count", "Map.Add (Map.cs:12)", true, "Map.Count (Map.cs:15)", false));
        var otherField = RootCauseSignature.Of(Met("Map._items", "Map.Add (Map.cs:12)", true, "Map.Count (Map.cs:15)", false));

        Assert.Equal("data race on Map._count", getThenSet);
        Assert.Equal(getThenSet, setThenSet);
        Assert.Equal(getThenSet, addThenCount);
        Assert.NotEqual(getThenSet, otherField);
    }

    [Fact]
    public void AHistoryNoOrderExplainsIsNamedByTheOperationsNoOrderCouldPlace()
    {
        var twoBookings = new Bug(BugKind.NotLinearizable) { Unplaced = ["Book", "Book"] };
        var oneBooking = new Bug(BugKind.NotLinearizable) { Unplaced = ["Book"] };
        var count = new Bug(BugKind.NotLinearizable) { Unplaced = ["Count"] };

        Assert.Equal("not linearizable: Book", RootCauseSignature.Of(twoBookings));
        Assert.Equal(RootCauseSignature.Of(twoBookings), RootCauseSignature.Of(oneBooking));
        Assert.NotEqual(RootCauseSignature.Of(oneBooking), RootCauseSignature.Of(count));
    }

    [Fact]
    public void AnExceptionIsNamedByItsTypeAndTheFirstFrameInTheUsersCode()
    {
        var crash = new Bug(BugKind.Crash) { ExceptionType = "System.InvalidOperationException", UserFrame = "My.Cache.Sum" };

        Assert.Equal("System.InvalidOperationException at My.Cache.Sum", RootCauseSignature.Of(crash));
    }

    [Fact]
    public void TheFirstUserFrameOfCoyotesReportIsReadWhereReportTextIsRead()
    {
        const string report = "System.InvalidOperationException: Collection was modified.\n   at System.Collections.Generic.Dictionary`2.Enumerator.MoveNext()\n   at My.Cache.Sum() in Cache.cs:line 12\n   at StressMaps.Harness.Oracles.ClassCaller.Run()";

        Assert.Equal("My.Cache.Sum", UntypedBugs.UserFrameIn(report));
    }

    [Fact]
    public void DeadlocksOfTwoAndOfThreeOperationsAreOneCause()
    {
        var two = new Bug(BugKind.Deadlock) { Tasks = [new BugTask(1, "Transfer(a)"), new BugTask(2, "Transfer(b)")] };
        var three = two with { Tasks = [.. two.Tasks, new BugTask(3, "Transfer(c)")] };

        Assert.Equal(RootCauseSignature.Of(two), RootCauseSignature.Of(three));
    }
}
