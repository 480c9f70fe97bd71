using System.Text;

namespace Ariadne.Analysis.Ingest.Html;

/// <summary>
/// Builds page text the way a reader sees it: runs of whitespace become one space, and block boundaries become one
/// line break, so words from neighbouring paragraphs never run together and a phone number never spans paragraphs.
/// </summary>
internal sealed class CollapsingTextBuilder
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private bool _pendingBreak;

    public int Length => _text.Length;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_text.Length > 0)
            {
                if (_pendingBreak)
                {
                    _text.Append('\n');
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
            }

            _pendingBreak = false;
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    public void Break() => _pendingBreak = true;

    public override string ToString() => _text.ToString();
}
