using System.Text;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Batch;

/// <summary>
/// <c>MlOps.Functions --batch &lt;handler&gt;</c>: the same step code as a Batch job (the job definition's command).
/// The envelope comes in <c>MLOPS_ENVELOPE</c>; the step's result is written to <c>s3://DATA_BUCKET/MLOPS_OUTPUT_KEY</c>,
/// where the state machine reads it back. A failed step exits 1 with the Lambda-shaped error on stderr, so the job
/// ends FAILED and Step Functions sees <c>States.TaskFailed</c>.
/// </summary>
internal static class BatchJobRunner
{
    /// <summary>Exit codes: 0 done, 1 the step failed, 2 the job was misconfigured.</summary>
    public static async Task<int> RunAsync(string handlerName, IReadOnlyDictionary<string, string> environment, TextWriter stdout, TextWriter stderr)
    {
        if (!TryRequire(environment, "MLOPS_ENVELOPE", stderr, out var envelope)
            || !TryRequire(environment, "MLOPS_OUTPUT_KEY", stderr, out var outputKey)
            || !TryRequire(environment, "DATA_BUCKET", stderr, out var bucket))
        {
            return 2;
        }

        var registry = FunctionRegistry.Create(environment);
        if (!registry.TryGet(handlerName, out var handler))
        {
            await stderr.WriteLineAsync($"mlops batch: unknown handler '{handlerName}'; known: {string.Join(", ", registry.Names)}");
            return 2;
        }

        var variables = new DictionaryEnvironmentVariables(environment);
        var jobId = environment.TryGetValue("AWS_BATCH_JOB_ID", out var id) && id.Length > 0 ? id : Guid.NewGuid().ToString();
        var logger = new LambdaLogger(stdout, LambdaLoggerSettings.FromEnvironment(variables), TimeProvider.System, jobId);
        var context = new LambdaContext(jobId, DateTimeOffset.MaxValue, string.Empty, null,
            LambdaFunctionInfo.FromEnvironment(variables), logger, TimeProvider.System);
        var outcome = await new InvocationRunner(TimeProvider.System)
            .RunAsync(handler, Encoding.UTF8.GetBytes(envelope), context, hasDeadline: false, CancellationToken.None);
        if (outcome.Error is { } error)
        {
            await stderr.WriteLineAsync(Encoding.UTF8.GetString(error.ToJsonBytes()));
            return 1;
        }

        var store = ObjectStoreProvider.FromEnvironment(environment).ForBucket(bucket);
        await store.PutBytesAsync(outputKey, outcome.Response ?? []);
        await stdout.WriteLineAsync($"mlops batch: {handlerName} wrote s3://{bucket}/{outputKey}");
        return 0;
    }

    private static bool TryRequire(IReadOnlyDictionary<string, string> environment, string name, TextWriter stderr, out string value)
    {
        if (environment.TryGetValue(name, out value!) && value.Length > 0)
        {
            return true;
        }

        stderr.WriteLine($"mlops batch: the job environment lacks {name}");
        return false;
    }
}
