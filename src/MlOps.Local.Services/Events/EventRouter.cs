using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Storage;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Services.Events;

/// <summary>
/// Routes object writes the way S3 and EventBridge do: buckets with EventBridge notifications on send
/// <c>Object Created</c> events to every matching rule; bucket notifications to functions fire on prefix/suffix.
/// Executions started by a rule are named from bucket, key and ETag, so the same object starts nothing new.
/// </summary>
public sealed class EventRouter(LoadedTemplate template, IEventTargets targets, TimeProvider clock, string region = "us-east-1", string account = "123456789012")
{
    /// <summary>Delivers the events of a newly written object; returns every delivery.</summary>
    public async Task<IReadOnlyList<EventDispatch>> ObjectCreatedAsync(StoredObject obj, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var dispatches = new List<EventDispatch>();
        var now = clock.GetUtcNow();
        var bucket = template.Buckets.FirstOrDefault(b => b.Name == obj.Bucket);
        if (bucket is null || bucket.EventBridgeEnabled)
        {
            var evt = S3Events.EventBridgeObjectCreated(obj, now, region, account);
            foreach (var rule in template.Rules.Where(r => EventPatternMatcher.Matches(r.Pattern, evt)))
            {
                var input = rule.Input?.DeepClone() ?? evt.DeepClone();
                if (rule.TargetArn.Contains(":states:", StringComparison.Ordinal))
                {
                    var name = ExecutionNames.FromObject(obj.Bucket, obj.Key, obj.ETag);
                    var (arn, started) = await targets.StartExecutionAsync(rule.TargetArn, name, input, cancellationToken);
                    dispatches.Add(new EventDispatch(rule.Name, rule.TargetArn, arn, started));
                }
                else
                {
                    await targets.InvokeFunctionAsync(rule.TargetArn, input, cancellationToken);
                    dispatches.Add(new EventDispatch(rule.Name, rule.TargetArn, null, true));
                }
            }
        }

        foreach (var notification in template.S3Notifications.Where(n => Applies(n, obj)))
        {
            JsonNode payload = S3Events.NotificationObjectCreated(obj, now, region, $"{notification.FunctionArn}-notification");
            await targets.InvokeFunctionAsync(notification.FunctionArn, payload, cancellationToken);
            dispatches.Add(new EventDispatch($"s3:{obj.Bucket}", notification.FunctionArn, null, true));
        }

        return dispatches;
    }

    private static bool Applies(LocalS3Notification n, StoredObject obj) =>
        n.BucketName == obj.Bucket
        && obj.Key.StartsWith(n.Prefix, StringComparison.Ordinal)
        && obj.Key.EndsWith(n.Suffix, StringComparison.Ordinal)
        && n.Events.Any(e => e is "s3:ObjectCreated:*" or "s3:ObjectCreated:Put");
}
