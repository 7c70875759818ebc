using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.Cli.Commands.States;

/// <summary>
/// The machine type (STANDARD or EXPRESS) is CreateStateMachine's <c>type</c> parameter, not part of the definition.
/// A definition folder may record it in a <c>meta.json</c> beside the definition as <c>state_machine_type</c>
/// (the layout of recorded conformance cases); this reads it so <c>states run</c> needs no flag for such folders.
/// </summary>
internal static class MachineTypeFile
{
    /// <summary>The recorded type, or null when there is no readable <c>meta.json</c> naming one.</summary>
    public static string? Read(FileInfo definitionFile)
    {
        var meta = Path.Combine(definitionFile.DirectoryName ?? ".", "meta.json");
        if (!File.Exists(meta))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(meta))?["state_machine_type"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException)
        {
            // A meta.json that is not ours (or not JSON) says nothing about the type: fall back to STANDARD.
            return null;
        }
    }
}
