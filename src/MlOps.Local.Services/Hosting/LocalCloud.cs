using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MlOps.Local.Lambda.InProcess;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.Processes;
using MlOps.Local.Lambda.RuntimeApi;
using MlOps.Local.Services.Batch;
using MlOps.Local.Services.Events;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Glue;
using MlOps.Local.Services.Integrations;
using MlOps.Local.Services.Sns;
using MlOps.Local.Services.Storage;
using MlOps.Local.Services.Tasks;
using MlOps.Local.Template.Loading;
using MlOps.Local.Template.Model;
using MlOps.StepFunctions;
using MlOps.StepFunctions.Integrations;
using LambdaFunction = MlOps.Local.Lambda.Invocation.LocalFunction;

namespace MlOps.Local.Services.Hosting;

/// <summary>
/// The whole SAM app on this machine: the template's buckets (folders or an S3 endpoint) with their event
/// routing, functions (in-process or as processes), state machines on the ASL engine with every service
/// integration the machines use, and persisted executions.
/// </summary>
public sealed partial class LocalCloud : IEventTargets, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, StateMachine> _machines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Execution Execution, Task<ExecutionRecord> Done)> _running = new(StringComparer.Ordinal);
    private readonly LocalCloudOptions _options;
    private readonly IAsyncDisposable? _server;

    private LocalCloud(LocalCloudOptions options, LoadedTemplate template, IBucketStore buckets, ILambdaInvoker invoker, IAsyncDisposable? server)
    {
        _options = options;
        _server = server;
        Template = template;
        Buckets = buckets;
        Invoker = invoker;
        Executions = new ExecutionStore(options.Home);
        Glue = new GlueCatalog(options.Home, options.Clock);
        Mailbox = new TaskTokenMailbox(options.Home, options.Clock);
        Topics = new LocalTopics(options.Home, options.Clock);
        Events = new EventRouter(template, this, options.Clock);
        var registry = new ResourceHandlerRegistry();
        new LambdaIntegration(template, invoker, options.Clock).RegisterOn(registry);
        new S3Integration(buckets, async (obj, ct) => await Events.ObjectCreatedAsync(obj, ct)).RegisterOn(registry);
        new ServiceIntegrations(Glue, new LocalBatchRunner(template, options.Home, BatchResolver(options), options.Clock, FunctionEnvironmentExtras(options)), Topics, Mailbox).RegisterOn(registry);
        new StatesIntegration(this).RegisterOn(registry);
        Engine = new StepFunctionsEngine(new EngineOptions
        {
            Handlers = registry,
            ObjectStore = new BucketObjectStore(buckets),
            Clock = options.Clock,
            VirtualTime = true,
        });
    }

    /// <summary>The resolved template.</summary>
    public LoadedTemplate Template { get; }

    /// <summary>The buckets.</summary>
    public IBucketStore Buckets { get; }

    /// <summary>The function transport.</summary>
    public ILambdaInvoker Invoker { get; }

    /// <summary>Persisted executions.</summary>
    public ExecutionStore Executions { get; }

    /// <summary>The Glue catalog file.</summary>
    public GlueCatalog Glue { get; }

    /// <summary>Pending task tokens.</summary>
    public TaskTokenMailbox Mailbox { get; }

    /// <summary>SNS topics.</summary>
    public LocalTopics Topics { get; }

    /// <summary>S3 → EventBridge/notification routing.</summary>
    public EventRouter Events { get; }

    /// <summary>The ASL engine.</summary>
    public StepFunctionsEngine Engine { get; }

    /// <summary>The template's data bucket (the first bucket).</summary>
    public string DataBucket => Template.Buckets.Count > 0
        ? Template.Buckets[0].Name
        : throw new InvalidOperationException("the template declares no S3 bucket");

    /// <summary>Loads the template and brings the services up.</summary>
    public static async Task<LocalCloud> StartAsync(LocalCloudOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var template = TemplateLoader.Load(options.TemplatePath, new TemplateLoadOptions
        {
            ParameterOverrides = options.ParameterOverrides,
            EnvironmentOverrides = options.EnvironmentOverrides,
        });
        Directory.CreateDirectory(options.Home);
        IBucketStore buckets;
        if (options.S3Endpoint is { } endpoint)
        {
            var s3 = new S3BucketStore(endpoint);
            await s3.EnsureBucketsAsync(template.Buckets.Select(b => b.Name), cancellationToken);
            buckets = s3;
        }
        else
        {
            buckets = new FolderBucketStore(Path.Combine(options.Home, "buckets"));
        }

        var extras = FunctionEnvironmentExtras(options);
        var functions = template.Functions.Select(f => new LambdaFunction
        {
            Name = f.FunctionName,
            Handler = f.EffectiveHandler,
            Environment = new Dictionary<string, string>(f.Environment.Concat(extras).GroupBy(kv => kv.Key).Select(g => g.Last()), StringComparer.Ordinal),
            Timeout = TimeSpan.FromSeconds(f.TimeoutSeconds),
            MemorySize = f.MemorySize,
        }).ToList();
        if (!options.UseProcesses)
        {
            var cloud = new LocalCloud(options, template, buckets, new InProcessLambdaInvoker(options.Registry, functions, options.Clock), null);
            cloud.Glue.Seed(template);
            return cloud;
        }

        var bootstrap = options.BootstrapPath ?? throw new InvalidOperationException("--process needs the built MlOps.Functions bootstrap");
        var server = await LocalRuntimeApiServer.StartAsync(options.Clock, cancellationToken);
        var invoker = new ProcessLambdaInvoker(server, BootstrapCommand.For(bootstrap), functions);
        server.Invoker = invoker;
        var processCloud = new LocalCloud(options, template, buckets, invoker, new CompositeDisposable(invoker, server));
        processCloud.Glue.Seed(template);
        return processCloud;
    }

    /// <summary>Writes an object and delivers its events (rules, notifications).</summary>
    public async Task<(StoredObject Object, IReadOnlyList<EventDispatch> Dispatches)> PutObjectAsync(
        string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var stored = await Buckets.PutAsync(bucket, key, content, cancellationToken);
        return (stored, await Events.ObjectCreatedAsync(stored, cancellationToken));
    }

    /// <summary>Invokes a function by logical id, name or ARN (what <c>mlops invoke</c> does).</summary>
    public Task<LambdaInvokeResult> InvokeAsync(string function, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        var found = Template.FindFunction(function)
            ?? throw new LambdaFunctionNotFoundException(function);
        return Invoker.InvokeAsync(found.FunctionName, payload, cancellationToken);
    }

    /// <inheritdoc />
    public async Task InvokeFunctionAsync(string functionArn, JsonNode payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await InvokeAsync(functionArn, System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()), cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var (_, running) in _running)
        {
            await ((Task)running.Done).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static Dictionary<string, string> FunctionEnvironmentExtras(LocalCloudOptions options)
    {
        var extras = new Dictionary<string, string>(StringComparer.Ordinal) { ["AWS_REGION"] = "us-east-1" };
        if (options.S3Endpoint is { } endpoint)
        {
            extras["MLOPS_S3_ENDPOINT"] = endpoint.ToString();
        }
        else
        {
            extras["MLOPS_LOCAL_BUCKETS_DIR"] = Path.GetFullPath(Path.Combine(options.Home, "buckets"));
        }

        return extras;
    }

    private static MappedCommandResolver BatchResolver(LocalCloudOptions options)
    {
        var table = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        if (options.BootstrapPath is { } bootstrap)
        {
            table["MlOps.Functions"] = ("dotnet", ["exec", Path.GetFullPath(bootstrap)]);
        }

        return new MappedCommandResolver(table);
    }

    private sealed class CompositeDisposable(params IAsyncDisposable[] items) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var item in items)
            {
                await item.DisposeAsync();
            }
        }
    }
}
