using System.Text.Json;
using MlOps.Pipeline.Errors;
using MlOps.Testing;

namespace MlOps.Pipeline.Tests.Errors;

/// <summary>
/// Every ErrorEquals in statemachines/*.asl.json is a States.* name, an ErrorNames constant, or an AWS service
/// integration error (<c>Lambda.TooManyRequestsException</c>, <c>StepFunctions.ExecutionAlreadyExistsException</c>);
/// an <c>MlOps.*</c> name that no function raises is a typo the state machine would never match.
/// </summary>
public sealed class StateMachineErrorNamesTests
{
    [StateMachineFilesFact]
    public void Every_ErrorEquals_entry_in_every_state_machine_is_known()
    {
        var unknown = new List<string>();
        foreach (var file in StateMachineFilesFactAttribute.Files())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var name in ErrorEquals(document.RootElement))
            {
                var known = name.StartsWith("States.", StringComparison.Ordinal)
                    || ErrorNames.All.Contains(name)
                    || (!name.StartsWith("MlOps.", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]*\\.[A-Za-z0-9]+Exception$"));
                if (!known)
                {
                    unknown.Add($"{Path.GetFileName(file)}: {name}");
                }
            }
        }

        Assert.Empty(unknown);
    }

    private static IEnumerable<string> ErrorEquals(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "ErrorEquals" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var name in property.Value.EnumerateArray())
                        {
                            yield return name.GetString() ?? "";
                        }
                    }
                    else
                    {
                        foreach (var nested in ErrorEquals(property.Value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in ErrorEquals(item))
                    {
                        yield return nested;
                    }
                }

                break;
            default:
                break;
        }
    }
}

public sealed class StateMachineFilesFactAttribute : FactAttribute
{
    public StateMachineFilesFactAttribute()
    {
        if (!Files().Any())
        {
            Skip = "No statemachines/*.asl.json in this checkout yet (the state machines come from another branch).";
        }
    }

    public static IEnumerable<string> Files() =>
        RepoPaths.Root is { } root && Directory.Exists(Path.Combine(root, "statemachines"))
            ? Directory.EnumerateFiles(Path.Combine(root, "statemachines"), "*.asl.json")
            : [];
}
