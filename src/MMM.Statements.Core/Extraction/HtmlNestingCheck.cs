namespace MMM.Statements.Extraction;

/// <summary>
/// Estimates how deeply the HTML parser will nest a page's elements, with one linear scan before any parsing: AngleSharp
/// can overflow the stack on very deep input (which .NET cannot catch), and slows down sharply on deep trees.
/// <para>
/// The scan follows the parser's rules where an attacker could use them to hide depth, and errs on the deep side
/// elsewhere: a <c>/</c> before <c>&gt;</c> closes nothing on an HTML element (<c>&lt;div/&gt;</c> opens a div); an end
/// tag closes only an element that is open and in scope (<c>&lt;/b&gt;</c> with no open b is ignored, as the parser
/// ignores it); a formatting element closed by another element's end tag still counts, because the parser re-opens
/// it at the next text. Elements the parser closes by itself (<c>p</c>, <c>li</c>, table cells…) are closed here too.
/// Comments and the content of <c>script</c>, <c>style</c> and the other raw-text elements are skipped.
/// </para>
/// </summary>
public static class HtmlNestingCheck
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    // The parser folds these into the one html, head and body it has.
    private static readonly HashSet<string> Merged = new(StringComparer.Ordinal) { "html", "head", "body" };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // An end tag does not reach past these to close an element opened outside them ("has an element in scope").
    private static readonly HashSet<string> ScopeMarkers = new(StringComparer.Ordinal)
    {
        "applet", "caption", "marquee", "object", "table", "td", "th", "template",
    };

    // The parser's "special" elements: an end tag for an ordinary element (span, a custom element) does not reach past
    // them, and the list-item loop stops at them.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp", "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    // Their end tags reach through cells and captions (table scope): only a table or template stands in their way.
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal)
    {
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "listing", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table", "ul", "dd", "dt",
    };

    /// <summary>The deepest nesting the parser would build, as estimated (never under the real depth by design).</summary>
    public static int MaxDepth(string html) => MaxDepth(html, int.MaxValue);

    /// <summary>As <see cref="MaxDepth(string)"/>, but stops scanning as soon as the depth exceeds <paramref name="stopAbove"/>.</summary>
    public static int MaxDepth(string html, int stopAbove)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scan = new Scan(html);
        var tree = new OpenElements();
        var max = 0;
        while (scan.NextTag() is { } tag)
        {
            if (tag.IsEnd)
            {
                tree.Close(tag.Name);
                continue;
            }
            if (Void.Contains(tag.Name) || Merged.Contains(tag.Name) || (tag.SelfClosing && tree.InForeignContent))
            {
                continue;
            }
            tree.Open(tag.Name);
            max = Math.Max(max, tree.Depth);
            if (max > stopAbove)
            {
                return max;
            }
            if (tag.Name == "plaintext")
            {
                break;
            }
            if (RawText.Contains(tag.Name))
            {
                scan.SkipRawText(tag.Name);
                tree.Close(tag.Name);
            }
        }
        return max;
    }

    /// <summary>The stack of open elements, with what the parser closes implicitly and the formatting elements it re-opens.</summary>
    private sealed class OpenElements
    {
        private readonly List<string> stack = [];
        private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);
        private readonly List<int> markers = [];
        private readonly List<int> specials = [];

        // Formatting elements taken off the stack by another element's end tag: the parser reconstructs them at the
        // next text, so they still count. Each remembers the stack height where it was opened.
        private readonly List<Detached> detachedFormatting = [];

        public int Depth => stack.Count + detachedFormatting.Count;

        public bool InForeignContent => IsOpen("svg") || IsOpen("math");

        public void Open(string name)
        {
            switch (name)
            {
                case "li":
                    CloseListItem("li", "li");
                    break;
                case "dd" or "dt":
                    CloseListItem("dd", "dt");
                    break;
                case "td" or "th":
                    PopToIfOpen("td");
                    PopToIfOpen("th");
                    break;
                case "tr":
                    PopToIfOpen("td");
                    PopToIfOpen("th");
                    PopToIfOpen("tr");
                    break;
                case "thead" or "tbody" or "tfoot":
                    PopToIfOpen("td");
                    PopToIfOpen("th");
                    PopToIfOpen("tr");
                    PopToIfOpen("thead");
                    PopToIfOpen("tbody");
                    PopToIfOpen("tfoot");
                    break;
                case "button":
                    PopToIfOpen("button");
                    break;
                case "option" or "optgroup":
                    // Only a current option closes (and then an optgroup): under an inline element they nest.
                    if (stack.Count > 0 && stack[^1] == "option")
                    {
                        Pop();
                    }
                    if (name == "optgroup" && stack.Count > 0 && stack[^1] == "optgroup")
                    {
                        Pop();
                    }
                    break;
                case "rb" or "rp" or "rt" or "rtc" when IsOpen("ruby"):
                    while (stack.Count > 0 && stack[^1] is "rb" or "rp" or "rt" or "rtc")
                    {
                        Pop();
                    }
                    break;
            }
            if (ClosesParagraph.Contains(name) && !(IsOpen("button") && positions["button"][^1] > TopOf("p")))
            {
                PopToIfOpen("p");
            }
            if (name == "a" && stack.Count > 0 && stack[^1] == "a")
            {
                // A new link right after an unclosed one ends it; anything else between, and the parser may nest them.
                Pop();
            }
            if (ScopeMarkers.Contains(name))
            {
                markers.Add(stack.Count);
            }
            if (Special.Contains(name))
            {
                specials.Add(stack.Count);
            }
            if (!positions.TryGetValue(name, out var at))
            {
                positions[name] = at = [];
            }
            at.Add(stack.Count);
            stack.Add(name);
        }

        public void Close(string name)
        {
            if (!IsOpen(name))
            {
                // The parser ignores it; for a formatting element known only as detached, it forgets that one.
                var detached = detachedFormatting.FindLastIndex(d => d.Name == name);
                if (detached >= 0)
                {
                    detachedFormatting.RemoveAt(detached);
                }
                return;
            }
            var index = positions[name][^1];
            if (OutOfReach(name, index))
            {
                // The parser ignores this end tag: see OutOfReach.
                return;
            }
            while (stack.Count > index + 1)
            {
                var popped = Pop();
                if (Formatting.Contains(popped))
                {
                    detachedFormatting.Add(new Detached(popped, stack.Count));
                }
            }
            Pop();
        }

        // A new li (dd, dt) closes the open one, unless a "special" element other than address, div and p stands
        // between them: then the new one nests inside (li › section › li › section… is as deep as it looks).
        private void CloseListItem(string a, string b)
        {
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var node = stack[i];
                if (node == a || node == b)
                {
                    Close(node);
                    return;
                }
                if (Special.Contains(node) && node is not ("address" or "div" or "p"))
                {
                    return;
                }
            }
        }

        private int TopOf(string name) => IsOpen(name) ? positions[name][^1] : -1;

        private void PopToIfOpen(string name)
        {
            if (IsOpen(name))
            {
                Close(name);
            }
        }

        // An ordinary element's end tag stops at any special element above it; a table part's at a table or template;
        // any other end tag at a scope marker (table, cell, caption, object…).
        private bool OutOfReach(string name, int index)
        {
            if (!Special.Contains(name) && !Formatting.Contains(name))
            {
                return specials.Count > 0 && specials[^1] > index;
            }
            for (var k = markers.Count - 1; k >= 0 && markers[k] > index; k--)
            {
                if (!TableParts.Contains(name) || stack[markers[k]] is "table" or "template")
                {
                    return true;
                }
            }
            return false;
        }

        private bool IsOpen(string name) => positions.TryGetValue(name, out var at) && at.Count > 0;

        private string Pop()
        {
            var name = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            positions[name].RemoveAt(positions[name].Count - 1);
            if (specials.Count > 0 && specials[^1] == stack.Count)
            {
                specials.RemoveAt(specials.Count - 1);
            }
            if (markers.Count > 0 && markers[^1] == stack.Count)
            {
                markers.RemoveAt(markers.Count - 1);
                // Closing a cell, caption or object clears the formatting elements opened inside it.
                detachedFormatting.RemoveAll(d => d.Height > stack.Count);
            }
            return name;
        }
    }

    private readonly record struct Tag(string Name, bool IsEnd, bool SelfClosing);

    private readonly record struct Detached(string Name, int Height);


    /// <summary>A forward-only tag scanner: each character is looked at a bounded number of times.</summary>
    private struct Scan(string html)
    {
        private readonly string text = html;
        private int at;

        public Tag? NextTag()
        {
            while (true)
            {
                var open = text.IndexOf('<', at);
                if (open < 0 || open + 1 >= text.Length)
                {
                    at = text.Length;
                    return null;
                }
                at = open + 1;
                var c = text[at];
                if (c == '!')
                {
                    SkipPast(text.AsSpan(at).StartsWith("!--") ? "-->" : ">", from: at + 1);
                    continue;
                }
                if (c == '?')
                {
                    SkipPast(">", from: at);
                    continue;
                }
                var isEnd = c == '/';
                if (isEnd)
                {
                    at++;
                }
                if (at >= text.Length || !char.IsAsciiLetter(text[at]))
                {
                    if (isEnd)
                    {
                        // "</" then not a letter: a bogus comment up to the next '>'.
                        SkipPast(">", from: at);
                    }
                    continue;
                }
                var start = at;
                while (at < text.Length && !char.IsWhiteSpace(text[at]) && text[at] is not ('/' or '>'))
                {
                    at++;
                }
                var name = text[start..at].ToLowerInvariant();
                var selfClosing = SkipAttributes();
                return new Tag(name, isEnd, selfClosing);
            }
        }

        /// <summary>After a raw-text element's start tag: on to just past its end tag (or the end of the page).</summary>
        public void SkipRawText(string name)
        {
            var end = "</" + name;
            while (true)
            {
                var found = text.IndexOf(end, at, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    at = text.Length;
                    return;
                }
                at = found + end.Length;
                if (at >= text.Length || char.IsWhiteSpace(text[at]) || text[at] is '/' or '>')
                {
                    SkipAttributes();
                    return;
                }
            }
        }

        // Attributes up to the tag's '>', honouring quoted values; true when the tag ends with "/>".
        private bool SkipAttributes()
        {
            var slash = false;
            var afterEquals = false;
            while (at < text.Length)
            {
                var c = text[at];
                if (c == '>')
                {
                    at++;
                    return slash;
                }
                if (c is '"' or '\'' && afterEquals)
                {
                    var close = text.IndexOf(c, at + 1);
                    at = close < 0 ? text.Length : close + 1;
                    slash = afterEquals = false;
                    continue;
                }
                if (!char.IsWhiteSpace(c))
                {
                    afterEquals = c == '=';
                }
                slash = c == '/';
                at++;
            }
            return slash;
        }

        private void SkipPast(string marker, int from)
        {
            var found = text.IndexOf(marker, Math.Min(from, text.Length), StringComparison.Ordinal);
            at = found < 0 ? text.Length : found + marker.Length;
        }
    }
}
