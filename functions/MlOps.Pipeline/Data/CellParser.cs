using System.Globalization;

namespace MlOps.Pipeline.Data;

/// <summary>Invariant-culture parsing of cells by declared type.</summary>
internal static class CellParser
{
    /// <summary>Parses a numeric cell (int or float column); false when the text is not a number of that type.</summary>
    public static bool TryParseNumber(string text, ColumnType type, out double value)
    {
        if (type == ColumnType.Int)
        {
            var ok = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole);
            value = whole;
            return ok;
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Parses an ISO date cell.</summary>
    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>True when the cell counts as null under the contract.</summary>
    public static bool IsNull(string text, CsvContract contract) =>
        text.Length == 0 || (contract.NullTokens.Count > 0 && contract.NullTokens.Contains(text, StringComparer.Ordinal));
}
