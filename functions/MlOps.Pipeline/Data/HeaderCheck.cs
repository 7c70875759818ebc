namespace MlOps.Pipeline.Data;

/// <summary>Checks a header against the contract; every problem is a schema-level <see cref="Violation"/> (row 0).</summary>
internal static class HeaderCheck
{
    /// <summary>Returns the header problems (empty when the header fits the contract).</summary>
    public static IReadOnlyList<Violation> Check(IReadOnlyList<string> header, CsvContract contract)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(contract);
        var problems = new List<Violation>();
        var expected = contract.Columns.Select(c => c.Name).ToList();
        var present = new HashSet<string>(header, StringComparer.Ordinal);
        var missing = expected.Where(n => !present.Contains(n)).ToList();
        if (missing.Count == 0)
        {
            problems.AddRange(header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => new Violation(0, g.Key, "duplicate column name in the header")));
            if (!contract.AllowExtraColumns)
            {
                problems.AddRange(header.Where(h => contract.Column(h) is null)
                    .Select(h => new Violation(0, h, "column not in the data contract")));
            }

            return problems;
        }

        var separator = contract.Dialect().Separator;
        if (header.Count == 1 && expected.Count > 1)
        {
            problems.Add(new Violation(0, null, $"the header has a single column; the contract's separator is '{separator}' (wrong separator?)", Truncate(header[0])));
        }
        else if (missing.Count == expected.Count)
        {
            problems.Add(new Violation(0, null, "no header row: none of the contract's columns is in the first row", Truncate(string.Join(separator, header))));
        }
        else
        {
            problems.AddRange(missing.Select(m => new Violation(0, m, "column missing from the header")));
        }

        return problems;
    }

    private static string Truncate(string s) => s.Length <= 120 ? s : s[..120] + "…";
}
