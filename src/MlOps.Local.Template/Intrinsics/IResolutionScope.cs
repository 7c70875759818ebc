using System.Text.Json.Nodes;

namespace MlOps.Local.Template.Intrinsics;

/// <summary>What intrinsic functions look up: parameters, pseudo parameters, conditions, mappings and resources.</summary>
internal interface IResolutionScope
{
    /// <summary>Resolves <c>Ref</c> of a parameter, pseudo parameter or resource; <paramref name="path"/> is for errors.</summary>
    JsonNode? Ref(string name, string path);

    /// <summary>Resolves <c>Fn::GetAtt</c>.</summary>
    JsonNode? GetAtt(string logicalId, string attribute, string path);

    /// <summary>Evaluates a named condition.</summary>
    bool Condition(string name, string path);

    /// <summary>Looks a value up in <c>Mappings</c>.</summary>
    JsonNode? FindInMap(string map, string topKey, string secondKey, string path);
}
