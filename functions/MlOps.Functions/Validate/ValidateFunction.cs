using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Validate;

/// <summary>
/// Validate: streams the upload once (SHA-256 = dataset version, contract checks, profile). A clean file gets its profile
/// under <c>profiles/&lt;sha&gt;.json</c>; a refused one is copied to <c>quarantine/&lt;runId&gt;/</c> with <c>report.json</c>
/// (the original is left untouched) and the typed error is thrown.
/// </summary>
internal sealed class ValidateFunction(IObjectStoreProvider stores)
{
    /// <summary>Validates <c>run.trigger</c>'s object against <c>config.dataContract</c>.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        CsvContract contract;
        try
        {
            contract = ContractMapper.From(config);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidConfigException(ex.Message, ex);
        }

        var store = stores.ForBucket(run.Trigger.Bucket);
        var key = run.Trigger.Key;
        ScanResult scan;
        await using (var stream = await store.OpenReadAsync(key, cancellationToken))
        {
            try
            {
                scan = DatasetScanner.Scan(stream, contract, config.Target);
            }
            catch (CsvFormatException ex)
            {
                var name = ex.Row == 0 ? ErrorNames.SchemaMismatch : ErrorNames.DataContractViolation;
                await QuarantineAsync(store, run, key, name, null, 0, 1, 1, [new Violation(ex.Row, ex.Column, ex.Reason)], false, cancellationToken);
                throw Typed(name, $"s3://{store.BucketName}/{key}: {ex.Message}", ex);
            }
        }

        if (scan.SchemaProblems.Count > 0)
        {
            await QuarantineAsync(store, run, key, ErrorNames.SchemaMismatch, scan.Sha256, 0, scan.SchemaProblems.Count, 0, scan.SchemaProblems, false, cancellationToken);
            throw Typed(ErrorNames.SchemaMismatch, $"s3://{store.BucketName}/{key}: header does not match the data contract: {Describe(scan.SchemaProblems)}", null);
        }

        if (!scan.IsValid)
        {
            await QuarantineAsync(store, run, key, ErrorNames.DataContractViolation, scan.Sha256, scan.Rows, scan.ViolationCount, scan.RejectedRows,
                scan.Violations, scan.ViolationCount > scan.Violations.Count, cancellationToken);
            throw Typed(ErrorNames.DataContractViolation, FormattableString.Invariant(
                $"s3://{store.BucketName}/{key}: {scan.ViolationCount} contract violation(s) in {scan.RejectedRows} row(s): {Describe(scan.Violations)}"), null);
        }

        var profileKey = $"profiles/{scan.Sha256}.json";
        await store.PutJsonAsync(profileKey, scan.Profile!, MlFunctionsJsonContext.Default.DatasetProfile, cancellationToken: cancellationToken);
        context?.Logger.LogInformation(FormattableString.Invariant($"validated {key}: {scan.Rows} rows, sha256 {scan.Sha256}"));
        return envelope with
        {
            Dataset = (envelope.Dataset ?? new DatasetSection()) with
            {
                Uri = $"s3://{store.BucketName}/{key}",
                Bucket = store.BucketName,
                Key = key,
                Sha256 = scan.Sha256,
                SizeBytes = scan.SizeBytes,
                Rows = scan.Rows,
                ContractVersion = contract.Version,
                ProfileUri = $"s3://{store.BucketName}/{profileKey}",
            },
        };
    }

    private static async Task QuarantineAsync(IObjectStore store, RunSection run, string key, string errorName, string? sha, long rows, long count,
        long rejected, IReadOnlyList<Violation> reasons, bool truncated, CancellationToken cancellationToken)
    {
        var folder = $"quarantine/{run.RunId}/";
        var copy = folder + key[(key.LastIndexOf('/') + 1)..];
        await store.CopyAsync(key, copy, cancellationToken);
        var report = new QuarantineReport
        {
            RunId = run.RunId,
            Source = $"s3://{store.BucketName}/{key}",
            QuarantinedCopy = $"s3://{store.BucketName}/{copy}",
            ErrorName = errorName,
            Sha256 = sha,
            Rows = rows,
            ViolationCount = count,
            RejectedRows = rejected,
            Reasons = reasons,
            Truncated = truncated,
        };
        await store.PutJsonAsync(folder + "report.json", report, MlFunctionsJsonContext.Default.QuarantineReport, cancellationToken: cancellationToken);
    }

    private static string Describe(IReadOnlyList<Violation> violations) => string.Join("; ", violations.Take(5).Select(v =>
        FormattableString.Invariant($"{(v.Row == 0 ? "" : $"row {v.Row} ")}{(v.Column is null ? "" : $"column '{v.Column}' ")}{v.Reason}{(v.Value is null ? "" : $" ({JsonSerializer.Serialize(v.Value, MlFunctionsJsonContext.Default.String)})")}"))) +
        (violations.Count > 5 ? FormattableString.Invariant($"; and {violations.Count - 5} more listed in the quarantine report") : "");

    private static MlOpsException Typed(string name, string message, Exception? inner) => name == ErrorNames.SchemaMismatch
        ? new SchemaMismatchException(message, inner)
        : new DataContractViolationException(message, inner);
}
