using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MMM.Statements.Extraction;

/// <summary>
/// Finds a page's main content and renders it as plain text: the smallest element that holds nearly all of the
/// page's paragraph text, without navigation, cookie banners, sidebars, footers, scripts or link lists.
/// </summary>
public static partial class MainContent
{
    /// <summary>Elements whose content is never text a reader sees, or is page furniture wherever it appears.</summary>
    private const string NeverText =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, math, form, button, select, textarea, input, dialog, nav, aside, footer, "
        + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog]";

    // A teaser card is a title, a date and a line or two of excerpt; an article's paragraph block is longer.
    private const int MaxCardText = 600;

    // The share of the page's paragraph text the chosen container must hold.
    private const double ContainerShare = 0.85;

    // The share of the container's paragraph text a single marked-up article must hold to be chosen instead.
    private const double ArticleShare = 0.5;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "caption", "blockquote", "pre", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary",
    };

    /// <summary>Removes what is never content anywhere in the document; call before <see cref="FindRoot"/>.</summary>
    public static void RemoveFurniture(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(NeverText).ToArray())
        {
            element.Remove();
        }
        RemoveTeasers(document);
        var pageText = ParagraphText(document.Body ?? document.DocumentElement);
        foreach (var element in document.All.Where(IsBoilerplateByName).ToArray())
        {
            // A wrapper whose class happens to say "menu" or "cookie" may hold the article: only drop small blocks.
            if (!document.DocumentElement.Contains(element) || ParagraphText(element) > 0.2 * pageText)
            {
                continue;
            }
            element.Remove();
        }
    }

    /// <summary>
    /// Removes the cards that advertise other posts — "most read", "related posts", "read also" blocks at the foot of a news
    /// page: short blocks, several side by side, each with a "read more" link or a date line of its own, and the heading
    /// above them. They are not the article, and a teaser's "UN New York, CSW68 – …" would otherwise tag it.
    /// </summary>
    private static void RemoveTeasers(IDocument document)
    {
        var cards = new HashSet<IElement>();
        foreach (var parent in document.All.Where(e => e.Children.Length >= 2).ToArray())
        {
            // One card alone may be an article's own "read more" line; a row of alike ones is a teaser list.
            foreach (var group in parent.Children.Where(IsCard).GroupBy(e => e.LocalName + "." + e.GetAttribute("class")).Where(g => g.Count() >= 2))
            {
                cards.UnionWith(group);
            }
        }
        foreach (var card in cards.Where(c => c.ParentElement is not null).ToArray())
        {
            var heading = card.ParentElement?.PreviousElementSibling;
            card.Remove();
            if (heading is not null && heading.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "div"
                && TeaserHeading().IsMatch(heading.TextContent.Trim()))
            {
                heading.Remove();
            }
        }
        foreach (var heading in document.QuerySelectorAll("h2, h3, h4, h5, h6").Where(h => TeaserHeading().IsMatch(h.TextContent.Trim())).ToArray())
        {
            heading.Remove();
        }
    }

    /// <summary>A teaser card: a short block holding a link to another post and a "read more" link or a date line.</summary>
    private static bool IsCard(IElement element)
    {
        if (element.LocalName is "p" or "a" or "span" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return false;
        }
        var text = element.TextContent;
        if (text.Length > MaxCardText || element.QuerySelector("a[href]") is null)
        {
            return false;
        }
        return element.QuerySelectorAll("a").Any(a => ReadMore().IsMatch(a.TextContent.Trim())) || CardDate().IsMatch(text);
    }

    /// <summary>The smallest element holding nearly all of the page's paragraph text.</summary>
    public static IElement FindRoot(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Body ?? document.DocumentElement;
        var total = ParagraphText(root);
        if (total == 0)
        {
            return root;
        }
        while (true)
        {
            var next = root.Children.FirstOrDefault(child => ParagraphText(child) >= ContainerShare * total);
            if (next is null)
            {
                break;
            }
            root = next;
        }
        // Credits, calls to donate and "read next" cards often sit beside the article in <main>; where the author
        // marked one article holding most of the text, it is the content.
        var articles = root.QuerySelectorAll("article, [itemprop=articleBody]");
        return articles.Length == 1 && ParagraphText(articles[0]) >= ArticleShare * ParagraphText(root) ? articles[0] : root;
    }

    /// <summary>The element's text, one line per block, white space collapsed, link lists left out.</summary>
    public static string Render(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new StringBuilder();
        Append(root, text, preformatted: false);
        return BlankLines().Replace(string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim())), "\n\n").Trim();
    }

    private static void Append(INode node, StringBuilder text, bool preformatted)
    {
        // Iterative over siblings, recursive over depth; depth is bounded by the nesting check before parsing.
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendInline(text, t.Data, preformatted);
                    break;
                case IElement e when IsLinkList(e):
                    break;
                case IElement e when e.LocalName is "td" or "th":
                    Append(e, text, preformatted);
                    text.Append(' ');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    if (e.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "table" or "ul" or "ol")
                    {
                        text.Append('\n');
                    }
                    Append(e, text, preformatted || e.LocalName == "pre");
                    text.Append('\n');
                    break;
                case IElement e:
                    Append(e, text, preformatted);
                    break;
            }
        }
    }

    private static void AppendInline(StringBuilder text, string data, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(data);
            return;
        }
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    /// <summary>Characters of text inside paragraph-like blocks, where an article's prose lives.</summary>
    internal static int ParagraphText(IElement element)
    {
        var total = 0;
        foreach (var p in element.QuerySelectorAll("p, pre, blockquote, li, td, dd"))
        {
            if (p.LocalName is "li" or "td" or "dd" && p.QuerySelector("p") is not null)
            {
                continue;
            }
            var length = p.TextContent.Length;
            total += length - LinkTextLength(p) / 2;
        }
        if (element.LocalName is "p" or "pre" or "blockquote")
        {
            total += element.TextContent.Length;
        }
        return Math.Max(total, 0);
    }

    private static int LinkTextLength(IElement element) => element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);

    /// <summary>A list or block made mostly of links: menus, "share" bars, tag clouds, related-article lists.</summary>
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "table" or "section" or "dl"))
        {
            return false;
        }
        var length = element.TextContent.Trim().Length;
        return length > 0 && element.QuerySelectorAll("a").Length >= 3 && LinkTextLength(element) > 0.7 * length;
    }

    private static bool IsBoilerplateByName(IElement element)
    {
        var names = (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "");
        return names.Length > 1 && BoilerplateName().IsMatch(names);
    }

    [GeneratedRegex(@"(?:^|[\s_\-])(?:cookies?|consent|gdpr|cookie-?banner|breadcrumbs?|navbar|navbox|navigation|menu|sidebar|footer|share|sharing|social|related|comments?|newsletter|subscribe|popup|modal|advert|ads|promo|skip-link|toolbar|catlinks|printfooter|mw-editsection|noprint|mw-jump-link|sr-only|screen-reader-text|visually-hidden)(?:$|[\s_\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"^(?:lire plus|lire la suite|en savoir plus|read more|continue reading|leer m[aá]s|seguir leyendo|ver m[aá]s)\s*[»›>…\.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    // The date a card shows for its post: 24.03.24, 24/03/2024 alone on a line or in its own element.
    [GeneratedRegex(@"(?:^|\s)[0-3]?[0-9][./][01]?[0-9][./](?:[0-9]{2}|[0-9]{4})(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CardDate();

    [GeneratedRegex(@"^(?:most read articles|most read|related (?:posts|articles|news)|read also|you may also like|latest news|more news|articles les plus lus|les plus lus|articles similaires|[àa] lire aussi|lire aussi|derni[eè]res actualit[eé]s|art[ií]culos (?:relacionados|m[aá]s le[ií]dos)|lea tambi[eé]n)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserHeading();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
