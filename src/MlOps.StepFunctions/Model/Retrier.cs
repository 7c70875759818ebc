namespace MlOps.StepFunctions.Model;

/// <summary>One <c>Retry</c> entry.</summary>
internal sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    double IntervalSeconds,
    int MaxAttempts,
    double BackoffRate,
    double? MaxDelaySeconds,
    bool FullJitter);
