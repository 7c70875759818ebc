using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Errors;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Services.Glue;

/// <summary>
/// The Glue Data Catalog as one JSON file (<c>glue/catalog.json</c> under the state directory), answering the
/// calls the state machines make through <c>arn:aws:states:::aws-sdk:glue:*</c> with Glue's response shapes
/// and error names.
/// </summary>
public sealed class GlueCatalog(string home, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock _gate = new();

    /// <summary>The catalog file.</summary>
    public string FilePath { get; } = Path.Combine(home, "glue", "catalog.json");

    /// <summary>Creates the template's <c>AWS::Glue::Database</c> and <c>AWS::Glue::Table</c> resources when missing.</summary>
    public void Seed(LoadedTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        lock (_gate)
        {
            var catalog = Read();
            foreach (var db in template.Resources.Where(r => r.Type == "AWS::Glue::Database"))
            {
                Databases(catalog)[db.PhysicalId] ??= Stamp(db.Properties["DatabaseInput"]?.DeepClone() as JsonObject ?? new JsonObject { ["Name"] = db.PhysicalId });
            }

            foreach (var table in template.Resources.Where(r => r.Type == "AWS::Glue::Table"))
            {
                var dbName = table.Properties["DatabaseName"]?.ToString() ?? string.Empty;
                var db = Databases(catalog)[dbName] as JsonObject;
                if (db is not null)
                {
                    var tables = db["Tables"] as JsonObject ?? (JsonObject)(db["Tables"] = new JsonObject());
                    tables[table.PhysicalId] ??= Stamp(table.Properties["TableInput"]?.DeepClone() as JsonObject ?? []);
                }
            }

            Write(catalog);
        }
    }

    /// <summary>Runs one Glue API action (<c>createDatabase</c>, <c>getTable</c>, <c>batchCreatePartition</c>, ...).</summary>
    /// <exception cref="ServiceErrorException">Glue's error (<c>Glue.EntityNotFoundException</c>, <c>Glue.AlreadyExistsException</c>, ...).</exception>
    public JsonObject Call(string action, JsonObject parameters)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(parameters);
        lock (_gate)
        {
            var catalog = Read();
            var result = action.ToUpperInvariant() switch
            {
                "CREATEDATABASE" => CreateDatabase(catalog, parameters),
                "GETDATABASE" => new JsonObject { ["Database"] = Database(catalog, Text(parameters, "Name")).DeepClone() },
                "CREATETABLE" => CreateTable(catalog, parameters),
                "GETTABLE" => new JsonObject { ["Table"] = Table(catalog, Text(parameters, "DatabaseName"), Text(parameters, "Name")).DeepClone() },
                "BATCHCREATEPARTITION" => BatchCreatePartition(catalog, parameters),
                "CREATEPARTITION" => CreatePartition(catalog, parameters),
                "GETPARTITIONS" => GetPartitions(catalog, parameters),
                _ => throw new ServiceErrorException("States.Runtime", $"glue:{action} is not supported by the local catalog"),
            };
            Write(catalog);
            return result;
        }
    }

    private JsonObject CreateDatabase(JsonObject catalog, JsonObject p)
    {
        var input = p["DatabaseInput"] as JsonObject ?? throw Invalid("DatabaseInput is required");
        var name = Text(input, "Name");
        if (Databases(catalog).ContainsKey(name))
        {
            throw new ServiceErrorException("Glue.AlreadyExistsException", $"Database already exists: {name}");
        }

        Databases(catalog)[name] = Stamp((JsonObject)input.DeepClone());
        return [];
    }

    private JsonObject CreateTable(JsonObject catalog, JsonObject p)
    {
        var db = Database(catalog, Text(p, "DatabaseName"));
        var input = p["TableInput"] as JsonObject ?? throw Invalid("TableInput is required");
        var tables = db["Tables"] as JsonObject ?? (JsonObject)(db["Tables"] = new JsonObject());
        var name = Text(input, "Name");
        if (tables.ContainsKey(name))
        {
            throw new ServiceErrorException("Glue.AlreadyExistsException", $"Table already exists: {name}");
        }

        tables[name] = Stamp((JsonObject)input.DeepClone());
        return [];
    }

    private JsonObject BatchCreatePartition(JsonObject catalog, JsonObject p)
    {
        var table = Table(catalog, Text(p, "DatabaseName"), Text(p, "TableName"));
        var errors = new JsonArray();
        foreach (var input in p["PartitionInputList"] as JsonArray ?? throw Invalid("PartitionInputList is required"))
        {
            if (!TryAddPartition(table, input as JsonObject ?? throw Invalid("a partition input must be an object"), out var key))
            {
                errors.Add(new JsonObject
                {
                    ["PartitionValues"] = input!["Values"]?.DeepClone(),
                    ["ErrorDetail"] = new JsonObject { ["ErrorCode"] = "AlreadyExistsException", ["ErrorMessage"] = $"Partition already exists: {key}" },
                });
            }
        }

        return new JsonObject { ["Errors"] = errors };
    }

    private JsonObject CreatePartition(JsonObject catalog, JsonObject p)
    {
        var table = Table(catalog, Text(p, "DatabaseName"), Text(p, "TableName"));
        return TryAddPartition(table, p["PartitionInput"] as JsonObject ?? throw Invalid("PartitionInput is required"), out var key)
            ? []
            : throw new ServiceErrorException("Glue.AlreadyExistsException", $"Partition already exists: {key}");
    }

    private static JsonObject GetPartitions(JsonObject catalog, JsonObject p)
    {
        var table = Table(catalog, Text(p, "DatabaseName"), Text(p, "TableName"));
        var partitions = (table["Partitions"] as JsonObject ?? []).Select(kv => kv.Value?.DeepClone()).ToArray();
        return new JsonObject { ["Partitions"] = new JsonArray(partitions) };
    }

    private bool TryAddPartition(JsonObject table, JsonObject input, out string key)
    {
        var values = input["Values"] as JsonArray ?? throw Invalid("Values is required");
        key = string.Join('/', values.Select(v => v?.ToString()));
        var partitions = table["Partitions"] as JsonObject ?? (JsonObject)(table["Partitions"] = new JsonObject());
        if (partitions.ContainsKey(key))
        {
            return false;
        }

        partitions[key] = Stamp((JsonObject)input.DeepClone());
        return true;
    }

    private static JsonObject Databases(JsonObject catalog) =>
        catalog["Databases"] as JsonObject ?? (JsonObject)(catalog["Databases"] = new JsonObject());

    private static JsonObject Database(JsonObject catalog, string name) =>
        Databases(catalog)[name] as JsonObject ?? throw new ServiceErrorException("Glue.EntityNotFoundException", $"Database {name} not found.");

    private static JsonObject Table(JsonObject catalog, string db, string name) =>
        Database(catalog, db)["Tables"]?[name] as JsonObject
        ?? throw new ServiceErrorException("Glue.EntityNotFoundException", $"Table {name} not found in database {db}.");

    private JsonObject Stamp(JsonObject node)
    {
        node["CreateTime"] ??= clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return node;
    }

    private static string Text(JsonObject p, string name) =>
        p[name]?.ToString() is { Length: > 0 } s ? s : throw Invalid($"{name} is required");

    private static ServiceErrorException Invalid(string message) => new("Glue.InvalidInputException", message);

    private JsonObject Read() =>
        File.Exists(FilePath) ? JsonNode.Parse(File.ReadAllText(FilePath)) as JsonObject ?? [] : [];

    private void Write(JsonObject catalog)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temp = FilePath + ".tmp";
        File.WriteAllText(temp, catalog.ToJsonString(Indented));
        File.Move(temp, FilePath, overwrite: true);
    }
}
