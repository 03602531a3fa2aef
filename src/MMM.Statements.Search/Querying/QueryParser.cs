using System.Globalization;
using System.Text;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Parses Lucene's classic query syntax leniently: terms, "phrases", AND/OR/NOT, &amp;&amp;/||/!, +/-, parentheses,
/// field:value, prefix*, fuzzy~, year:[a TO b]. Whatever it cannot read degrades to plain words; it never throws
/// on user input.
/// </summary>
public static class QueryParser
{
    /// <summary>The most leaves a query keeps; the rest are dropped with <see cref="ParsedQuery.Truncated"/> set.</summary>
    public const int MaxLeaves = 32;

    public static ParsedQuery Parse(string? query)
    {
        var text = Sanitize(query ?? "");
        var tokens = Lex(text);
        var parser = new Parser(tokens);
        var node = parser.ParseAll();
        var leaves = 0;
        var truncated = false;
        node = node is null ? null : Limit(node, ref leaves, ref truncated);
        return new ParsedQuery(node, truncated, parser.ImplicitAndOnly);
    }

    /// <summary>Removes control, bidi and zero-width characters and normalises to NFC.</summary>
    public static string Sanitize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Lone surrogates first: Normalize throws on them.
        var valid = new StringBuilder(query.Length);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsHighSurrogate(c) && i + 1 < query.Length && char.IsLowSurrogate(query[i + 1]))
            {
                valid.Append(c).Append(query[++i]);
            }
            else
            {
                valid.Append(char.IsSurrogate(c) ? ' ' : c);
            }
        }
        var sb = new StringBuilder(query.Length);
        foreach (var rune in valid.ToString().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                sb.Append(' ');
                continue;
            }
            if (rune.Value == 0xFFFD)
            {
                sb.Append(' ');
                continue;
            }
            sb.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }
        return sb.ToString();
    }

    private static QueryNode? Limit(QueryNode node, ref int leaves, ref bool truncated)
    {
        switch (node)
        {
            case AndNode and:
            {
                var children = new List<QueryNode>();
                foreach (var child in and.Children)
                {
                    if (Limit(child, ref leaves, ref truncated) is { } kept)
                    {
                        children.Add(kept);
                    }
                }
                var excluded = new List<QueryNode>();
                foreach (var child in and.Excluded)
                {
                    if (Limit(child, ref leaves, ref truncated) is { } kept)
                    {
                        excluded.Add(kept);
                    }
                }
                return children.Count == 0 ? null : children.Count == 1 && excluded.Count == 0 ? children[0] : new AndNode(children, excluded);
            }
            case OrNode or:
            {
                var children = new List<QueryNode>();
                foreach (var child in or.Children)
                {
                    if (Limit(child, ref leaves, ref truncated) is { } kept)
                    {
                        children.Add(kept);
                    }
                }
                return children.Count == 0 ? null : children.Count == 1 ? children[0] : new OrNode(children);
            }
            default:
                if (leaves >= MaxLeaves)
                {
                    truncated = true;
                    return null;
                }
                leaves++;
                return node;
        }
    }

    private enum Kind { Word, Phrase, LParen, RParen, And, Or, Not, Plus, Minus, Field, Range }

    private readonly record struct Token(Kind Kind, string Text = "", bool Prefix = false, int Fuzzy = -1);

    private static List<Token> Lex(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ')
            {
                i++;
                continue;
            }
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»')
            {
                var end = i + 1;
                while (end < s.Length && s[end] is not ('"' or '“' or '”' or '«' or '»'))
                {
                    end++;
                }
                tokens.Add(new Token(Kind.Phrase, s[(i + 1)..Math.Min(end, s.Length)]));
                i = Math.Min(end + 1, s.Length);
                i = SkipModifiers(s, i, out _, out _);
                continue;
            }
            if (c == '(')
            {
                tokens.Add(new Token(Kind.LParen));
                i++;
                continue;
            }
            if (c == ')')
            {
                tokens.Add(new Token(Kind.RParen));
                i++;
                continue;
            }
            if ((c == '&' || c == '|') && i + 1 < s.Length && s[i + 1] == c)
            {
                tokens.Add(new Token(c == '&' ? Kind.And : Kind.Or));
                i += 2;
                continue;
            }
            if ((c == '+' || c == '-' || c == '!') && i + 1 < s.Length && s[i + 1] != ' ')
            {
                tokens.Add(new Token(c == '+' ? Kind.Plus : c == '-' ? Kind.Minus : Kind.Not));
                i++;
                continue;
            }
            if (c == '[' || c == '{')
            {
                var close = c == '[' ? ']' : '}';
                var end = s.IndexOf(close, i + 1);
                end = end < 0 ? s.Length : end;
                tokens.Add(new Token(Kind.Range, s[(i + 1)..end]));
                i = Math.Min(end + 1, s.Length);
                continue;
            }
            // A word runs to white space, a parenthesis, a quote or a colon; backslash escapes one character.
            var word = new StringBuilder();
            while (i < s.Length && s[i] is not (' ' or '(' or ')' or '"' or ':' or '“' or '”' or '«' or '»'))
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    word.Append(s[i + 1]);
                    i += 2;
                    continue;
                }
                word.Append(s[i]);
                i++;
            }
            var text = word.ToString();
            if (i < s.Length && s[i] == ':')
            {
                i++;
                var field = text.ToLowerInvariant();
                if (QueryFields.IsKnown(field))
                {
                    tokens.Add(new Token(Kind.Field, field));
                    continue;
                }
            }
            if (text.Length == 0)
            {
                // Only an unknown "field:" with nothing before the colon gets here; the colon is consumed.
                continue;
            }
            switch (text)
            {
                case "AND":
                    tokens.Add(new Token(Kind.And));
                    continue;
                case "OR":
                    tokens.Add(new Token(Kind.Or));
                    continue;
                case "NOT":
                    tokens.Add(new Token(Kind.Not));
                    continue;
            }
            tokens.Add(WordToken(text));
        }
        return tokens;
    }

    private static Token WordToken(string text)
    {
        var fuzzy = -1;
        var tilde = text.IndexOf('~');
        if (tilde >= 0)
        {
            var digits = text[(tilde + 1)..];
            fuzzy = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 2) : 2;
            if (digits.Length > 0 && !char.IsAsciiDigit(digits[0]))
            {
                fuzzy = 2;
            }
            text = text[..tilde];
        }
        var caret = text.IndexOf('^');
        if (caret >= 0)
        {
            text = text[..caret];
        }
        var prefix = text.EndsWith('*');
        text = text.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
        return new Token(Kind.Word, text, prefix && fuzzy < 0, fuzzy);
    }

    private static int SkipModifiers(string s, int i, out bool hadFuzzy, out bool hadBoost)
    {
        hadFuzzy = hadBoost = false;
        while (i < s.Length && (s[i] == '~' || s[i] == '^'))
        {
            hadFuzzy |= s[i] == '~';
            hadBoost |= s[i] == '^';
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }
        }
        return i;
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        /// <summary>True when the query used no explicit operator, so falling back to OR is what a user would expect.</summary>
        public bool ImplicitAndOnly { get; private set; } = true;

        public QueryNode? ParseAll()
        {
            var parts = new List<QueryNode>();
            while (_position < tokens.Count)
            {
                if (Peek(Kind.RParen))
                {
                    _position++;
                    continue;
                }
                if (ParseOr(null) is { } node)
                {
                    parts.Add(node);
                }
            }
            return parts.Count switch
            {
                0 => null,
                1 => parts[0],
                _ => new AndNode(parts, []),
            };
        }

        private QueryNode? ParseOr(string? field)
        {
            var children = new List<QueryNode>();
            if (ParseAnd(field) is { } first)
            {
                children.Add(first);
            }
            while (Peek(Kind.Or))
            {
                _position++;
                ImplicitAndOnly = false;
                if (ParseAnd(field) is { } next)
                {
                    children.Add(next);
                }
            }
            return children.Count switch
            {
                0 => null,
                1 => children[0],
                _ => new OrNode(children),
            };
        }

        private QueryNode? ParseAnd(string? field)
        {
            var must = new List<QueryNode>();
            var not = new List<QueryNode>();
            while (_position < tokens.Count && !Peek(Kind.RParen) && !Peek(Kind.Or))
            {
                var token = tokens[_position];
                switch (token.Kind)
                {
                    case Kind.And:
                        _position++;
                        ImplicitAndOnly = false;
                        continue;
                    case Kind.Not or Kind.Minus:
                        _position++;
                        ImplicitAndOnly = false;
                        if (ParseUnary(field) is { } negated)
                        {
                            not.Add(negated);
                        }
                        continue;
                    case Kind.Plus:
                        _position++;
                        if (ParseUnary(field) is { } required)
                        {
                            must.Add(required);
                        }
                        continue;
                    default:
                        if (ParseUnary(field) is { } node)
                        {
                            must.Add(node);
                        }
                        continue;
                }
            }
            if (must.Count == 0)
            {
                // A query that only excludes (-politique) means the words themselves to most people.
                return not.Count switch
                {
                    0 => null,
                    1 => not[0],
                    _ => new AndNode(not, []),
                };
            }
            return must.Count == 1 && not.Count == 0 ? must[0] : new AndNode(must, not);
        }

        private QueryNode? ParseUnary(string? field)
        {
            if (_position >= tokens.Count)
            {
                return null;
            }
            var token = tokens[_position++];
            switch (token.Kind)
            {
                case Kind.LParen:
                {
                    var inner = ParseOr(field);
                    if (Peek(Kind.RParen))
                    {
                        _position++;
                    }
                    return inner;
                }
                case Kind.Field:
                {
                    if (_position >= tokens.Count)
                    {
                        return null;
                    }
                    var next = tokens[_position];
                    if (next.Kind is Kind.Word or Kind.Phrase or Kind.LParen or Kind.Range)
                    {
                        return ParseUnary(token.Text);
                    }
                    return null;
                }
                case Kind.Phrase:
                    return string.IsNullOrWhiteSpace(token.Text) ? null : new PhraseNode(field, token.Text.Trim());
                case Kind.Range:
                    return field is null ? WordsOf(token.Text, null) : ParseRange(field, token.Text);
                case Kind.Word:
                    if (token.Text.Length == 0)
                    {
                        return null;
                    }
                    if (token.Prefix)
                    {
                        return new PrefixNode(field, token.Text);
                    }
                    return token.Fuzzy >= 0 ? new FuzzyNode(field, token.Text, token.Fuzzy) : new TermNode(field, token.Text);
                default:
                    // A stray operator where a term should be: read nothing, and move on.
                    return null;
            }
        }

        private static QueryNode? ParseRange(string field, string text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[1] == "TO")
            {
                return new RangeNode(field, ParseBound(parts[0]), ParseBound(parts[2]));
            }
            return WordsOf(text, field);
        }

        private static int? ParseBound(string s) =>
            int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        private static QueryNode? WordsOf(string text, string? field)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "TO").Select(w => (QueryNode)new TermNode(field, w)).ToList();
            return words.Count switch
            {
                0 => null,
                1 => words[0],
                _ => new AndNode(words, []),
            };
        }

        private bool Peek(Kind kind) => _position < tokens.Count && tokens[_position].Kind == kind;
    }
}

/// <summary>A parsed query: its tree (null when nothing searchable is left) and what the parser had to do.</summary>
public sealed record ParsedQuery(QueryNode? Root, bool Truncated, bool ImplicitAndOnly);
