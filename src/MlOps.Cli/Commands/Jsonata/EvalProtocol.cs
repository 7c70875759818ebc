using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlOps.Jsonata;

namespace MlOps.Cli.Commands.Jsonata;

/// <summary>The conformance protocol: JSON requests in, <c>{result}</c> / <c>{undefined}</c> / <c>{error}</c> answers out.</summary>
internal static partial class EvalProtocol
{
    /// <summary>Answers requests from <paramref name="input"/>: one per line in batch mode, else the whole input as one.</summary>
    /// <param name="input">Request source.</param>
    /// <param name="output">Answer sink (flushed after every answer).</param>
    /// <param name="batch">One request per line.</param>
    /// <returns>The exit code.</returns>
    public static int Run(TextReader input, TextWriter output, bool batch)
    {
        if (!batch)
        {
            output.WriteLine(Answer(input.ReadToEnd()));
            output.Flush();
            return 0;
        }

        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            output.WriteLine(Answer(line));
            output.Flush();
        }

        return 0;
    }

    /// <summary>Evaluates one request and renders the answer line.</summary>
    /// <param name="requestText">The request JSON.</param>
    /// <returns>The answer JSON.</returns>
    public static string Answer(string requestText)
    {
        string? id = null;
        try
        {
            var request = JsonNode.Parse(ProtectLoneSurrogates(requestText))!.AsObject();
            id = request["id"]?.GetValue<string>();
            var expr = RestoreLoneSurrogates(request["expr"]!.GetValue<string>());
            var input = request.TryGetPropertyValue("data", out var data) ? JsonataInput.FromNode(data) : JsonataInput.Undefined;
            var bindings = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            if (request["bindings"] is JsonObject b)
            {
                foreach (var kv in b)
                {
                    bindings[kv.Key] = kv.Value;
                }
            }

            var limits = JsonataLimits.Default;
            if (request["depth"] is JsonValue depth)
            {
                limits = limits with { MaxDepth = depth.GetValue<int>() };
            }

            if (request["timelimit"] is JsonValue time)
            {
                limits = limits with { TimeLimit = TimeSpan.FromMilliseconds(time.GetValue<double>()) };
            }

            var result = JsonataExpression.Parse(expr).EvaluateInput(input, bindings, limits);
            var json = result.ToJsonString();
            return Envelope(id, json is null ? "\"undefined\":true" : "\"result\":" + json);
        }
        catch (JsonataException ex)
        {
            var sb = new StringBuilder("\"error\":{\"code\":");
            sb.Append(JsonSerializer.Serialize(ex.Code)).Append(",\"message\":").Append(JsonSerializer.Serialize(ex.Message));
            if (ex.Token is not null)
            {
                sb.Append(",\"token\":").Append(JsonSerializer.Serialize(ex.Token));
            }

            if (ex.Position >= 0)
            {
                sb.Append(",\"position\":").Append(ex.Position.ToString(CultureInfo.InvariantCulture));
            }

            return Envelope(id, sb.Append('}').ToString());
        }
        catch (Exception ex)
        {
            return Envelope(id, "\"error\":{\"code\":null,\"message\":" + JsonSerializer.Serialize(ex.GetType().Name + ": " + ex.Message) + "}");
        }
    }

    /// <summary>System.Text.Json rejects escaped lone surrogates; carry them through as a marker plus hex digits.</summary>
    private static string ProtectLoneSurrogates(string json) =>
        LoneSurrogate().Replace(json, m => "\\ufdd0" + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));

    private static string RestoreLoneSurrogates(string text) =>
        text.Contains('\ufdd0', StringComparison.Ordinal)
            ? Marker().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex(@"(?<!\\)\\u(d[89ab][0-9a-f]{2})(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})(?<!\\)\\u(d[c-f][0-9a-f]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex LoneSurrogate();

    [GeneratedRegex("\ufdd0([0-9a-fA-F]{4})")]
    private static partial Regex Marker();

    private static string Envelope(string? id, string body) =>
        id is null ? "{" + body + "}" : "{\"id\":" + JsonSerializer.Serialize(id) + "," + body + "}";
}
