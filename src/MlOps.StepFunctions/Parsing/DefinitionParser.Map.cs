using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Parsing;

internal sealed partial class DefinitionParser
{
    private MapState ParseMap(string name, JsonObject o, string p, QueryLanguage language)
    {
        var processorField = o.ContainsKey("ItemProcessor") ? "ItemProcessor" : "Iterator";
        StateGraph? processor = null;
        var distributed = false;
        if (o[processorField] is not JsonObject po)
        {
            _ctx.Report(p, "a Map state needs 'ItemProcessor' (or the legacy 'Iterator')");
        }
        else
        {
            var pp = p + "/" + processorField;
            if (po["ProcessorConfig"] is JsonObject config)
            {
                var mode = _ctx.String(config, "Mode", pp + "/ProcessorConfig");
                if (mode is not null and not "INLINE" and not "DISTRIBUTED")
                {
                    _ctx.Report(pp + "/ProcessorConfig/Mode", "Mode must be INLINE or DISTRIBUTED");
                }

                distributed = mode == "DISTRIBUTED";
                var exec = _ctx.String(config, "ExecutionType", pp + "/ProcessorConfig");
                if (exec is not null and not "STANDARD" and not "EXPRESS")
                {
                    _ctx.Report(pp + "/ProcessorConfig/ExecutionType", "ExecutionType must be STANDARD or EXPRESS");
                }
            }

            processor = ParseGraph(po, pp, ParseLanguage(po, pp, language, machineLevel: false));
        }

        if (o.ContainsKey("ItemSelector") && o.ContainsKey("Parameters"))
        {
            _ctx.Report(p, "'ItemSelector' and 'Parameters' cannot both be set");
        }

        var jsonPath = language == QueryLanguage.JsonPath;
        var itemSelector = jsonPath
            ? _ctx.Template(o, "ItemSelector", p) ?? _ctx.Template(o, "Parameters", p)
            : null;
        var label = _ctx.String(o, "Label", p);
        if (label is not null && (label.Length > 40 || label.Any(c => c is ' ' or '<' or '>' or '{' or '}' or '[' or ']' or '?' or '*'
                or '"' or '#' or '%' or '\\' or '^' or '|' or '~' or '`' or '$' or '&' or ',' or ';' or ':' or '/' || char.IsControl(c))))
        {
            _ctx.Report(p + "/Label", "Label must be at most 40 characters without spaces or special characters");
        }

        return new MapState
        {
            Name = name, Type = "Map", Pointer = p, QueryLanguage = language,
            Processor = processor ?? new StateGraph("", new Dictionary<string, StateNode>(), language),
            Distributed = distributed,
            ItemsPath = jsonPath ? _ctx.Path(o, "ItemsPath", p) : null,
            ItemSelector = itemSelector,
            MaxConcurrency = _ctx.Integer(o, "MaxConcurrency", p, 0) ?? 0,
            MaxConcurrencyPath = _ctx.Path(o, "MaxConcurrencyPath", p),
            ToleratedFailureCount = _ctx.Integer(o, "ToleratedFailureCount", p, 0),
            ToleratedFailureCountPath = _ctx.Path(o, "ToleratedFailureCountPath", p),
            ToleratedFailurePercentage = _ctx.Number(o, "ToleratedFailurePercentage", p, 0, 100),
            ToleratedFailurePercentagePath = _ctx.Path(o, "ToleratedFailurePercentagePath", p),
            Label = label,
            ItemReader = ParseItemReader(o, p),
            ItemBatcher = ParseItemBatcher(o, p),
            ResultWriter = ParseResultWriter(o, p),
        };
    }

    private ItemReaderConfig? ParseItemReader(JsonObject o, string p)
    {
        if (o["ItemReader"] is not JsonObject r)
        {
            return null;
        }

        var rp = p + "/ItemReader";
        var resource = _ctx.String(r, "Resource", rp, required: true) ?? "";
        if (resource.Length > 0 && !resource.StartsWith("arn:aws:states:::s3:getObject", StringComparison.Ordinal)
            && !resource.StartsWith("arn:aws:states:::s3:listObjectsV2", StringComparison.Ordinal))
        {
            _ctx.Report(rp + "/Resource", "ItemReader Resource must be arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
        }

        var config = r["ReaderConfig"] as JsonObject ?? [];
        var cp = rp + "/ReaderConfig";
        var inputType = _ctx.String(config, "InputType", cp) ?? (resource.Contains("listObjectsV2", StringComparison.Ordinal) ? "LIST" : "JSON");
        if (inputType is not ("JSON" or "JSONL" or "CSV" or "MANIFEST" or "PARQUET" or "LIST"))
        {
            _ctx.Report(cp + "/InputType", "InputType must be CSV, JSON, JSONL, MANIFEST or PARQUET");
        }

        List<string>? headers = null;
        if (config["CSVHeaders"] is JsonArray h)
        {
            headers = [.. h.Select(x => JsonValues.TryGetString(x, out var s) ? s : "")];
        }

        var headerLocation = _ctx.String(config, "CSVHeaderLocation", cp);
        if (headerLocation == "GIVEN" && headers is null)
        {
            _ctx.Report(cp, "CSVHeaderLocation GIVEN requires CSVHeaders");
        }

        return new ItemReaderConfig(resource, _ctx.Template(r, "Parameters", rp), inputType, headerLocation, headers,
            _ctx.String(config, "CSVDelimiter", cp), _ctx.Integer(config, "MaxItems", cp, 0, 100_000_000),
            _ctx.Path(config, "MaxItemsPath", cp));
    }

    private ItemBatcherConfig? ParseItemBatcher(JsonObject o, string p)
    {
        if (o["ItemBatcher"] is not JsonObject b)
        {
            return null;
        }

        var bp = p + "/ItemBatcher";
        return new ItemBatcherConfig(
            _ctx.Integer(b, "MaxItemsPerBatch", bp, 1), _ctx.Path(b, "MaxItemsPerBatchPath", bp),
            _ctx.Integer(b, "MaxInputBytesPerBatch", bp, 1, 262144), _ctx.Path(b, "MaxInputBytesPerBatchPath", bp),
            _ctx.Template(b, "BatchInput", bp));
    }

    private ResultWriterConfig? ParseResultWriter(JsonObject o, string p)
    {
        if (o["ResultWriter"] is not JsonObject w)
        {
            return null;
        }

        var wp = p + "/ResultWriter";
        var config = w["WriterConfig"] as JsonObject;
        var transformation = config is null ? "NONE" : _ctx.String(config, "Transformation", wp + "/WriterConfig") ?? "NONE";
        var outputType = config is null ? "JSON" : _ctx.String(config, "OutputType", wp + "/WriterConfig") ?? "JSON";
        if (transformation is not ("NONE" or "COMPACT" or "FLATTEN"))
        {
            _ctx.Report(wp + "/WriterConfig/Transformation", "Transformation must be NONE, COMPACT or FLATTEN");
        }

        if (outputType is not ("JSON" or "JSONL"))
        {
            _ctx.Report(wp + "/WriterConfig/OutputType", "OutputType must be JSON or JSONL");
        }

        var resource = _ctx.String(w, "Resource", wp);
        var hasParams = w.ContainsKey("Parameters") || w.ContainsKey("Arguments");
        if ((resource is null) != !hasParams)
        {
            _ctx.Report(wp, "ResultWriter needs Resource and Parameters together");
        }

        var parameters = _ctx.Template(w, "Parameters", wp)
                         ?? (w.TryGetPropertyValue("Arguments", out var args) ? new QueryLanguages.JsonataPayloadTemplate(args, "ResultWriter/Arguments") : null);
        return new ResultWriterConfig(resource, parameters, transformation, outputType, w.DeepClone());
    }
}
