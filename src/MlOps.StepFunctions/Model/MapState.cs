using System.Text.Json.Nodes;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Model;

/// <summary><c>Map</c> (inline or distributed).</summary>
internal sealed class MapState : StateNode
{
    public required StateGraph Processor { get; init; }
    public bool Distributed { get; init; }
    public JsonPath? ItemsPath { get; init; }
    public PayloadTemplate? ItemSelector { get; init; }
    public int MaxConcurrency { get; init; }
    public JsonPath? MaxConcurrencyPath { get; init; }
    public int? ToleratedFailureCount { get; init; }
    public JsonPath? ToleratedFailureCountPath { get; init; }
    public double? ToleratedFailurePercentage { get; init; }
    public JsonPath? ToleratedFailurePercentagePath { get; init; }
    public string? Label { get; init; }
    public ItemReaderConfig? ItemReader { get; init; }
    public ItemBatcherConfig? ItemBatcher { get; init; }
    public ResultWriterConfig? ResultWriter { get; init; }
}

/// <summary><c>ItemReader</c>.</summary>
internal sealed record ItemReaderConfig(
    string Resource,
    PayloadTemplate? Parameters,
    string InputType,
    string? CsvHeaderLocation,
    IReadOnlyList<string>? CsvHeaders,
    string? CsvDelimiter,
    int? MaxItems,
    JsonPath? MaxItemsPath);

/// <summary><c>ItemBatcher</c>.</summary>
internal sealed record ItemBatcherConfig(
    int? MaxItemsPerBatch,
    JsonPath? MaxItemsPerBatchPath,
    int? MaxInputBytesPerBatch,
    JsonPath? MaxInputBytesPerBatchPath,
    PayloadTemplate? BatchInput);

/// <summary><c>ResultWriter</c>.</summary>
internal sealed record ResultWriterConfig(
    string? Resource,
    PayloadTemplate? Parameters,
    string Transformation,
    string OutputType,
    JsonNode? Raw);
