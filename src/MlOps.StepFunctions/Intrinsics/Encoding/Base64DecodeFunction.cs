using System.Text;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Encoding;

/// <summary>
/// <c>States.Base64Decode(base64)</c>: the UTF-8 text of the decoded bytes; input up to 10,000 characters.
/// Text that is not Base64, or bytes that are not UTF-8, fail.
/// </summary>
internal sealed class Base64DecodeFunction() : IntrinsicFunction(
    "States.Base64Decode",
    ArgumentSpec.Required("base64", ArgumentKinds.String, ArgumentRules.MaxLength(MaxInputLength)))
{
    /// <summary>The documented input limit.</summary>
    public const int MaxInputLength = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var text = arguments.String(0);
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            throw Failure();
        }

        try
        {
            return JsonValue.Create(StrictUtf8.GetString(buffer, 0, written));
        }
        catch (DecoderFallbackException)
        {
            throw Failure();
        }
    }
}
