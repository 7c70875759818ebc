using System.Globalization;
using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Sns;

/// <summary>SNS topics as append-only JSON Lines files (<c>sns/&lt;topic&gt;.jsonl</c>): what would be emailed or queued is kept to read.</summary>
public sealed class LocalTopics(string home, TimeProvider clock)
{
    /// <summary>Publishes <paramref name="message"/> (any JSON; strings are kept as is) and returns SNS's <c>{MessageId}</c>.</summary>
    public JsonObject Publish(string topicArn, JsonNode? message, string? subject = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(topicArn);
        var name = topicArn[(topicArn.LastIndexOf(':') + 1)..];
        var dir = Path.Combine(home, "sns");
        Directory.CreateDirectory(dir);
        var id = Guid.NewGuid().ToString();
        var line = new JsonObject
        {
            ["MessageId"] = id,
            ["TopicArn"] = topicArn,
            ["Subject"] = subject,
            ["Message"] = message is JsonValue v && v.TryGetValue<string>(out var s) ? s : message?.ToJsonString(),
            ["Timestamp"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        File.AppendAllText(Path.Combine(dir, name + ".jsonl"), line.ToJsonString() + "\n");
        return new JsonObject { ["MessageId"] = id };
    }

    /// <summary>Messages published to a topic, oldest first.</summary>
    public IReadOnlyList<JsonObject> Messages(string topicName)
    {
        var path = Path.Combine(home, "sns", topicName + ".jsonl");
        return File.Exists(path)
            ? [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())]
            : [];
    }
}
