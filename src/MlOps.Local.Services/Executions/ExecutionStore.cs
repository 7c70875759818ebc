using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Executions;

/// <summary>
/// Executions and their histories under the state directory:
/// <c>executions/&lt;machine&gt;/&lt;name&gt;.json</c> (DescribeExecution) and <c>&lt;name&gt;.history.json</c> (GetExecutionHistory).
/// </summary>
public sealed class ExecutionStore(string home)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private string Root => Path.Combine(home, "executions");

    /// <summary>Saves (creates or replaces) a record.</summary>
    public void Save(ExecutionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = PathOf(record.ExecutionArn, ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteAtomically(path, JsonSerializer.Serialize(record, Json));
    }

    /// <summary>Saves an execution's history (<c>{"events": [...]}</c>).</summary>
    public void SaveHistory(string executionArn, JsonArray events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var path = PathOf(executionArn, ".history.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteAtomically(path, new JsonObject { ["events"] = events.DeepClone() }.ToJsonString(Json));
    }

    /// <summary>Finds an execution by ARN, or null.</summary>
    public ExecutionRecord? Find(string executionArn)
    {
        var path = PathOf(executionArn, ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<ExecutionRecord>(File.ReadAllText(path)) : null;
    }

    /// <summary>The history of an execution, or null when none was saved.</summary>
    public JsonArray? History(string executionArn)
    {
        var path = PathOf(executionArn, ".history.json");
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?["events"]?.AsArray() : null;
    }

    /// <summary>Every execution, newest first; optionally of one state machine.</summary>
    public IReadOnlyList<ExecutionRecord> List(string? stateMachineArn = null)
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".history.json", StringComparison.Ordinal))
            .Select(f => JsonSerializer.Deserialize<ExecutionRecord>(File.ReadAllText(f))!)
            .Where(r => stateMachineArn is null || r.StateMachineArn == stateMachineArn)
            .OrderByDescending(r => r.StartDate)];
    }

    /// <summary>The execution ARN for a machine ARN and a name.</summary>
    public static string ArnOf(string stateMachineArn, string name)
    {
        ArgumentNullException.ThrowIfNull(stateMachineArn);
        return stateMachineArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":" + name;
    }

    private string PathOf(string executionArn, string suffix)
    {
        // arn:aws:states:<region>:<account>:execution:<machine>:<name>
        var parts = executionArn.Split(':');
        if (parts.Length < 8 || parts[5] != "execution" || !ExecutionNames.IsValid(parts[7]))
        {
            throw new ArgumentException($"'{executionArn}' is not an execution ARN", nameof(executionArn));
        }

        return Path.Combine(Root, parts[6], parts[7] + suffix);
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
