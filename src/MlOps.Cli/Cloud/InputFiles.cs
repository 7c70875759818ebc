namespace MlOps.Cli.Cloud;

/// <summary>Reads files the user names, turning "not there" into one clear line.</summary>
internal static class InputFiles
{
    public static string ReadText(string path, string option) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliException($"{option} {path}: file not found");

    public static byte[] ReadBytes(string path, string option) =>
        File.Exists(path) ? File.ReadAllBytes(path) : throw new CliException($"{option} {path}: file not found");

    /// <summary>An inline JSON value, or <c>@file</c>.</summary>
    public static string JsonArgument(string value, string option) =>
        value.StartsWith('@') ? ReadText(value[1..], option) : value;
}
