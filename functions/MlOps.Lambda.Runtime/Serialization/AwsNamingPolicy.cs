using System.Text.Json;

namespace MlOps.Lambda.Runtime.Serialization;

/// <summary>
/// The Lambda serializer's naming policy: names unchanged (or passed through an inner policy), except the two S3 headers
/// <c>XAmzId2</c> → <c>x-amz-id-2</c> and <c>XAmzRequestId</c> → <c>x-amz-request-id</c>.
/// </summary>
public sealed class AwsNamingPolicy : JsonNamingPolicy
{
    private readonly JsonNamingPolicy? _inner;

    /// <summary>Creates the policy; <paramref name="inner"/> (e.g. camelCase) applies to every other name.</summary>
    public AwsNamingPolicy(JsonNamingPolicy? inner = null) => _inner = inner;

    /// <inheritdoc />
    public override string ConvertName(string name) => name switch
    {
        "XAmzId2" => "x-amz-id-2",
        "XAmzRequestId" => "x-amz-request-id",
        _ => _inner?.ConvertName(name) ?? name,
    };
}
