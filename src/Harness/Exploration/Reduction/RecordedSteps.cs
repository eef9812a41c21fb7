using StressMaps.Frames;
using StressMaps.Reduction;

namespace StressMaps.Harness.Exploration.Reduction;

/// <summary>The notes the rewritten code made (<see cref="StepRecorder"/>), as footprints for <see cref="DporScheduler"/>.</summary>
internal sealed class RecordedSteps(StepRecorder recorder) : IStepObserver
{
    /// <inheritdoc/>
    public int Named => recorder.Named;

    /// <inheritdoc/>
    public (Footprint Now, Footprint Carried) TakeStep()
    {
        var step = recorder.TakeStep();
        return (Footprint.Of(step.Anything, step.Reads, step.Writes).WithLocks([], step.Released),
            Footprint.Of(false, step.CarriedReads, step.CarriedWrites).WithLocks(step.CarriedAcquired, []));
    }
}
