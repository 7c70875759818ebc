using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Errors;

namespace MlOps.Local.Services.Tasks;

/// <summary>
/// Task tokens of <c>.waitForTaskToken</c> tasks, shared between processes through the state directory:
/// the running execution registers its token and polls for an answer; <c>mlops send-task-success|failure</c>
/// (or the Step Functions API) writes the answer. Unknown or already answered tokens are <c>TaskDoesNotExist</c>.
/// </summary>
public sealed class TaskTokenMailbox(string home, TimeProvider clock)
{
    private string Pending => Path.Combine(home, "tokens", "pending");

    private string Answers => Path.Combine(home, "tokens", "answers");

    /// <summary>Records a token a task is waiting on.</summary>
    public void Register(string token, string executionArn, string stateName)
    {
        Directory.CreateDirectory(Pending);
        var record = new JsonObject
        {
            ["taskToken"] = token,
            ["executionArn"] = executionArn,
            ["stateName"] = stateName,
            ["createdAt"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        File.WriteAllText(Path.Combine(Pending, Id(token) + ".json"), record.ToJsonString());
    }

    /// <summary>Every token still waiting for an answer.</summary>
    public IReadOnlyList<JsonObject> ListPending() =>
        Directory.Exists(Pending)
            ? [.. Directory.EnumerateFiles(Pending, "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())]
            : [];

    /// <summary><c>SendTaskSuccess</c>: the output must be JSON.</summary>
    public void SendSuccess(string token, string outputJson)
    {
        JsonNode? output;
        try
        {
            output = JsonNode.Parse(outputJson);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ServiceErrorException("InvalidOutput", $"the task output is not JSON: {ex.Message}");
        }

        Answer(token, new JsonObject { ["status"] = "SUCCEEDED", ["output"] = output });
    }

    /// <summary><c>SendTaskFailure</c>.</summary>
    public void SendFailure(string token, string? error, string? cause) =>
        Answer(token, new JsonObject { ["status"] = "FAILED", ["error"] = error, ["cause"] = cause });

    /// <summary>Takes the answer for <paramref name="token"/> if one arrived (and forgets the token).</summary>
    public JsonObject? TryTake(string token)
    {
        var answer = Path.Combine(Answers, Id(token) + ".json");
        if (!File.Exists(answer))
        {
            return null;
        }

        var node = JsonNode.Parse(File.ReadAllText(answer))!.AsObject();
        File.Delete(answer);
        File.Delete(Path.Combine(Pending, Id(token) + ".json"));
        return node;
    }

    private void Answer(string token, JsonObject answer)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (!File.Exists(Path.Combine(Pending, Id(token) + ".json")))
        {
            throw new ServiceErrorException("TaskDoesNotExist", "Task Token does not exist or has already been answered");
        }

        Directory.CreateDirectory(Answers);
        var path = Path.Combine(Answers, Id(token) + ".json");
        var temp = path + ".tmp";
        File.WriteAllText(temp, answer.ToJsonString());
        File.Move(temp, path, overwrite: true);
    }

    private static string Id(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..32];
}
