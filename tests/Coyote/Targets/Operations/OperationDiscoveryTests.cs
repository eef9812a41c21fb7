using System.Collections.Concurrent;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Targets.Operations;

public class OperationDiscoveryTests
{
    private static readonly OperationModel Model = OperationDiscovery.Discover(typeof(Catalog), DomainOptions.Default);

    [Fact]
    public void FindsMethodsGettersSettersAndIndexersButNotObjectsMembers()
    {
        var names = Model.Operations.Select(operation => operation.Name).ToList();

        Assert.Equal(
            ["Count", "Item", "Items", "Keys", "Limit", "Paint", "Put(string)", "Put(string,int)", "SaveAsync", "set_Item", "set_Limit"],
            names);
    }

    [Fact]
    public void ListsEachSkippedMemberWithItsReason()
    {
        var lines = Model.Skipped.Select(member => member.ToString()).ToList();

        Assert.Contains("skipped ForEach(Action<string,int>): delegate parameter", lines);
        Assert.Contains("skipped TryFind(string,out int): out parameter", lines);
        Assert.Contains("skipped Echo(T): generic method", lines);
        Assert.DoesNotContain(lines, line => line.Contains("SaveAsync", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("skipped Load(Stream): parameter of type Stream", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("ToString", StringComparison.Ordinal) || line.Contains("GetHashCode", StringComparison.Ordinal));
    }

    [Fact]
    public void ArgumentsComeFromSmallDomainsOfTheirOwnTypes()
    {
        var paint = Model.Find("Paint")!;

        Assert.Equal(["Light", "Dark"], paint.Domains[0].Select(value => value.Text));
        Assert.Equal(["false", "true", "null"], paint.Domains[1].Select(value => value.ToString()));
        Assert.Equal(["'a'", "'b'", "'c'"], paint.Domains[2].Select(value => value.ToString()));
        // An unsigned parameter gets the integers that fit it: not -1.
        Assert.Equal(["0", "1", "2"], paint.Domains[3].Select(value => value.Text));
        Assert.Equal(["a", "b", "c"], Model.Find("Put(string,int)")!.Domains[0].Select(value => value.Text));
        Assert.Equal(["-1", "0", "1", "2"], Model.Find("Put(string,int)")!.Domains[1].Select(value => value.Text));
    }

    [Fact]
    public void MembersReturningCollectionsHandThemOut()
    {
        Assert.Equal(HandOutKind.Dictionary, Model.Find("Items")!.HandOut);
        Assert.Equal(HandOutKind.Collection, Model.Find("Keys")!.HandOut);
        Assert.Equal(HandOutKind.None, Model.Find("Item")!.HandOut);
        Assert.Equal(HandOutKind.None, Model.Find("Count")!.HandOut);
    }

    [Fact]
    public void ADictionaryOverOtherTypesTakesArgumentsOfItsOwnTypes()
    {
        var model = OperationDiscovery.Discover(typeof(ConcurrentDictionary<int, string>), DomainOptions.Default);

        var tryAdd = model.Find("TryAdd")!;
        Assert.Equal(["int", "string"], tryAdd.Parameters);
        Assert.Equal(["-1", "0", "1", "2"], tryAdd.Domains[0].Select(value => value.Text));
        Assert.Equal(ArgumentKind.String, tryAdd.Domains[1][0].Kind);
        Assert.Equal(1, tryAdd.Domains[0][2].ToObject(typeof(int)));
    }

    [Fact]
    public void AnObjectValueTakesIntegers()
    {
        var model = OperationDiscovery.Discover(typeof(Dictionary<string, object>), DomainOptions.Default);

        var add = model.Find("Add")!;
        Assert.Equal(["string", "object"], add.Parameters);
        Assert.Equal(2, add.Domains[1][3].ToObject(typeof(object)));
    }

    [Fact]
    public void DomainOptionsChangeTheValues()
    {
        var model = OperationDiscovery.Discover(typeof(Catalog), new DomainOptions(["x", "y"], [-5, 7]));

        Assert.Equal(["x", "y"], model.Find("Put(string,int)")!.Domains[0].Select(value => value.Text));
        Assert.Equal(["-5", "7"], model.Find("Put(string,int)")!.Domains[1].Select(value => value.Text));
    }

    [Fact]
    public void OperationsAndExcludeNarrowTheModelAndListWhatTheyDropped()
    {
        var narrowed = OperationSelection.Apply(Model, ["Put", "Limit", "Count"], ["set_Limit"]);

        Assert.Equal(["Count", "Limit", "Put(string)", "Put(string,int)"], narrowed.Operations.Select(operation => operation.Name));
        Assert.Contains(narrowed.Skipped, member => member.ToString() == "skipped set_Limit: excluded by --exclude");
        Assert.Contains(narrowed.Skipped, member => member.ToString() == "skipped Paint: not named by --operations");
    }

    [Fact]
    public void AnUnknownOperationNameIsRejectedListingTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => OperationSelection.Apply(Model, ["Puts"], []));

        Assert.StartsWith($"{typeof(Catalog).FullName} has no operation 'Puts'; its operations: Count, Item, Items", error.Message);
    }
}
