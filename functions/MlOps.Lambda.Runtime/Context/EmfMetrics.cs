using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MlOps.Lambda.Runtime.Context;

/// <summary>
/// Collects metrics and writes them as one CloudWatch Embedded Metric Format object per flush:
/// <c>{"_aws":{"Timestamp":ms,"CloudWatchMetrics":[{"Namespace","Dimensions":[[...]],"Metrics":[...]}]}, dims..., metrics...}</c>.
/// Flushes by itself when the 100th distinct metric is added (the EMF limit per directive).
/// </summary>
public sealed class EmfMetrics
{
    /// <summary>Most metric definitions one directive may hold.</summary>
    public const int MaxMetrics = 100;

    /// <summary>Most dimension keys one dimension set may hold.</summary>
    public const int MaxDimensions = 30;

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes",
        "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
        "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
        "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    };

    private readonly string _namespace;
    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly List<KeyValuePair<string, string>> _dimensions = [];
    private readonly List<KeyValuePair<string, string>> _properties = [];
    private readonly List<(string Name, string Unit, int Resolution, List<double> Values)> _metrics = [];

    /// <summary>Creates a writer for one CloudWatch namespace.</summary>
    public EmfMetrics(string metricNamespace, TextWriter output, TimeProvider time)
    {
        if (string.IsNullOrEmpty(metricNamespace) || metricNamespace.Length > 1024)
        {
            throw new ArgumentException("An EMF namespace must be 1 to 1024 characters long.", nameof(metricNamespace));
        }

        _namespace = metricNamespace;
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Adds (or replaces) a dimension; its value must be at most 1024 characters.</summary>
    public void SetDimension(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 1024)
        {
            throw new ArgumentException($"Dimension '{name}' is longer than 1024 characters.", nameof(value));
        }

        var index = _dimensions.FindIndex(d => d.Key == name);
        if (index >= 0)
        {
            _dimensions[index] = new(name, value);
            return;
        }

        if (_dimensions.Count == MaxDimensions)
        {
            throw new InvalidOperationException($"EMF allows at most {MaxDimensions} dimensions; '{name}' would be one more.");
        }

        _dimensions.Add(new(name, value));
    }

    /// <summary>Adds a searchable root member that is not a metric (e.g. a run id).</summary>
    public void AddProperty(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _properties.Add(new(name, value ?? string.Empty));
    }

    /// <summary>Records a value; adding the same name again makes it an array of values.</summary>
    /// <param name="name">Metric name (1-1024 characters).</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">One of the CloudWatch units, <c>None</c> by default.</param>
    /// <param name="storageResolution">60 (standard) or 1 (high resolution).</param>
    public void AddMetric(string name, double value, string unit = "None", int storageResolution = 60)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Units.Contains(unit))
        {
            throw new ArgumentException($"'{unit}' is not a CloudWatch unit.", nameof(unit));
        }

        if (storageResolution is not (1 or 60))
        {
            throw new ArgumentOutOfRangeException(nameof(storageResolution), storageResolution, "StorageResolution must be 1 or 60.");
        }

        var existing = _metrics.FindIndex(m => m.Name == name);
        if (existing >= 0 && _metrics[existing].Values.Count < MaxMetrics)
        {
            _metrics[existing].Values.Add(value);
            return;
        }

        if (existing >= 0 || _metrics.Count == MaxMetrics)
        {
            Flush();
        }

        _metrics.Add((name, unit, storageResolution, [value]));
    }

    /// <summary>Writes the collected metrics as one line and clears them; does nothing when none were added.</summary>
    public void Flush()
    {
        if (_metrics.Count == 0)
        {
            return;
        }

        _output.Write(Serialize() + "\n");
        _output.Flush();
        _metrics.Clear();
    }

    private string Serialize()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("_aws");
            w.WriteNumber("Timestamp", _time.GetUtcNow().ToUnixTimeMilliseconds());
            w.WriteStartArray("CloudWatchMetrics");
            w.WriteStartObject();
            w.WriteString("Namespace", _namespace);
            w.WriteStartArray("Dimensions");
            w.WriteStartArray();
            _dimensions.ForEach(d => w.WriteStringValue(d.Key));
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteStartArray("Metrics");
            foreach (var metric in _metrics)
            {
                w.WriteStartObject();
                w.WriteString("Name", metric.Name);
                w.WriteString("Unit", metric.Unit);
                if (metric.Resolution == 1)
                {
                    w.WriteNumber("StorageResolution", 1);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            _dimensions.ForEach(d => w.WriteString(d.Key, d.Value));
            _properties.ForEach(p => w.WriteString(p.Key, p.Value));
            foreach (var metric in _metrics)
            {
                if (metric.Values.Count == 1)
                {
                    w.WriteNumber(metric.Name, metric.Values[0]);
                }
                else
                {
                    w.WriteStartArray(metric.Name);
                    metric.Values.ForEach(w.WriteNumberValue);
                    w.WriteEndArray();
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
