namespace MlOps.Pipeline.Config;

/// <summary>One config of <c>samples/configs/</c> as embedded in the build: its file name, parsed form and exact bytes.</summary>
/// <param name="FileName">The file name under <c>samples/configs/</c>, e.g. <c>bank-marketing.json</c>.</param>
/// <param name="Config">The parsed and schema-validated config.</param>
/// <param name="Json">The file's bytes, as uploaded to <c>config/pipeline.json</c> when this config is chosen.</param>
public sealed record ShippedConfig(string FileName, PipelineConfig Config, ReadOnlyMemory<byte> Json);
