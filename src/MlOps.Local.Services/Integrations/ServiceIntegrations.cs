using System.Text.Json.Nodes;
using MlOps.Local.Services.Batch;
using MlOps.Local.Services.Errors;
using MlOps.Local.Services.Glue;
using MlOps.Local.Services.Sns;
using MlOps.Local.Services.Tasks;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Local.Services.Integrations;

/// <summary>
/// Glue (<c>aws-sdk:glue:*</c> on the local catalog file), Batch (<c>batch:submitJob(.sync)</c> as a local process)
/// and SNS (<c>sns:publish(.waitForTaskToken)</c> to local topic files, tokens to the mailbox).
/// </summary>
public sealed class ServiceIntegrations(GlueCatalog glue, LocalBatchRunner batch, LocalTopics topics, TaskTokenMailbox mailbox) : IResourceHandler
{
    private const string GluePrefix = "arn:aws:states:::aws-sdk:glue:";

    /// <summary>Registers the three services.</summary>
    public void RegisterOn(ResourceHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register(GluePrefix, this, IntegrationPattern.RequestResponse);
        registry.Register("arn:aws:states:::batch:submitJob", this, IntegrationPattern.RequestResponse | IntegrationPattern.Sync);
        registry.Register("arn:aws:states:::sns:publish", this, IntegrationPattern.RequestResponse | IntegrationPattern.WaitForTaskToken);
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Parameters as JsonObject ?? [];
        try
        {
            if (request.Resource.StartsWith(GluePrefix, StringComparison.Ordinal))
            {
                return TaskOutcome.Succeeded(glue.Call(request.Resource[GluePrefix.Length..], p));
            }

            if (request.Resource.StartsWith("arn:aws:states:::batch:submitJob", StringComparison.Ordinal))
            {
                return TaskOutcome.Succeeded(request.Pattern == IntegrationPattern.Sync
                    ? await batch.SubmitJobSyncAsync(p, cancellationToken)
                    : await batch.SubmitJobAsync(p, cancellationToken));
            }

            var topic = p["TopicArn"]?.ToString() ?? throw new ServiceErrorException("SNS.InvalidParameterException", "TopicArn is required");
            if (request.Pattern == IntegrationPattern.WaitForTaskToken)
            {
                mailbox.Register(request.TaskToken ?? string.Empty, request.ExecutionArn, request.StateName);
                topics.Publish(topic, p["Message"], p["Subject"]?.ToString());
                return TaskOutcome.Pending;
            }

            return TaskOutcome.Succeeded(topics.Publish(topic, p["Message"], p["Subject"]?.ToString()));
        }
        catch (ServiceErrorException ex)
        {
            return TaskOutcome.Failed(ex.Error, ex.Cause);
        }
    }
}
