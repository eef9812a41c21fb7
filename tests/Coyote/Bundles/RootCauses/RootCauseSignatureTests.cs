using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Bundles.RootCauses;

namespace StressMaps.Tests.Bundles.RootCauses;

public class RootCauseSignatureTests
{
    private const string Race = "Found read/write data race on 'Dictionary<String,String>'.";

    private static string HandOut(string member, string writer) =>
        $"{member}() -> Dictionary<string,string> handed out LiveRegistry's live collection, not a copy: task 1 was reading it (received.count()) while task 2 called {writer} on LiveRegistry, which wrote it. {Race}";

    [Fact]
    public void ALiveCollectionHandedOutIsOneCauseWhicheverCallWroteIt()
    {
        Assert.Equal(RootCauseSignature.Of(Typed(Race), HandOut("Current", "Set(a, c)")), RootCauseSignature.Of(Typed(Race), HandOut("Current", "Remove(b)")));
        Assert.Equal("hand-out: LiveRegistry.Current() hands out its live Dictionary<string,string>", RootCauseSignature.Of(Typed(Race), HandOut("Current", "Set(a, c)")));
    }

    [Fact]
    public void TwoMembersHandingItOutAreTwoCauses()
    {
        Assert.NotEqual(RootCauseSignature.Of(Typed(Race), HandOut("Current", "Set(a, c)")), RootCauseSignature.Of(Typed(Race), HandOut("Snapshot", "Set(a, c)")));
    }

    [Fact]
    public void ARaceIsNamedByTheTwoAccessesThatMetInEitherOrder()
    {
        var first = RootCauseSignature.Of(Typed(Race), $"{Race}\nAccesses that met last: Map._count: read Map.Get (Map.cs:3) -> write Map.Set (Map.cs:9)");
        var reversed = RootCauseSignature.Of(Typed(Race), $"{Race}\nAccesses that met last: Map._count: write Map.Set (Map.cs:9) -> read Map.Get (Map.cs:3)");
        var other = RootCauseSignature.Of(Typed(Race), $"{Race}\nAccesses that met last: Map._count: write Map.Add (Map.cs:12) -> write Map.Set (Map.cs:9)");

        Assert.Equal("data race on Map._count: Map.Get (Map.cs:3) and Map.Set (Map.cs:9)", first);
        Assert.Equal(first, reversed);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void AHistoryNoOrderExplainsIsNamedByTheCallsLeftWithoutANextStep()
    {
        const string message = "Not linearizable: no sequential order of these calls, respecting real-time order, gives every call the answer it got.";
        string Detail(string key) => $"{message}\nAccesses that met last: Desk.Placed: read Desk.get_Placed (Desk.cs:{key.Length}) -> write Desk.set_Placed (Desk.cs:13)\nThe longest order that fits (1 of 2 calls): task 1 Book({key}); then no call can go next:\n  task 2 Book({key}) answered true, but TicketCounter run one call at a time would answer false";

        Assert.Equal("not linearizable: Book", RootCauseSignature.Of(Typed(message), Detail("a")));
        Assert.Equal(RootCauseSignature.Of(Typed(message), Detail("a")), RootCauseSignature.Of(Typed(message), Detail("bb")));
    }

    [Fact]
    public void AnExceptionIsNamedByItsTypeAndTheFirstFrameInTheUsersCode()
    {
        const string message = "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.";
        var detail = $"{message}\n   at System.Collections.Generic.Dictionary`2.Enumerator.MoveNext()\n   at My.Cache.Sum() in Cache.cs:line 12\n   at StressMaps.Harness.Oracles.ClassCaller.Run()";

        Assert.Equal("System.InvalidOperationException at My.Cache.Sum", RootCauseSignature.Of(Typed(message), detail));
    }

    [Fact]
    public void DeadlocksOfTwoAndOfThreeOperationsAreOneCause()
    {
        const string two = "Deadlock detected. Op(3) and Op(4) are waiting to acquire a resource that is already acquired, but no other controlled operations are enabled.";
        const string three = "Deadlock detected. Op(3), Op(4) and Op(5) are waiting to acquire a resource that is already acquired, but no other controlled operations are enabled.";

        Assert.Equal(RootCauseSignature.Of(Typed(two), two), RootCauseSignature.Of(Typed(three), three));
    }

    // The tests write a bug as its stored message; the typed bug is what the fallback for stored messages reads from it.
    private static Bug Typed(string message) => UntypedBugs.FromStoredMessage(message);
}
