using StressMaps.Harness.Oracles.Contracts;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Oracles.Contracts;

public class ContractRulesTests
{
    private static readonly CallInFlight Read = new(1, "TryGetValue(a)", IsWrite: false, "");
    private static readonly CallInFlight OtherRead = new(2, "Count", IsWrite: false, "");
    private static readonly CallInFlight Write = new(2, "this[a] = 1", IsWrite: true, "");
    private static readonly CallInFlight OtherWrite = new(3, "Remove(a)", IsWrite: true, "");

    [Fact]
    public void NotThreadSafeAllowsReadersTogetherAndNothingAlongsideAWrite()
    {
        Assert.False(ContractRules.Conflict(ThreadSafetyContract.NotThreadSafe, Read, OtherRead));
        Assert.True(ContractRules.Conflict(ThreadSafetyContract.NotThreadSafe, Read, Write));
        Assert.True(ContractRules.Conflict(ThreadSafetyContract.NotThreadSafe, Write, OtherWrite));
    }

    [Fact]
    public void SingleWriterAllowsReadersAlongsideOneWriterButNeverTwoWriters()
    {
        Assert.False(ContractRules.Conflict(ThreadSafetyContract.SingleWriter, Read, OtherRead));
        Assert.False(ContractRules.Conflict(ThreadSafetyContract.SingleWriter, Read, Write));
        Assert.True(ContractRules.Conflict(ThreadSafetyContract.SingleWriter, Write, OtherWrite));
    }

    [Fact]
    public void ThreadSafeForbidsNoOverlap()
    {
        Assert.False(ContractRules.Conflict(ThreadSafetyContract.ThreadSafe, Write, OtherWrite));
    }
}
