namespace StressMaps.TestMaps;

/// <summary>SAFE: keeps no state; every call computes its answer from its arguments alone, so no two calls share anything.</summary>
public sealed class StatelessGreeter
{
    public string Greet(string name) => $"Hello, {name}";

    public int Measure(string text) => text.Length;
}
