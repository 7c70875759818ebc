using System.Text.Json.Nodes;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Local.Services.Hosting;

/// <summary>How to bring the template up on this machine.</summary>
public sealed record LocalCloudOptions
{
    /// <summary>The SAM template.</summary>
    public required string TemplatePath { get; init; }

    /// <summary>The state directory (buckets, executions, catalog, tokens); <c>.mlops/</c> by default in the CLI.</summary>
    public required string Home { get; init; }

    /// <summary><c>--parameter-overrides</c>.</summary>
    public IReadOnlyDictionary<string, string> ParameterOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--env-vars</c> content.</summary>
    public JsonObject? EnvironmentOverrides { get; init; }

    /// <summary>Run functions as real processes behind the local Runtime API instead of in-process.</summary>
    public bool UseProcesses { get; init; }

    /// <summary>An S3 endpoint (path-style) instead of folders; functions get it as <c>MLOPS_S3_ENDPOINT</c>.</summary>
    public Uri? S3Endpoint { get; init; }

    /// <summary>The clock (the engine runs on virtual time over it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The functions' handler table (the in-process transport).</summary>
    public Func<IReadOnlyDictionary<string, string>, HandlerRegistry> Registry { get; init; } = MlOps.Functions.FunctionRegistry.Create;

    /// <summary>The functions' bootstrap (<c>MlOps.Functions.dll</c>) for <see cref="UseProcesses"/> and Batch jobs.</summary>
    public string? BootstrapPath { get; init; }
}
