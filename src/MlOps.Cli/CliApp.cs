using System.CommandLine;
using MlOps.Cli.Commands;

namespace MlOps.Cli;

/// <summary>The <c>mlops</c> command tree, runnable in-process (tests drive it with their own writers).</summary>
internal static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("mlops: run the MlOps SAM app (template, state machines, functions) on this machine.");
        StatesCommand.AddTo(root);
        JsonataCommand.AddTo(root);
        CloudCommands.AddTo(root);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a bad command line is one line on <paramref name="error"/> and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            var message = string.Join(' ', parse.Errors[0].Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
            await error.WriteLineAsync($"mlops: {message} (see 'mlops --help')");
            return 2;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
