namespace MlOps.Functions.Transform;

/// <summary>One curated split: its key, rows and positive rows.</summary>
internal sealed record SplitInfo(string Key, int Rows, int Positives);
