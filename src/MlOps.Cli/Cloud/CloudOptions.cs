using System.CommandLine;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Hosting;

namespace MlOps.Cli.Cloud;

/// <summary>The options every local-cloud command shares (<c>--home</c>, <c>--template</c>, SAM's overrides, transports).</summary>
internal sealed class CloudOptions
{
    public Option<string?> Home { get; } = new("--home") { Description = "State directory (buckets, executions, catalog); default: <repo>/.mlops" };

    public Option<string?> Template { get; } = new("--template", "-t") { Description = "SAM template; default: <repo>/template.yaml" };

    public Option<string[]> ParameterOverrides { get; } = new("--parameter-overrides")
    {
        Description = "Template parameters as Key=Value (SAM syntax)",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> EnvVars { get; } = new("--env-vars", "-n") { Description = "JSON file of function environment overrides (SAM syntax)" };

    public Option<bool> Process { get; } = new("--process") { Description = "Run functions as processes behind the local Runtime API" };

    public Option<string?> S3Endpoint { get; } = new("--s3-endpoint") { Description = "Use an S3 endpoint (path-style) instead of folders" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Home);
        command.Add(Template);
        command.Add(ParameterOverrides);
        command.Add(EnvVars);
        command.Add(Process);
        command.Add(S3Endpoint);
    }

    /// <summary>The state directory for this invocation.</summary>
    public string HomeOf(ParseResult parse) => Path.GetFullPath(parse.GetValue(Home) ?? Path.Combine(RepoLocator.Root, ".mlops"));

    /// <summary>Builds the local cloud options for this invocation.</summary>
    public LocalCloudOptions Resolve(ParseResult parse)
    {
        var template = parse.GetValue(Template) ?? Path.Combine(RepoLocator.Root, "template.yaml");
        JsonObject? envVars = null;
        if (parse.GetValue(EnvVars) is { } envFile)
        {
            envVars = JsonNode.Parse(InputFiles.ReadText(envFile, "--env-vars")) as JsonObject
                ?? throw new CliException($"--env-vars {envFile}: must be a JSON object");
        }

        Uri? endpoint = null;
        if (parse.GetValue(S3Endpoint) is { } e && !Uri.TryCreate(e, UriKind.Absolute, out endpoint))
        {
            throw new CliException($"--s3-endpoint '{e}' is not an absolute URL");
        }

        return new LocalCloudOptions
        {
            TemplatePath = template,
            Home = HomeOf(parse),
            ParameterOverrides = MlOps.Local.Template.Loading.ParameterOverrides.Parse(parse.GetValue(ParameterOverrides) ?? []),
            EnvironmentOverrides = envVars,
            UseProcesses = parse.GetValue(Process),
            S3Endpoint = endpoint,
            BootstrapPath = RepoLocator.FunctionsBootstrap,
        };
    }
}
