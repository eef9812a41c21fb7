using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Tests.Sessions.Watchdog;

/// <summary>
/// The board is process-wide: while a test attaches it, every user call of every other test would be
/// marked on it. So these tests run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(StatusBoardTests), DisableParallelization = true)]
public sealed class StatusBoardCollection;

[Collection(nameof(StatusBoardTests))]
public class StatusBoardTests
{
    [Fact]
    public void PhaseAndOperationsInFlightAreReadBackFromTheFileNewestFirst()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stressmaps-board-test-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, new byte[4096]);
        try
        {
            StatusBoard.Attach(path);
            WorkerPhase.Enter(WorkerPhaseKind.Exploring, "count-after-adds.Cache");
            var first = StatusBoard.Begin("set(a, 1)");
            var second = StatusBoard.Begin("count()");
            var third = StatusBoard.Begin("get(b)");
            StatusBoard.End(third);

            var reading = StatusReading.Read(path);

            Assert.True(reading.Watched);
            Assert.Equal(new WorkerPhase(WorkerPhaseKind.Exploring, "count-after-adds.Cache"), WorkerPhase.Parse(reading.Phase));
            Assert.Equal(["count()", "set(a, 1)"], reading.InFlight);
            Assert.Equal("count()", reading.Running);
            StatusBoard.End(second);
            StatusBoard.End(first);
            Assert.True(StatusReading.Read(path).Progress > reading.Progress);
        }
        finally
        {
            StatusBoard.Detach();
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingBoardReadsAsEmpty()
    {
        Assert.Equal(StatusReading.Empty, StatusReading.Read("/nowhere/board.bin"));
    }
}
