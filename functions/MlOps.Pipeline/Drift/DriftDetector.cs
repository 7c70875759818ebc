using System.Text.Json;
using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Drift;

/// <summary>Compares logged inference inputs (JSON records) with the training profile, feature by feature.</summary>
internal static class DriftDetector
{
    /// <summary>Builds the drift report of <paramref name="features"/> over <paramref name="records"/>.</summary>
    public static DriftReport Detect(DatasetProfile baseline, IReadOnlyList<string> features, IReadOnlyList<JsonElement> records, DriftThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(thresholds);
        var results = new List<FeatureDrift>();
        foreach (var name in features)
        {
            var column = baseline.Column(name);
            if (column?.Numeric is { BinCounts.Count: > 0 } numeric)
            {
                var values = records.Select(r => r.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : double.NaN)
                    .Where(v => !double.IsNaN(v)).ToList();
                var psi = DriftStatistics.Psi(numeric.BinCounts, NumericSummary.Bin(values, numeric.BinEdges));
                var (d, p) = DriftStatistics.KolmogorovSmirnov(numeric.Percentiles, column.Count, values);
                var drifted = values.Count >= thresholds.MinRecords && (psi > thresholds.Psi || (d > thresholds.KsStatistic && p < thresholds.KsPValue));
                results.Add(new FeatureDrift(name, "numeric", values.Count, psi, d, p, drifted));
            }
            else if (column?.Categories is { Count: > 0 } categories)
            {
                var keys = categories.Keys.ToList();
                var observed = new long[keys.Count + 1];
                var count = 0;
                foreach (var r in records)
                {
                    if (r.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                    {
                        var i = keys.IndexOf(p.GetString()!);
                        observed[i < 0 ? keys.Count : i]++;
                        count++;
                    }
                }

                var expected = keys.Select(k => categories[k]).Append(0L).ToArray();
                var psi = DriftStatistics.Psi(expected, observed);
                results.Add(new FeatureDrift(name, "categorical", count, psi, null, null, count >= thresholds.MinRecords && psi > thresholds.Psi));
            }
        }

        var detected = results.Any(f => f.Drifted);
        return new DriftReport
        {
            Detected = detected,
            Decision = records.Count < thresholds.MinRecords ? "insufficient-data" : detected ? "retrain" : "no-drift",
            Records = records.Count,
            BaselineSha256 = baseline.Sha256,
            Thresholds = thresholds,
            Features = results,
        };
    }
}
