using StressMaps.Frames;

namespace StressMaps.Tests.Instrumentation;

public class CoverageRecorderTests
{
    [Fact]
    public void AWriteAfterAnotherTasksReadIsOnePairNamedByTheTwoSites()
    {
        var recorder = new CoverageRecorder();
        recorder.BeginSchedule();

        recorder.Access("Map._count", "Map.Get (Map.cs:3)", write: false, task: 1);
        recorder.Access("Map._count", "Map.Set (Map.cs:9)", write: true, task: 2);

        var pair = Assert.Single(recorder.Pairs);
        Assert.Equal("Map._count: read Map.Get (Map.cs:3) -> write Map.Set (Map.cs:9)", pair.ToString());
        Assert.Equal(pair, recorder.LastConflict);
    }

    [Fact]
    public void ReadsAloneTheSameTaskAndTheSetupMakeNoPair()
    {
        var recorder = new CoverageRecorder();
        recorder.BeginSchedule();

        recorder.Access("Map._count", "Map.Get", write: false, task: 1);
        recorder.Access("Map._count", "Map.Get", write: false, task: 2);
        recorder.Access("Map._items", "Map.Set", write: true, task: 1);
        recorder.Access("Map._items", "Map.Set", write: true, task: 1);
        recorder.Access("Map._items", "Map.Set", write: true, task: 0);

        Assert.Empty(recorder.Pairs);
    }

    [Fact]
    public void TheSamePairInALaterScheduleIsNotNewAndTheOppositeOrderIs()
    {
        var recorder = new CoverageRecorder();
        recorder.BeginSchedule();
        recorder.Access("Map._count", "Map.Set", write: true, task: 1);
        recorder.Access("Map._count", "Map.Get", write: false, task: 2);
        recorder.BeginSchedule();
        recorder.Access("Map._count", "Map.Set", write: true, task: 1);
        recorder.Access("Map._count", "Map.Get", write: false, task: 2);
        recorder.BeginSchedule();
        recorder.Access("Map._count", "Map.Get", write: false, task: 2);
        recorder.Access("Map._count", "Map.Set", write: true, task: 1);

        Assert.Equal(2, recorder.PairCount);
        Assert.Equal(3, recorder.LastNewPairAt);
        Assert.Equal([(1, 1), (3, 2)], recorder.Growth);
    }

    [Fact]
    public void AccessesOfOneScheduleDoNotPairWithTheNext()
    {
        var recorder = new CoverageRecorder();
        recorder.BeginSchedule();
        recorder.Access("Map._count", "Map.Set", write: true, task: 1);
        recorder.BeginSchedule();
        recorder.Access("Map._count", "Map.Set", write: true, task: 2);

        Assert.Empty(recorder.Pairs);
        Assert.Null(recorder.LastConflict);
    }
}
