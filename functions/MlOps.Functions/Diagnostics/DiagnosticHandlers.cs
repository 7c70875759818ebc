using System.Text.Json;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Functions.Diagnostics;

/// <summary>
/// Two handlers for testing the hosting layer end to end, registered only when <c>MLOPS_DIAGNOSTIC_HANDLERS=1</c>:
/// <c>Echo</c> returns its event unchanged; <c>Throw</c> fails with the error named in <c>{"errorName": "..."}</c>
/// (or an <see cref="InvalidOperationException"/> when none is given).
/// </summary>
public static class DiagnosticHandlers
{
    /// <summary>The switch that enables the handlers.</summary>
    public const string EnableVariable = "MLOPS_DIAGNOSTIC_HANDLERS";

    /// <summary>Handler name of the echo function.</summary>
    public const string Echo = "MlOps.Functions::Diagnostics::Echo";

    /// <summary>Handler name of the throwing function.</summary>
    public const string Throw = "MlOps.Functions::Diagnostics::Throw";

    /// <summary>Adds both handlers when the environment enables them.</summary>
    public static HandlerRegistry AddWhenEnabled(HandlerRegistry registry, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.TryGetValue(EnableVariable, out var value) || value != "1")
        {
            return registry;
        }

        return registry.Add(Echo, EchoAsync).Add(Throw, ThrowAsync);
    }

    private static Task<byte[]> EchoAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        context.Logger.LogInformation($"echo {payload.Length} bytes");
        return Task.FromResult(payload.ToArray());
    }

    private static Task<byte[]> ThrowAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        string? name = null;
        string message = "Diagnostics::Throw was asked to fail.";
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("errorName", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    name = n.GetString();
                }

                if (document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    message = m.GetString()!;
                }
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"Diagnostics::Throw expects a JSON object event: {exception.Message}", nameof(payload), exception);
        }

        context.Logger.LogError($"throwing {name ?? nameof(InvalidOperationException)}");
        throw string.IsNullOrEmpty(name) ? new InvalidOperationException(message) : new DiagnosticException(name, message);
    }
}
