namespace Ariadne.Linking.Templates;

/// <summary>
/// Finds the template of a text family in the spirit of InfoShield (Lee et al., ICDE 2021): align each copy with the
/// template so far by a longest common subsequence of words; template words a copy does not have become slots, and
/// words a copy inserts between two template words open a slot there. What survives every copy is the template.
/// Words compare case-insensitively with digits masked, so prices and phone numbers fall into slots. Quadratic in
/// the text length per copy, so callers pass a sample of a large family.
/// </summary>
public static class TemplateBuilder
{
    private sealed class Item(string text, string key, bool slot)
    {
        public string Text { get; } = text;

        public string Key { get; } = key;

        public bool Slot { get; set; } = slot;
    }

    public static TextTemplate Build(IReadOnlyList<string> texts, int maxDocuments = 25)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return new TextTemplate([], 0);
        }

        var items = Words(texts[0]).Select(w => new Item(w, Key(w), false)).ToList();
        var used = Math.Min(texts.Count, maxDocuments);
        for (var t = 1; t < used; t++)
        {
            items = Align(items, Words(texts[t]));
        }

        var parts = new List<TemplatePart>();
        var fixedWords = 0;
        foreach (var item in items)
        {
            if (!item.Slot)
            {
                fixedWords++;
            }

            if (parts.Count > 0 && parts[^1].IsSlot == item.Slot)
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + item.Text };
            }
            else
            {
                parts.Add(new TemplatePart(item.Text, item.Slot));
            }
        }

        return new TextTemplate(parts, texts.Count) { FixedShare = items.Count == 0 ? 0 : (double)fixedWords / items.Count };
    }

    private static List<Item> Align(List<Item> template, List<string> words)
    {
        var fixedItems = template.Where(i => !i.Slot).ToList();
        var keys = words.Select(Key).ToArray();
        var n = fixedItems.Count;
        var m = keys.Length;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = fixedItems[i].Key == keys[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        // Walk the alignment: matched template words stay fixed; unmatched ones become slots; a run of the copy's
        // own words between two matches marks a slot right there.
        var matched = new HashSet<Item>();
        var insertBefore = new HashSet<Item>();
        var insertAtEnd = false;
        int a = 0, b = 0;
        var pendingInsert = false;
        while (a < n && b < m)
        {
            if (fixedItems[a].Key == keys[b])
            {
                if (pendingInsert)
                {
                    insertBefore.Add(fixedItems[a]);
                    pendingInsert = false;
                }

                matched.Add(fixedItems[a]);
                a++;
                b++;
            }
            else if (lcs[a + 1, b] >= lcs[a, b + 1])
            {
                a++;
            }
            else
            {
                pendingInsert = true;
                b++;
            }
        }

        insertAtEnd = pendingInsert || b < m;
        var result = new List<Item>(template.Count + 4);
        foreach (var item in template)
        {
            if (insertBefore.Contains(item) && (result.Count == 0 || !result[^1].Slot))
            {
                result.Add(new Item("…", "\0slot", true));
            }

            if (!item.Slot && !matched.Contains(item))
            {
                item.Slot = true;
            }

            result.Add(item);
        }

        if (insertAtEnd && (result.Count == 0 || !result[^1].Slot))
        {
            result.Add(new Item("…", "\0slot", true));
        }

        return result;
    }

    private static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static string Key(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = char.IsDigit(c) ? '#' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }
}
