namespace MlOps.Local.Template.Model;

/// <summary>An S3 bucket of the template.</summary>
/// <param name="LogicalId">The logical id.</param>
/// <param name="Name">The physical name (the folder name locally).</param>
/// <param name="EventBridgeEnabled">Whether object events go to EventBridge.</param>
public sealed record LocalBucket(string LogicalId, string Name, bool EventBridgeEnabled);
