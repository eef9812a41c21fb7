namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>A live collection a class handed out: <paramref name="Owner"/>'s member <paramref name="Member"/> returned its <paramref name="Collection"/>, not a copy.</summary>
/// <param name="Owner">The class's name (<c>LiveRegistry</c>).</param>
/// <param name="Member">The member that handed it out (<c>Current</c>).</param>
/// <param name="Collection">The collection's type as C# names it (<c>Dictionary&lt;string,string&gt;</c>).</param>
public sealed record HandOutSite(string Owner, string Member, string Collection);

/// <summary>The two accesses of a race that met last in the failing schedule, as coverage recorded them: the resource and each access's code site.</summary>
/// <param name="Resource">The field or collection (<c>Map._count</c>, <c>Dictionary&lt;String,String&gt;</c>).</param>
/// <param name="First">The first access's code site (<c>Map.Set (Map.cs:9)</c>).</param>
/// <param name="FirstWrites">Whether the first access wrote.</param>
/// <param name="Second">The second access's code site.</param>
/// <param name="SecondWrites">Whether the second access wrote.</param>
public sealed record RaceSites(string Resource, string First, bool FirstWrites, string Second, bool SecondWrites);
