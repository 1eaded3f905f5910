"""The annotated directive 9579/UBND-KSTT as a page: one id per ``§`` paragraph anchor.

Two files hold it, one per language (``9579-UBND-KSTT.vi.md``, ``9579-UBND-KSTT.md``), with
the same anchors and the same quotations. A heading ``### §QTNB-6 …`` becomes
``<h3 id="QTNB-6">``, so that ``/directive#QTNB-6`` opens that paragraph; after each such
heading the page lists the rules that cite it. Quotations (the Vietnamese text) are marked ``lang="vi"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

DIRECTIVE_FILES = {
    "en": Path(__file__).resolve().parent / "directive" / "9579-UBND-KSTT.md",
    "vi": Path(__file__).resolve().parent / "directive" / "9579-UBND-KSTT.vi.md",
}
_ANCHOR = re.compile(r"^§([A-Za-z0-9-]+)\s*(.*)$")


@dataclass(frozen=True)
class Paragraph:
    anchor: str  # "QTNB-6"
    title: str  # "A publication proposal carries its internal-procedure decision"


@dataclass(frozen=True)
class Directive:
    html: Markup
    paragraphs: tuple[Paragraph, ...]


@lru_cache(maxsize=4)
def _source(lang: str) -> str:
    return DIRECTIVE_FILES.get(lang, DIRECTIVE_FILES["vi"]).read_text(encoding="utf-8")


def anchors() -> tuple[str, ...]:
    """The paragraph ids the directive defines."""
    return tuple(p.anchor for p in render(lambda anchor: Markup("")).paragraphs)


def render(after_heading: Callable[[str], Markup], lang: str = "vi") -> Directive:
    """The directive as HTML in ``lang`` (its Vietnamese or its English annotation; the
    quotations are the same); ``after_heading(anchor)`` gives what follows each § heading."""
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    tokens = md.parse(_source(lang))
    out: list[Token] = []
    paragraphs: list[Paragraph] = []
    pending: str | None = None
    for i, token in enumerate(tokens):
        out.append(token)
        if token.type == "heading_open":
            inline = tokens[i + 1]
            match = _ANCHOR.match(inline.content)
            if match:
                pending = match[1]
                token.attrSet("id", pending)
                token.attrSet("tabindex", "-1")
                paragraphs.append(Paragraph(pending, match[2]))
        elif token.type == "heading_close" and pending:
            extra = Token("html_block", "", 0)
            extra.content = str(after_heading(pending))
            out.append(extra)
            pending = None
        elif token.type == "blockquote_open":
            token.attrSet("lang", "vi")
    return Directive(Markup(md.renderer.render(out, md.options, {})), tuple(paragraphs))


def cited_by_list(label: str, links: list[tuple[str, str, str]]) -> Markup:
    """``<p class="cited-by">label: <a href=…>QTNB-06</a> …</p>`` from (href, id, title)."""
    if not links:
        return Markup("")
    items = Markup(" ").join(
        Markup('<a href="{}" title="{}">{}</a>').format(href, title, rule_id)
        for href, rule_id, title in links)
    return Markup('<p class="cited-by">{}: {}</p>\n').format(escape(label), items)
