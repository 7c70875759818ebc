using System.CommandLine;
using System.Text.Json;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Local.Services.Errors;
using MlOps.Local.Template.Errors;

namespace MlOps.Cli.Cloud;

/// <summary>Runs a command body and turns every expected failure into one line on stderr and a non-zero exit.</summary>
internal static class CliActions
{
    public static void SetGuardedAction(this Command command, Func<ParseResult, CommandIo, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parse, ct) =>
        {
            var io = new CommandIo(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                return await body(parse, io, ct);
            }
            catch (Exception ex) when (Describe(ex) is { } line)
            {
                await io.Error.WriteLineAsync($"mlops: {line}");
                return 1;
            }
        });
    }

    private static string? Describe(Exception ex) => ex switch
    {
        CliException or TemplateException or ArgumentException or FileNotFoundException or DirectoryNotFoundException
            or InvalidOperationException or UnauthorizedAccessException => ex.Message,
        JsonException j => $"invalid JSON: {j.Message}",
        ServiceErrorException s => $"{s.Error}: {s.Cause}",
        INamedError n => $"{n.ErrorName}: {ex.Message}",
        OperationCanceledException => "cancelled",
        IOException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}

/// <summary>The writers a command prints to.</summary>
internal sealed record CommandIo(TextWriter Output, TextWriter Error);
