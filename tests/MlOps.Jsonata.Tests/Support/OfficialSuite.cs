using System.Text.Json.Nodes;

namespace MlOps.Jsonata.Tests.Support;

/// <summary>Loads the official JSONata 2.0.6 suite from ../shared and runs it in-process, judging answers like the runner does.</summary>
internal static class OfficialSuite
{
    public static (int Passed, List<string> Failed) RunAll(string root)
    {
        var suite = Path.Combine(root, "suite");
        var excluded = File.ReadAllLines(Path.Combine(root, "exclude.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var datasets = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var passed = 0;
        var failed = new List<string>();
        foreach (var groupDir in Directory.GetDirectories(Path.Combine(suite, "groups")).Order(StringComparer.Ordinal))
        {
            var group = Path.GetFileName(groupDir);
            foreach (var file in Directory.GetFiles(groupDir, "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var node = JsonNode.Parse(LoneSurrogates.Protect(File.ReadAllText(file)));
                var cases = node is JsonArray arr ? arr.Select((c, i) => ($"{group}/{name}#{i}", c!.AsObject())).ToList() : [($"{group}/{name}", node!.AsObject())];
                foreach (var (id, c) in cases)
                {
                    if (excluded.Contains(id))
                    {
                        continue;
                    }

                    if (Run(c, groupDir, suite, datasets))
                    {
                        passed++;
                    }
                    else
                    {
                        failed.Add(id);
                    }
                }
            }
        }

        return (passed, failed);
    }

    private static bool Run(JsonObject c, string groupDir, string suite, Dictionary<string, JsonNode?> datasets)
    {
        var expr = c["expr"] is JsonValue ev ? LoneSurrogates.Restore(ev.GetValue<string>()) : File.ReadAllText(Path.Combine(groupDir, c["expr-file"]!.GetValue<string>()));
        JsonataInput input;
        if (c.TryGetPropertyValue("data", out var data))
        {
            input = JsonataInput.FromNode(data);
        }
        else if (c["dataset"] is JsonValue ds)
        {
            var dsName = ds.GetValue<string>();
            if (!datasets.TryGetValue(dsName, out var doc))
            {
                doc = JsonNode.Parse(File.ReadAllText(Path.Combine(suite, "datasets", dsName + ".json")));
                datasets[dsName] = doc;
            }

            input = JsonataInput.FromNode(doc);
        }
        else
        {
            input = JsonataInput.Undefined;
        }

        var bindings = (c["bindings"] as JsonObject)?.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var limits = JsonataLimits.Default;
        if (c["depth"] is JsonValue depth)
        {
            limits = limits with { MaxDepth = depth.GetValue<int>() };
        }

        if (c["timelimit"] is JsonValue time)
        {
            limits = limits with { TimeLimit = TimeSpan.FromMilliseconds(time.GetValue<double>()) };
        }

        var expectedCode = c["code"]?.GetValue<string>() ?? c["error"]?["code"]?.GetValue<string>();
        try
        {
            var result = JsonataExpression.Parse(expr).EvaluateInput(input, bindings, limits);
            if (c["undefinedResult"] is not null)
            {
                return result.IsUndefined;
            }

            return c.ContainsKey("result") && !result.IsUndefined && Same(c["result"], result.Value, c["unordered"]?.GetValue<bool>() == true);
        }
        catch (JsonataException ex)
        {
            return expectedCode == ex.Code;
        }
    }

    private static bool Same(JsonNode? expected, JsonNode? actual, bool unordered)
    {
        if (unordered && expected is JsonArray ea && actual is JsonArray aa)
        {
            if (ea.Count != aa.Count)
            {
                return false;
            }

            var remaining = aa.ToList();
            foreach (var e in ea)
            {
                var i = remaining.FindIndex(a => Same(e, a, false));
                if (i < 0)
                {
                    return false;
                }

                remaining.RemoveAt(i);
            }

            return true;
        }

        switch (expected)
        {
            case null:
                return actual is null;
            case JsonArray e:
                return actual is JsonArray a && e.Count == a.Count && e.Zip(a).All(p => Same(p.First, p.Second, false));
            case JsonObject e:
                return actual is JsonObject ao && e.Count == ao.Count && e.All(kv => ao.TryGetPropertyValue(kv.Key, out var v) && Same(kv.Value, v, false));
            default:
                {
                    if (actual is not JsonValue av)
                    {
                        return false;
                    }

                    var ev = expected.AsValue();
                    if (ev.TryGetValue<double>(out var ed) && av.TryGetValue<double>(out var ad))
                    {
                        return Math.Abs(ed - ad) <= 1e-10 * Math.Max(Math.Abs(ed), Math.Abs(ad));
                    }

                    return JsonNode.DeepEquals(expected, actual);
                }
        }
    }
}
