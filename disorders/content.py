"""Reads the demo content from the files under ``content/``, where reviewers
read and change it, and checks them before anything reaches the database.

Each page is metadata in TOML (read with ``tomllib``) plus one HTML file per
language, so a Dutch reviewer opens ``nl.html`` alone, in an editor or a
browser, and diffs it against ``en.html``. The HTML is parsed with the
standard library; section bodies are kept as written, with the line breaks
between block elements taken out again.
"""

import re
import tomllib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

CONTENT_DIR = Path(settings.BASE_DIR) / "content"
CALLOUTS = ("key_points", "urgent_help")
VOID_ELEMENTS = {"meta", "br", "hr", "img", "link", "input", "wbr"}
SOURCE_FIELDS = {"publisher", "title", "year", "url"}


class ContentError(Exception):
    """A content file that cannot be loaded; the message names the file."""


def languages():
    return [code for code, _name in settings.LANGUAGES]


@dataclass
class Element:
    tag: str
    attrs: dict
    inner: str  # the source between the start and the end tag, as written
    text: str  # the text inside, entities decoded, white space collapsed
    line: int
    ancestors: tuple


class _Parser(HTMLParser):
    """Collects every closed element with its source and its text."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self.open = []
        self.elements = []

    def _offset(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            start = self._offset() + len(self.get_starttag_text())
            self.open.append((tag, dict(attrs), start, self.getpos()[0], []))

    def handle_data(self, data):
        for *_rest, text in self.open:
            text.append(data)

    def handle_endtag(self, tag):
        if tag not in [entry[0] for entry in self.open]:
            return
        offset = self._offset()
        while True:
            open_tag, attrs, start, line, text = self.open.pop()
            if open_tag == tag:
                break
        self.elements.append(
            Element(
                tag=tag,
                attrs=attrs,
                inner=self.source[start:offset],
                text=" ".join("".join(text).split()),
                line=line,
                ancestors=tuple(entry[0] for entry in self.open),
            )
        )


def parse_html(source):
    parser = _Parser(source)
    parser.feed(source)
    parser.close()
    return parser.elements


def join_lines(html):
    """The stored form of a body: block elements written on their own lines
    are joined again, and a line break inside text becomes a space."""
    html = re.sub(r">\s*\n\s*<", "><", html.strip())
    return re.sub(r"\s*\n\s*", " ", html)


def _name(path):
    return f"{path.parent.name}/{path.name}"


def _read_html(path):
    try:
        return parse_html(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(
            f"{_name(path)} is missing: every page needs "
            + ", ".join(f"{code}.html" for code in languages())
        ) from None


def _read_toml(path):
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise ContentError(f"{_name(path)} is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{_name(path)}: {error}") from None


def _per_language(path, table, key, *, required=True):
    """A TOML table with one value per language, such as ``[slug]``."""
    values = table.get(key, {} if not required else None)
    if not isinstance(values, dict):
        raise ContentError(f"{_name(path)} needs a [{key}] table with one entry per language")
    missing = [code for code in languages() if code not in values]
    if missing and (required or values):
        raise ContentError(f"{_name(path)}: [{key}] has no {', '.join(missing)}")
    return {code: values.get(code, "") for code in languages()}


def _heading_and_body(path, element):
    """A section's <h2> heading (text) and the HTML after it."""
    match = re.match(r"\s*<h2>(.*?)</h2>", element.inner, re.DOTALL)
    if not match:
        raise ContentError(
            f"{_name(path)}, line {element.line}: a <{element.tag}> must start with its <h2> heading"
        )
    heading = next(e.text for e in parse_html(match.group(0)) if e.tag == "h2")
    return heading, join_lines(element.inner[match.end() :])


def _check_same_keys(paths, keys_by_language, what):
    """Every language has the same keys in the same order as English."""
    english = keys_by_language["en"]
    for code, keys in keys_by_language.items():
        if keys != english:
            raise ContentError(
                f"{_name(paths[code])}: {what} out of step with {_name(paths['en'])}: "
                f"expected {english}, found {keys}"
            )


@dataclass
class Section:
    key: str
    callout: str
    heading: dict = field(default_factory=dict)
    body: dict = field(default_factory=dict)


@dataclass
class DisorderPage:
    key: str  # the English slug, which is the folder's name
    category: str
    parent: str
    position: int
    related: list
    slug: dict
    other_names: dict
    sources: list
    name: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    questions: dict = field(default_factory=dict)
    sections: list = field(default_factory=list)


def _read_sources(path, meta):
    sources = meta.get("sources", [])
    for number, source in enumerate(sources, start=1):
        unknown = set(source) - SOURCE_FIELDS
        if unknown:
            raise ContentError(
                f"{_name(path)}: source {number} has unknown fields {sorted(unknown)}; "
                f"use {sorted(SOURCE_FIELDS)}"
            )
        if not source.get("title") or not source.get("publisher"):
            raise ContentError(f"{_name(path)}: source {number} needs a title and a publisher")
        url = source.get("url", "")
        if url and not url.startswith("https://") and not url.startswith("http://"):
            raise ContentError(f"{_name(path)}: source {number} has a web address {url!r}")
    return sources


def read_disorder(folder):
    meta_path = folder / "page.toml"
    meta = _read_toml(meta_path)
    page = DisorderPage(
        key=folder.name,
        category=meta.get("category", ""),
        parent=meta.get("parent", ""),
        position=meta.get("position", 0),
        related=meta.get("related", []),
        slug=_per_language(meta_path, meta, "slug"),
        other_names=_per_language(meta_path, meta, "other_names", required=False),
        sources=_read_sources(meta_path, meta),
    )
    if page.slug["en"] != folder.name:
        raise ContentError(
            f"{_name(meta_path)}: the English slug {page.slug['en']!r} must be the folder's name"
        )
    paths = {code: folder / f"{code}.html" for code in languages()}
    sections_by_language = {}
    for code, path in paths.items():
        elements = _read_html(path)
        top = [e for e in elements if not {"section", "aside"} & set(e.ancestors)]
        names = [e for e in top if e.tag == "h1"]
        summaries = [e for e in top if e.tag == "p" and e.attrs.get("class") == "summary"]
        if len(names) != 1 or len(summaries) != 1:
            raise ContentError(
                f'{_name(path)} needs one <h1> with the name and one <p class="summary">'
            )
        page.name[code], page.summary[code] = names[0].text, summaries[0].text
        page.questions[code] = ""
        sections_by_language[code] = []
        for element in top:
            if element.tag == "aside" and element.attrs.get("class") == "questions":
                page.questions[code] = _heading_and_body(path, element)[1]
            elif element.tag == "section":
                heading, body = _heading_and_body(path, element)
                key = element.attrs.get("id")
                callout = element.attrs.get("data-callout", "")
                if not key:
                    raise ContentError(f"{_name(path)}: the section {heading!r} has no id")
                if callout and callout not in CALLOUTS:
                    raise ContentError(
                        f"{_name(path)}: the section {key!r} has data-callout={callout!r}; "
                        f"use {' or '.join(CALLOUTS)}"
                    )
                sections_by_language[code].append((key, callout, heading, body))
    _check_same_keys(
        paths,
        {code: [(k, c) for k, c, _h, _b in s] for code, s in sections_by_language.items()},
        "sections (id, data-callout)",
    )
    _check_same_keys(
        paths, {code: [bool(q)] for code, q in page.questions.items()}, "questions to ask"
    )
    for index, (key, callout, _heading, _body) in enumerate(sections_by_language["en"]):
        section = Section(key=key, callout=callout)
        for code, sections in sections_by_language.items():
            section.heading[code], section.body[code] = sections[index][2:]
        page.sections.append(section)
    return page


@dataclass
class Item:
    """A category, glossary term or organisation: one entry in each language file."""

    key: str
    meta: dict
    title: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)


def _read_items(folder, tag, meta=None):
    """Entries of a folder's language files, one ``<tag id=...>`` each; with
    ``meta``, every entry must also be a table of the folder's TOML file."""
    paths = {code: folder / f"{code}.html" for code in languages()}
    items = {}
    keys = {}
    for code, path in paths.items():
        elements = _read_html(path)
        keys[code] = []
        if tag == "dt":  # a glossary: <dt id=...>term</dt><dd>definition</dd>
            terms = [e for e in elements if e.tag == "dt"]
            definitions = [e for e in elements if e.tag == "dd"]
            if len(terms) != len(definitions):
                raise ContentError(f"{_name(path)}: every <dt> needs one <dd>")
            entries = [
                (t.attrs.get("id"), t.text, d.text, t.attrs.get("data-synonyms", ""), t.line)
                for t, d in zip(terms, definitions, strict=True)
            ]
        else:
            entries = []
            for element in elements:
                if element.tag != tag:
                    continue
                heading, body = _heading_and_body(path, element)
                text = " ".join(e.text for e in parse_html(body) if e.tag == "p" and e.text)
                entries.append((element.attrs.get("id"), heading, text, "", element.line))
        for key, title, text, extra, line in entries:
            if not key:
                raise ContentError(f"{_name(path)}, line {line}: <{tag}> without an id")
            keys[code].append(key)
            item = items.setdefault(key, Item(key=key, meta=(meta or {}).get(key, {})))
            item.title[code], item.text[code], item.extra[code] = title, text, extra
    _check_same_keys(paths, keys, "entries (id)")
    if meta is not None:
        toml_keys, html_keys = list(meta), keys["en"]
        if set(toml_keys) != set(html_keys):
            raise ContentError(
                f"{folder.name}: the TOML file and en.html list different entries: "
                f"only in TOML {sorted(set(toml_keys) - set(html_keys))}, "
                f"only in HTML {sorted(set(html_keys) - set(toml_keys))}"
            )
    return list(items.values())


@dataclass
class SitePageText:
    kind: str
    title: dict = field(default_factory=dict)
    body: dict = field(default_factory=dict)


def read_site_page(folder):
    page = SitePageText(kind=folder.name)
    paths = {code: folder / f"{code}.html" for code in languages()}
    headings = {}
    for code, path in paths.items():
        elements = _read_html(path)
        titles = [e for e in elements if e.tag == "h1"]
        articles = [e for e in elements if e.tag == "article"]
        if len(titles) != 1 or len(articles) != 1:
            raise ContentError(f"{_name(path)} needs one <h1> title and one <article>")
        page.title[code] = titles[0].text
        page.body[code] = join_lines(articles[0].inner)
        headings[code] = len([e for e in parse_html(articles[0].inner) if e.tag == "h3"])
    _check_same_keys(paths, {code: [n] for code, n in headings.items()}, "number of <h3>")
    return page


@dataclass
class Content:
    categories: list
    disorders: list
    glossary: list
    organisations: list
    site_pages: list


def _folders(directory):
    return sorted(path for path in directory.iterdir() if path.is_dir())


def read_content(directory=CONTENT_DIR):
    """Everything under ``directory``, checked; raises ContentError."""
    directory = Path(directory)
    categories = _read_items(
        directory / "categories",
        "section",
        meta=_read_toml(directory / "categories" / "categories.toml"),
    )
    disorders = [read_disorder(folder) for folder in _folders(directory / "disorders")]
    organisations = _read_items(
        directory / "organisations",
        "section",
        meta=_read_toml(directory / "organisations" / "organisations.toml"),
    )
    content = Content(
        categories=categories,
        disorders=disorders,
        glossary=_read_items(directory / "glossary", "dt"),
        organisations=organisations,
        site_pages=[read_site_page(folder) for folder in _folders(directory / "pages")],
    )
    _check_references(directory, content)
    return content


def _check_references(directory, content):
    categories = {category.key for category in content.categories}
    disorders = {page.key: page for page in content.disorders}
    for page in content.disorders:
        where = f"disorders/{page.key}/page.toml"
        if page.category not in categories:
            raise ContentError(f"{where}: unknown category {page.category!r}")
        if page.parent and page.parent not in disorders:
            raise ContentError(f"{where}: unknown parent {page.parent!r}")
        if page.parent and disorders[page.parent].parent:
            raise ContentError(f"{where}: the parent {page.parent!r} is itself a subtype")
        for slug in page.related:
            if slug not in disorders:
                raise ContentError(
                    f"{where}: related names {slug!r}, which is not a folder in disorders/"
                )
    for organisation in content.organisations:
        for slug in organisation.meta.get("disorders", []):
            if slug not in disorders:
                raise ContentError(
                    f"organisations/organisations.toml: [{organisation.key}] names "
                    f"unknown disorder {slug!r}"
                )
