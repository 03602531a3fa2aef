namespace MMM.Statements.Analysis.Stemming;

/// <summary>
/// The word being stemmed. Snowball's backward steps only ever change the end of the word, so the region
/// marks (RV, R1, R2) computed at the start stay valid as positions from the start.
/// </summary>
internal sealed class SnowballWord
{
    private char[] _chars;
    private int _length;

    public SnowballWord(string word)
    {
        _chars = new char[word.Length + 8];
        word.CopyTo(_chars);
        _length = word.Length;
    }

    public int Length => _length;

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public bool EndsWith(string suffix) =>
        suffix.Length <= _length && _chars.AsSpan(_length - suffix.Length, suffix.Length).SequenceEqual(suffix);

    /// <summary>True when <paramref name="s"/> occurs at <paramref name="at"/>.</summary>
    public bool At(int at, string s) =>
        at >= 0 && at + s.Length <= _length && _chars.AsSpan(at, s.Length).SequenceEqual(s);

    /// <summary>
    /// The longest of <paramref name="byLengthDescending"/> the word ends with and that starts at or after
    /// <paramref name="limit"/> (Snowball's <c>setlimit</c>), or null.
    /// </summary>
    public string? LongestSuffix(string[] byLengthDescending, int limit = 0)
    {
        if (_length == 0)
        {
            return null;
        }
        var last = _chars[_length - 1];
        foreach (var suffix in byLengthDescending)
        {
            if (suffix[^1] == last && _length - suffix.Length >= limit && EndsWith(suffix))
            {
                return suffix;
            }
        }
        return null;
    }

    /// <summary>Start position of <paramref name="suffix"/> when the word ends with it.</summary>
    public int StartOf(string suffix) => _length - suffix.Length;

    public void Cut(int count) => _length -= count;

    public void ReplaceEnd(int count, string replacement)
    {
        _length -= count;
        EnsureCapacity(_length + replacement.Length);
        replacement.CopyTo(_chars.AsSpan(_length));
        _length += replacement.Length;
    }

    public void Replace(int at, int count, string replacement)
    {
        var tail = _chars.AsSpan(at + count, _length - at - count).ToArray();
        _length = at;
        ReplaceEnd(0, replacement);
        ReplaceEnd(0, new string(tail));
    }

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Sorts a suffix list longest first, as <see cref="LongestSuffix"/> expects.</summary>
    public static string[] Longest(params string[] suffixes)
    {
        var copy = (string[])suffixes.Clone();
        Array.Sort(copy, (a, b) => b.Length.CompareTo(a.Length));
        return copy;
    }

    private void EnsureCapacity(int size)
    {
        if (size > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(size, _chars.Length * 2));
        }
    }
}
