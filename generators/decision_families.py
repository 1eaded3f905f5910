"""Families of made-up decisions, each varying one way real decisions vary, with what a
careful reader takes from each (the reading conventions of the shared decisions' README):

- ``proposals``: the «Theo đề nghị của … tại Tờ trình số … ngày …» paragraph in its forms
  (the date in words, with slashes, dashes or dots, a number with spaces, a letter in place
  of a Tờ trình);
- ``publication_lists``: a list annex whose parts («PHẦN I. … MỚI BAN HÀNH», «… BỊ BÃI BỎ»)
  come in different orders, as paragraphs or as rows of one table, and lists that state
  their change only in Điều 1 or in the title;
- ``case_headings``: numbered cases under one procedure («1.1.», «3.2.», «a)», «Trường hợp …»),
  at one and at two depths;
- ``combined_tiers``: one table for the commune and the province, with phase rows, with and
  without part totals, its numbering restarted or not;
- ``alternative_paths``: one table printing two paths with their own totals, in one cell or
  in two rows;
- ``code_places``: a procedure's code printed in each place a decision prints it.

Each case is ``(name, draft, expected)``; the expectation holds in Word and in HTML alike.
Every family is deterministic: the same call gives the same drafts.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from generators.decisions import LEFT, UP, Draft, Sheet

ANNEX_TITLE = ["QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
               "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/12/2025 của Chủ tịch UBND tỉnh)"]
HEADER = ["TT", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian thực hiện"]
PUBLICATION_TITLE = "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH {what} LĨNH VỰC VĂN HÓA"


def steps(days: list[float | str], start: int = 1, who: str = "Chuyên viên phòng") -> list[list]:
    """Step rows, one per duration: a number is working days, a string is printed as is."""
    rows = []
    for k, d in enumerate(days):
        text = d if isinstance(d, str) else f"{str(d).replace('.', ',')} ngày làm việc"
        rows.append([f"Bước {start + k}", who, f"Công việc {start + k}", text])
    return rows


def counted(days: list[float | str]) -> list[tuple]:
    """The steps' durations as the reader gives them."""
    out = []
    for d in days:
        if isinstance(d, str):
            out.append((None, False))
        else:
            out.append((int(d) if float(d).is_integer() else d, "working_days"))
    return out


# --- the proposal paragraph ---------------------------------------------------------------------

OPENERS = ["Theo đề nghị của Giám đốc {agency} tại {doc}",
           "Xét đề nghị của Giám đốc {agency} tại {doc}",
           "Theo đề nghị của {agency} ({doc}",
           "Theo đề nghị của Giám đốc {agency}, tại {doc}"]
DOCS = [("Tờ trình", "to_trinh"), ("Văn bản", "proposal_letter"), ("Tờ trình", "to_trinh"),
        ("Công văn", "proposal_letter")]
NUMBERS = [("109/TTr-SVHTTDL", "109/TTr-SVHTTDL"), ("2849 /TTr-SVHTTDL", "2849/TTr-SVHTTDL"),
           ("3250/TTr-SGD&ĐT", "3250/TTr-SGD&ĐT"), ("45/ TTr - SYT", "45/TTr-SYT"),
           ("10716/SNNMT-QLĐĐ", "10716/SNNMT-QLĐĐ")]
DATES = ["ngày {d} tháng {m} năm {y}", "ngày {d:02d}/{m:02d}/{y}", "ngày {d:02d}-{m:02d}-{y}",
         "ngày {d}.{m}.{y}", ", ngày {d:02d} / {m:02d} / {y}", "ngày {d}/{m}/{y}"]
AGENCIES = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Xây dựng",
            "Sở Nông nghiệp và Môi trường"]


def proposals(count: int = 12) -> list[tuple[str, Draft, dict]]:
    """Proposal paragraphs in their printed forms; each option of each part appears."""
    out = []
    for k in range(count):
        opener, (doc, document), (printed, number) = (
            OPENERS[k % len(OPENERS)], DOCS[k % len(DOCS)], NUMBERS[k % len(NUMBERS)])
        day = date(2025, 11, 3 + (k * 5) % 25)
        when = DATES[k % len(DATES)].format(d=day.day, m=day.month, y=day.year)
        agency = AGENCIES[k % len(AGENCIES)]
        text = opener.format(agency=agency, doc=f"{doc} số {printed} {when}".replace(" ,", ","))
        text += ")." if "(" in opener else "."
        draft = Draft(annex=[*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                             "1. Thủ tục cấp phép (Mã TTHC: 1.001806)",
                             Sheet([HEADER, *steps([1, 2])])],
                      proposal=text, place_date="Cao Bằng, ngày 18 tháng 11 năm 2025")
        out.append((f"proposal-{k}", draft, {"document": document, "reference": number,
                                             "date": day.isoformat(), "agency": agency,
                                             "document_type": doc}))
    return out


# --- the list annex and its parts ------------------------------------------------------------------

CHANGE_PARTS = {
    "new": ["THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", "DANH MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI"],
    "amended": ["THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG",
                "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"],
    "replaced": ["THỦ TỤC HÀNH CHÍNH THAY THẾ", "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC THAY THẾ"],
    "abolished": ["THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", "DANH MỤC THỦ TỤC HÀNH CHÍNH BÃI BỎ"],
    "listed": ["THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH",
               "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH "
               "CHÍNH TRONG PHẠM VI TỈNH"],
}
CHANGE_WORDS_VI = {"new": "mới ban hành", "amended": "sửa đổi, bổ sung", "replaced": "thay thế",
                   "abolished": "bị bãi bỏ",
                   "listed": "thực hiện không phụ thuộc vào địa giới hành chính"}
PART_NUMBERS = [("PHẦN {r}. ", "roman"), ("{r}. ", "roman"), ("{a}. ", "letter"),
                ("Phần {n}: ", "arabic")]
ROMAN = ["I", "II", "III", "IV", "V"]


def _list_rows(codes: list[str], start: int, with_code_column: bool) -> list[list]:
    rows = []
    for k, code in enumerate(codes):
        name = f"Thủ tục cấp giấy phép số {int(code[-3:])} lĩnh vực văn hóa"
        if with_code_column:
            rows.append([str(start + k), code, name, "10 ngày làm việc", "Cấp tỉnh"])
        else:
            rows.append([str(start + k), f"{name} (Mã TTHC: {code})", "10 ngày làm việc",
                         "Cấp tỉnh"])
    return rows


def publication_lists() -> list[tuple[str, Draft, dict]]:
    """List annexes of two or three parts in different orders, the parts printed as
    paragraphs above a table each, or as rows of one table; and lists whose change is
    stated only by Điều 1 or by the title."""
    out = []
    orders = [("new", "abolished"), ("abolished", "new"), ("amended", "new", "abolished"),
              ("replaced", "amended"), ("listed", "abolished"), ("new", "amended")]
    serial = itertools.count(1)
    for k, order in enumerate(orders):
        for layout in ("paragraphs", "rows"):
            number, style = PART_NUMBERS[(k + (layout == "rows")) % len(PART_NUMBERS)]
            expected, annex = {}, ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH "
                                   + " VÀ ".join(CHANGE_WORDS_VI[c].upper() for c in order)]
            with_code_column = (k + (layout == "rows")) % 3 != 2
            header = (["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
                       "Cấp thực hiện"] if with_code_column else
                      ["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Cấp thực hiện"])
            body: list[list] = [header]
            for p, change in enumerate(order):
                codes = [f"1.{100000 + next(serial) * 7:06d}" for _ in range(2 + p % 2)]
                expected.update({c: change for c in codes})
                part = number.format(r=ROMAN[p], a="ABCDE"[p], n=p + 1) + \
                    CHANGE_PARTS[change][(k + p) % 2]
                if layout == "paragraphs":
                    annex += [part, Sheet([header, *_list_rows(codes, 1, with_code_column)])]
                else:
                    body.append([part] + [LEFT] * (len(header) - 1))
                    body += _list_rows(codes, 1, with_code_column)
            if layout == "rows":
                annex.append(Sheet(body))
            title = PUBLICATION_TITLE.format(
                what=", ".join(CHANGE_WORDS_VI[c].upper() for c in order))
            out.append((f"parts-{'-'.join(order)}-{layout}", Draft(annex=annex, title=title),
                        {"changes": expected}))
    # one list, its change stated by Điều 1 only, or by the title only
    for k, change in enumerate(("new", "amended", "abolished", "listed", "replaced")):
        codes = [f"2.{200000 + k * 10 + j:06d}" for j in range(3)]
        header = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
                  "Cấp thực hiện"]
        sheet = Sheet([header, *_list_rows(codes, 1, True)])
        words = CHANGE_WORDS_VI[change]
        by_title = Draft(annex=["PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA", sheet],
                         title=PUBLICATION_TITLE.format(what=words.upper()))
        out.append((f"title-{change}", by_title, {"changes": {c: change for c in codes}}))
        by_article = replace(by_title, title=PUBLICATION_TITLE.format(what="").replace("  ", " "),
                             article_one=f"Điều 1. Công bố kèm theo Quyết định này Danh mục "
                                         f"thủ tục hành chính {words} lĩnh vực văn hóa.")
        out.append((f"article-{change}", by_article, {"changes": {c: change for c in codes}}))
    return out
