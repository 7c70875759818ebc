using System.Reflection;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Hosting;

/// <summary>
/// What every function gets from its environment (CONTRACT.md): the object stores, the data bucket, the model name,
/// the clock and the code version. Built once per function process.
/// </summary>
internal sealed class FunctionServices
{
    /// <summary>The registry's default model name.</summary>
    public const string DefaultModelName = "customer-propensity";

    /// <summary>Builds the services from the function environment (<c>DATA_BUCKET</c>, <c>MODEL_NAME</c>, store variables).</summary>
    public FunctionServices(IReadOnlyDictionary<string, string> environment, TimeProvider time, IObjectStoreProvider? stores = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        Environment = environment;
        Time = time;
        Stores = stores ?? ObjectStoreProvider.FromEnvironment(environment);
        DataBucket = environment.TryGetValue("DATA_BUCKET", out var bucket) && bucket.Length > 0 ? bucket : null;
        ModelName = environment.TryGetValue("MODEL_NAME", out var model) && model.Length > 0 ? model : null;
        CodeVersion = environment.TryGetValue("MLOPS_CODE_VERSION", out var code) && code.Length > 0
            ? code
            : typeof(FunctionServices).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
    }

    /// <summary>The function's environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Object stores by bucket.</summary>
    public IObjectStoreProvider Stores { get; }

    /// <summary><c>DATA_BUCKET</c>, if set.</summary>
    public string? DataBucket { get; }

    /// <summary><c>MODEL_NAME</c>, if set (the config's <c>modelName</c> applies otherwise).</summary>
    public string? ModelName { get; }

    /// <summary>Version of the running code (<c>MLOPS_CODE_VERSION</c> or the assembly's informational version).</summary>
    public string CodeVersion { get; }

    /// <summary>The data bucket: <c>DATA_BUCKET</c>, else the bucket the run was triggered from.</summary>
    public IObjectStore DataStore(string? triggerBucket) =>
        Stores.ForBucket(DataBucket ?? triggerBucket
            ?? throw new InvalidEventException("No data bucket: DATA_BUCKET is not set and the envelope has no $.run.trigger.bucket."));
}
