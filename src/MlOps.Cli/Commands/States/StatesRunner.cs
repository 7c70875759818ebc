using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.StepFunctions;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Cli.Commands.States;

/// <summary><c>states run</c>: load, validate, execute with the identity Lambda double, print one JSON line.</summary>
internal static class StatesRunner
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(FileInfo definitionFile, FileInfo? inputFile, FileInfo? contextFile, string? machineType, TextWriter stdout, TextWriter stderr)
    {
        string definition;
        JsonNode? input;
        JsonObject? context = null;
        try
        {
            definition = await File.ReadAllTextAsync(definitionFile.FullName).ConfigureAwait(false);
            input = inputFile is null ? new JsonObject() : ParseJson(await File.ReadAllTextAsync(inputFile.FullName).ConfigureAwait(false), "input");
            if (contextFile is not null)
            {
                context = ParseJson(await File.ReadAllTextAsync(contextFile.FullName).ConfigureAwait(false), "context") as JsonObject
                          ?? throw new InvalidDataException("the context file must hold a JSON object");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return 2;
        }

        var express = string.Equals(machineType ?? MachineTypeFile.Read(definitionFile), "EXPRESS", StringComparison.Ordinal);
        var engine = new StepFunctionsEngine(new EngineOptions
        {
            Handlers = IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
            VirtualTime = true,
        });
        StateMachine machine;
        try
        {
            machine = engine.Load(definition, "StateMachine");
        }
        catch (AslValidationException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        ExecutionResult result;
        try
        {
            result = await machine.RunAsync(input, new ExecutionOptions { ContextOverrides = context, Express = express }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NullReferenceException or InvalidCastException
                                       or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // An engine defect, not an ASL failure: report it plainly instead of a stack trace.
            await stderr.WriteLineAsync("internal engine error (" + ex.GetType().Name + "): " + ex.Message).ConfigureAwait(false);
            return 3;
        }

        var line = result.Status == ExecutionStatus.Succeeded
            ? new JsonObject { ["status"] = "SUCCEEDED", ["output"] = result.Output?.DeepClone() }
            : new JsonObject
            {
                ["status"] = result.Status == ExecutionStatus.TimedOut ? "TIMED_OUT" : "FAILED",
                ["error"] = result.Error,
                ["cause"] = result.Cause,
            };
        await stdout.WriteLineAsync(line.ToJsonString(s_json)).ConfigureAwait(false);
        return 0;
    }

    private static JsonNode? ParseJson(string text, string what)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1024 });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("the " + what + " file is not valid JSON: " + ex.Message, ex);
        }
    }
}
