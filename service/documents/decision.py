"""What the first page of a document says: what it is (a decision, a Tờ trình), who issues
it and for which province, its number and date, its title (the kind of decision), the
proposal it answers, where the Tờ trình is addressed, and who signs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from service.documents.model import Block, Paragraph
from service.documents.notes import Place
from service.documents.text import clean, fold, is_upper
from service.engine.jurisdiction import province_named


@dataclass
class Line:
    text: str
    place: Place
    block: int  # index of its block


@dataclass
class Found:
    value: object
    words: str
    place: Place


@dataclass
class Front:
    """The first page of one file."""
    file: str
    document: str = "unknown"  # decision | to_trinh | unknown
    province: Found | None = None
    issuing_body: Found | None = None  # the body named in the header («SỞ NỘI VỤ»)
    issuer: Found | None = None  # «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …»
    number: Found | None = None
    day: Found | None = None
    title: Found | None = None
    kind: Found | None = None
    approves_internal: bool = False
    proposal: Found | None = None  # value: dict
    addressed_to: Found | None = None  # value: (type, name)
    signature: Found | None = None  # value: dict
    amends: Found | None = None  # value: decision reference
    title_tiers: list[str] = field(default_factory=list)
    annex_start: int = 0  # the first block after the signature
    changes: list = field(default_factory=list)  # Change: what Điều 1, then the title, state


def lines_of(blocks: list[Block], file: str, limit: int | None = None) -> list[Line]:
    out = []
    for i, block in enumerate(blocks[:limit]):
        if isinstance(block, Paragraph):
            out.append(Line(block.text, Place(file, paragraph=block.index), i))
        else:
            for r, row in enumerate(block.rows):
                seen = set()
                for cell in row:
                    if (cell.row, cell.col) in seen or cell.row != r:
                        continue
                    seen.add((cell.row, cell.col))
                    for line in cell.text.split("\n"):
                        if clean(line):
                            out.append(Line(clean(line), Place(file, table=block.index, row=r + 1), i))
    return out


# a date as decisions print it: «ngày 14 tháng 11 năm 2025», «14/11/2025», «14-11-2025»,
# «14.11.2025», «14 / 11 / 2025» (the word «ngày» before it is optional)
_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:[/.-]|\s+tháng\s+|tháng)\s*(\d{1,2})\s*"
                   r"(?:[/.-]|\s+năm\s+|năm)\s*(\d{4})(?!\d)", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*Số\s*(?:và ký hiệu)?\s*[:.]?\s*(.*)$", re.IGNORECASE)
# a document's number and symbol: «109/TTr-SKHCN», «2849 /TTr-SVHTTDL», «3250/TTr-SGD&ĐT»,
# «   /TTr-SYT» (a draft's blank number), or a number alone
REFERENCE = re.compile(r"(?:[\w.]*\s*/\s*[^\s,;()]+(?:\s*-\s*[^\s,;()]+)*|\d[\w.]*)")


def parse_day(text: str) -> date | None:
    m = _DATE.search(text)
    if m:
        try:
            return date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


def reference_of(text: str) -> tuple[str | None, str]:
    """A number and symbol as the contract keeps it (white space taken out), and as printed;
    None when the number is left blank (a draft) or absent."""
    m = REFERENCE.match(text.strip())
    printed = clean(m[0]).rstrip(".,;:") if m else ""
    value = re.sub(r"\s+", "", printed)
    return (None if _blank_number(value) else value), printed


def kind_of(title: str) -> str | None:
    t = fold(title)
    if "cong bo" in t and ("danh muc" in t or "thu tuc hanh chinh" in t):
        return "publication"
    if re.search(r"sua doi[, ]*(bo sung)?[^.]{0,40}quy trinh noi bo|bai bo[^.]{0,30}quy trinh noi bo",
                 t):
        return "internal_procedure_amendment"
    if "quy trinh noi bo" in t:
        return "internal_procedure"
    if "quy trinh dien tu" in t:
        return "electronic_procedure"
    return None


def tiers_in(text: str, strong_only: bool = False) -> list[str]:
    """The tiers a heading names: «cấp tỉnh» (a centrally-run city's «cấp Thành phố»), «cấp
    xã» (and «phường»), «cấp huyện»; or, weakly, the province's Chairman or a department as
    the authority («thuộc thẩm quyền giải quyết của Chủ tịch UBND tỉnh», «của Sở …»). A
    «thành phố» that is not said as a tier («UBND thành phố …») names no tier."""
    t = fold(text)
    tiers = []
    if re.search(r"cap (tinh|thanh pho)\b|\b(tinh|thanh pho)\s*,\s*(cap )?xa\b", t):
        tiers.append("province")
    if re.search(r"cap huyen", t):
        tiers.append("district")
    if re.search(r"cap xa|\bxa, phuong|cap co so|\bcap (tinh|thanh pho)\s*(,|va)\s*xa\b", t):
        tiers.append("commune")
    if not tiers and not strong_only and re.search(
            r"(chu tich )?(ubnd|uy ban nhan dan) (cap )?tinh\b|\bcua so\b|cac so\b|cap so\b", t):
        tiers.append("province")
    return tiers


_TITLES = ("Phó Giám đốc phụ trách", "Phó Giám đốc", "Tổng Giám đốc", "Giám đốc", "Chánh Văn phòng",
           "Chánh Thanh tra", "Phó Trưởng ban", "Trưởng Ban", "Thủ trưởng", "Chỉ huy trưởng",
           "Chủ tịch", "Cục trưởng", "Chi cục trưởng", "Viện trưởng", "Chánh án", "Hiệu trưởng")
_PROPOSAL = re.compile(
    r"(?:Theo|Xét)\s+đề\s+(?:nghị|xuất)\s+của\s+(?P<who>.+?)[\s,]*\(?\s*(?:tại\s+)?"
    r"(?P<doc>Tờ\s*trình|Văn\s*bản|Công\s*văn|Báo\s*cáo)\s*(?:số)?\s*[:.]?\s*(?P<rest>.*)$",
    re.IGNORECASE)
# «Xét Tờ trình số 109/TTr-SKHCN ngày 14/11/2025 của Sở Khoa học và Công nghệ»
_CITED_FIRST = re.compile(
    r"^\W*(?:Theo|Xét)\s+(?:nội dung\s+)?(?P<doc>Tờ\s*trình|Văn\s*bản|Công\s*văn)\s*(?:số)?\s*[:.]?\s*"
    r"(?P<rest>.*)$", re.IGNORECASE)
_OF_WHO = re.compile(r"\bcủa\s+(?P<who>.+?)\s*(?:về\s+việc\b|v/v\b|[;.]|$)", re.IGNORECASE)
# between a reference and its date: «ngày», «, ngày», «ngày:», «(» …
_BEFORE_DATE = re.compile(r"^[\s,;(]*(?:ngày|ngay)?\s*[:]?\s*$", re.IGNORECASE)
# the documents a proposal cites: a Tờ trình, else a letter (contract v1.2 ``proposal_letter``)
PROPOSAL_DOCUMENTS = {"to trinh": "to_trinh", "van ban": "proposal_letter",
                      "cong van": "proposal_letter", "bao cao": "proposal_letter"}


def agency_type(name: str) -> str:
    n = fold(name)
    if re.match(r"van phong (uy ban|ubnd)", n):
        return "ppc_office"
    if re.match(r"trung tam phuc vu hanh chinh cong", n):
        return "provincial_centre"
    if re.match(r"(uy ban nhan dan|ubnd) (cac )?(huyen|quan|thi xa|thanh pho thuoc)", n):
        return "district_pc"
    if re.match(r"(uy ban nhan dan|ubnd) (cac )?(xa|phuong|thi tran|dac khu)", n):
        return "commune_pc"
    if re.match(r"(cong an|cuc |chi cuc|kho bac|bao hiem xa hoi|ngan hang|bo chi huy|thue|"
                r"bo doi bien phong|hai quan)", n):
        return "central_vertical_agency"
    if re.match(r"(so|ban|thanh tra tinh)\b", n):
        return "department"
    return "other"


def split_proposer(who: str) -> tuple[str | None, str]:
    """«Giám đốc Sở Nội vụ» → («Giám đốc», «Sở Nội vụ»); «Chánh Văn phòng UBND tỉnh» →
    («Chánh Văn phòng», «Văn phòng UBND tỉnh»)."""
    who = clean(who)
    # several proposers: the first («… Sở A và Giám đốc Sở B»)
    titles = "|".join(re.escape(t) for t in _TITLES)
    who = re.split(rf"\s+(?:và|,)\s+(?={titles})", who, maxsplit=1, flags=re.IGNORECASE)[0]
    for title in _TITLES:
        if who.lower().startswith(title.lower() + " "):
            rest = who[len(title):].strip()
            if title.lower().startswith("chánh ") and not fold(rest).startswith(
                    fold(title.split(" ", 1)[1])):
                rest = title.split(" ", 1)[1] + " " + rest
            return title, rest
    return None, who


def _blank_number(value: str) -> bool:
    return not value or value.startswith("/") or not re.search(r"\d", value.split("/")[0])


def read_front(blocks: list[Block], file: str) -> Front:
    front = Front(file)
    lines = lines_of(blocks, file)
    # what the document is: its title line
    title_at = None
    for k, line in enumerate(lines[:80]):
        f = fold(line.text)
        if f in ("quyet dinh", "du thao quyet dinh") or f.startswith("quyet dinh ve viec"):
            front.document, title_at = "decision", k
            break
        if f == "to trinh" or f.startswith(("to trinh ve viec", "to trinh de nghi")):
            front.document, title_at = "to_trinh", k
            break
    head = lines[: title_at if title_at is not None else 12]
    _header(front, head)
    if title_at is not None:
        _title(front, lines, title_at)
    _proposal(front, lines)
    if front.document == "decision":
        _changes(front, lines, title_at)
    if front.document == "to_trinh":
        _addressed(front, lines)
    if front.document == "decision":
        _signature(front, lines, blocks)
    return front


def _header(front: Front, head: list[Line]) -> None:
    for k, line in enumerate(head):
        candidates = [line.text]
        if k + 1 < len(head):
            candidates.append(line.text + " " + head[k + 1].text)
        for text in candidates:
            slug = province_named(text)
            if slug and front.province is None and not fold(text).startswith("cong hoa"):
                front.province = Found(slug, text, line.place)
        m = _NUMBER.match(line.text)
        if m and front.number is None:
            front.number = Found(reference_of(m[1])[0], line.text, line.place)
        if front.day is None and re.search(r",\s*ngày", line.text, re.IGNORECASE):
            front.day = Found(parse_day(line.text), line.text, line.place)
            place_name = line.text.split(",")[0]
            if front.province is None and province_named(place_name):
                front.province = Found(province_named(place_name), line.text, line.place)
    # the issuing body under the province line (a Tờ trình's department)
    for k, line in enumerate(head):
        f = fold(line.text)
        if re.match(r"(so|ban|van phong|cong an|thanh tra)\b", f) and is_upper(line.text):
            front.issuing_body = Found(clean(line.text), line.text, line.place)
            break


def _title(front: Front, lines: list[Line], at: int) -> None:
    parts, place = [], lines[at].place
    first = fold(lines[at].text)
    if first.startswith(("quyet dinh ve viec", "to trinh ve viec", "to trinh de nghi")):
        parts.append(lines[at].text)
    for line in lines[at + 1: at + 6]:
        f = fold(line.text)
        if f.startswith(("chu tich", "uy ban nhan dan", "can cu", "kinh gui", "theo de nghi",
                         "quyet dinh:", "thuc hien")) or line.text.startswith("-"):
            break
        parts.append(line.text)
    if not parts:
        return
    title = clean(" ".join(parts))
    front.title = Found(title, title, place)
    kind = kind_of(title)
    if kind:
        front.kind = Found(kind, title, place)
    t = fold(title)
    front.approves_internal = "quy trinh noi bo" in t
    front.title_tiers = tiers_in(title)
    if kind == "internal_procedure_amendment":
        m = re.search(r"Quyết\s+định\s+số\s*:?\s*(\S+/QĐ-[^\s,;]+)", title, re.IGNORECASE)
        if m:
            front.amends = Found(m[1].rstrip(".,;"), title, place)
    for line in lines[at + 1: at + 12]:
        if fold(line.text).startswith(("chu tich uy ban nhan dan", "chu tich ubnd",
                                       "uy ban nhan dan")):
            front.issuer = Found(clean(line.text), line.text, line.place)
            if front.province is None and province_named(line.text.split("DÂN", 1)[-1]):
                front.province = Found(province_named(line.text.split("DÂN", 1)[-1]),
                                       line.text, line.place)
            break


def _proposal(front: Front, lines: list[Line]) -> None:
    for k, line in enumerate(lines[:200]):
        f = fold(line.text)
        if not (re.search(r"(theo|xet) de (nghi|xuat) cua", f) or
                re.match(r"\W*(theo|xet) (noi dung )?(to trinh|van ban|cong van)\b", f)):
            continue
        # a paragraph broken by line breaks («… Tờ trình số 109/TTr-SKHCN» / «ngày 14/11/2025.»)
        rest = []
        for nxt in lines[k + 1:k + 4]:
            if nxt.place != line.place:
                break
            rest.append(nxt.text)
        line = Line(" ".join([line.text, *rest]), line.place, line.block)
        m = _PROPOSAL.search(line.text) or _CITED_FIRST.match(line.text)
        if not m:
            front.proposal = Found({"as_printed": line.text}, line.text, line.place)
            return
        reference, printed = reference_of(m["rest"])
        after = m["rest"][m["rest"].find(printed) + len(printed):] if printed else m["rest"]
        who = m.groupdict().get("who")
        if who is None:  # «Xét Tờ trình số … ngày … của Sở …»
            of = _OF_WHO.search(after)
            who = of["who"] if of else ""
        title, agency = split_proposer(who)
        day = None
        found = _DATE.search(after[:60])
        if found and _BEFORE_DATE.match(after[:found.start()]):
            day = parse_day(found[0])
        doc = clean(m["doc"])
        front.proposal = Found({
            "agency": agency, "agency_type": agency_type(agency), "proposer_title": title,
            "document_type": doc[:1].upper() + doc[1:].lower(),
            "document": PROPOSAL_DOCUMENTS[re.sub(r"\s+", " ", fold(doc))],
            "reference": reference, "reference_as_printed": printed or None,
            "date": day, "as_printed": line.text}, line.text, line.place)
        return


def _changes(front: Front, lines: list[Line], title_at: int | None) -> None:
    """What Điều 1 and the title say changes about the procedures (``changes.Change``)."""
    from service.documents.changes import stated

    article: list[Line] = []
    for line in lines[(title_at or 0):400]:
        f = fold(line.text)
        if article and re.match(r"dieu\s*[2-9]\b", f):
            break
        if article or re.match(r"dieu\s*1\b", f):
            article.append(line)
    if article:
        found = stated(" ".join(x.text for x in article), article[0].place, "article")
        if found:
            front.changes.append(found)
    if front.title:
        found = stated(front.title.value, front.title.place, "title")
        if found:
            front.changes.append(found)


def _addressed(front: Front, lines: list[Line]) -> None:
    for line in lines[:60]:
        f = fold(line.text)
        if f.startswith("kinh gui"):
            to = clean(line.text.split(":", 1)[-1]) if ":" in line.text else clean(line.text[8:])
            t = fold(to)
            if t.startswith("van phong"):
                kind = "ppc_office"
            elif "chu tich" in t:
                kind = "ppc_chairman"
            elif re.match(r"(uy ban nhan dan|ubnd)( cac)? (tinh|thanh pho)\b", t):
                kind = "ppc"  # the Committee itself (contract v1.2)
            else:
                kind = "other"
            front.addressed_to = Found((kind, to), line.text, line.place)
            return


_MARK = re.compile(r"^(?P<mark>kt|tm|tl|tuq|q)\s*[./]?\s*(?P<rest>.*)$")
# contract v1.2: «TUQ.» is by authorisation, apart from «TL.» (by order)
SIGNED_AS = {"kt": "on_behalf", "tm": "for_committee", "tl": "by_order",
             "tuq": "by_authorisation", "q": "self"}


def _signature(front: Front, lines: list[Line], blocks: list[Block]) -> None:
    for k, line in enumerate(lines):
        f = fold(line.text)
        m = _MARK.match(f)
        bare = f == "chu tich"
        if not bare and not (m and re.match(r"(chu tich|uy ban nhan dan|ubnd)", m["rest"])):
            continue
        if f.startswith(("chu tich uy ban", "chu tich ubnd")):
            continue
        signed_as = "self"
        if m and not bare:
            signed_as = SIGNED_AS[m["mark"]]
        printed = [line.text]
        for nxt in lines[k + 1: k + 7]:
            g = fold(nxt.text)
            if nxt.block != line.block and not isinstance(blocks[nxt.block], Paragraph):
                break
            if g.startswith(("noi nhan", "phu luc", "-", "quy trinh", "danh muc")) or \
                    len(nxt.text) > 60:
                break
            printed.append(nxt.text)
        titles = [x for x in printed[1:] if is_upper(x) and not _MARK.match(fold(x))]
        names = [x for x in printed[1:] if not is_upper(x) and not re.match(r"^\(.*\)$", x)]
        value = {"signed_as": signed_as, "lines_as_printed": printed,
                 "title": titles[-1] if titles else (printed[0] if bare else None),
                 "name": names[-1] if names else None}
        if signed_as == "self" and m and m["mark"] == "q":
            value["acting"] = True
        front.signature = Found(value, " / ".join(printed), line.place)
        front.annex_start = max(x.block for x in lines[k:k + len(printed)]) + 1
        return
