using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Tasks;
using MlOps.StepFunctions;
using Spectre.Console;

namespace MlOps.Cli.Cloud;

/// <summary>The live view of <c>mlops run</c>: one line per state as it finishes, with its wall time.</summary>
internal sealed class RunView(TextWriter output, bool quiet)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(15);

    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Interactive = InteractionSupport.No,
    });

    private IAnsiConsole Console
    {
        get
        {
            _console.Profile.Width = 400;
            return _console;
        }
    }

    public void Uploaded(string file, string bucket, string key, long size)
    {
        if (!quiet)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload  {Path.GetFileName(file)} ({size / 1024.0:0.#} KiB) -> s3://{bucket}/{key}"));
        }
    }

    public void Started(string executionArn)
    {
        if (!quiet)
        {
            output.WriteLine($"started {executionArn}");
        }
    }

    public void Duplicate(ExecutionRecord record)
    {
        if (!quiet)
        {
            output.WriteLine($"same object already processed by {record.Name} ({record.Status}); nothing new started");
        }
    }

    public async Task FollowAsync(Execution? execution, Task done, TaskTokenMailbox mailbox, CancellationToken cancellationToken)
    {
        if (execution is null || quiet)
        {
            await done.WaitAsync(cancellationToken);
            return;
        }

        var seen = 0;
        var entered = new Dictionary<string, long>(StringComparer.Ordinal);
        var announced = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var finished = done.IsCompleted;
            var history = execution.History;
            for (; seen < history.Count; seen++)
            {
                var e = history[seen];
                var name = e.Details?["name"]?.ToString();
                if (name is null)
                {
                    continue;
                }

                if (e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
                {
                    entered[name] = Stopwatch.GetTimestamp();
                }
                else if (e.Type.EndsWith("StateExited", StringComparison.Ordinal))
                {
                    var ms = entered.TryGetValue(name, out var t) ? Stopwatch.GetElapsedTime(t).TotalMilliseconds : 0;
                    var failed = history.Skip(seen - 2).Take(2).Any(x => x.Type.EndsWith("Failed", StringComparison.Ordinal));
                    Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {(failed ? "[red]fail[/]" : "[green]ok[/]  ")}  {Markup.Escape(name),-22} [grey]{ms,7:0} ms[/]"));
                }
            }

            foreach (var pending in mailbox.ListPending().Where(p => p["executionArn"]?.ToString() == execution.Arn))
            {
                var token = pending["taskToken"]!.ToString();
                if (announced.Add(token))
                {
                    output.WriteLine($"  wait  {pending["stateName"]}: approve with `mlops send-task-success --task-token {token} --task-output '{{}}'`");
                }
            }

            if (finished)
            {
                return;
            }

            await Task.WhenAny(done, Task.Delay(Poll, cancellationToken));
        }
    }

    public void Finished(JsonObject summary)
    {
        var status = summary["status"]?.ToString();
        output.WriteLine();
        if (status != "SUCCEEDED")
        {
            Console.MarkupLine($"[red bold]FAILED[/]  {Markup.Escape(summary["error"]?.ToString() ?? string.Empty)}: {Markup.Escape(Shorten(summary["cause"]?.ToString()))}");
        }
        else
        {
            var gate = summary["gate"]?["decision"]?.ToString() ?? (summary["gate"]?["passed"]?.GetValue<bool>() == true ? "promote" : "reject");
            Console.MarkupLine($"decision   [bold]{(gate == "promote" ? "[green]promote[/]" : $"[yellow]{Markup.Escape(gate)}[/]")}[/]{Markup.Escape(Reasons(summary))}");
            output.WriteLine($"model      {summary["model"]?["name"]} v{summary["model"]?["version"]}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"metrics    ROC AUC {Num(summary, "rocAuc")} · PR AUC {Num(summary, "prAuc")} · accuracy {Num(summary, "accuracy")} · lift@10% {Num(summary, "liftTopDecile")}"));
            output.WriteLine(summary["deployment"]?["alias"] is { } alias
                ? $"deployed   {alias} -> v{summary["deployment"]?["version"]}"
                : "deployed   (not deployed)");
        }

        if (summary["report"] is { } report)
        {
            output.WriteLine($"report     {report}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"execution  {summary["executionArn"]} ({summary["elapsedMs"]} ms)"));
    }

    private static string Reasons(JsonObject summary) =>
        summary["gate"]?["reasons"] is JsonArray { Count: > 0 } r ? $" ({string.Join("; ", r.Select(x => x?.ToString()))})" : string.Empty;

    private static string Num(JsonObject summary, string name) =>
        summary["evaluation"]?[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Shorten(string? text)
    {
        if (text is { Length: > 0 } && text[0] == '{')
        {
            try
            {
                text = JsonNode.Parse(text)?["errorMessage"]?.ToString() ?? text;
            }
            catch (System.Text.Json.JsonException)
            {
                // Not JSON after all: show the cause as it is.
            }
        }

        return Cut(text);
    }

    private static string Cut(string? text) => text is null ? string.Empty : text.Length > 300 ? text[..300] + "..." : text;
}
