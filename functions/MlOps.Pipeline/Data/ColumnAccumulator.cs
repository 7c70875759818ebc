using System.Runtime.InteropServices;

namespace MlOps.Pipeline.Data;

/// <summary>Checks and profiles the cells of one contract column as rows stream by.</summary>
internal sealed class ColumnAccumulator(ColumnSpec spec, int index)
{
    private readonly List<double> _numbers = [];
    private readonly Dictionary<string, long> _categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = new(spec.Allowed, StringComparer.Ordinal);
    private DateOnly? _minDate;
    private DateOnly? _maxDate;
    private long _count;
    private long _nulls;

    public ColumnSpec Spec => spec;

    public int Index => index;

    public long Nulls => _nulls;

    /// <summary>Checks one cell; returns the reason it breaks the contract, or null. Valid cells go into the profile.</summary>
    public string? Accept(string cell, CsvContract contract)
    {
        if (CellParser.IsNull(cell, contract))
        {
            _nulls++;
            return spec.MaxNullRatio <= 0 ? "null value where the contract allows none" : null;
        }

        switch (spec.Type)
        {
            case ColumnType.Int or ColumnType.Float:
                if (!CellParser.TryParseNumber(cell, spec.Type, out var number))
                {
                    return spec.Type == ColumnType.Int ? "not a whole number" : "not a number";
                }

                if (number < spec.Min || number > spec.Max)
                {
                    return FormattableString.Invariant($"out of range [{spec.Min}, {spec.Max}]");
                }

                _numbers.Add(number);
                break;
            case ColumnType.Category:
                if (_allowed.Count > 0 && !_allowed.Contains(cell))
                {
                    return "unknown category";
                }

                CollectionsMarshal.GetValueRefOrAddDefault(_categories, cell, out _)++;
                break;
            case ColumnType.Date:
                if (!CellParser.TryParseDate(cell, out var date))
                {
                    return "not an ISO date (yyyy-MM-dd)";
                }

                _minDate = _minDate is null || date < _minDate ? date : _minDate;
                _maxDate = _maxDate is null || date > _maxDate ? date : _maxDate;
                break;
            default:
                break;
        }

        _count++;
        return null;
    }

    /// <summary>Share of positive labels among the column's valid cells.</summary>
    public double ShareOf(string label) => _count == 0 ? 0 : (double)_categories.GetValueOrDefault(label) / _count;

    /// <summary>The column's profile.</summary>
    public ColumnProfile ToProfile() => new()
    {
        Name = spec.Name,
        Type = spec.Type.ToString().ToLowerInvariant(),
        Count = _count,
        Nulls = _nulls,
        Numeric = spec.IsNumeric ? NumericSummary.From(_numbers) : null,
        Categories = spec.Type == ColumnType.Category
            ? _categories.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)
            : null,
        MinDate = _minDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        MaxDate = _maxDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
