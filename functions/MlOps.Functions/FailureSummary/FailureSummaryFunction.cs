using System.Security.Cryptography;
using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.FailureSummary;

/// <summary>
/// Turns a Catch's <c>{Error, Cause}</c> (at <c>$.error</c>) plus the envelope into a failure record in the data bucket
/// under <c>failures/&lt;runId&gt;.json</c>, and returns the envelope with <c>failure</c> filled. Works on partial envelopes
/// too (a failure before Prepare finished has no run id: the record is keyed by a hash of the input).
/// </summary>
internal sealed class FailureSummaryFunction(FunctionServices services)
{
    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("FailureSummary");

    private static readonly (string Step, Func<PipelineEnvelope, bool> Done)[] Steps =
    [
        ("Rollback", e => e.Deployment?.RolledBack == true),
        ("SmokeTest", e => e.SmokeTest is not null),
        ("Deploy", e => e.Deployment is not null),
        ("Register", e => e.Model is not null),
        ("Gate", e => e.Gate is not null),
        ("Evaluate", e => e.Evaluation is not null),
        ("Train", e => e.Training is not null),
        ("Transform", e => e.Cache is not null || e.Dataset?.CuratedUri is not null),
        ("Validate", e => e.Dataset is not null),
        ("Prepare", e => e.Run is not null),
    ];

    /// <summary>Writes the failure record.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(context);
        var caught = envelope.Error ?? throw new EnvelopeInvalidException("$.error is required: FailureSummary runs from a Catch with ResultPath $.error.");
        var errorName = caught.Error ?? "Unknown";
        var (message, errorType, stackTrace) = ReadCause(caught.Cause);
        var envelopeJson = EnvelopeSerializer.Serialize(envelope);
        var runId = envelope.Run?.RunId ?? "unknown-" + Convert.ToHexStringLower(SHA256.HashData(envelopeJson))[..16];
        var bucket = envelope.Run?.Trigger.Bucket
            ?? (envelope.Extra?.TryGetValue("bucket", out var b) == true && b.ValueKind == JsonValueKind.String ? b.GetString() : null);
        var store = services.DataStore(bucket);
        var now = services.Time.GetUtcNow();
        using var document = JsonDocument.Parse(envelopeJson);
        var record = new FailureRecord
        {
            RunId = runId,
            FailedAt = now,
            ErrorName = errorName,
            Message = message,
            ErrorType = errorType,
            StackTrace = stackTrace,
            Cause = caught.Cause,
            Trigger = envelope.Run is { } run ? $"s3://{run.Trigger.Bucket}/{run.Trigger.Key}" : null,
            LastCompletedStep = Steps.FirstOrDefault(s => s.Done(envelope)).Step ?? "none",
            Envelope = document.RootElement.Clone(),
        };
        var key = ObjectKey.Validate($"failures/{runId}.json");
        await store.PutJsonAsync(key, record, FailureSummaryJsonContext.Default.FailureRecord, null, cancellationToken);
        context.Logger.LogError($"Run {runId} failed with {errorName}: {message} (record s3://{store.BucketName}/{key}).");
        return envelope with
        {
            Failure = new FailureSection { ErrorName = errorName, Message = message, ReportUri = $"s3://{store.BucketName}/{key}", FailedAt = now },
        };
    }

    /// <summary>Lambda's cause is its error JSON (<c>errorMessage</c>, <c>errorType</c>, <c>stackTrace</c>) as a string; other causes are plain text.</summary>
    private static (string Message, string? ErrorType, IReadOnlyList<string>? StackTrace) ReadCause(string? cause)
    {
        if (string.IsNullOrWhiteSpace(cause))
        {
            return ("(no cause given)", null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(cause);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errorMessage", out var message) && message.ValueKind == JsonValueKind.String)
            {
                var type = root.TryGetProperty("errorType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var stack = root.TryGetProperty("stackTrace", out var s) && s.ValueKind == JsonValueKind.Array
                    ? s.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : null;
                return (message.GetString()!, type, stack);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the cause is a plain message (States.* errors, or a Fail state's Cause).
        }

        return (cause, null, null);
    }
}
