using System.CommandLine;
using MlOps.Cli.Commands;

var root = new RootCommand("mlops: run the MlOps SAM app (template, state machines, functions) on this machine.");
StatesCommand.AddTo(root);
JsonataCommand.AddTo(root);
CloudCommands.AddTo(root);
return await root.Parse(args).InvokeAsync();
