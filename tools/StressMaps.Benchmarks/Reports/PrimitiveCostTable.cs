using System.Globalization;
using System.Text;

namespace StressMaps.Benchmarks.Reports;

/// <summary>Renders <see cref="PrimitiveCost"/>s as one Markdown row per map, with invariant numbers.</summary>
public static class PrimitiveCostTable
{
    private static readonly string[] ReadOperations = ["get-hit", "get-miss"];

    /// <summary>
    /// Per map: the primitive its read pays for and that primitive's time, then for each read
    /// operation the extra time over raw Dictionary and that time as a multiple of the primitive.
    /// </summary>
    public static string Render(IReadOnlyList<PrimitiveCost> costs)
    {
        var text = new StringBuilder("| map | read pays for | primitive ns |");
        foreach (var operation in ReadOperations)
        {
            text.Append(CultureInfo.InvariantCulture, $" {operation} extra ns | {operation} ÷ primitive |");
        }

        text.Append("\n| --- | --- | ---: |").Append(string.Concat(ReadOperations.Select(_ => " ---: | ---: |"))).Append('\n');
        foreach (var subject in costs.Select(cost => cost.Subject).Distinct())
        {
            var row = costs.Where(cost => cost.Subject == subject).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {subject} | {row[0].Primitive ?? "nothing (the interface call)"} | {Number(row[0].PrimitiveNanoseconds, "0.0")} |");
            foreach (var operation in ReadOperations)
            {
                var cost = row.FirstOrDefault(candidate => candidate.Operation == operation);
                text.Append(CultureInfo.InvariantCulture, $" {Number(cost?.ExtraNanoseconds, "0.0")} | {Number(cost?.ExtraOverPrimitive, "0.00")} |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Number(double? value, string format) =>
        value is { } present ? present.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
