namespace Ariadne.Scoring.Matching;

/// <summary>Checks a rule phrase before it is compiled (the validator reports the message with file and line).</summary>
internal static class PhrasePattern
{
    public const int MaxTokens = 12;

    /// <summary>Null when the phrase is usable, else what is wrong with it.</summary>
    public static string? Validate(string phrase)
    {
        var tokens = Tokenizer.PatternTokens(phrase);
        if (tokens.Count == 0)
        {
            return "phrase has no words";
        }

        if (tokens.Count > MaxTokens)
        {
            return $"phrase has {tokens.Count} words; at most {MaxTokens}";
        }

        foreach (var token in tokens)
        {
            if (token.StartsWith('{') && !Placeholders.IsKnown(token))
            {
                return $"unknown placeholder '{token}' (use {{phone}}, {{email}}, {{url}}, {{handle}}, {{crypto}}, {{age}}, {{price}}, {{name}}, {{location}})";
            }
        }

        if (tokens.All(t => t.StartsWith('{')))
        {
            return "phrase needs at least one word besides placeholders";
        }

        return null;
    }
}
