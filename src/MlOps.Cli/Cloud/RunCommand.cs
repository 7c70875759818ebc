using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using MlOps.Cli.Cloud.Configs;
using MlOps.Cli.Reporting;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Hosting;
using MlOps.Pipeline.Config;

namespace MlOps.Cli.Cloud;

/// <summary>
/// <c>mlops run</c>: puts the data (the sample by default) under <c>raw/</c> in the local data bucket, which fires the
/// template's rule; shows each state as it runs; ends with the decision, model version, metrics, alias and report.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var cloud = new CloudOptions();
        var data = new Option<string?>("--data", "-d") { Description = "CSV to upload; default: samples/data/customers.csv" };
        var config = new Option<string?>("--config", "-c")
        {
            Description = "Pipeline config JSON, uploaded to config/pipeline.json first; default: the bucket's config when it fits the data's header, else the shipped config that does",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of the live view" };
        var command = new Command("run", "Upload a dataset under raw/ and watch the training pipeline it triggers") { data, config, json };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var dataPath = Path.GetFullPath(parse.GetValue(data) ?? Path.Combine(RepoLocator.Root, "samples", "data", "customers.csv"));
            var bytes = InputFiles.ReadBytes(dataPath, "--data");
            var configBytes = parse.GetValue(config) is { } c ? InputFiles.ReadBytes(c, "--config") : null;
            await using var local = await LocalCloud.StartAsync(cloud.Resolve(parse), ct);
            var bucket = local.DataBucket;
            string configSource;
            if (configBytes is not null)
            {
                await local.PutObjectAsync(bucket, PipelineConfigLoader.OverrideKey, configBytes, ct);
                configSource = Path.GetFullPath(parse.GetValue(config)!);
            }
            else
            {
                var choice = await RunConfigs.ChooseAsync(local, bucket, Path.GetFileName(dataPath), bytes, ct);
                await io.Error.WriteLineAsync(choice.Message);
                configSource = choice.Source;
            }

            var key = $"raw/{Slug(Path.GetFileNameWithoutExtension(dataPath))}/{Path.GetFileName(dataPath)}";
            var quiet = parse.GetValue(json);
            var view = new RunView(io.Output, quiet);
            view.Uploaded(dataPath, bucket, key, bytes.Length);
            var (_, dispatches) = await local.PutObjectAsync(bucket, key, bytes, ct);
            var dispatch = dispatches.FirstOrDefault(d => d.ExecutionArn is not null)
                ?? throw new CliException($"no rule of the template starts a state machine for s3://{bucket}/{key}");
            ExecutionRecord record;
            if (dispatch.Started)
            {
                view.Started(dispatch.ExecutionArn!);
                var waiting = local.WaitAsync(dispatch.ExecutionArn!, ct);
                await view.FollowAsync(local.Live(dispatch.ExecutionArn!), waiting, local.Mailbox, ct);
                record = await waiting;
            }
            else
            {
                record = local.Executions.Find(dispatch.ExecutionArn!)
                    ?? throw new CliException($"execution {dispatch.ExecutionArn} is running in another process");
                view.Duplicate(record);
            }

            var envelope = record.Output is { } o ? JsonNode.Parse(o) as JsonObject : null;
            string? report = null;
            if (dispatch.Started)
            {
                var history = local.Executions.History(record.ExecutionArn) ?? [];
                report = HtmlReport.Write(Path.Combine(cloud.HomeOf(parse), "reports"), record, envelope, history, local.Buckets);
            }

            var summary = RunSummary.Build(record, envelope, report, !dispatch.Started, clock.Elapsed);
            summary["config"] = configSource;
            if (quiet)
            {
                await io.Output.WriteLineAsync(summary.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                view.Finished(summary);
            }

            return record.Status == "SUCCEEDED" ? 0 : 1;
        });
        return command;
    }

    private static string Slug(string name) =>
        new([.. name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-')]);
}
