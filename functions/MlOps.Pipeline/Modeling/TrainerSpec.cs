namespace MlOps.Pipeline.Modeling;

/// <summary>One candidate: a trainer name (<c>sdca</c>, <c>lbfgs</c>, <c>fasttree</c>, <c>lightgbm</c>) and its hyperparameters.</summary>
internal sealed record TrainerSpec(string Trainer, IReadOnlyDictionary<string, double> Hyperparameters)
{
    /// <summary>A stable id of the candidate (trainer + sorted hyperparameters), safe in an object key.</summary>
    public string CandidateId()
    {
        var text = Trainer + "|" + string.Join("|", Hyperparameters.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => FormattableString.Invariant($"{kv.Key}={kv.Value:R}")));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Trainer.ToLowerInvariant() + "-" + Convert.ToHexStringLower(hash)[..12];
    }
}
