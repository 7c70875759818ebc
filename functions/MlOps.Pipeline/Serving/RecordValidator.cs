using System.Text.Json;
using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Serving;

/// <summary>Checks a raw JSON instance against the data contract's feature columns (types, categories, ranges, nulls).</summary>
internal sealed class RecordValidator(CsvContract contract, IReadOnlyList<string> features)
{
    private readonly ColumnSpec[] _specs = [.. features.Select(f => contract.Column(f) ?? new ColumnSpec { Name = f })];
    private readonly HashSet<string>[] _allowed = [.. features.Select(f => new HashSet<string>(contract.Column(f)?.Allowed ?? [], StringComparer.Ordinal))];

    /// <summary>Adds the problems of instance <paramref name="index"/> to <paramref name="problems"/>.</summary>
    public void Check(JsonElement instance, int index, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (instance.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FieldProblem(index, "", "an instance must be a JSON object"));
            return;
        }

        for (var i = 0; i < _specs.Length; i++)
        {
            var spec = _specs[i];
            if (!instance.TryGetProperty(spec.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (spec.MaxNullRatio <= 0)
                {
                    problems.Add(new FieldProblem(index, spec.Name, "missing"));
                }

                continue;
            }

            var reason = spec.Type switch
            {
                ColumnType.Int or ColumnType.Float => CheckNumber(spec, value),
                ColumnType.Category => value.ValueKind != JsonValueKind.String ? "must be a string"
                    : _allowed[i].Count > 0 && !_allowed[i].Contains(value.GetString()!) ? $"unknown category '{value.GetString()}'" : null,
                _ => null,
            };
            if (reason is not null)
            {
                problems.Add(new FieldProblem(index, spec.Name, reason));
            }
        }
    }

    private static string? CheckNumber(ColumnSpec spec, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var d))
        {
            return "must be a number";
        }

        if (spec.Type == ColumnType.Int && Math.Floor(d) != d)
        {
            return "must be a whole number";
        }

        return d < spec.Min || d > spec.Max ? FormattableString.Invariant($"out of range [{spec.Min}, {spec.Max}]") : null;
    }
}
