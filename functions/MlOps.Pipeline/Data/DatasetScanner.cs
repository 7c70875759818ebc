namespace MlOps.Pipeline.Data;

/// <summary>
/// One streaming pass over an upload: SHA-256 of the bytes, header check, per-cell contract checks, dataset checks
/// (row count, null ratios, class balance) and the profile. Malformed CSV throws <see cref="CsvFormatException"/>.
/// </summary>
internal static class DatasetScanner
{
    /// <summary>Scans <paramref name="source"/> to its end.</summary>
    public static ScanResult Scan(Stream source, CsvContract contract, string target)
    {
        ArgumentNullException.ThrowIfNull(contract);
        using var hashing = new HashingReadStream(source);
        using var reader = new CsvRecordReader(hashing, contract.Dialect());
        var header = reader.ReadHeader();
        var schema = HeaderCheck.Check(header, contract);
        if (schema.Count > 0)
        {
            return new ScanResult { Sha256 = hashing.Finish(), SizeBytes = hashing.BytesRead, SchemaProblems = schema };
        }

        var columns = contract.Columns.Select(c => new ColumnAccumulator(c, IndexOf(header, c.Name))).ToList();
        var violations = new List<Violation>();
        long count = 0, rejected = 0;
        var fields = new List<string>(header.Count);
        while (reader.TryReadRow(fields))
        {
            var bad = false;
            foreach (var column in columns)
            {
                var cell = fields[column.Index];
                var reason = column.Accept(cell, contract);
                if (reason is null)
                {
                    continue;
                }

                bad = true;
                count++;
                if (violations.Count < contract.MaxReportedViolations)
                {
                    violations.Add(new Violation(reader.Row, column.Spec.Name, reason, cell.Length > 80 ? cell[..80] : cell));
                }
            }

            rejected += bad ? 1 : 0;
        }

        var rows = reader.Row;
        var datasetLevel = DatasetChecks(rows, columns, contract, target);
        count += datasetLevel.Count;
        violations.InsertRange(0, datasetLevel);
        var targetColumn = columns.FirstOrDefault(c => c.Spec.Name == target);
        var sha = hashing.Finish();
        return new ScanResult
        {
            Sha256 = sha,
            SizeBytes = hashing.BytesRead,
            Rows = rows,
            Violations = violations,
            ViolationCount = count,
            RejectedRows = rejected,
            Profile = new DatasetProfile
            {
                Sha256 = sha,
                Rows = rows,
                SizeBytes = hashing.BytesRead,
                Target = target,
                PositiveRatio = targetColumn?.ShareOf(contract.PositiveLabel) ?? 0,
                Columns = columns.Select(c => c.ToProfile()).ToList(),
            },
        };
    }

    private static List<Violation> DatasetChecks(long rows, List<ColumnAccumulator> columns, CsvContract contract, string target)
    {
        var problems = new List<Violation>();
        if (rows < contract.MinRows || rows > contract.MaxRows)
        {
            problems.Add(new Violation(0, null, FormattableString.Invariant($"row count {rows} outside [{contract.MinRows}, {contract.MaxRows}]")));
        }

        foreach (var column in columns.Where(c => c.Spec.MaxNullRatio > 0 && rows > 0))
        {
            var ratio = (double)column.Nulls / rows;
            if (ratio > column.Spec.MaxNullRatio)
            {
                problems.Add(new Violation(0, column.Spec.Name, FormattableString.Invariant($"null ratio {ratio:0.####} above {column.Spec.MaxNullRatio}")));
            }
        }

        var targetColumn = columns.FirstOrDefault(c => c.Spec.Name == target);
        if (targetColumn is null)
        {
            problems.Add(new Violation(0, target, "the target column is not in the data contract"));
        }
        else if (rows > 0)
        {
            var share = targetColumn.ShareOf(contract.PositiveLabel);
            if (share < contract.MinPositiveRatio || share > contract.MaxPositiveRatio)
            {
                problems.Add(new Violation(0, target, FormattableString.Invariant(
                    $"class balance: positive share {share:0.####} outside [{contract.MinPositiveRatio}, {contract.MaxPositiveRatio}]")));
            }
        }

        return problems;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"column '{name}' vanished from the header");
    }
}
