namespace MlOps.StepFunctions.Choice;

/// <summary><c>StringMatches</c>: <c>*</c> matches any run of characters; <c>\*</c> and <c>\\</c> are literal.</summary>
internal static class StringMatcher
{
    public static bool IsMatch(string text, string pattern) => IsMatch(text, Compile(pattern));

    /// <summary>Splits a pattern into literal characters and stars, once.</summary>
    public static (char C, bool Star)[] Compile(string pattern)
    {
        var tokens = new List<(char C, bool Star)>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                tokens.Add((pattern[++i], false));
            }
            else
            {
                tokens.Add((pattern[i], pattern[i] == '*'));
            }
        }

        return [.. tokens];
    }

    public static bool IsMatch(string text, (char C, bool Star)[] tokens)
    {
        // Greedy wildcard matching with backtracking to the last star.
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < tokens.Length && !tokens[p].Star && tokens[p].C == text[t])
            {
                t++;
                p++;
            }
            else if (p < tokens.Length && tokens[p].Star)
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < tokens.Length && tokens[p].Star)
        {
            p++;
        }

        return p == tokens.Length;
    }
}
