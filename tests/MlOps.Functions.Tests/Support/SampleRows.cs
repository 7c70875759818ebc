using System.Globalization;
using System.Text.Json.Nodes;

namespace MlOps.Functions.Tests.Support;

/// <summary>Rows of a sample CSV as JSON objects (numbers for numeric columns), like a client would send them.</summary>
internal static class SampleRows
{
    private static readonly HashSet<string> Numeric = ["age", "tenure_months", "balance", "campaign_contacts", "days_since_last_contact", "previous_purchases", "email_opens_30d", "web_visits_30d"];

    public static List<JsonObject> Read(string file, int skip, int take)
    {
        var lines = File.ReadAllLines(RepoPaths.Sample("data/" + file));
        var header = lines[0].Split(',');
        return lines.Skip(1 + skip).Take(take).Select(line =>
        {
            var fields = line.Split(',');
            var obj = new JsonObject();
            for (var i = 0; i < header.Length; i++)
            {
                obj[header[i]] = Numeric.Contains(header[i]) ? JsonValue.Create(double.Parse(fields[i], CultureInfo.InvariantCulture)) : JsonValue.Create(fields[i]);
            }

            return obj;
        }).ToList();
    }

    public static byte[] FunctionUrlEvent(string body, string method = "POST", bool base64 = false, string requestId = "r-1") =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject
        {
            ["version"] = "2.0",
            ["rawPath"] = "/",
            ["requestContext"] = new JsonObject { ["requestId"] = requestId, ["http"] = new JsonObject { ["method"] = method, ["path"] = "/" } },
            ["headers"] = new JsonObject { ["content-type"] = "application/json" },
            ["body"] = base64 ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(body)) : body,
            ["isBase64Encoded"] = base64,
        }.ToJsonString());

    public static string Instances(IEnumerable<JsonObject> rows) => new JsonObject { ["instances"] = new JsonArray([.. rows]) }.ToJsonString();
}
