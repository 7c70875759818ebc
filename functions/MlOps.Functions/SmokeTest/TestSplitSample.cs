using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.SmokeTest;

/// <summary>
/// The first rows of the run's curated test split, turned back into the raw JSON records Predict receives
/// (numeric features as numbers, categorical features as strings, missing values as null).
/// </summary>
internal static class TestSplitSample
{
    /// <summary>Rows, labels and records of at most <paramref name="count"/> test rows; null when the envelope has no curated data.</summary>
    public static async Task<(int[] Rows, bool[] Labels, JsonDocument Records)?> LoadAsync(
        IObjectStoreProvider stores, PipelineEnvelope envelope, int count, CancellationToken cancellationToken)
    {
        if (envelope.Dataset?.CuratedUri is not { Length: > 0 })
        {
            return null;
        }

        var (store, manifest) = await CuratedData.ManifestAsync(stores, envelope, cancellationToken);
        var table = await CuratedData.SplitAsync(store, manifest.Test, cancellationToken);
        var take = table.Take([.. Enumerable.Range(0, Math.Min(count, table.Count))]);
        return (take.RowIds, take.Labels, JsonDocument.Parse(ToJson(take)));
    }

    private static byte[] ToJson(FeatureTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < table.Count; i++)
            {
                writer.WriteStartObject();
                foreach (var (name, values) in table.Numerics)
                {
                    if (float.IsFinite(values[i]))
                    {
                        writer.WriteNumber(name, values[i]);
                    }
                    else
                    {
                        writer.WriteNull(name);
                    }
                }

                foreach (var (name, values) in table.Categoricals)
                {
                    writer.WriteString(name, values[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
