using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Hash;

/// <summary>
/// <c>States.Hash(data, algorithm)</c>: the lower-case hex digest of the UTF-8 bytes of <c>data</c> (up to
/// 10,000 characters) with <c>MD5</c>, <c>SHA-1</c>, <c>SHA-256</c>, <c>SHA-384</c> or <c>SHA-512</c>.
/// </summary>
internal sealed class HashFunction() : IntrinsicFunction(
    "States.Hash",
    ArgumentSpec.Required("data", ArgumentKinds.String, ArgumentRules.MaxLength(MaxInputLength)),
    ArgumentSpec.Required("algorithm", ArgumentKinds.String, ArgumentRules.OneOf("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512")))
{
    /// <summary>The documented input limit.</summary>
    public const int MaxInputLength = 10_000;

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(arguments.String(0));
#pragma warning disable CA5350, CA5351 // MD5 and SHA-1 are part of the AWS contract, not used for security here.
        var digest = arguments.String(1) switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            _ => SHA512.HashData(bytes),
        };
#pragma warning restore CA5350, CA5351
        return JsonValue.Create(Convert.ToHexStringLower(digest));
    }
}
