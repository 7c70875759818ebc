using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using MlOps.Local.Services.Api;
using MlOps.Local.Services.Hosting;

namespace MlOps.Cli.Cloud;

/// <summary>
/// <c>mlops serve</c>: keeps the local cloud up and answers the Step Functions API on 127.0.0.1, so the AWS CLI or an SDK
/// (<c>aws stepfunctions start-execution --endpoint-url http://127.0.0.1:8083 ...</c>) drives the same machines, until
/// Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var cloud = new CloudOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 8083 };
        var command = new Command("serve", "Serve the Step Functions API (AWS JSON 1.0) for the template's machines on 127.0.0.1") { port };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var requested = parse.GetValue(port);
            if (requested is < 0 or > 65535)
            {
                throw new CliException($"--port {requested.ToString(CultureInfo.InvariantCulture)} is not a port number");
            }

            await using var local = await LocalCloud.StartAsync(cloud.Resolve(parse), ct);
            await using var server = await StepFunctionsApiServer.StartAsync(local, requested, ct);
            await io.Output.WriteLineAsync($"Step Functions API on {server.Endpoint} (aws stepfunctions --endpoint-url {server.Endpoint.ToString().TrimEnd('/')} ...)");
            foreach (var machine in local.Template.StateMachines)
            {
                await io.Output.WriteLineAsync($"  {machine.LogicalId,-20} {machine.Arn}");
            }

            await io.Output.FlushAsync(ct);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            // Ctrl+C (SIGINT) or SIGTERM ends the serving loop; the handlers keep the runtime from exiting at once, so
            // the server and the local cloud are disposed in order.
            using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await io.Output.WriteLineAsync("stopped");
            }

            return 0;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
