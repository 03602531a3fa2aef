#!/usr/bin/env python3
"""Turns the page texts kept outside the repository (SRC_DIR/*.txt, as read from the stored public pages) into one
HTML page per URL in CACHE_DIR, laid out the way the MMM site lays out a news page: header and menu, a date line, the
article's own lead and text, then the "most read" / related-post teaser cards, a footer.

Source format, one block per page:
    === URL
    title: optional title (else one is made from the URL)
    dd.mm.yy            (optional date line)
    lead line
    paragraph ...
    @@TEASERS           (optional: what follows is not the article)
    heading / title / dd.mm.yy / teaser text / "Lire plus" lines
No page text lives in the repository; this script only reshapes what the cache folder already holds.
"""
import html
import pathlib
import re
import sys

DATE = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")
HEADINGS = {"most read articles", "articles les plus lus", "see also", "à voir aussi", "latest news"}
READ_MORE = {"lire plus", "read more", "leer más"}


def file_name(url: str) -> str:
    path = re.sub(r"^https?://[^/]+/", "", url).strip("/")
    return (path.replace("/", "-") or "home") + ".html"


def title_from(url: str) -> str:
    slug = re.sub(r"^https?://[^/]+/", "", url).strip("/").split("/")[-1]
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def teaser_cards(lines: list[str]) -> str:
    out, cards, heading = [], [], None
    current: dict | None = None
    dated = any(DATE.match(l) for l in lines)
    for line in lines:
        low = line.strip().lower()
        if low in HEADINGS:
            heading = line
            continue
        if low in READ_MORE:
            current = None
            continue
        if not dated:
            cards.append({"text": line})
            continue
        if DATE.match(line):
            if current is None or "date" in current:
                current = {}
                cards.append(current)
            current["date"] = line
        elif current is not None and "date" in current and "text" not in current:
            current["text"] = line
        else:
            current = {"title": line}
            cards.append(current)
    if heading:
        out.append(f'<h3 class="elementor-heading-title">{html.escape(heading)}</h3>')
    out.append('<div class="elementor-posts-container">')
    for c in cards:
        out.append('<article class="elementor-post">')
        if "title" in c:
            out.append(f'<h3 class="elementor-post__title"><a href="/post">{html.escape(c["title"])}</a></h3>')
        if "date" in c:
            out.append(f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{c["date"]}</span></div>')
        if "text" in c:
            out.append(f'<div class="elementor-post__excerpt"><p>{html.escape(c["text"])}</p></div>')
        out.append('<a class="elementor-post__read-more" href="/post">Lire plus »</a></article>')
    out.append("</div>")
    return "\n".join(out)


def page(url: str, lines: list[str]) -> str:
    title = None
    if lines and lines[0].startswith("title: "):
        title = lines.pop(0)[7:]
    title = title or title_from(url)
    lang = "fr-FR" if "/fr/" in url else "en-US"
    date = lines.pop(0) if lines and DATE.match(lines[0]) else None
    teasers = []
    if "@@TEASERS" in lines:
        i = lines.index("@@TEASERS")
        lines, teasers = lines[:i], lines[i + 1:]
    body = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines if l.strip())
    date_html = f'<div class="elementor-post-info"><span class="elementor-post-info__item--type-date">{date}</span></div>' if date else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{html.escape(title)} - Make Mothers Matter</title>
<meta property="og:title" content="{html.escape(title)}"></head>
<body>
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/advocacy">Advocacy</a></li><li><a href="/about">About us</a></li><li><a href="/donate">Donate</a></li></ul></nav></header>
<div id="cookie-notice">We use cookies to improve your experience. <a href="/privacy">Privacy policy</a></div>
<main id="content" class="site-main">
<div class="elementor-widget-theme-post-title"><h1 class="elementor-heading-title">{html.escape(title)}</h1></div>
{date_html}
<div class="elementor-widget-theme-post-content">
{body}
</div>
{teaser_cards(teasers) if teasers else ""}
</main>
<footer class="site-footer"><p>Make Mothers Matter – 5 rue de l'Abbaye, Paris</p><ul><li><a href="/contact">Contact</a></li><li><a href="/legal">Legal</a></li><li><a href="/newsletter">Newsletter</a></li></ul></footer>
</body></html>
"""


def main() -> None:
    src, cache = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    cache.mkdir(parents=True, exist_ok=True)
    count = 0
    for f in sorted(src.glob("*.txt")):
        blocks = re.split(r"^=== ", f.read_text(encoding="utf-8"), flags=re.M)
        for block in blocks[1:]:
            lines = [l.rstrip() for l in block.split("\n")]
            url = lines[0].strip()
            (cache / file_name(url)).write_text(page(url, [l for l in lines[1:] if l.strip()]), encoding="utf-8")
            count += 1
    print(f"{count} pages written to {cache}")


if __name__ == "__main__":
    main()
