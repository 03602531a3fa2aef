using Lucene.Net.Analysis.CharFilters;

namespace MMM.Statements.Analysis;

/// <summary>
/// Step 1 of the chain as a Lucene char filter: the text through <see cref="Normalizer"/> (NFKC, spaces, apostrophe
/// look-alikes, soft hyphens, bidi and control characters removed), with offset corrections so that highlighting
/// marks the words where they stand in the original text. Lucene's ICU normaliser would bring an alpha ICU package.
/// </summary>
internal sealed class NormalizingCharFilter : BaseCharFilter
{
    private string? _text;
    private int _position;

    public NormalizingCharFilter(TextReader input) : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_text is null)
        {
            Fill();
        }
        var left = _text!.Length - _position;
        if (left <= 0)
        {
            return 0;
        }
        var n = Math.Min(count, left);
        _text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read() => Read(new char[1], 0, 1) == 0 ? -1 : _text![_position - 1];

    private void Fill()
    {
        var normalized = Normalizer.Normalize(m_input.ReadToEnd() ?? "");
        _text = normalized.Text;
        var diff = 0;
        for (var i = 0; i < _text.Length; i++)
        {
            var shift = normalized.OriginalStart(i) - i;
            if (shift != diff)
            {
                AddOffCorrectMap(i, shift);
                diff = shift;
            }
        }
        if (_text.Length > 0)
        {
            // The end of the last character, so that a word's end offset is true after a removed character.
            var end = normalized.OriginalEnd(_text.Length - 1) - _text.Length;
            if (end != diff)
            {
                AddOffCorrectMap(_text.Length, end);
            }
        }
    }
}
