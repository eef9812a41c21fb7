using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles.Linearizability;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Tests.Targets.Operations;

namespace StressMaps.Tests.Oracles.Linearizability;

public class SequentialRunSpecificationTests
{
    private static readonly ClassTarget SeatsTarget = Target(typeof(Seats), []);

    private static ClassTarget Target(Type type, IReadOnlyList<string> relaxed) =>
        new(type, OperationDiscovery.Discover(type, DomainOptions.Default), () => Activator.CreateInstance(type)!, relaxed);

    private static HistoryEntry Entry(int task, ScenarioOperation step, long called, long returned, string answer) => new(task, step, called, returned, answer);

    private static readonly ScenarioOperation AddOneSeat = ScenarioOperation.Call("Add", ArgumentValue.Of("a"), ArgumentValue.Of(1));
    private static readonly ScenarioOperation BookA = ScenarioOperation.Call("Book", ArgumentValue.Of("a"));

    [Fact]
    public void TwoOverlappingBookingsOfTheLastSeatThatBothSucceedAreNotLinearizable()
    {
        HistoryEntry[] history = [Entry(0, AddOneSeat, 1, 2, "ok"), Entry(1, BookA, 3, 6, "true"), Entry(2, BookA, 4, 5, "true")];

        var verdict = LinearizabilityChecker.Check(history, new SequentialRunSpecification(SeatsTarget));

        Assert.False(verdict.IsLinearizable);
        Assert.Contains("answered true, but Seats run one call at a time would answer false", verdict.Explanation);
    }

    [Fact]
    public void OneBookingRefusedIsLinearizable()
    {
        HistoryEntry[] history = [Entry(0, AddOneSeat, 1, 2, "ok"), Entry(1, BookA, 3, 6, "false"), Entry(2, BookA, 4, 5, "true")];

        var verdict = LinearizabilityChecker.Check(history, new SequentialRunSpecification(SeatsTarget));

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
        Assert.Equal([0, 2, 1], verdict.Order.Select(entry => entry.Task));
    }

    [Fact]
    public void ARelaxedOperationsAnswerIsNotJudged()
    {
        HistoryEntry[] history = [Entry(0, AddOneSeat, 1, 2, "ok"), Entry(1, BookA, 3, 6, "true"), Entry(2, BookA, 4, 5, "true")];

        var verdict = LinearizabilityChecker.Check(history, new SequentialRunSpecification(Target(typeof(Seats), ["Book"])));

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
    }

    [Fact]
    public void WhatATaskWasHandedIsUsedInTheReplayToo()
    {
        var store = ScenarioOperation.Call("Store", ArgumentValue.Of("a"), ArgumentValue.Of(1));
        var snapshot = ScenarioOperation.Call("Snapshot");
        var target = Target(typeof(FiveOperations), []);
        // The copy taken before the store cannot see it; a count of 1 would need the store first.
        HistoryEntry[] fits = [Entry(1, snapshot, 1, 2, "{}"), Entry(1, ScenarioOperation.ReceivedCount(), 3, 4, "0"), Entry(2, store, 5, 6, "ok")];
        HistoryEntry[] misfits = [Entry(1, snapshot, 1, 2, "{}"), Entry(1, ScenarioOperation.ReceivedCount(), 3, 4, "1"), Entry(2, store, 5, 6, "ok")];

        Assert.True(LinearizabilityChecker.Check(fits, new SequentialRunSpecification(target)).IsLinearizable);
        Assert.False(LinearizabilityChecker.Check(misfits, new SequentialRunSpecification(target)).IsLinearizable);
    }
}
