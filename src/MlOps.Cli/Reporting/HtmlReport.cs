using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Storage;

namespace MlOps.Cli.Reporting;

/// <summary>
/// The static HTML report of a run: decision, metrics, champion comparison, step timings, and — from the test
/// split's scores (<c>evaluation.scoresUri</c>: <c>{"labels": [...], "challenger": [...]}</c>, written by Evaluate) — ROC, PR, lift and the
/// confusion matrix as inline SVG.
/// </summary>
internal static class HtmlReport
{
    private static readonly string[] MetricNames = ["rocAuc", "prAuc", "accuracy", "f1", "liftTopDecile"];

    public static string Write(string directory, ExecutionRecord record, JsonObject? envelope, JsonArray history, IBucketStore buckets)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, record.Name + ".html");
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>MlOps run ").Append(E(record.Name)).Append("</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}figure{display:inline-block;margin:0 1em 1em 0}figcaption{font-weight:600}.FAILED{color:#b00}.SUCCEEDED{color:#070}</style></head><body>");
        html.Append("<h1>Run ").Append(E(record.Name)).Append(" <span class=\"").Append(E(record.Status)).Append("\">").Append(E(record.Status)).Append("</span></h1>");
        html.Append("<p>").Append(E(record.ExecutionArn)).Append("</p>");
        if (record.Error is not null)
        {
            html.Append("<p class=\"FAILED\"><b>").Append(E(record.Error)).Append("</b>: ").Append(E(record.Cause)).Append("</p>");
        }

        Table(html, "Decision", [
            ("gate", envelope?["gate"]?["decision"]?.ToString() ?? envelope?["gate"]?["passed"]?.ToString()),
            ("reasons", envelope?["gate"]?["reasons"]?.ToJsonString()),
            ("model", $"{envelope?["model"]?["name"]} v{envelope?["model"]?["version"]}"),
            ("deployed", envelope?["deployment"] is { } d ? $"{d["alias"]} -> v{d["version"]} (previous v{d["previousVersion"]})" : null),
            ("dataset", envelope?["dataset"]?["uri"]?.ToString()),
            ("dataset sha256", envelope?["dataset"]?["sha256"]?.ToString()),
            ("cache", envelope?["cache"]?.ToJsonString()),
        ]);
        var eval = envelope?["evaluation"] as JsonObject;
        Table(html, "Metrics (test split)", [.. MetricNames
            .Select(m => (m, Fmt(eval?[m]) + (eval?["champion"]?[m] is { } c ? $" (champion {Fmt(c)})" : string.Empty)))]);
        var scores = LoadScores(eval, buckets);
        if (scores.Count > 0)
        {
            html.Append(Svg.Line("ROC", "false positive rate", "true positive rate", Curves.Roc(scores), 1, 1, diagonal: true));
            html.Append(Svg.Line("Precision-recall", "recall", "precision", Curves.PrecisionRecall(scores), 1, 1, diagonal: false));
            var lift = Curves.LiftByDecile(scores);
            html.Append(Svg.Line("Cumulative lift", "% of customers targeted", "lift", lift, 100, Math.Max(1, lift.Max(p => p.Y)), diagonal: false));
            var (tp, fp, fn, tn) = Curves.Confusion(scores);
            html.Append(CultureInfo.InvariantCulture, $"<h2>Confusion matrix (threshold 0.5)</h2><table><tr><th></th><th>predicted yes</th><th>predicted no</th></tr><tr><th>actual yes</th><td>{tp}</td><td>{fn}</td></tr><tr><th>actual no</th><td>{fp}</td><td>{tn}</td></tr></table>");
        }
        else
        {
            html.Append("<p><i>ROC, PR, lift and confusion matrix need the test split's scores (evaluation.scoresUri); this run has none.</i></p>");
        }

        var timings = (envelope?["timingsMs"] as JsonObject ?? []).Select(kv => (kv.Key, Number(kv.Value))).ToList();
        if (timings.Count > 0)
        {
            html.Append(Svg.Bars("Step timings", timings, "ms"));
        }

        html.Append("<h2>States</h2><table><tr><th>#</th><th>event</th><th>state</th></tr>");
        foreach (var e in history.OfType<JsonObject>().Where(e => e["type"]?.ToString().EndsWith("StateEntered", StringComparison.Ordinal) == true))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{e["id"]}</td><td>{E(e["type"]?.ToString())}</td><td>{E(e.FirstOrDefault(kv => kv.Key.EndsWith("EventDetails", StringComparison.Ordinal)).Value?["name"]?.ToString())}</td></tr>");
        }

        html.Append("</table></body></html>\n");
        File.WriteAllText(path, html.ToString());
        return path;
    }

    private static List<(bool, double)> LoadScores(JsonObject? eval, IBucketStore buckets)
    {
        var uri = (eval?["scoresUri"] ?? eval?["extra"]?["scoresUri"])?.ToString();
        if (uri is null || !uri.StartsWith("s3://", StringComparison.Ordinal))
        {
            return [];
        }

        var rest = uri["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var (bytes, _) = buckets.GetAsync(rest[..slash], rest[(slash + 1)..]).GetAwaiter().GetResult();
        var doc = JsonNode.Parse(bytes) as JsonObject;
        var labels = (doc?["labels"] ?? doc?["Labels"]) as JsonArray ?? [];
        var challenger = (doc?["challenger"] ?? doc?["Challenger"]) as JsonArray ?? [];
        return [.. labels.Zip(challenger, (l, s) => (l?.GetValue<bool>() == true, Number(s)))];
    }

    private static void Table(StringBuilder html, string title, IEnumerable<(string Name, string? Value)> rows)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2><table>");
        foreach (var (name, value) in rows)
        {
            html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value ?? "-")).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static double Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) ? d : double.TryParse(node?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : 0;

    private static string Fmt(JsonNode? node) => node is null ? "-" : Number(node).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
