namespace MlOps.Functions.Evaluate;

/// <summary>Per-row test scores kept for the gate's paired bootstrap (<c>runs/&lt;runId&gt;/evaluation/scores.json</c>).</summary>
internal sealed record EvaluationScores
{
    public bool[] Labels { get; init; } = [];

    public float[] Challenger { get; init; } = [];

    public float[]? Champion { get; init; }

    public int? ChampionVersion { get; init; }
}
