using System.Runtime.CompilerServices;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>
/// What a Map's item processor can do, decided once per graph: whether its iterations are pure (only Pass, Choice,
/// Succeed, Fail and nested pure Map/Parallel states in JSONPath: no clock, no I/O, nothing outside the iteration
/// changes) and whether they call tasks (which is when running them side by side saves wall time).
/// </summary>
internal static class MapPlan
{
    private static readonly ConditionalWeakTable<StateGraph, Traits> Cache = [];

    /// <summary>Iterations fewer than this run one after another: threads would cost more than they save.</summary>
    public const int MinItemsForSpeculation = 2048;

    public static bool IsPure(StateGraph graph) => Cache.GetValue(graph, Analyse).Pure;

    public static bool HasTasks(StateGraph graph) => Cache.GetValue(graph, Analyse).Tasks;

    /// <summary>How many iterations may run at once: AWS's MaxConcurrency (0 = no limit; inline Map runs up to 40).</summary>
    public static int Limit(int maxConcurrency) => maxConcurrency <= 0 ? 40 : maxConcurrency;

    private static Traits Analyse(StateGraph graph)
    {
        var pure = true;
        var tasks = false;
        foreach (var state in graph.States.Values)
        {
            pure &= state.QueryLanguage == QueryLanguage.JsonPath;
            switch (state)
            {
                case PassState or ChoiceState or SucceedState or FailState:
                    break;
                case MapState map:
                    pure &= map.ItemReader is null && map.ResultWriter is null && IsPure(map.Processor);
                    tasks |= HasTasks(map.Processor);
                    break;
                case ParallelState parallel:
                    foreach (var branch in parallel.Branches)
                    {
                        pure &= IsPure(branch);
                        tasks |= HasTasks(branch);
                    }

                    break;
                case TaskState:
                    pure = false;
                    tasks = true;
                    break;
                default:
                    pure = false;
                    break;
            }
        }

        return new Traits(pure, tasks);
    }

    private sealed record Traits(bool Pure, bool Tasks);
}
