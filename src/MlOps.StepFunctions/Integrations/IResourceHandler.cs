namespace MlOps.StepFunctions.Integrations;

/// <summary>Runs Task states for the resources it is registered for.</summary>
public interface IResourceHandler
{
    /// <summary>Runs one attempt; may throw <see cref="TaskFailedException"/> instead of returning a failure.</summary>
    ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken);
}
