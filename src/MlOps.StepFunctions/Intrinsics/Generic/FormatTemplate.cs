using System.Text;

namespace MlOps.StepFunctions.Intrinsics.Generic;

/// <summary>
/// A States.Format template split into literal text and <c>{}</c> placeholders. In a template written as a
/// literal, <c>\{</c> and <c>\}</c> are plain braces; any other lone <c>{</c> or <c>}</c> makes it invalid.
/// </summary>
internal sealed class FormatTemplate
{
    private readonly List<string> _literals;

    private FormatTemplate(List<string> literals) => _literals = literals;

    /// <summary>How many <c>{}</c> placeholders the template has.</summary>
    public int PlaceholderCount => _literals.Count - 1;

    /// <summary>Splits <paramref name="template"/>; <paramref name="hasEscapes"/> when it is the raw text of a literal.</summary>
    public static FormatTemplate? TryParse(string template, bool hasEscapes)
    {
        var literals = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (hasEscapes && c == '\\' && i + 1 < template.Length)
            {
                current.Append(template[++i]);
            }
            else if (c == '{' && i + 1 < template.Length && template[i + 1] == '}')
            {
                literals.Add(current.ToString());
                current.Clear();
                i++;
            }
            else if (c is '{' or '}')
            {
                return null;
            }
            else
            {
                current.Append(c);
            }
        }

        literals.Add(current.ToString());
        return new FormatTemplate(literals);
    }

    /// <summary>The template with placeholder <c>i</c> replaced by <paramref name="values"/>[i].</summary>
    public string Fill(IReadOnlyList<string> values)
    {
        if (values.Count == 1)
        {
            // The common one-placeholder case, without a builder.
            return string.Concat(_literals[0], values[0], _literals[1]);
        }

        var sb = new StringBuilder(_literals[0]);
        for (var i = 0; i < values.Count; i++)
        {
            sb.Append(values[i]).Append(_literals[i + 1]);
        }

        return sb.ToString();
    }
}
