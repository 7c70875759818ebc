using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MlOps.Local.Services.Storage;
using MlOps.Local.Template.Loading;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops models list|describe|promote|rollback</c> over the registry in the local data bucket.</summary>
internal static class ModelsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var group = new Command("models", "The model registry: versions and the production alias");
        group.Add(List());
        group.Add(Describe());
        group.Add(Promote());
        group.Add(Rollback());
        return group;
    }

    private static Command List()
    {
        var cloud = new CloudOptions();
        var command = new Command("list", "Every version, with the production alias marked");
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var registry = Open(cloud, parse);
            var production = await registry.GetAliasAsync(ModelRegistry.Production, ct);
            foreach (var v in await registry.ListVersionsAsync(ct))
            {
                var mark = production?.Version == v.Version ? "  <- production" : string.Empty;
                var auc = v.Lineage.Metrics?.TryGetValue("rocAuc", out var a) == true ? a.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
                await io.Output.WriteLineAsync($"v{v.Version}  {v.State}  {v.ApprovalStatus}  rocAuc {auc}  {v.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}{mark}");
            }

            return 0;
        });
        return command;
    }

    private static Command Describe()
    {
        var cloud = new CloudOptions();
        var version = new Argument<int>("version");
        var command = new Command("describe", "One version with its lineage, as JSON") { version };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var found = await Open(cloud, parse).GetVersionAsync(parse.GetValue(version), ct)
                ?? throw new CliException($"model version {parse.GetValue(version)} not found");
            await io.Output.WriteLineAsync(JsonSerializer.Serialize(found, Json));
            return 0;
        });
        return command;
    }

    private static Command Promote()
    {
        var cloud = new CloudOptions();
        var version = new Argument<int>("version");
        var command = new Command("promote", "Point the production alias at a version") { version };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var registry = Open(cloud, parse);
            var target = await registry.GetReadyVersionAsync(parse.GetValue(version), ct);
            var alias = await registry.SetAliasAsync(ModelRegistry.Production, target.Version, "mlops-cli", ct);
            await io.Output.WriteLineAsync($"production -> v{alias.Version}");
            return 0;
        });
        return command;
    }

    private static Command Rollback()
    {
        var cloud = new CloudOptions();
        var command = new Command("rollback", "Move the production alias back to the previous version");
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var alias = await Open(cloud, parse).RollbackAliasAsync(ModelRegistry.Production, "mlops-cli", null, ct);
            await io.Output.WriteLineAsync($"production -> v{alias.Version}");
            return 0;
        });
        return command;
    }

    private static ModelRegistry Open(CloudOptions cloud, ParseResult parse)
    {
        var options = cloud.Resolve(parse);
        var template = TemplateLoader.Load(options.TemplatePath, new TemplateLoadOptions { ParameterOverrides = options.ParameterOverrides });
        var bucket = template.Buckets.Count > 0 ? template.Buckets[0].Name : throw new CliException("the template declares no bucket");
        var modelName = template.Parameters.TryGetValue("ModelName", out var m) ? m : "customer-propensity";
        // The same buckets `run` used: folders under the state directory, or the S3 endpoint given with --s3-endpoint.
        IObjectStore store = options.S3Endpoint is { } endpoint
            ? new S3BucketStore(endpoint).ObjectStore(bucket)
            : new LocalFolderObjectStore(Path.Combine(options.Home, "buckets"), bucket);
        return new ModelRegistry(store, modelName);
    }
}
