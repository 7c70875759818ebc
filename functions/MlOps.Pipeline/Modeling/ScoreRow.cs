namespace MlOps.Pipeline.Modeling;

/// <summary>ML.NET output row of a calibrated binary classifier.</summary>
internal sealed class ScoreRow
{
    public float Score { get; set; }

    public float Probability { get; set; }

    public bool PredictedLabel { get; set; }
}
