using System.Text;

namespace MMM.Statements.Analysis.Stemming;

/// <summary>
/// The word being stemmed. Snowball's backward steps only ever change the end of the word, so the region
/// marks (RV, R1, R2) computed at the start stay valid as positions from the start.
/// </summary>
internal sealed class SnowballWord
{
    private readonly StringBuilder _chars;

    public SnowballWord(string word) => _chars = new StringBuilder(word, word.Length + 4);

    public int Length => _chars.Length;

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public bool EndsWith(string suffix)
    {
        var n = suffix.Length;
        if (n > _chars.Length)
        {
            return false;
        }
        var offset = _chars.Length - n;
        for (var i = 0; i < n; i++)
        {
            if (_chars[offset + i] != suffix[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="s"/> occurs at <paramref name="at"/>.</summary>
    public bool At(int at, string s)
    {
        if (at < 0 || at + s.Length > _chars.Length)
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (_chars[at + i] != s[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The longest of <paramref name="byLengthDescending"/> the word ends with and that starts at or after
    /// <paramref name="limit"/> (Snowball's <c>setlimit</c>), or null.
    /// </summary>
    public string? LongestSuffix(string[] byLengthDescending, int limit = 0)
    {
        foreach (var suffix in byLengthDescending)
        {
            if (_chars.Length - suffix.Length >= limit && EndsWith(suffix))
            {
                return suffix;
            }
        }
        return null;
    }

    /// <summary>Start position of a suffix of the given length.</summary>
    public int StartOf(string suffix) => _chars.Length - suffix.Length;

    public void Cut(int count) => _chars.Length -= count;

    public void ReplaceEnd(int count, string replacement)
    {
        _chars.Length -= count;
        _chars.Append(replacement);
    }

    public void Replace(int at, int count, string replacement)
    {
        _chars.Remove(at, count);
        _chars.Insert(at, replacement);
    }

    public override string ToString() => _chars.ToString();

    /// <summary>Sorts a suffix list longest first, as <see cref="LongestSuffix"/> expects.</summary>
    public static string[] Longest(params string[] suffixes)
    {
        var copy = (string[])suffixes.Clone();
        Array.Sort(copy, (a, b) => b.Length.CompareTo(a.Length));
        return copy;
    }
}
