using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>Maps JSON values to <see cref="ArgumentKinds"/> and names kinds in messages.</summary>
internal static class JsonKinds
{
    /// <summary>The kind of <paramref name="value"/> (<see langword="null"/> is JSON null).</summary>
    public static ArgumentKinds Of(JsonNode? value) => value switch
    {
        null => ArgumentKinds.Null,
        JsonObject => ArgumentKinds.Object,
        JsonArray => ArgumentKinds.Array,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => ArgumentKinds.String,
            JsonValueKind.Number => ArgumentKinds.Number,
            JsonValueKind.True or JsonValueKind.False => ArgumentKinds.Boolean,
            _ => ArgumentKinds.Null,
        },
    };

    /// <summary>"a string", "a number or a string", ... for error messages.</summary>
    public static string Describe(ArgumentKinds kinds)
    {
        if (kinds == ArgumentKinds.Any)
        {
            return "any JSON value";
        }

        var names = Enum.GetValues<ArgumentKinds>()
            .Where(k => k is not ArgumentKinds.None and not ArgumentKinds.Any && kinds.HasFlag(k))
            .Select(k => k switch
            {
                ArgumentKinds.Null => "null",
                ArgumentKinds.Array => "an array",
                ArgumentKinds.Object => "an object",
                _ => "a " + k.ToString().ToLowerInvariant(),
            });
        return string.Join(" or ", names);
    }
}
