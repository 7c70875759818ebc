using System.Globalization;
using System.Text;
using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Serving;

namespace MlOps.Functions.Predict;

/// <summary>
/// Predict: a Function URL (payload v2) POST with <c>{"instances":[{...}]}</c> → <c>{"predictions":[{probability, label,
/// modelVersion}]}</c> from the production alias's model (cached per version, SHA-256 verified before first use).
/// Requests that break the contract get 400 with reasons per instance and field; a sample is logged for drift.
/// </summary>
internal sealed class PredictFunction(FunctionServices services, ModelLoader models)
{
    /// <summary>Most instances one request may carry.</summary>
    public const int MaxInstances = 1000;

    private readonly double _sampleRate = services.Environment.TryGetValue("INFERENCE_LOG_SAMPLE_RATE", out var rate)
        && double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1.0;

    /// <summary>The raw handler: the event's bytes in, the HTTP response object's bytes out.</summary>
    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonDocument request;
        try
        {
            request = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            return HttpResponse.Error(400, "the event is not JSON: " + ex.Message);
        }

        using (request)
        {
            var root = request.RootElement;
            var method = root.TryGetProperty("requestContext", out var rc) && rc.TryGetProperty("http", out var http) && http.TryGetProperty("method", out var m) ? m.GetString() : null;
            if (!string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase))
            {
                return HttpResponse.Error(405, $"method {method ?? "(none)"} not allowed; POST {{\"instances\":[...]}}");
            }

            var requestId = rc.TryGetProperty("requestId", out var rid) && rid.GetString() is { Length: > 0 } id ? id : context.AwsRequestId;
            if (!TryBody(root, out var body, out var bodyError))
            {
                return HttpResponse.Error(400, bodyError);
            }

            using (body)
            {
                if (body!.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("instances", out var instancesElement)
                    || instancesElement.ValueKind != JsonValueKind.Array || instancesElement.GetArrayLength() == 0)
                {
                    return HttpResponse.Error(400, "the body must be {\"instances\":[{...}, ...]} with at least one instance");
                }

                if (instancesElement.GetArrayLength() > MaxInstances)
                {
                    return HttpResponse.Error(400, FormattableString.Invariant($"at most {MaxInstances} instances per request"));
                }

                var store = services.DataStore(null);
                var registry = new ModelRegistry(store, services.ModelName ?? FunctionServices.DefaultModelName, services.Time);
                var model = await models.AliasAsync(registry, ModelRegistry.Production, cancellationToken);
                if (model is null)
                {
                    return HttpResponse.Error(503, $"model {registry.ModelName} has no production version yet");
                }

                var instances = instancesElement.EnumerateArray().ToList();
                var (problems, probabilities) = InstanceScorer.Score(model, instances);
                if (problems.Count > 0)
                {
                    return HttpResponse.Json(400, w => WriteProblems(w, problems));
                }

                if (InferenceLog.Sampled(requestId, _sampleRate))
                {
                    await InferenceLog.WriteAsync(store, model, requestId, services.Time.GetUtcNow(), instances, probabilities, cancellationToken);
                }

                return HttpResponse.Json(200, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("predictions");
                    foreach (var p in probabilities)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("probability", Math.Round(p, 6));
                        w.WriteString("label", InstanceScorer.Label(model, p));
                        w.WriteNumber("modelVersion", model.Version);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
        }
    }

    private static bool TryBody(JsonElement root, out JsonDocument? body, out string error)
    {
        body = null;
        error = "";
        if (!root.TryGetProperty("body", out var b) || b.ValueKind != JsonValueKind.String)
        {
            error = "the request has no body";
            return false;
        }

        try
        {
            var text = b.GetString()!;
            var bytes = root.TryGetProperty("isBase64Encoded", out var enc) && enc.ValueKind == JsonValueKind.True
                ? Convert.FromBase64String(text)
                : Encoding.UTF8.GetBytes(text);
            body = JsonDocument.Parse(bytes);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            error = "the body is not valid JSON (or not valid base64): " + ex.Message;
            return false;
        }
    }

    private static void WriteProblems(Utf8JsonWriter w, List<FieldProblem> problems)
    {
        w.WriteStartObject();
        w.WriteString("error", FormattableString.Invariant($"{problems.Count} problem(s) in {problems.Select(p => p.Instance).Distinct().Count()} instance(s)"));
        w.WriteStartArray("reasons");
        foreach (var p in problems.Take(200))
        {
            w.WriteStartObject();
            w.WriteNumber("instance", p.Instance);
            w.WriteString("field", p.Field);
            w.WriteString("reason", p.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
