using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Errors;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Services.Batch;

/// <summary>
/// <c>batch:submitJob(.sync)</c> on this machine: runs the job definition's command as a local process
/// (with <c>Ref::</c> parameters, container environment and overrides) and answers with AWS's job description
/// (<c>DescribeJobs.jobs[0]</c>, PascalCase as Step Functions returns it). A failed job is <c>States.TaskFailed</c>
/// with the job as the cause.
/// </summary>
public sealed class LocalBatchRunner(
    LoadedTemplate template, string home, IBatchCommandResolver resolver, TimeProvider clock,
    IReadOnlyDictionary<string, string>? hostEnvironment = null)
{
    /// <summary>Submits a job and waits for it (the <c>.sync</c> pattern).</summary>
    public async Task<JsonObject> SubmitJobSyncAsync(JsonObject parameters, CancellationToken cancellationToken)
    {
        var job = await RunAsync(parameters, sync: true, cancellationToken);
        return job["Status"]?.ToString() == "SUCCEEDED"
            ? job
            : throw new ServiceErrorException("States.TaskFailed", job.ToJsonString());
    }

    /// <summary>Submits a job (request-response): runs it and returns <c>{JobArn, JobId, JobName}</c>.</summary>
    public async Task<JsonObject> SubmitJobAsync(JsonObject parameters, CancellationToken cancellationToken)
    {
        var job = await RunAsync(parameters, sync: false, cancellationToken);
        return new JsonObject { ["JobArn"] = job["JobArn"]?.DeepClone(), ["JobId"] = job["JobId"]?.DeepClone(), ["JobName"] = job["JobName"]?.DeepClone() };
    }

    private async Task<JsonObject> RunAsync(JsonObject p, bool sync, CancellationToken cancellationToken)
    {
        var jobName = p["JobName"]?.ToString() ?? throw new ServiceErrorException("Batch.ClientException", "JobName is required");
        var definitionRef = p["JobDefinition"]?.ToString() ?? throw new ServiceErrorException("Batch.ClientException", "JobDefinition is required");
        var definition = template.JobDefinitions.FirstOrDefault(d => d.Arn == definitionRef || d.Name == definitionRef || definitionRef.StartsWith(d.Name + ":", StringComparison.Ordinal))
            ?? throw new ServiceErrorException("Batch.ClientException", $"Job definition {definitionRef} not found in the template");
        var jobId = Guid.NewGuid().ToString();
        var parameters = new Dictionary<string, string>(definition.Parameters, StringComparer.Ordinal);
        foreach (var (k, v) in p["Parameters"] as JsonObject ?? [])
        {
            parameters[k] = v?.ToString() ?? string.Empty;
        }

        var overrides = p["ContainerOverrides"] as JsonObject;
        var rawCommand = overrides?["Command"] is JsonArray oc ? oc.Select(c => c?.ToString() ?? string.Empty).ToList() : [.. definition.Command];
        var command = rawCommand.Select(c => c.StartsWith("Ref::", StringComparison.Ordinal) && parameters.TryGetValue(c[5..], out var v) ? v : c).ToList();
        var environment = new Dictionary<string, string>(hostEnvironment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (k, v) in definition.Environment)
        {
            environment[k] = v;
        }

        foreach (var e in overrides?["Environment"] as JsonArray ?? [])
        {
            environment[e?["Name"]?.ToString() ?? string.Empty] = e?["Value"]?.ToString() ?? string.Empty;
        }

        if (sync)
        {
            environment["MANAGED_BY_AWS"] = "STARTED_BY_STEP_FUNCTIONS";
        }

        environment["AWS_BATCH_JOB_ID"] = jobId;
        environment["AWS_BATCH_JOB_ATTEMPT"] = "1";
        environment["AWS_BATCH_JQ_NAME"] = p["JobQueue"]?.ToString() ?? string.Empty;

        var created = clock.GetUtcNow();
        var (exitCode, reason, stopped) = await ExecuteAsync(command, environment, definition.TimeoutSeconds, jobId, cancellationToken);
        var logStream = $"{definition.Name}/default/{jobId}";
        var container = new JsonObject
        {
            ["Command"] = new JsonArray([.. command.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["Environment"] = new JsonArray([.. environment.Where(e => !e.Key.StartsWith("MLOPS_ENVELOPE", StringComparison.Ordinal))
                .Select(e => (JsonNode?)new JsonObject { ["Name"] = e.Key, ["Value"] = e.Value })]),
            ["ExitCode"] = exitCode,
            ["LogStreamName"] = logStream,
            ["Reason"] = reason,
        };
        var status = exitCode == 0 ? "SUCCEEDED" : "FAILED";
        var statusReason = exitCode == 0 ? "Essential container in task exited" : reason ?? $"Essential container in task exited with code {exitCode}";
        return new JsonObject
        {
            ["JobArn"] = definition.Arn.Replace($"job-definition/{definition.Name}:1", $"job/{jobId}", StringComparison.Ordinal),
            ["JobId"] = jobId,
            ["JobName"] = jobName,
            ["JobQueue"] = p["JobQueue"]?.DeepClone(),
            ["JobDefinition"] = definition.Arn,
            ["Status"] = status,
            ["StatusReason"] = statusReason,
            ["Attempts"] = new JsonArray(new JsonObject
            {
                ["Container"] = new JsonObject { ["ExitCode"] = exitCode, ["LogStreamName"] = logStream },
                ["StartedAt"] = created.ToUnixTimeMilliseconds(),
                ["StoppedAt"] = stopped.ToUnixTimeMilliseconds(),
                ["StatusReason"] = statusReason,
            }),
            ["Container"] = container,
            ["CreatedAt"] = created.ToUnixTimeMilliseconds(),
            ["StartedAt"] = created.ToUnixTimeMilliseconds(),
            ["StoppedAt"] = stopped.ToUnixTimeMilliseconds(),
            ["Parameters"] = new JsonObject([.. parameters.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))]),
            ["PlatformCapabilities"] = new JsonArray("FARGATE"),
            ["Tags"] = p["Tags"]?.DeepClone() ?? new JsonObject(),
            ["DependsOn"] = new JsonArray(),
            ["PropagateTags"] = false,
        };
    }

    private async Task<(int ExitCode, string? Reason, DateTimeOffset Stopped)> ExecuteAsync(
        List<string> command, Dictionary<string, string> environment, int? timeoutSeconds, string jobId, CancellationToken cancellationToken)
    {
        var (file, args) = resolver.Resolve(command);
        var logDir = Path.Combine(home, "batch", "logs");
        Directory.CreateDirectory(logDir);
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("the process did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (127, $"CannotStartContainerError: {file}: {ex.Message}", clock.GetUtcNow());
        }

        using (process)
        await using (var log = new StreamWriter(Path.Combine(logDir, jobId + ".log")))
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (timeoutSeconds is { } t)
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(t));
            }

            string? reason = null;
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                reason = string.Create(CultureInfo.InvariantCulture, $"Job attempt duration exceeded timeout ({timeoutSeconds} s)");
            }

            await log.WriteAsync(await stdout);
            await log.WriteAsync(await stderr);
            return (reason is null ? process.ExitCode : 137, reason, clock.GetUtcNow());
        }
    }
}
