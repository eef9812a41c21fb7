using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Exploration.Execution;

public class AwaitedResultTests
{
    private static async IAsyncEnumerable<string> Names()
    {
        yield return "a";
        await Task.Yield();
        yield return "b";
    }

    private static async Task Nothing() => await Task.Yield();

    private static async Task<int> Three()
    {
        await Task.Yield();
        return 3;
    }

    [Fact]
    public async Task EachAwaitableGivesItsResultAndATaskWithoutOneGivesNull()
    {
        Assert.Equal(3, await AwaitedResult.OfAsync(Three(), typeof(Task<int>)));
        Assert.Null(await AwaitedResult.OfAsync(Nothing(), typeof(Task)));
        Assert.Equal(4, await AwaitedResult.OfAsync(new ValueTask<int>(4), typeof(ValueTask<int>)));
        Assert.Equal(5, await AwaitedResult.OfAsync(new ValueTask<int>(Task.FromResult(5)), typeof(ValueTask<int>)));
        Assert.Null(await AwaitedResult.OfAsync(ValueTask.CompletedTask, typeof(ValueTask)));
    }

    [Fact]
    public async Task AFaultedTaskThrowsItsOwnException()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => AwaitedResult.OfAsync(Task.FromException<int>(new KeyNotFoundException()), typeof(Task<int>)));
    }

    [Fact]
    public async Task AnAsyncSequenceIsEnumeratedWithAwaitForeach()
    {
        Assert.True(AsyncReturns.IsAsync(typeof(IAsyncEnumerable<string>)));
        Assert.Equal(["a", "b"], (List<object?>)(await AwaitedResult.OfAsync(Names(), typeof(IAsyncEnumerable<string>)))!);
    }
}
