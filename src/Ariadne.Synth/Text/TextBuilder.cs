using System.Text;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>Builds ad text and records the UTF-16 span of every entity at the moment it is inserted.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _sb = new(512);
    private readonly List<TruthEntity> _entities = [];

    public int Length => _sb.Length;

    public IReadOnlyList<TruthEntity> Entities => _entities;

    public TextBuilder Append(string text)
    {
        _sb.Append(text);
        return this;
    }

    public TextBuilder Entity(string type, string value, string surface, bool obfuscated = false)
    {
        var start = _sb.Length;
        _sb.Append(surface);
        _entities.Add(new TruthEntity(type, value, start, _sb.Length, obfuscated));
        return this;
    }

    /// <summary>Appends another builder's text and entities (their spans shifted to where the text lands).</summary>
    public TextBuilder AppendFrom(TextBuilder other)
    {
        var offset = _sb.Length;
        _sb.Append(other._sb);
        foreach (var e in other._entities)
        {
            _entities.Add(e with { Start = e.Start + offset, End = e.End + offset });
        }

        return this;
    }

    public void TrimEnd()
    {
        while (_sb.Length > 0 && _sb[^1] == ' ')
        {
            _sb.Length--;
        }
    }

    public override string ToString() => _sb.ToString();
}
