using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A literal argument: string, number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
/// <param name="Value">The literal value (<see langword="null"/> for JSON null).</param>
/// <param name="RawString">For string literals, the text between the quotes with escapes kept (States.Format needs to tell <c>\{</c> from <c>{</c>).</param>
/// <param name="Position">The 1-based position in the source text.</param>
internal sealed record LiteralNode(JsonNode? Value, string? RawString, int Position) : IntrinsicNode(Position);
