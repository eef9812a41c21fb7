using StressMaps.Frames;

namespace StressMaps.Tests.Instrumentation;

/// <summary>A capture belongs to the flow of the test it wraps: explorations running beside it in the process see none.</summary>
public class TaskStacksTests
{
    [Fact]
    public void OnlyTheWrappedTestsFlowCaptures()
    {
        var capture = new FrameCapture();
        FrameCapture? insideTest = null, besideTest = null;

        var ran = TaskStacks.Capturing(capture, () =>
        {
            insideTest = TaskStacks.Current;
            return Task.CompletedTask;
        }, test =>
        {
            // Another flow of the same process (the way xunit runs another test, or a worker another cell).
            using (ExecutionContext.SuppressFlow())
            {
                Task.Run(() => besideTest = TaskStacks.Current).Wait();
            }

            test().Wait();
            return true;
        });

        Assert.True(ran);
        Assert.Same(capture, insideTest);
        Assert.Null(besideTest);
        Assert.Null(TaskStacks.Current);
    }
}
