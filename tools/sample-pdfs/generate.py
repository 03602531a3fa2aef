#!/usr/bin/env python3
"""Writes the sample corpus sources from the hand-written statements in corpus_*.py.

Outputs (paths relative to the repository root):
  statements/<year>/<slug>.html         the news pages (final files)
  tools/sample-pdfs/src/<year>/<slug>.html  the sources that print.sh prints to statements/<year>/<slug>.pdf
  tools/sample-pdfs/jobs.txt           one line per PDF: layout, source, target (read by print.sh)
  statements/**/*.meta.json            the staff override sidecars
  tests/fixtures/labels.json           the truth file
Run it, then print.sh. Output is deterministic: no clocks, no randomness.
"""
import html
import json
import os
import zlib

from corpus_statements import STATEMENTS, QUERIES
from corpus_banks import BANK, ASKS, CLOSINGS, ASK_HEADINGS

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
STMT = os.path.join(ROOT, "statements")
SRC = os.path.join(ROOT, "tools", "sample-pdfs", "src")

NBSP = "\u00a0"
SHY = "\u00ad"

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}

ORD = {
    "en": {40: "Fortieth", 52: "Fifty-second", 53: "Fifty-third", 55: "Fifty-fifth", 56: "Fifty-sixth", 57: "Fifty-seventh", 58: "Fifty-eighth", 59: "Fifty-ninth",
           61: "Sixty-first", 62: "Sixty-second", 63: "Sixty-third", 64: "Sixty-fourth", 65: "Sixty-fifth", 66: "Sixty-sixth",
           67: "Sixty-seventh", 68: "Sixty-eighth", 69: "Sixty-ninth", 70: "Seventieth"},
    "fr": {40: "Quarantième", 52: "Cinquante-deuxième", 53: "Cinquante-troisième", 55: "Cinquante-cinquième", 56: "Cinquante-sixième", 57: "Cinquante-septième", 58: "Cinquante-huitième",
           59: "Cinquante-neuvième", 61: "Soixante et unième", 62: "Soixante-deuxième", 63: "Soixante-troisième", 64: "Soixante-quatrième",
           65: "Soixante-cinquième", 66: "Soixante-sixième", 67: "Soixante-septième", 68: "Soixante-huitième", 69: "Soixante-neuvième",
           70: "Soixante-dixième"},
}

BODY_NAMES = {
    "CSW": {"en": "Commission on the Status of Women", "fr": "Commission de la condition de la femme", "es": "Comisión de la Condición Jurídica y Social de la Mujer"},
    "CSocD": {"en": "Commission for Social Development", "fr": "Commission du développement social", "es": "Comisión de Desarrollo Social"},
    "CPD": {"en": "Commission on Population and Development", "fr": "Commission de la population et du développement", "es": "Comisión de Población y Desarrollo"},
    "HRC": {"en": "Human Rights Council", "fr": "Conseil des droits de l'homme", "es": "Consejo de Derechos Humanos"},
    "HLPF": {"en": "High-level political forum on sustainable development", "fr": "Forum politique de haut niveau pour le développement durable", "es": "Foro político de alto nivel sobre el desarrollo sostenible"},
    "ECOSOC": {"en": "Economic and Social Council", "fr": "Conseil économique et social", "es": "Consejo Económico y Social"},
}

UN_WORDS = {
    "en": {"un": "United Nations", "ecosoc": "Economic and Social Council", "ga": "General Assembly", "distr": "Distr.: General",
           "original": "Original: {}", "langs": {"fr": "French", "en": "English", "es": "Spanish"},
           "item": "Item {} of the provisional agenda", "hrcitem": "Agenda item {}",
           "by": "Statement submitted by Make Mothers Matter, a non-governmental organization in special consultative status with the Economic and Social Council",
           "note": "The Secretary-General has received the following statement, which is being circulated in accordance with paragraphs 36 and 37 of Economic and Social Council resolution 1996/31.",
           "session": "{} session", "notes": "Notes"},
    "fr": {"un": "Nations Unies", "ecosoc": "Conseil économique et social", "ga": "Assemblée générale", "distr": "Distr. générale",
           "original": "Original : {}", "langs": {"fr": "français", "en": "anglais", "es": "espagnol"},
           "item": "Point {} de l'ordre du jour provisoire", "hrcitem": "Point {} de l'ordre du jour",
           "by": "Déclaration présentée par Make Mothers Matter, organisation non gouvernementale dotée du statut consultatif spécial auprès du Conseil économique et social",
           "note": "Le Secrétaire général a reçu la déclaration ci-après, qui est distribuée conformément aux paragraphes 36 et 37 de la résolution 1996/31 du Conseil économique et social.",
           "session": "{} session", "notes": "Notes"},
    "es": {"un": "Naciones Unidas", "ecosoc": "Consejo Económico y Social", "ga": "Asamblea General", "distr": "Distr. general",
           "original": "Original: {}", "langs": {"fr": "francés", "en": "inglés", "es": "español"},
           "item": "Tema {} del programa provisional", "hrcitem": "Tema {} de la agenda",
           "by": "Declaración presentada por Make Mothers Matter, organización no gubernamental reconocida como entidad consultiva especial por el Consejo Económico y Social",
           "note": "El Secretario General ha recibido la siguiente declaración, que se distribuye de conformidad con los párrafos 36 y 37 de la resolución 1996/31 del Consejo Económico y Social.",
           "session": "{}º período de sesiones", "notes": "Notas"},
}

NAV = {
    "fr": (["Accueil", "Qui sommes-nous", "Nos actions", "Actualités", "Publications", "Faire un don"],
           "Ce site utilise des cookies pour mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.",
           ["Accepter", "Refuser", "Paramétrer"], "Articles récents",
           "Make Mothers Matter – ONG dotée du statut consultatif auprès de l'ECOSOC depuis 1949 · Mentions légales · Politique de confidentialité · Lettre d'information",
           "Partager :", "Déclaration téléchargeable", "Lire aussi"),
    "en": (["Home", "About us", "What we do", "News", "Publications", "Donate"],
           "This website uses cookies to measure its audience. By continuing to browse, you accept their use.",
           ["Accept", "Decline", "Settings"], "Recent posts",
           "Make Mothers Matter – NGO in consultative status with ECOSOC since 1949 · Legal notice · Privacy policy · Newsletter",
           "Share:", "Download the statement", "Read also"),
    "es": (["Inicio", "Quiénes somos", "Nuestras acciones", "Noticias", "Publicaciones", "Donar"],
           "Este sitio utiliza cookies para medir la audiencia. Al continuar navegando, acepta su uso.",
           ["Aceptar", "Rechazar", "Configurar"], "Artículos recientes",
           "Make Mothers Matter – ONG con estatus consultivo ante el ECOSOC desde 1949 · Aviso legal · Política de privacidad · Boletín",
           "Compartir:", "Declaración descargable", "Leer también"),
}


def h(s):
    return html.escape(s, quote=True)


def stable(n, key):
    return zlib.crc32(key.encode("utf-8")) % n


def long_date(d, lang):
    y, m, day = (int(x) for x in d.split("-"))
    if lang == "en":
        return f"{day} {MONTHS['en'][m - 1]} {y}"
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {MONTHS['fr'][m - 1]} {y}"
    return f"{day} de {MONTHS['es'][m - 1]} de {y}"


def short_date(d):
    y, m, day = d.split("-")
    return f"{day}.{m}.{y[2:]}"


def typography(text, lang, mode):
    """mode: 'typo' (’ and NBSP before : ; ? !), 'plain' (ASCII apostrophe), 'acute' (´ as apostrophe)."""
    if mode == "typo":
        text = text.replace("'", "’")
        if lang == "fr":
            for p in (":", ";", "?", "!"):
                text = text.replace(" " + p, NBSP + p)
            text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    elif mode == "acute":
        text = text.replace("'", "´")
    return text


def soft_hyphens(text):
    """Real pages copied from word processors carry U+00AD inside long words."""
    out = []
    for w in text.split(" "):
        if len(w) >= 11 and w.isalpha():
            w = w[:4] + SHY + w[4:8] + SHY + w[8:]
        out.append(w)
    return " ".join(out)


def body_paragraphs(s, n_bank, own=None):
    """The statement's own paragraphs, then bank paragraphs for its topics (variant chosen per statement)."""
    paras = list(own if own is not None else s["text"])
    lang = s["lang"]
    used = 0
    rounds = 0
    while used < n_bank and rounds < 3:
        for t in s["topics"]:
            variants = BANK[lang].get(t, [])
            if not variants or used >= n_bank:
                continue
            k = (stable(len(variants), s["id"]) + rounds) % len(variants)
            if rounds >= len(variants):
                continue
            paras.append(variants[k])
            used += 1
        rounds += 1
    return paras


def asks(s):
    lang = s["lang"]
    items = list(s.get("asks", []))
    for t in s["topics"]:
        a = ASKS[lang].get(t)
        if a:
            items.append(a)
    return items


def closing(s):
    c = CLOSINGS[s["lang"]]
    return s.get("closing") or c[stable(len(c), s["id"] + "c")]


def un_masthead(s, lang, f):
    w = UN_WORDS[lang]
    body = s["body"]
    num = int("".join(ch for ch in s["session"] if ch.isdigit())) if s.get("session") else None
    organ = w["ga"] if body == "HRC" else w["ecosoc"]
    if body == "HLPF" or body == "ECOSOC":
        sess_line = {"en": f"{s['year']} session", "fr": f"Session de {s['year']}", "es": f"Período de sesiones de {s['year']}"}[lang]
    elif lang == "es":
        sess_line = w["session"].format(num)
    else:
        sess_line = w["session"].format(ORD[lang][num])
    bodyname = BODY_NAMES[body][lang]
    item = (w["hrcitem"] if body == "HRC" else w["item"]).format(f.get("item", "3"))
    orig = w["original"].format(w["langs"][s.get("original", lang)])
    parts = [
        '<table class="mast"><tr><td class="un">' + h(w["un"]) + '</td><td class="sym">' + h(s["symbol"]) + "</td></tr>",
        '<tr><td class="organ">' + h(organ) + '</td><td class="distr">' + h(w["distr"]) + "<br>" + h(long_date(f.get("issued", s["date"]), lang)) + "<br>" + h(orig) + "</td></tr></table>",
        '<div class="meeting"><p class="bodyname">' + h(bodyname) + "</p><p>" + h(sess_line) + "</p><p>" + h(f.get("dates", "")) + "</p>",
        "<p>" + h(item) + "</p><p class=\"agenda\">" + h(f.get("agenda", "")) + "</p></div>",
        '<p class="by">' + h(w["by"]) + "</p>",
        '<p class="sgnote">' + h(w["note"]) + "</p>",
    ]
    return "\n".join(parts)


def running_css(s, f, lang):
    label = s.get("symbol") or f.get("running", "Make Mothers Matter")
    pageword = {"fr": "Page", "en": "Page", "es": "Página"}[lang]
    label = label.replace('"', "'")
    return ("@page { size: A4; margin: 22mm 20mm 22mm 20mm;\n"
            f'  @top-right {{ content: "{label}"; font: 9pt "DejaVu Serif", serif; }}\n'
            f'  @bottom-center {{ content: "{pageword} " counter(page) " / " counter(pages); font: 9pt "DejaVu Serif", serif; }} }}\n')


def pdf_source(s, f):
    lang = s["lang"]
    layout = f["layout"]
    mode = f.get("typo", "typo")
    t = lambda x: typography(x, lang, mode)
    n_bank = f.get("bank", 4)
    paras = body_paragraphs(s, n_bank, f.get("text"))
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">', f"<title>{h(t(s['title']))}</title>",
           '<link rel="stylesheet" href="' + "../" + 'statement.css">', "<style>", running_css(s, f, lang) if layout != "scan" else "", "</style>", "</head>"]
    out.append(f'<body class="{layout}">')
    if layout in ("un",):
        out.append(un_masthead(s, lang, f))
        out.append(f'<h1 class="untitle">{h(t(s["title"]))}</h1>')
    else:
        out.append('<div class="letterhead"><span class="org">Make Mothers Matter</span><span class="tag">' +
                   h({"fr": "La voix des mères", "en": "The voice of mothers", "es": "La voz de las madres"}[lang]) + "</span></div>")
        if f.get("kicker"):
            out.append(f'<p class="kicker">{h(t(f["kicker"]))}</p>')
        out.append(f"<h1>{h(t(s['title']))}</h1>")
        out.append(f'<p class="dateline">{h(t(f.get("dateline", long_date(s["date"], lang))))}</p>')
    if layout == "twocol":
        out.append('<div class="cols">')
    notes = s.get("notes", [])
    for i, p in enumerate(paras):
        p = h(t(p))
        # Footnote markers are written as [1], [2] in the text.
        for n in range(1, len(notes) + 1):
            p = p.replace(f"[{n}]", f"<sup>{n}</sup>")
        if i in s.get("headings", {}):
            out.append(f"<h2>{h(t(s['headings'][i]))}</h2>")
        out.append(f"<p>{p}</p>")
    items = asks(s)
    if items:
        out.append(f"<h2>{h(t(ASK_HEADINGS[lang]))}</h2>")
        out.append("<ul>" + "".join(f"<li>{h(t(a))}</li>" for a in items) + "</ul>")
    out.append(f"<p>{h(t(closing(s)))}</p>")
    if layout == "twocol":
        out.append("</div>")
    if notes:
        out.append('<div class="notes"><hr>' + "".join(f"<p><sup>{i}</sup> {h(t(n))}</p>" for i, n in enumerate(notes, 1)) + "</div>")
    if layout == "un":
        out.append('<p class="fin">______________</p>')
    out.append("</body></html>")
    return "\n".join(out)


def news_page(s, f, recent):
    lang = s["lang"]
    nav, cookie, buttons, recent_title, footer, share, download, _ = NAV[lang]
    mode = f.get("typo", "typo")
    t = lambda x: typography(x, lang, mode)
    paras = body_paragraphs(s, f.get("bank", 2), f.get("text"))
    if f.get("shy"):
        paras = [soft_hyphens(p) for p in paras]
    head = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>"]
    head.append('<meta charset="windows-1252">' if f.get("charset") == "windows-1252" else '<meta charset="utf-8">')
    head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    head.append(f"<title>{h(t(s['title']))} – Make Mothers Matter</title>")
    head.append(f'<meta property="og:title" content="{h(t(s["title"]))}">')
    head.append('<meta property="og:type" content="article">')
    head.append('<meta property="og:site_name" content="Make Mothers Matter">')
    if f.get("metadate"):
        head.append(f'<meta name="date" content="{s["date"]}">')
    head.append('<style>body{font-family:Arial,sans-serif;margin:0;color:#222}header,footer{background:#6b2c5f;color:#fff;padding:1em}'
                'nav a{color:#fff;margin-right:1em}main{display:flex;gap:2em;padding:1em 2em}article{flex:3;max-width:44em}'
                'aside{flex:1}#cookies{background:#eee;padding:.5em 1em;font-size:.85em}.date{color:#777}.lead{font-weight:bold}</style>')
    head.append("</head>")
    b = ["<body>", '<div id="cookies" class="cookie-banner"><p>' + h(cookie) + "</p>" + "".join(f"<button>{h(x)}</button>" for x in buttons) + "</div>",
         '<header><a class="logo" href="/">Make Mothers Matter</a><nav>' + "".join(f'<a href="/{i}">{h(x)}</a>' for i, x in enumerate(nav)) + "</nav></header>",
         "<main>", '<article class="post">', f"<h1>{h(t(s['title']))}</h1>", f'<p class="date">{short_date(s["date"])}</p>']
    lead = s.get("lead")
    if lead:
        b.append(f'<p class="lead">{h(t(lead))}</p>')
    for p in paras:
        b.append(f"<p>{h(t(p))}</p>")
    if f.get("asks"):
        b.append("<ul>" + "".join(f"<li>{h(t(a))}</li>" for a in asks(s)) + "</ul>")
    if f.get("links"):
        target = os.path.relpath(os.path.join(STMT, f["links"]), os.path.dirname(os.path.join(STMT, f["path"])))
        b.append(f'<p class="download"><a href="{h(target)}">{h(download)}</a> (PDF)</p>')
    b.append(f'<p class="share">{h(share)} <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>')
    b.append("</article>")
    b.append(f'<aside class="sidebar"><h2>{h(recent_title)}</h2><ul>' + "".join(f'<li><a href="#">{h(r)}</a></li>' for r in recent) + "</ul></aside>")
    b.append("</main>")
    b.append(f"<footer><p>{h(footer)}</p></footer>")
    b.append("</body></html>")
    return "\n".join(head + b) + "\n"


def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


# Labels made by reading the statements, not from this script's sources: kept from the existing truth file.
HAND_LABELS = ("partners", "asks")


def hand_labels():
    path = os.path.join(ROOT, "tests", "fixtures", "labels.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return {s["id"]: {k: s[k] for k in HAND_LABELS if k in s} for s in json.load(fh)["statements"]}


def main():
    jobs = []
    labels = []
    kept = hand_labels()
    titles = [s["title"] for s in STATEMENTS]
    ids = set()
    for idx, s in enumerate(STATEMENTS):
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        files = []
        for f in s["files"]:
            files.append(f["path"])
            if f["path"].endswith(".pdf"):
                rel = f["path"][:-4] + ".html"
                write(os.path.join(SRC, rel), pdf_source(s, f))
                jobs.append(f"{f['layout']} {rel} {f['path']}")
            else:
                recent = [titles[(idx + k * 7) % len(titles)] for k in range(1, 6)]
                enc = "cp1252" if f.get("charset") == "windows-1252" else "utf-8"
                write(os.path.join(STMT, f["path"]), news_page(s, f, recent), enc)
            if f.get("sidecar"):
                write(os.path.join(STMT, f["path"] + ".meta.json"), json.dumps(f["sidecar"], ensure_ascii=False, indent=2) + "\n")
        labels.append({
            "id": s["id"], "files": files, "language": s["lang"], "title": s["title"], "date": s["date"], "year": s["year"],
            "body": s["body"], "session": s.get("session"), "type": s["type"], "location": s.get("location"), "topics": s["topics"],
            "symbol": s.get("symbol"), "citedSymbols": s.get("cited", []), "versionOf": s.get("versionOf"), "note": s.get("note"),
            **kept.get(s["id"], {}),
        })
    write(os.path.join(ROOT, "tools", "sample-pdfs", "jobs.txt"), "\n".join(jobs) + "\n")
    write(os.path.join(ROOT, "tests", "fixtures", "labels.json"), json.dumps({"statements": labels}, ensure_ascii=False, indent=2) + "\n")
    write(os.path.join(ROOT, "tests", "fixtures", "queries.json"), json.dumps(QUERIES, ensure_ascii=False, indent=2) + "\n")
    print(f"{len(labels)} statements, {len(jobs)} PDF sources")


if __name__ == "__main__":
    main()
