using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Local.Template.Model;
using MlOps.StepFunctions;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Local.Services.Validation;

/// <summary>
/// <c>mlops validate</c>: every state machine parses and passes the engine's ASL validation, every
/// <c>DefinitionSubstitutions</c> placeholder is resolved, every Task resource has a local integration and
/// names a function of the template, every <c>ErrorEquals</c> name is known, and IAM policies have valid shapes.
/// </summary>
public static class AppValidator
{
    /// <summary>Validates a loaded template; <paramref name="handlers"/> are the integrations the local cloud registers.</summary>
    public static IReadOnlyList<Finding> Validate(LoadedTemplate template, ResourceHandlerRegistry handlers)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(handlers);
        var findings = new List<Finding>();
        findings.AddRange(template.Warnings.Select(w => new Finding("template.yaml", w)));
        var engine = new StepFunctionsEngine(new EngineOptions { Handlers = handlers });
        foreach (var machine in template.StateMachines)
        {
            var where = machine.DefinitionPath is { } p ? Path.GetRelativePath(template.Directory, p) : $"template.yaml: Resources/{machine.LogicalId}/Properties/Definition";
            findings.AddRange(machine.UnresolvedSubstitutions.Select(s => new Finding(where, $"${{{s}}} is not in DefinitionSubstitutions")));
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(machine.Definition);
            }
            catch (JsonException ex)
            {
                findings.Add(new Finding(where, $"not JSON: {ex.Message}"));
                continue;
            }

            findings.AddRange(engine.Validate(machine.Definition).Select(e => new Finding(where, e.ToString())));
            Walk(root, string.Empty, where, template, handlers, findings);
        }

        findings.AddRange(PolicyShapeValidator.Validate(template.Resources.Select(r => (r.LogicalId, r.Type, r.Properties))));
        return findings;
    }

    private static void Walk(JsonNode? node, string pointer, string where, LoadedTemplate template, ResourceHandlerRegistry handlers, List<Finding> findings)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["Type"]?.ToString() == "Task" && obj["Resource"]?.ToString() is { } resource)
                {
                    CheckResource(resource, obj, pointer, where, template, handlers, findings);
                }

                foreach (var key in new[] { "Retry", "Catch" })
                {
                    foreach (var (rule, i) in (obj[key] as JsonArray ?? []).Select((r, i) => (r, i)))
                    {
                        foreach (var name in rule?["ErrorEquals"] as JsonArray ?? [])
                        {
                            if (name?.ToString() is { } n && !ErrorNameCatalog.IsKnown(n))
                            {
                                findings.Add(new Finding(where, $"{pointer}/{key}/{i}/ErrorEquals: '{n}' is neither States.* nor a known error name (MlOps.Pipeline.Errors.ErrorNames)"));
                            }
                        }
                    }
                }

                foreach (var (k, v) in obj)
                {
                    Walk(v, $"{pointer}/{k}", where, template, handlers, findings);
                }

                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    Walk(arr[i], $"{pointer}/{i}", where, template, handlers, findings);
                }

                break;
        }
    }

    private static void CheckResource(string resource, JsonObject state, string pointer, string where, LoadedTemplate template, ResourceHandlerRegistry handlers, List<Finding> findings)
    {
        if (handlers.Resolve(resource, out _, out _, out var problem) is null)
        {
            findings.Add(new Finding(where, $"{pointer}/Resource: {problem}"));
            return;
        }

        var function = resource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal) ? resource
            : resource.StartsWith("arn:aws:states:::lambda:invoke", StringComparison.Ordinal) ? state["Parameters"]?["FunctionName"]?.ToString()
            : null;
        if (function is not null && template.FindFunction(function) is null)
        {
            findings.Add(new Finding(where, $"{pointer}: function '{function}' is not defined in the template"));
        }
    }
}
