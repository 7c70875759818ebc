using System.CommandLine;
using MlOps.Local.Services.Hosting;
using MlOps.Local.Services.Validation;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops validate</c>: the template and every state machine, as the local cloud would run them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var cloud = new CloudOptions();
        var command = new Command("validate", "Check the template and state machines: substitutions, resources, error names, IAM shapes");
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            await using var local = await LocalCloud.StartAsync(cloud.Resolve(parse), ct);
            var findings = AppValidator.Validate(local.Template, local.Engine.Options.Handlers);
            foreach (var finding in findings)
            {
                await io.Error.WriteLineAsync(finding.ToString());
            }

            await io.Output.WriteLineAsync(findings.Count == 0
                ? $"valid: {local.Template.Functions.Count} functions, {local.Template.StateMachines.Count} state machines, {local.Template.Rules.Count} rules"
                : $"{findings.Count} problem(s)");
            return findings.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
