namespace StressMaps.Reduction;

/// <summary>What the running program noted about each step (<see cref="FootprintRules.Observed"/>).</summary>
public interface IStepObserver
{
    /// <summary>How many objects have names so far in this schedule.</summary>
    int Named { get; }

    /// <summary>What was noted since the last call: what the step touched, and what a call noted just before its closing point touches after it.</summary>
    (Footprint Now, Footprint Carried) TakeStep();
}
