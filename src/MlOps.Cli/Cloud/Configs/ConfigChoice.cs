using MlOps.Pipeline.Config;

namespace MlOps.Cli.Cloud.Configs;

/// <summary>Which pipeline config a <c>mlops run</c> without <c>--config</c> goes with, and why.</summary>
/// <param name="Source">Where the config comes from: the bucket's override, the built-in default, or a shipped file.</param>
/// <param name="Upload">The shipped config to upload to <c>config/pipeline.json</c> first; null to keep what the bucket has.</param>
/// <param name="Fits">Whether the config's separator and contract columns match the file's header.</param>
/// <param name="Message">One line for the user saying what was chosen (or, when nothing fits, that <c>--config</c> is needed).</param>
internal sealed record ConfigChoice(string Source, ShippedConfig? Upload, bool Fits, string Message);
