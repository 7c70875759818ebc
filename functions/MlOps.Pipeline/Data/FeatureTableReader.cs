namespace MlOps.Pipeline.Data;

/// <summary>
/// Streams a contract-valid CSV into a <see cref="FeatureTable"/> of the chosen features and the target.
/// Rows whose target is missing are dropped (cleaning); other nulls stay missing for the encoder to impute.
/// </summary>
internal static class FeatureTableReader
{
    /// <summary>Reads the features and target of every row.</summary>
    public static FeatureTable Read(Stream source, CsvContract contract, string target, IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(features);
        using var reader = new CsvRecordReader(source, contract.Dialect());
        var header = reader.ReadHeader().ToList();
        int Index(string name)
        {
            var i = header.IndexOf(name);
            return i >= 0 ? i : throw new CsvFormatException(0, 1, name, "column missing from the header");
        }

        var targetIndex = Index(target);
        var specs = features.Select(f => contract.Column(f) ?? throw new ArgumentException($"feature '{f}' is not in the data contract")).ToList();
        var numeric = specs.Where(s => s.IsNumeric).Select(s => (s.Name, Index: Index(s.Name), Type: s.Type, Values: new List<float>())).ToList();
        var categorical = specs.Where(s => s.Type == ColumnType.Category).Select(s => (s.Name, Index: Index(s.Name), Values: new List<string?>())).ToList();
        var rowIds = new List<int>();
        var labels = new List<bool>();
        var fields = new List<string>(header.Count);
        while (reader.TryReadRow(fields))
        {
            var label = fields[targetIndex];
            if (CellParser.IsNull(label, contract))
            {
                continue;
            }

            rowIds.Add((int)reader.Row - 1);
            labels.Add(string.Equals(label, contract.PositiveLabel, StringComparison.Ordinal));
            foreach (var (_, index, type, values) in numeric)
            {
                var cell = fields[index];
                values.Add(!CellParser.IsNull(cell, contract) && CellParser.TryParseNumber(cell, type, out var v) ? (float)v : float.NaN);
            }

            foreach (var (_, index, values) in categorical)
            {
                var cell = fields[index];
                values.Add(CellParser.IsNull(cell, contract) ? null : cell);
            }
        }

        return new FeatureTable(
            [.. rowIds],
            [.. labels],
            numeric.ToDictionary(n => n.Name, n => n.Values.ToArray(), StringComparer.Ordinal),
            categorical.ToDictionary(c => c.Name, c => c.Values.ToArray(), StringComparer.Ordinal));
    }
}
