using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Registry;

/// <summary>Where a version is in its registration: claimed (number allocated, artifact maybe incomplete) or ready.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VersionState>))]
public enum VersionState
{
    /// <summary>The number is taken but the registration has not completed; never resolvable or deployable.</summary>
    Registering,

    /// <summary>Artifact copied and verified; the version is usable.</summary>
    Ready,
}
