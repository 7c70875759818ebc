namespace MlOps.Local.Template.Model;

/// <summary>An S3 notification to a function (bucket <c>NotificationConfiguration</c> or a SAM <c>S3</c> event).</summary>
/// <param name="BucketName">The bucket's physical name.</param>
/// <param name="Events">S3 event names, e.g. <c>s3:ObjectCreated:*</c>.</param>
/// <param name="Prefix">Key prefix filter, empty for none.</param>
/// <param name="Suffix">Key suffix filter, empty for none.</param>
/// <param name="FunctionArn">The function to invoke.</param>
public sealed record LocalS3Notification(string BucketName, IReadOnlyList<string> Events, string Prefix, string Suffix, string FunctionArn);
