using System.Text.Json;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ariadne.Analysis.Ingest.Html;

/// <summary>Pulls the contract fields out of one HTML page: title, visible text, canonical URL, date, images.</summary>
internal static class HtmlPageExtractor
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "template", "head", "svg", "iframe", "object",
    };

    // Elements that start a new line of text; inline elements (a, span, b, …) join their neighbours.
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "label",
    };

    public static RecordFields Extract(byte[] page, string fileName)
    {
        var parser = new HtmlParser();
        using var stream = new MemoryStream(page, writable: false);
        using var document = parser.ParseDocument(stream);

        var fields = new RecordFields
        {
            Title = Clean(Meta(document, "og:title")) ?? Clean(document.Title),
            Url = Clean(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Clean(Meta(document, "og:url")),
            Source = Clean(Meta(document, "og:site_name")),
            Author = Clean(Meta(document, "author")),
            Language = Clean(document.DocumentElement?.GetAttribute("lang")),
            PostedAt = PostedAt(document),
        };
        fields.Id = fields.Url ?? fileName;

        foreach (var img in document.QuerySelectorAll("img[src]"))
        {
            AddImage(fields, img.GetAttribute("src"));
        }

        AddImage(fields, Meta(document, "og:image"));

        var root = document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body ?? document.DocumentElement;
        fields.Text = root is null ? string.Empty : VisibleText(root);
        return fields;
    }

    private static string? Meta(IDocument document, string name)
    {
        // Open Graph uses property=, but many pages write name=; accept both.
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static string? PostedAt(IDocument document)
    {
        return Clean(Meta(document, "article:published_time"))
            ?? Clean(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? JsonLdDatePublished(document)
            ?? Clean(Meta(document, "date"));
    }

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindDatePublished(json.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on scraped pages; the other date sources still apply.
            }
        }

        return null;
    }

    private static string? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 16)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                {
                    return Clean(property.Value.GetString());
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindDatePublished(property.Value, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDatePublished(item, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private static void AddImage(RecordFields fields, string? source)
    {
        var reference = Clean(source);
        if (reference is null || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || fields.Images.Contains(reference))
        {
            return;
        }

        fields.Images.Add(reference);
    }

    private static string VisibleText(IElement root)
    {
        // An explicit stack, not recursion: scraped pages can nest deeply enough to overflow the call stack.
        var text = new CollapsingTextBuilder();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var block = BlockElements.Contains(element.LocalName);
            if (leaving)
            {
                if (block)
                {
                    text.Break();
                }

                continue;
            }

            if (SkippedElements.Contains(element.LocalName))
            {
                continue;
            }

            if (block)
            {
                text.Break();
            }

            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return text.ToString();
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
