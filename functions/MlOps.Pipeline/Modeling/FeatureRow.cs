namespace MlOps.Pipeline.Modeling;

/// <summary>ML.NET input row: the encoded vector (size set at run time by a schema definition) and the label.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
