namespace StressMaps.Harness.Oracles;

/// <summary>
/// How a cell is judged: the key <see cref="CellRunner"/> picks the test of one iteration by, and the one
/// place that choice is made. A cell's judgement travels with it (<see cref="Cell"/>) into exploration,
/// replay, shrinking and the bundle's replay, so each runs the very test the others ran.
/// </summary>
public enum Judgement
{
    /// <summary>
    /// The built-in matrix: crashes, Coyote's checks and the scenario's final check; expected results from
    /// <see cref="Verdicts.ExpectationTable"/>.
    /// </summary>
    Matrix,

    /// <summary>
    /// A map judged by its declared contract (a user's map type, or generated scenarios): the contract monitor
    /// for not-thread-safe and single-writer, linearizability against a sequential map for thread-safe; expected
    /// results from <see cref="OracleExpectations"/>. Every schedule journals, so a replay meets its points.
    /// </summary>
    Contract,

    /// <summary>
    /// A user's class: linearizability of the calls' answers against the class run one call at a time
    /// (<see cref="Linearizability.SequentialRunSpecification"/>), crashes as they happen.
    /// </summary>
    ClassLinearizability,

    /// <summary>
    /// A user's concurrent test method (<c>stressmaps test</c>): its own asserts, crashes and Coyote's checks, a
    /// deadlock typed from where each task waits (<see cref="Verdicts.BlockedTasks"/>).
    /// </summary>
    ConcurrentTest,
}
