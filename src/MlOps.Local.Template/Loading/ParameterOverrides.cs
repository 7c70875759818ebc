using MlOps.Local.Template.Errors;

namespace MlOps.Local.Template.Loading;

/// <summary>Parses SAM's <c>--parameter-overrides</c> forms: <c>Key=Value</c> and <c>ParameterKey=K,ParameterValue=V</c>.</summary>
public static class ParameterOverrides
{
    /// <summary>Parses every argument; a malformed one is a <see cref="TemplateException"/>.</summary>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments.SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (argument.StartsWith("ParameterKey=", StringComparison.Ordinal))
            {
                var comma = argument.IndexOf(",ParameterValue=", StringComparison.Ordinal);
                if (comma < 0)
                {
                    throw new TemplateException($"--parameter-overrides: '{argument}' lacks ',ParameterValue='");
                }

                result[argument["ParameterKey=".Length..comma]] = argument[(comma + ",ParameterValue=".Length)..];
                continue;
            }

            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new TemplateException($"--parameter-overrides: '{argument}' is not Key=Value");
            }

            result[argument[..eq]] = argument[(eq + 1)..];
        }

        return result;
    }
}
