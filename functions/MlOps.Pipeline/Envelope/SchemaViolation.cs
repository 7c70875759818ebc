namespace MlOps.Pipeline.Envelope;

/// <summary>One way a JSON document breaks its schema: where (a JSONPath such as <c>$.run.trigger.bucket</c>) and what.</summary>
/// <param name="Path">JSONPath of the offending value (or of the object missing a property).</param>
/// <param name="Message">What is wrong, e.g. <c>expected integer, got string</c>.</param>
public sealed record SchemaViolation(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
