namespace Ariadne.Scoring.Matching;

/// <summary>Checks a rule phrase before it is compiled (the validator reports the message with file and line).</summary>
internal static class PhrasePattern
{
    /// <summary>Pattern positions in one phrase (a gap counts as one).</summary>
    public const int MaxTokens = 12;

    /// <summary>Words of text one match may cover, gaps included.</summary>
    public const int MaxSpan = 24;

    /// <summary>Null when the phrase is usable, else what is wrong with it.</summary>
    public static string? Validate(string phrase)
    {
        var (tokens, error) = PatternParser.Parse(phrase);
        if (error is not null)
        {
            return error;
        }

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
            foreach (var word in token.Alternatives)
            {
                if (word.StartsWith('{') && !Placeholders.IsKnown(word))
                {
                    return $"unknown placeholder '{word}' (use {{phone}}, {{email}}, {{url}}, {{handle}}, {{crypto}}, {{age}}, {{price}}, {{name}}, {{location}})";
                }
            }
        }

        if (tokens[0].Kind == PatternTokenKind.Gap || tokens[^1].Kind == PatternTokenKind.Gap)
        {
            return "a gap (~N) goes between words, never at the start or end of a phrase";
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == PatternTokenKind.Gap && tokens[i - 1].Kind == PatternTokenKind.Gap)
            {
                return "two gaps in a row: write one wider gap";
            }
        }

        if (tokens.All(t => t.Kind == PatternTokenKind.Gap || t.Alternatives.All(a => a.StartsWith('{'))))
        {
            return "phrase needs at least one word besides placeholders";
        }

        if (PhraseTrie.Expansions(tokens) > PhraseTrie.MaxExpansions)
        {
            return $"the choices in this phrase make more than {PhraseTrie.MaxExpansions} phrases; split it";
        }

        return null;
    }
}
