using System.CommandLine;
using System.Text;
using MlOps.Local.Services.Hosting;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops invoke &lt;LogicalId&gt; -e EVENT.json</c>: SAM's <c>local invoke</c>, without Docker.</summary>
internal static class InvokeCommand
{
    public static Command Create()
    {
        var cloud = new CloudOptions();
        var function = new Argument<string>("function") { Description = "Logical id (e.g. PredictFunction or Predict), name or ARN" };
        var eventFile = new Option<string?>("--event", "-e") { Description = "Event JSON file; '-' reads stdin; default {}" };
        var command = new Command("invoke", "Invoke one function of the template with an event") { function, eventFile };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var payload = parse.GetValue(eventFile) switch
            {
                null => "{}",
                "-" => await Console.In.ReadToEndAsync(ct),
                var file => InputFiles.ReadText(file, "--event"),
            };
            System.Text.Json.Nodes.JsonNode.Parse(payload);
            await using var local = await LocalCloud.StartAsync(cloud.Resolve(parse), ct);
            var name = parse.GetValue(function)!;
            var target = local.Template.FindFunction(name) ?? local.Template.FindFunction(name + "Function")
                ?? throw new CliException($"'{name}' is not a function of the template (functions: {string.Join(", ", local.Template.Functions.Select(f => f.LogicalId))})");
            var result = await local.InvokeAsync(target.LogicalId, Encoding.UTF8.GetBytes(payload), ct);
            await io.Output.WriteLineAsync(Encoding.UTF8.GetString(result.Payload));
            if (result.FunctionError is not null)
            {
                await io.Error.WriteLineAsync($"mlops: {target.LogicalId} failed with {result.ErrorType}");
                return 1;
            }

            return 0;
        });
        return command;
    }
}
