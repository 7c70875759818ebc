using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace MlOps.Pipeline.Modeling;

/// <summary>
/// Builds the ML.NET estimator for a <see cref="TrainerSpec"/>. Every trainer runs on one thread, so the same inputs and
/// seed give the same model bytes. Unknown trainers or hyperparameters are rejected with the allowed names.
/// </summary>
internal static class TrainerFactory
{
    /// <summary>The trainer names accepted in config.</summary>
    public static IReadOnlyList<string> Trainers { get; } = ["sdca", "lbfgs", "fasttree", "lightgbm"];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sdca"] = ["l1Regularization", "l2Regularization", "maximumNumberOfIterations"],
        ["lbfgs"] = ["l1Regularization", "l2Regularization", "optimizationTolerance"],
        ["fasttree"] = ["numberOfTrees", "numberOfLeaves", "learningRate", "minimumExampleCountPerLeaf"],
        ["lightgbm"] = ["numberOfIterations", "numberOfLeaves", "learningRate", "minimumExampleCountPerLeaf", "useCategoricalSplit"],
    };

    /// <summary>The short trainer name for a config name (<c>SdcaLogisticRegression</c> → <c>sdca</c>, <c>LbfgsLogisticRegression</c> → <c>lbfgs</c>).</summary>
    public static string Normalize(string trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        return trainer.ToLowerInvariant() switch
        {
            "sdcalogisticregression" or "sdca" => "sdca",
            "lbfgslogisticregression" or "lbfgs" => "lbfgs",
            "fasttree" => "fasttree",
            "lightgbm" => "lightgbm",
            var other => other,
        };
    }

    /// <summary>Checks a spec; returns the problems (empty when valid).</summary>
    public static IReadOnlyList<string> Check(TrainerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!Allowed.TryGetValue(Normalize(spec.Trainer), out var names))
        {
            return [$"unknown trainer '{spec.Trainer}' (known: {string.Join(", ", Trainers)})"];
        }

        return spec.Hyperparameters.Keys.Where(k => !names.Contains(k, StringComparer.Ordinal))
            .Select(k => $"unknown hyperparameter '{k}' for {spec.Trainer} (known: {string.Join(", ", names)})").ToList();
    }

    /// <summary>The estimator: linear models get a mean-variance normalizer in front.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, TrainerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = Check(spec);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }

        var hp = spec.Hyperparameters;
        double Get(string name, double fallback) => hp.TryGetValue(name, out var v) ? v : fallback;
        const string Features = nameof(FeatureRow.Features);
        const string Label = nameof(FeatureRow.Label);
        switch (Normalize(spec.Trainer))
        {
            case "sdca":
                return ml.Transforms.NormalizeMeanVariance(Features).Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                    new SdcaLogisticRegressionBinaryTrainer.Options
                    {
                        LabelColumnName = Label,
                        FeatureColumnName = Features,
                        NumberOfThreads = 1,
                        L1Regularization = hp.TryGetValue("l1Regularization", out var l1) ? (float)l1 : null,
                        L2Regularization = hp.TryGetValue("l2Regularization", out var l2) ? (float)l2 : null,
                        MaximumNumberOfIterations = hp.TryGetValue("maximumNumberOfIterations", out var it) ? (int)it : null,
                    }));
            case "lbfgs":
                return ml.Transforms.NormalizeMeanVariance(Features).Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                    new LbfgsLogisticRegressionBinaryTrainer.Options
                    {
                        LabelColumnName = Label,
                        FeatureColumnName = Features,
                        NumberOfThreads = 1,
                        L1Regularization = (float)Get("l1Regularization", 0),
                        L2Regularization = (float)Get("l2Regularization", 0.01),
                        OptimizationTolerance = (float)Get("optimizationTolerance", 1e-7),
                    }));
            case "fasttree":
                return ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    LabelColumnName = Label,
                    FeatureColumnName = Features,
                    NumberOfThreads = 1,
                    NumberOfTrees = (int)Get("numberOfTrees", 100),
                    NumberOfLeaves = (int)Get("numberOfLeaves", 20),
                    LearningRate = Get("learningRate", 0.2),
                    MinimumExampleCountPerLeaf = (int)Get("minimumExampleCountPerLeaf", 10),
                });
            default:
                return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
                {
                    LabelColumnName = Label,
                    FeatureColumnName = Features,
                    NumberOfThreads = 1,
                    Seed = 1,
                    NumberOfIterations = (int)Get("numberOfIterations", 100),
                    NumberOfLeaves = (int)Get("numberOfLeaves", 20),
                    LearningRate = Get("learningRate", 0.2),
                    MinimumExampleCountPerLeaf = (int)Get("minimumExampleCountPerLeaf", 20),
                    UseCategoricalSplit = Get("useCategoricalSplit", 0) != 0,
                });
        }
    }
}
