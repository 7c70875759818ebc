namespace MlOps.Pipeline.Serving;

/// <summary>Why one field of one instance was refused (400 body).</summary>
internal sealed record FieldProblem(int Instance, string Field, string Reason);
