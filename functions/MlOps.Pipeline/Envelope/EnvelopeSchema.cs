using System.Text.Json;

namespace MlOps.Pipeline.Envelope;

/// <summary>The embedded <c>envelope.schema.json</c>, parsed once.</summary>
public static class EnvelopeSchema
{
    private const string ResourceName = "MlOps.Pipeline.Envelope.envelope.schema.json";
    private static readonly Lazy<(JsonDocument Document, SchemaValidator Validator)> Loaded = new(Load);

    /// <summary>The schema's JSON text, as shipped.</summary>
    public static string Text
    {
        get
        {
            using var stream = OpenResource();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The validator for the whole envelope and its <c>$defs</c> (e.g. <c>config</c>).</summary>
    public static SchemaValidator Validator => Loaded.Value.Validator;

    private static (JsonDocument, SchemaValidator) Load()
    {
        using var stream = OpenResource();
        var document = JsonDocument.Parse(stream);
        return (document, new SchemaValidator(document.RootElement));
    }

    private static Stream OpenResource() =>
        typeof(EnvelopeSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from the build.");
}
