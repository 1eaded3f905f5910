"""What a decision says changes about the procedures it lists, in its own words: «mới ban
hành», «ban hành mới» (new), «sửa đổi, bổ sung» (amended), «thay thế» (replaced), «bãi bỏ», «bị
bãi bỏ» (abolished); a list of procedures «thực hiện không phụ thuộc vào địa giới hành chính»
that names none of these is a list of procedures already in force (listed).

A change is read from the nearest place that states one: the list's own cell, the part of
the list a procedure is printed under (a row of the table, or a heading above it: «PHẦN I.
THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH»), the annex's title, Điều 1, the decision's title. A place
that names two changes («… mới ban hành, bị bãi bỏ») settles nothing by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.documents.notes import Place
from service.documents.text import fold

_KINDS = (
    ("new", re.compile(r"\bmoi ban hanh\b|\bban hanh moi\b|\b(thu tuc hanh chinh|tthc) moi\b")),
    ("amended", re.compile(r"\bsua doi\b")),
    ("replaced", re.compile(r"\bthay the\b")),
    ("abolished", re.compile(r"\bbai bo\b|\bhuy bo\b")),
)
_LISTED = re.compile(r"khong phu thuoc (vao )?(dia gioi|dia ban) hanh chinh")
# a heading about a set of procedures, not one procedure: «PHẦN I. THỦ TỤC HÀNH CHÍNH MỚI BAN
# HÀNH», «I. DANH MỤC …», «A. TTHC sửa đổi, bổ sung», «Phụ lục II: Danh mục …»
_SET_HEADING = re.compile(
    r"^\W*(phu luc\s*[ivxl\d]*\s*[:.-]?\s*)?((phan|muc)\s+[ivxl\d]+|[ivxl]+|[a-h]|\d+)?\s*[.):-]?\s*"
    r"(danh muc|(cac |nhom )?(thu tuc hanh chinh|tthc)\b|thu tuc\s+(moi|bi|duoc|thay the|bai bo|"
    r"sua doi))")
# the words people read for each change (notes)
CHANGE_VI = {"new": "mới ban hành", "amended": "sửa đổi, bổ sung", "replaced": "thay thế",
             "abolished": "bãi bỏ", "listed": "có trong danh mục, không phải thủ tục mới",
             "unchanged": "không thay đổi"}
CHANGE_EN = {"new": "new", "amended": "amended", "replaced": "replaced",
             "abolished": "abolished", "listed": "listed, not new", "unchanged": "unchanged"}
SOURCE_VI = {"cell": "ô của danh mục", "part": "phần của danh mục", "heading": "tiêu đề",
             "article": "Điều 1", "title": "trích yếu của quyết định"}
SOURCE_EN = {"cell": "list's cell", "part": "list's part", "heading": "heading",
             "article": "Article 1", "title": "decision's title"}


@dataclass(frozen=True)
class Change:
    """A change as a place states it; ``kind`` None when the place names several."""
    kind: str | None
    words: str
    place: Place | None
    source: str  # cell | part | heading | article | title


# a change of something else than the procedures: «sửa đổi, bổ sung quy trình nội bộ», «bãi bỏ
# Quyết định số …», «thay thế Phụ lục …»
_OF_OTHERS = re.compile(r"\b(sua doi,? (bo sung)?|bai bo|huy bo|thay the)\s+(cac |mot so |noi dung )?"
                        r"(quy trinh|quyet dinh|phu luc|van ban|danh muc quy trinh)")


def kinds_in(text: str) -> set[str]:
    f = _OF_OTHERS.sub(" ", fold(text))
    found = {kind for kind, pattern in _KINDS if pattern.search(f)}
    if not found and _LISTED.search(f):
        found.add("listed")
    return found


def change_in(text: str) -> str | None:
    """The one change ``text`` names, else None (none, or several)."""
    found = kinds_in(text)
    return found.pop() if len(found) == 1 else None


def is_set_heading(text: str) -> bool:
    """A heading about a set of procedures (a part of a list, an annex), not one procedure."""
    return len(text) < 500 and bool(_SET_HEADING.match(fold(text)))


def stated(text: str, place: Place | None, source: str) -> Change | None:
    """The change a heading, row or cell states: a Change (kind None when it names several),
    or None when it names none."""
    found = kinds_in(text)
    if not found:
        return None
    return Change(found.pop() if len(found) == 1 else None, text, place, source)
