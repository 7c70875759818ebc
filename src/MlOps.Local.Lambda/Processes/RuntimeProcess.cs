using System.Diagnostics;
using System.Text;

namespace MlOps.Local.Lambda.Processes;

/// <summary>One running bootstrap (an execution environment): its process, its captured output and its exit.</summary>
internal sealed class RuntimeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RuntimeProcess(Process process) => _process = process;

    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public int OutputLength
    {
        get
        {
            lock (_output)
            {
                return _output.Length;
            }
        }
    }

    public static RuntimeProcess Start(BootstrapCommand command, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var runtime = new RuntimeProcess(process);
        process.OutputDataReceived += (_, e) => runtime.Append(e.Data);
        process.ErrorDataReceived += (_, e) => runtime.Append(e.Data);
        process.Exited += (_, _) => runtime.OnExited();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return runtime;
    }

    public string OutputSince(int start)
    {
        lock (_output)
        {
            return start >= _output.Length ? string.Empty : _output.ToString(start, _output.Length - start);
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited: nothing to stop.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }
    }

    private void OnExited()
    {
        // Drain the redirected streams before publishing the exit, so the log tail is complete.
        _process.WaitForExit();
        _exited.TrySetResult(_process.ExitCode);
    }
}
