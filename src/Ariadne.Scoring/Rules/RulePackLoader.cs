using System.Globalization;
using Ariadne.Scoring.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ariadne.Scoring.Rules;

/// <summary>
/// Reads and validates rule packs (schema in rules/README.md). Every problem is collected with its file, line and
/// field, so one run tells the author everything to fix; a pack with any problem is rejected whole.
/// </summary>
public static class RulePackLoader
{
    private static readonly HashSet<string> PackFields = new(StringComparer.Ordinal) { "pack", "version", "rules" };

    private static readonly HashSet<string> RuleFields = new(StringComparer.Ordinal)
    {
        "id", "version", "category", "description", "likelihood_ratio", "evidence", "source", "cite", "patterns", "signal", "examples",
    };

    /// <summary>The packs shipped in the assembly (copied from rules/*.yaml at build time).</summary>
    public static IReadOnlyList<RulePack> LoadEmbedded()
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var packs = new List<RulePack>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Ariadne.Scoring.rules.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            packs.Add(Parse(reader.ReadToEnd(), "rules/" + name["Ariadne.Scoring.rules.".Length..]));
        }

        return packs;
    }

    public static RulePack LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates one pack; throws <see cref="RulePackException"/> listing every problem.</summary>
    public static RulePack Parse(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new List<RuleProblem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new RulePackException([new RuleProblem(file, (int)ex.Start.Line, "(syntax)", ex.Message)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new RulePackException([new RuleProblem(file, 1, "(root)", "expected one YAML mapping with pack, version and rules")]);
        }

        var ctx = new Context(file, problems);
        ctx.UnknownFields(root, PackFields, string.Empty);
        var name = ctx.RequiredString(root, "pack", string.Empty);
        var version = ctx.RequiredInt(root, "version", string.Empty);
        var rules = new List<IndicatorRule>();
        if (Context.Child(root, "rules") is YamlSequenceNode list)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Children.Count; i++)
            {
                var prefix = $"rules[{i}].";
                if (list.Children[i] is not YamlMappingNode node)
                {
                    ctx.Add(list.Children[i], prefix.TrimEnd('.'), "expected a mapping");
                    continue;
                }

                if (ReadRule(ctx, node, prefix) is { } rule)
                {
                    if (!ids.Add(rule.Id))
                    {
                        ctx.Add(node, prefix + "id", $"duplicate rule id '{rule.Id}'");
                    }

                    rules.Add(rule);
                }
            }
        }
        else
        {
            ctx.Add(root, "rules", "required: a list of rules");
        }

        if (problems.Count > 0)
        {
            throw new RulePackException(problems);
        }

        return new RulePack { Name = name!, Version = version, SourceFile = file, Rules = rules };
    }

    private static IndicatorRule? ReadRule(Context ctx, YamlMappingNode node, string prefix)
    {
        var before = ctx.Problems.Count;
        ctx.UnknownFields(node, RuleFields, prefix);
        var id = ctx.RequiredString(node, "id", prefix);
        if (id is not null && !IsRuleId(id))
        {
            ctx.Add(Context.Child(node, "id")!, prefix + "id", $"'{id}' must be lower-case letters, digits, '.' and '-'");
        }

        var version = ctx.RequiredInt(node, "version", prefix);
        var category = ctx.RequiredString(node, "category", prefix);
        if (category is not null && !RuleCategories.All.Contains(category))
        {
            ctx.Add(Context.Child(node, "category")!, prefix + "category", $"unknown category '{category}': use one of " + string.Join(", ", RuleCategories.All.Order(StringComparer.Ordinal)));
        }

        var description = ctx.RequiredString(node, "description", prefix);
        var ratio = ctx.RequiredDouble(node, "likelihood_ratio", prefix);
        if (Context.Child(node, "likelihood_ratio") is { } lr && !double.IsNaN(ratio))
        {
            if (ratio is <= 0 or > 100 or 1)
            {
                ctx.Add(lr, prefix + "likelihood_ratio", "must be greater than 0, at most 100 and not 1 (a ratio of 1 is no evidence)");
            }
            else if (category == RuleCategories.Movement && ratio > 1)
            {
                ctx.Add(lr, prefix + "likelihood_ratio", "movement wording is a counter-indicator: it is about 70% less likely in trafficking ads (Lugo-Graulich et al. 2024), so its ratio must be below 1");
            }
            else if (category is not null && category != RuleCategories.Movement && ratio < 1)
            {
                ctx.Add(lr, prefix + "likelihood_ratio", $"only movement rules may lower the risk; a '{category}' rule needs a ratio above 1");
            }
        }

        var evidence = ctx.RequiredString(node, "evidence", prefix);
        var source = ctx.RequiredString(node, "source", prefix);
        var cite = ctx.RequiredString(node, "cite", prefix);
        if (cite is { Length: > 60 })
        {
            ctx.Add(Context.Child(node, "cite")!, prefix + "cite", "a short citation (at most 60 characters); the full one goes in 'source'");
        }
        SignalKind? signal = null;
        if (Context.Child(node, "signal") is { } s)
        {
            signal = ParseSignal((s as YamlScalarNode)?.Value);
            if (signal is null)
            {
                ctx.Add(s, prefix + "signal", "must be one of " + string.Join(", ", SignalNames.Keys));
            }
        }

        var phrases = ReadPatterns(ctx, node, prefix, signal is not null);
        if (signal is { } k && k.IsNetwork() && phrases.Count > 0)
        {
            ctx.Add(Context.Child(node, "patterns")!, prefix + "patterns", "a network signal is computed from linked ads, not from wording: remove the patterns");
        }

        // A network signal has no text to give as an example; its tests build linked ads instead.
        var (must, mustNot) = signal is { } n && n.IsNetwork() && Context.Child(node, "examples") is null ? ([], []) : ReadExamples(ctx, node, prefix);
        if (ctx.Problems.Count > before)
        {
            return null;
        }

        return new IndicatorRule
        {
            Id = id!,
            Version = version,
            Category = category!,
            Description = description!,
            LikelihoodRatio = ratio,
            Evidence = evidence!,
            Source = source!,
            Cite = cite!,
            Phrases = phrases,
            Signal = signal,
            MustMatch = must,
            MustNotMatch = mustNot,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadPatterns(Context ctx, YamlMappingNode node, string prefix, bool hasSignal)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var field = prefix + "patterns";
        var child = Context.Child(node, "patterns");
        if (child is null)
        {
            if (!hasSignal)
            {
                ctx.Add(node, field, "required (phrases per language) unless the rule has a signal");
            }

            return result;
        }

        if (child is not YamlMappingNode languages)
        {
            ctx.Add(child, field, "expected a mapping of language code to a list of phrases");
            return result;
        }

        foreach (var (key, value) in languages.Children)
        {
            var lang = (key as YamlScalarNode)?.Value ?? string.Empty;
            var langField = field + "." + lang;
            if (lang.Length != 2 || !lang.All(char.IsAsciiLetterLower))
            {
                ctx.Add(key, langField, "language must be a two-letter lower-case ISO 639-1 code");
                continue;
            }

            if (value is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                ctx.Add(value, langField, "expected a non-empty list of phrases");
                continue;
            }

            var list = new List<string>();
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var text = (seq.Children[i] as YamlScalarNode)?.Value;
                var error = text is null ? "expected a phrase string" : PhrasePattern.Validate(text);
                if (error is not null)
                {
                    ctx.Add(seq.Children[i], $"{langField}[{i}]", error);
                    continue;
                }

                list.Add(text!);
            }

            result[lang] = list;
        }

        if (!hasSignal)
        {
            foreach (var lang in RuleCategories.RequiredLanguages.Where(l => !result.ContainsKey(l)))
            {
                ctx.Add(child, field + "." + lang, "missing: every phrase rule covers " + string.Join(", ", RuleCategories.RequiredLanguages));
            }
        }

        return result;
    }

    private static (List<string> Must, List<string> MustNot) ReadExamples(Context ctx, YamlMappingNode node, string prefix)
    {
        List<string> must = [], mustNot = [];
        var field = prefix + "examples";
        if (Context.Child(node, "examples") is not YamlMappingNode examples)
        {
            ctx.Add(Context.Child(node, "examples") ?? node, field, "required: a mapping with 'match' and 'no_match' lists");
            return (must, mustNot);
        }

        ctx.UnknownFields(examples, new HashSet<string>(StringComparer.Ordinal) { "match", "no_match" }, field + ".");
        foreach (var (key, target) in new[] { ("match", must), ("no_match", mustNot) })
        {
            if (Context.Child(examples, key) is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                ctx.Add(Context.Child(examples, key) ?? examples, field + "." + key, "required: at least one example text");
                continue;
            }

            for (var i = 0; i < seq.Children.Count; i++)
            {
                if (seq.Children[i] is YamlScalarNode { Value: { Length: > 0 } text })
                {
                    target.Add(text);
                }
                else
                {
                    ctx.Add(seq.Children[i], $"{field}.{key}[{i}]", "expected a non-empty string");
                }
            }
        }

        return (must, mustNot);
    }

    private static readonly Dictionary<string, SignalKind> SignalNames = new(StringComparer.Ordinal)
    {
        ["obfuscated-phone"] = SignalKind.ObfuscatedPhone,
        ["stated-age-under-18"] = SignalKind.StatedAgeUnder18,
        ["price-far-below-median"] = SignalKind.PriceFarBelowMedian,
        ["network-rotating-phones"] = SignalKind.NetworkRotatingPhones,
        ["network-controlled-movement"] = SignalKind.NetworkControlledMovement,
        ["network-personas"] = SignalKind.NetworkPersonas,
    };

    private static SignalKind? ParseSignal(string? value) => value is not null && SignalNames.TryGetValue(value, out var kind) ? kind : null;

    private static bool IsRuleId(string id) =>
        id.Length is > 0 and <= 80 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-');

    private sealed class Context(string file, List<RuleProblem> problems)
    {
        public List<RuleProblem> Problems => problems;

        public void Add(YamlNode node, string field, string message) =>
            problems.Add(new RuleProblem(file, (int)node.Start.Line, field, message));

        public static YamlNode? Child(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        public void UnknownFields(YamlMappingNode node, HashSet<string> allowed, string prefix)
        {
            foreach (var key in node.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "?";
                if (!allowed.Contains(name))
                {
                    Add(key, prefix + name, "unknown field (allowed: " + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + ")");
                }
            }
        }

        public string? RequiredString(YamlMappingNode node, string key, string prefix)
        {
            var child = Child(node, key);
            if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
            {
                return v.Trim();
            }

            Add(child ?? node, prefix + key, child is null ? "required" : "expected a non-empty string");
            return null;
        }

        public int RequiredInt(YamlMappingNode node, string key, string prefix)
        {
            var child = Child(node, key);
            if (child is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return n;
            }

            Add(child ?? node, prefix + key, child is null ? "required" : "expected a whole number of at least 1");
            return 0;
        }

        public double RequiredDouble(YamlMappingNode node, string key, string prefix)
        {
            var child = Child(node, key);
            if (child is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                return d;
            }

            Add(child ?? node, prefix + key, child is null ? "required" : "expected a number");
            return double.NaN;
        }
    }
}
