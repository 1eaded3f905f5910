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
- ``path_columns``: alternative paths printed as time columns under one header, each with its
  own times and total;
- ``headerless_tables``: step tables printed without a header row, placed by their heading's
  code or left unplaced, never skipped;
- ``code_places``: a procedure's code printed in each place a decision prints it;
- ``case_tiers``: cases that name their tier under a heading for both tiers, each its own
  tier's only;
- ``city_tiers``: a centrally-run city's «cấp Thành phố» as the province tier, alone or with
  «cấp xã», against «thành phố» in words that name no tier;
- ``bare_totals``: steps and totals printed as bare numbers under a header that gives the
  unit, the total in the time column or across the table;
- ``tracked_changes``: a draft with its tracked changes shown, in cells, headings, totals and
  the proposal: the deleted words are never read;
- ``merged_names``: the procedure's name (and code) merged down the first columns of its step
  table, one or two procedures a table, its total row printed from the first column or beside
  it.

Each case is ``(name, draft, expected)``; the expectation holds in Word and in HTML alike.
Every family is deterministic: the same call gives the same drafts.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from generators.decisions import LEFT, UP, Draft, Numbered, Sheet

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
           "Theo đề nghị của Giám đốc {agency}, tại {doc}",
           "Xét {doc} của Giám đốc {agency}",
           "Theo {doc} của {agency} về việc công bố danh mục thủ tục hành chính"]
DOCS = [("Tờ trình", "to_trinh"), ("Văn bản", "proposal_letter"), ("Tờ trình", "to_trinh"),
        ("Công văn", "proposal_letter")]
NUMBERS = [("109/TTr-SVHTTDL", "109/TTr-SVHTTDL"), ("2849 /TTr-SVHTTDL", "2849/TTr-SVHTTDL"),
           ("3250/TTr-SGD&ĐT", "3250/TTr-SGD&ĐT"), ("45/ TTr - SYT", "45/TTr-SYT"),
           ("10716/SNNMT-QLĐĐ", "10716/SNNMT-QLĐĐ")]
DATES = ["ngày {d} tháng {m} năm {y}", "ngày {d:02d}/{m:02d}/{y}", "ngày {d:02d}-{m:02d}-{y}",
         "ngày {d}.{m}.{y}", ", ngày {d:02d} / {m:02d} / {y}", "ngày {d}/{m}/{y}",
         "\nngày {d:02d} tháng {m:02d} năm {y}"]  # the last after a line break
AGENCIES = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Xây dựng",
            "Sở Nông nghiệp và Môi trường"]


def proposals(count: int = 18) -> list[tuple[str, Draft, dict]]:
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
               ("DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH "
                "CHÍNH TRONG PHẠM VI TỈNH")],
}
CHANGE_WORDS_VI = {"new": "mới ban hành", "amended": "sửa đổi, bổ sung", "replaced": "thay thế",
                   "abolished": "bị bãi bỏ",
                   "listed": "thực hiện không phụ thuộc vào địa giới hành chính"}
PART_NUMBERS = ["PHẦN {r}. ", "{r}. ", "{a}. ", "Phần {n}: "]
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
        for layout in ("paragraphs", "rows", "numbered-rows"):
            number = PART_NUMBERS[(k + (layout != "paragraphs")) % len(PART_NUMBERS)]
            expected, annex = {}, ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH "
                                   + " VÀ ".join(CHANGE_WORDS_VI[c].upper() for c in order)]
            with_code_column = (k + (layout != "paragraphs")) % 3 != 2
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
                elif layout == "rows":
                    body.append([part] + [LEFT] * (len(header) - 1))
                    body += _list_rows(codes, 1, with_code_column)
                else:  # «I» in the first column, the part's words across the others
                    body.append([ROMAN[p], CHANGE_PARTS[change][(k + p) % 2]]
                                + [LEFT] * (len(header) - 2))
                    body += _list_rows(codes, 1, with_code_column)
            if layout != "paragraphs":
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


# --- cases under one procedure -----------------------------------------------------------------

def _ip(code: str, tier: str, variant: str | None, days: list, limit=None) -> dict:
    out = {"code": code, "tier": tier, "variant": variant, "steps": counted(days)}
    if limit is not None:
        out["time_limit"] = limit
    return out


def _sheet(days: list, start: int = 1, total: str | None = None) -> Sheet:
    rows = [HEADER, *steps(days, start)]
    if total:
        rows.append(["Tổng thời gian giải quyết", LEFT, LEFT, total])
    return Sheet(rows)


def case_headings() -> list[tuple[str, Draft, dict]]:
    """Numbered cases under one procedure: «1.1. Đối với trường hợp …», «3.2. …» without the
    words «trường hợp», letters, unnumbered «Trường hợp …», two depths («2.1.» then «a)»),
    cases printed as rows inside the table; and, against them, a sub-heading that prints its
    own code, which is a procedure of its own."""
    out = []
    tier = "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"
    d1, d2, d3 = [1, 2, 0.5, "Không tính thời gian"], [1, 5, 3, 1], [0.5, 4, 0.5]
    # «1.1. Đối với trường hợp …» under «1. …»
    cases = ["1.1. Đối với trường hợp tuyển chọn Kiến trúc sư trưởng cấp tỉnh",
             "1.2. Đối với trường hợp tuyển chọn Kiến trúc sư trưởng cấp xã"]
    annex = [*ANNEX_TITLE, tier, "1. Thủ tục tuyển chọn Kiến trúc sư trưởng (Mã TTHC: 1.000101)",
             cases[0], _sheet(d1), cases[1], _sheet(d2)]
    out.append(("dotted-cases", Draft(annex=annex), {"ips": [
        _ip("1.000101", "province", cases[0], d1), _ip("1.000101", "province", cases[1], d2)]}))
    # «3.1.», «3.2.», «3.3.» that do not say «trường hợp», the code only in the list
    cases = ["3.1. Sao và xác thực tài liệu lưu trữ", "3.2. Đọc tài liệu tại phòng đọc",
             "3.3. Mượn tài liệu lưu trữ"]
    listing = Sheet([["STT", "Mã TTHC", "Tên thủ tục hành chính", "Cấp thực hiện"],
                     ["1", "1.000103", "Thủ tục sử dụng tài liệu lưu trữ tại Lưu trữ lịch sử",
                      "Cấp tỉnh"]])
    annex = ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG", listing, "PHỤ LỤC II",
             *ANNEX_TITLE, tier, "1. Thủ tục khác (Mã TTHC: 1.000102)", _sheet(d3),
             "3. Thủ tục sử dụng tài liệu lưu trữ tại Lưu trữ lịch sử",
             cases[0], _sheet(d1), cases[1], _sheet(d2), cases[2], _sheet(d3)]
    out.append(("sub-numbered-cases", Draft(annex=annex, title=PUBLICATION_TITLE.format(
        what="SỬA ĐỔI, BỔ SUNG") + " VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ"), {"ips": [
            _ip("1.000102", "province", None, d3),
            *(_ip("1.000103", "province", c, d) for c, d in zip(cases, (d1, d2, d3)))]}))
    # two depths: «2.1. …» then «a) …», «b) …»; then «2.2. …» alone
    annex = [*ANNEX_TITLE, tier, "2. Thủ tục cấp giấy phép hoạt động (1.000104)",
             "2.1. Cấp giấy phép lần đầu", "a) Trường hợp hồ sơ đầy đủ", _sheet(d1),
             "b) Trường hợp phải thẩm định thực tế", _sheet(d2), "2.2. Cấp lại giấy phép",
             _sheet(d3)]
    out.append(("two-depths", Draft(annex=annex), {"ips": [
        _ip("1.000104", "province", "2.1. Cấp giấy phép lần đầu – a) Trường hợp hồ sơ đầy đủ", d1),
        _ip("1.000104", "province",
            "2.1. Cấp giấy phép lần đầu – b) Trường hợp phải thẩm định thực tế", d2),
        _ip("1.000104", "province", "2.2. Cấp lại giấy phép", d3)]}))
    # letters that do not say «trường hợp»; an unnumbered «Trường hợp …»
    annex = [*ANNEX_TITLE, "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ",
             "1. Thủ tục đăng ký hoạt động (Mã TTHC: 2.000105)", "a. Đối với tổ chức", _sheet(d1),
             "b. Đối với cá nhân", _sheet(d2),
             "2. Khấu trừ kinh phí bồi thường (mã số 2.000106)",
             "Trường hợp thuộc thẩm quyền giải quyết của cấp xã", _sheet(d3)]
    out.append(("letters-and-unnumbered", Draft(annex=annex), {"ips": [
        _ip("2.000105", "commune", "a. Đối với tổ chức", d1),
        _ip("2.000105", "commune", "b. Đối với cá nhân", d2),
        _ip("2.000106", "commune", "Trường hợp thuộc thẩm quyền giải quyết của cấp xã", d3)]}))
    # the cases printed as rows across the table
    rows = [HEADER, ["1.1. Đối với trường hợp cấp mới", LEFT, LEFT, LEFT], *steps(d1),
            ["1.2. Đối với trường hợp cấp lại", LEFT, LEFT, LEFT], *steps(d2)]
    annex = [*ANNEX_TITLE, tier, "1. Thủ tục cấp chứng chỉ hành nghề (Mã TTHC: 1.000107)",
             Sheet(rows)]
    out.append(("cases-inside-the-table", Draft(annex=annex), {"ips": [
        _ip("1.000107", "province", "1.1. Đối với trường hợp cấp mới", d1),
        _ip("1.000107", "province", "1.2. Đối với trường hợp cấp lại", d2)]}))
    # a roman procedure heading, arabic cases under it
    annex = [*ANNEX_TITLE, tier, "I. Thủ tục thẩm định dự án (Mã TTHC: 1.000108)",
             "1. Dự án nhóm A", _sheet(d1), "2. Dự án nhóm B", _sheet(d2)]
    out.append(("roman-procedure", Draft(annex=annex), {"ips": [
        _ip("1.000108", "province", "1. Dự án nhóm A", d1),
        _ip("1.000108", "province", "2. Dự án nhóm B", d2)]}))
    # a sub-heading with its own code is a procedure, not a case
    annex = [*ANNEX_TITLE, tier, "6. Thủ tục đăng ký (Mã TTHC: 1.000109)",
             "6.1. Đăng ký lần đầu (Mã TTHC: 1.000110)", _sheet(d1),
             "6.2. Đăng ký lại (Mã TTHC: 1.000111)", _sheet(d2)]
    out.append(("coded-sub-headings", Draft(annex=annex), {"ips": [
        _ip("1.000110", "province", None, d1), _ip("1.000111", "province", None, d2)]}))
    # the procedures' annex in parts by change: a part heading is not a procedure, and the
    # procedures under it take its change
    annex = [*ANNEX_TITLE, tier, "1. Thủ tục hành chính mới ban hành",
             "1.1. Thủ tục cấp giấy phép biểu diễn (Mã TTHC: 1.000113)", _sheet(d1),
             "1.2. Thủ tục cấp giấy phép triển lãm (Mã TTHC: 1.000114)", _sheet(d2),
             "2. Thủ tục hành chính sửa đổi, bổ sung",
             "2.1. Thủ tục cấp giấy phép quảng cáo (Mã TTHC: 1.000115)", _sheet(d3)]
    out.append(("parts-by-change", Draft(annex=annex, title=PUBLICATION_TITLE.format(
        what="MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG") + " VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ"), {"ips": [
            _ip("1.000113", "province", None, d1), _ip("1.000114", "province", None, d2),
            _ip("1.000115", "province", None, d3)],
        "changes": {"1.000113": "new", "1.000114": "new", "1.000115": "amended"}}))
    # the word processor numbers the procedure and its cases (levels 0 and 1)
    cases = ["Sao và xác thực tài liệu lưu trữ", "Đọc tài liệu tại phòng đọc"]
    annex = [*ANNEX_TITLE, tier, Numbered("Thủ tục sử dụng tài liệu lưu trữ (Mã TTHC: 1.000116)"),
             Numbered(cases[0], 1), _sheet(d1), Numbered(cases[1], 1), _sheet(d2),
             Numbered("Thủ tục cấp bản sao tài liệu (Mã TTHC: 1.000117)"), _sheet(d3)]
    out.append(("numbered-by-the-word-processor", Draft(annex=annex), {"ips": [
        _ip("1.000116", "province", cases[0], d1), _ip("1.000116", "province", cases[1], d2),
        _ip("1.000117", "province", None, d3)]}))
    # lines that describe the procedure are not cases
    annex = [*ANNEX_TITLE, tier, "7. Thủ tục công nhận (Mã TTHC: 1.000112)",
             "a) Thời hạn giải quyết: 10 ngày làm việc", "b) Quy trình nội bộ:", _sheet(d1)]
    out.append(("description-lines", Draft(annex=annex), {"ips": [
        _ip("1.000112", "province", None, d1)]}))
    return out


# --- one table for the commune and the province ----------------------------------------------------

def _days_text(days: list) -> str:
    total = sum(d for d in days if not isinstance(d, str))
    return f"{str(total).replace('.', ',')} ngày làm việc".replace(",0 ", " ")


def combined_tiers() -> list[tuple[str, Draft, dict]]:
    """One table for the commune and the province: phase rows across the table or in one
    cell, numbering that starts again at «Bước 1» or runs on, with and without part totals;
    and, against them, a table whose part totals name the commune and the department but
    whose steps run on without a phase row (a province procedure the commune takes in), and
    tables whose phase rows name both tiers but whose steps are numbered on across them,
    ending at the tier of the heading (a procedure of that tier, every step its own)."""
    out = []
    commune, province = [0.5, 2, 1, 0.5, 1], [0.5, 1, 3, 1, 0.5, "Không tính thời gian"]
    whole = commune + province
    total = _days_text(whole)
    layouts = {
        "phases-restart-part-totals": (
            [["I. Các bước thực hiện tại UBND cấp xã", LEFT, LEFT, LEFT], *steps(commune),
             ["Tổng thời gian giải quyết tại cấp xã", LEFT, LEFT, _days_text(commune)],
             ["II. Các bước thực hiện tại Sở Xây dựng", LEFT, LEFT, LEFT], *steps(province),
             ["Tổng thời gian giải quyết tại Sở Xây dựng", LEFT, LEFT, _days_text(province)]],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        "one-phase-row-and-a-part-total": (  # the commune part is named only by its total
            [*steps(commune), ["Cộng thời gian thực hiện ở UBND cấp xã", LEFT, LEFT,
                               _days_text(commune)],
             ["Bước thực hiện tại Sở Xây dựng", LEFT, LEFT, LEFT], *steps(province)],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        "phases-run-on-no-part-totals": (
            [["Giai đoạn 1: Tại Ủy ban nhân dân xã, phường", LEFT, LEFT, LEFT], *steps(commune),
             ["Giai đoạn 2: Tại Sở Xây dựng", LEFT, LEFT, LEFT],
             *steps(province, start=len(commune) + 1)],
            "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        "phase-rows-in-one-cell": (
            [["I", "Tại UBND cấp xã", "", ""], *steps(commune),
             ["II", "Tại Sở Xây dựng", "", ""], *steps(province)],
            None),
        "numbered-phase-rows-and-sub-steps": (  # «Bước 1 | Tại UBND cấp xã», then «1.1», «1.2» …
            [["Bước 1", "Tại UBND cấp xã", LEFT, LEFT],
             *[[f"1.{k + 1}", *r[1:]] for k, r in enumerate(steps(commune))],
             ["Bước 2", "Tại Sở Xây dựng", LEFT, LEFT],
             *[[f"2.{k + 1}", *r[1:]] for k, r in enumerate(steps(province))]],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        "restart-without-phase-rows": (  # the parts named by their totals and steps
            [*[[r[0], "Công chức UBND cấp xã", *r[2:]] for r in steps(commune)],
             ["Tổng thời gian thực hiện tại cấp xã", LEFT, LEFT, _days_text(commune)],
             *[[r[0], "Chuyên viên Sở Xây dựng", *r[2:]] for r in steps(province)],
             ["Tổng thời gian thực hiện tại Sở", LEFT, LEFT, _days_text(province)]],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
    }
    for k, (name, (rows, section)) in enumerate(layouts.items()):
        code = f"1.0002{k:02d}"
        sheet = Sheet([HEADER, *rows, ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, total]])
        annex = [*ANNEX_TITLE, *([section] if section else []),
                 f"1. Thủ tục cấp giấy phép xây dựng loại {k + 1} (Mã TTHC: {code})", sheet]
        out.append((name, Draft(annex=annex), {"ips": [
            _ip(code, "province", None, whole), _ip(code, "commune", None, whole)],
            "time_limit": _limit(whole)}))
    # a province procedure the commune takes in: one tier, as its heading says
    rows = [*steps(commune), ["Tổng thời gian giải quyết TTHC ở cấp xã là:", LEFT, LEFT,
                              _days_text(commune)],
            *steps(province, start=len(commune) + 1),
            ["Tổng thời gian giải quyết TTHC ở Sở Xây dựng", LEFT, LEFT, _days_text(province)],
            ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, total]]
    annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
             "1. Thủ tục giải quyết chế độ trợ cấp (Mã TTHC: 1.000299)", Sheet([HEADER, *rows])]
    out.append(("province-procedure-with-a-commune-part", Draft(annex=annex), {"ips": [
        _ip("1.000299", "province", None, whole)], "time_limit": _limit(whole)}))
    # phase rows of two tiers in one procedure of the heading's tier: the steps numbered on
    # across them, the last phase at the heading's tier
    on = len(commune) + 1
    one_tier = {
        "phases-numbered-on-part-totals": (
            [["Bước 1: Tại UBND cấp xã", LEFT, LEFT, LEFT], *steps(commune),
             ["Tổng thời gian tại UBND cấp xã", LEFT, LEFT, _days_text(commune)],
             ["Bước 2: Tại Sở Nội vụ", LEFT, LEFT, LEFT], *steps(province, start=on),
             ["Tổng thời gian tại Sở Nội vụ", LEFT, LEFT, _days_text(province)]],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", ["province"]),
        "stages-numbered-on": (
            [["Giai đoạn 1: Tại Ủy ban nhân dân xã, phường", LEFT, LEFT, LEFT], *steps(commune),
             ["Giai đoạn 2: Tại Sở Nội vụ", LEFT, LEFT, LEFT], *steps(province, start=on)],
            "I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", ["province"]),
        "phase-cells-numbered-on": (
            [["I", "Tại UBND cấp xã", "", ""],
             *[[str(k + 1), *r[1:]] for k, r in enumerate(steps(commune))],
             ["II", "Tại Sở Nội vụ", "", ""],
             *[[str(k + on), *r[1:]] for k, r in enumerate(steps(province))]],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", ["province"]),
        # against it: the last phase at the commune, under the province's heading: both tiers
        "numbered-on-ending-at-the-commune": (
            [["Bước 1: Tại Sở Nội vụ", LEFT, LEFT, LEFT], *steps(province),
             ["Bước 2: Tại UBND cấp xã", LEFT, LEFT, LEFT],
             *steps(commune, start=len(province) + 1)],
            "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", ["province", "commune"]),
    }
    for k, (name, (rows, section, tiers)) in enumerate(one_tier.items()):
        code = f"1.0002{50 + k}"
        order = whole if name != "numbered-on-ending-at-the-commune" else province + commune
        sheet = Sheet([HEADER, *rows, ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, total]])
        annex = [*ANNEX_TITLE, section,
                 f"1. Thủ tục giải quyết chế độ ưu đãi loại {k + 1} (Mã TTHC: {code})", sheet]
        out.append((name, Draft(annex=annex), {"ips": [
            _ip(code, tier, None, order) for tier in tiers], "time_limit": _limit(whole)}))
    return out


def _limit(days: list) -> dict:
    total = sum(d for d in days if not isinstance(d, str))
    return {"value": int(total) if float(total).is_integer() else total,
            "unit": "working_days"}


# --- alternative paths ----------------------------------------------------------------------------

def alternative_paths() -> list[tuple[str, Draft, dict]]:
    """A table that prints two paths, each with its own total: the amounts in one cell
    («7 ngày đối với hồ sơ đầy đủ; 27 ngày đối với trường hợp phải xác minh»), in two rows
    (a row for each path's step, a total row for each path), one path after the other, or
    the totals printed above the table; one path's steps adding up to it together with the
    steps before (cumulative)."""
    out = []
    full, verify = "hồ sơ đầy đủ", "phải xác minh"
    a, b = f"Trường hợp {full}", f"Trường hợp {verify}"
    common_before, common_after = [0.5], [2, 0.5]
    own_a, own_b = [7], [27]
    path_a = common_before + own_a + common_after  # 10
    path_b = common_before + own_b + common_after  # 30

    def row(label, action, text):
        return [label, "Chuyên viên phòng", action, text]

    # in one cell
    rows = [HEADER, row("Bước 1", "Tiếp nhận hồ sơ", "0,5 ngày làm việc"),
            row("Bước 2", "Thẩm định hồ sơ", f"07 ngày làm việc đối với {full}; 27 ngày làm "
                f"việc đối với trường hợp {verify}"),
            row("Bước 3", "Trình ký", "02 ngày làm việc"), row("Bước 4", "Trả kết quả",
                                                                 "0,5 ngày làm việc"),
            ["Tổng thời gian giải quyết", LEFT, LEFT,
             f"10 ngày làm việc đối với {full}; 30 ngày làm việc đối với trường hợp {verify}"]]
    out.append(("one-cell", rows, None, "Đối với " + full, b))
    # in two rows
    rows = [HEADER, row("Bước 1", "Tiếp nhận hồ sơ", "0,5 ngày làm việc"),
            row("Bước 2", f"Thẩm định hồ sơ (trường hợp {full})", "07 ngày làm việc"),
            row("Bước 2", f"Xác minh, thẩm định hồ sơ (trường hợp {verify})", "27 ngày làm việc"),
            row("Bước 3", "Trình ký", "02 ngày làm việc"),
            row("Bước 4", "Trả kết quả", "0,5 ngày làm việc"),
            [f"Tổng thời gian giải quyết ({a.lower()})", LEFT, LEFT, "10 ngày làm việc"],
            [f"Tổng thời gian giải quyết ({b.lower()})", LEFT, LEFT, "30 ngày làm việc"]]
    out.append(("two-rows", rows, None, a, b))
    # one path after the other, each with its steps and its total
    rows = [HEADER, *[row(f"Bước {k + 1}", f"Việc {k + 1}", f"{str(d).replace('.', ',')} ngày "
                          "làm việc") for k, d in enumerate(path_a)],
            [f"Tổng thời gian giải quyết {a.lower()}: 10 ngày làm việc", LEFT, LEFT, LEFT],
            *[row(f"Bước {k + 1}", f"Việc {k + 1}", f"{str(d).replace('.', ',')} ngày làm việc")
              for k, d in enumerate(path_b)],
            [f"Tổng thời gian giải quyết {b.lower()}: 30 ngày làm việc", LEFT, LEFT, LEFT]]
    out.append(("one-after-the-other", rows, None, a, b))
    # cumulative: the second path's total adds up the steps before it too
    extra = [18, 2]
    rows = [HEADER, *[row(f"Bước {k + 1}", f"Việc {k + 1}", f"{str(d).replace('.', ',')} ngày "
                          "làm việc") for k, d in enumerate(path_a)],
            ["Tổng thời gian", f"{a}: 10 ngày làm việc", LEFT, LEFT],
            *[row(f"Bước {k + 5}", f"Xác minh {k + 1}", f"{d} ngày làm việc")
              for k, d in enumerate(extra)],
            ["Tổng thời gian", f"{b}: 30 ngày làm việc", LEFT, LEFT]]
    out.append(("cumulative", rows, (path_a, path_a + extra), a, b))
    # the totals printed above the table, the path's own step marked in its time cell
    rows = [HEADER, row("Bước 1", "Tiếp nhận hồ sơ", "0,5 ngày làm việc"),
            row("Bước 2", "Thẩm định hồ sơ", f"07 ngày làm việc (trường hợp {full})"),
            row("Bước 3", "Xác minh, thẩm định hồ sơ", f"27 ngày làm việc (trường hợp {verify})"),
            row("Bước 4", "Trình ký", "02 ngày làm việc"),
            row("Bước 5", "Trả kết quả", "0,5 ngày làm việc")]
    above = (f"Tổng thời gian giải quyết: 10 ngày làm việc đối với trường hợp {full}; 30 ngày "
             f"làm việc đối với trường hợp {verify}.")
    out.append(("totals-above", rows, above, a, b))
    # each path under its own case row, one total at the end giving both amounts
    rows = [HEADER, [a, LEFT, LEFT, LEFT],
            *[row(f"Bước {k + 1}", f"Việc {k + 1}", f"{str(d).replace('.', ',')} ngày làm việc")
              for k, d in enumerate(path_a)],
            [b, LEFT, LEFT, LEFT],
            *[row(f"Bước {k + 1}", f"Việc {k + 1}", f"{str(d).replace('.', ',')} ngày làm việc")
              for k, d in enumerate(path_b)],
            ["Tổng thời gian giải quyết", LEFT, LEFT, (f"10 ngày làm việc đối với trường hợp "
                                                       f"{full}; 30 ngày làm việc đối với "
                                                       f"trường hợp {verify}")]]
    out.append(("case-rows-and-one-total", rows, None, a, b))
    drafts = []
    for k, (name, rows, extra_info, first, second) in enumerate(out):
        code = f"1.0003{k:02d}"
        above = [extra_info] if isinstance(extra_info, str) else []
        days = extra_info if isinstance(extra_info, tuple) else (path_a, path_b)
        annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                 f"1. Thủ tục công nhận cơ sở loại {k + 1} (Mã TTHC: {code})", *above, Sheet(rows)]
        drafts.append((name, Draft(annex=annex), {"ips": [
            _ip(code, "province", first, days[0], {"value": 10, "unit": "working_days"}),
            _ip(code, "province", second, days[1], {"value": 30, "unit": "working_days"})]}))
    # paths under a case heading: the case and the path, both
    rows = out[1][1]
    annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
             "2. Thủ tục công nhận cơ sở (Mã TTHC: 1.000399)", "a) Cấp lần đầu", Sheet(rows)]
    drafts.append(("paths-under-a-case", Draft(annex=annex), {"ips": [
        _ip("1.000399", "province", f"a) Cấp lần đầu – {a}", path_a,
            {"value": 10, "unit": "working_days"}),
        _ip("1.000399", "province", f"a) Cấp lần đầu – {b}", path_b,
            {"value": 30, "unit": "working_days"})]}))
    return drafts


# --- alternative paths as time columns ------------------------------------------------------------

def path_columns() -> list[tuple[str, Draft, dict]]:
    """Alternative paths printed as time columns under one header spanning them («Thời gian
    thực hiện (ngày làm việc)» over «Trường hợp không phải trích đo địa chính» and «Trường
    hợp phải trích đo địa chính»): the second header row is no step, each column is a path
    with its own steps' times and its own total. Bare numbers under the header's unit or
    the column's own, amounts with their unit, a cell spanning every column, three paths, a
    case heading above the table."""
    def table(top: str, cases: list[str], cells: list[list], totals: list[str] | None,
              first: list[str] = ("TT", "Đơn vị thực hiện", "Nội dung công việc")) -> Sheet:
        width = len(cases)
        rows = [[*first, top, *[LEFT] * (width - 1)], [*[UP] * len(first), *cases]]
        for k, times in enumerate(cells):
            row = [str(k + 1), "Chuyên viên phòng", f"Công việc {k + 1}"]
            row += [times, *[LEFT] * (width - 1)] if isinstance(times, str) else list(times)
            rows.append(row)
        if totals:
            rows.append(["Tổng thời gian giải quyết", LEFT, LEFT, *totals])
        return Sheet(rows)

    def read(cells: list, k: int, unit: str = "working_days") -> list[tuple]:
        out = []
        for times in cells:
            if isinstance(times, str):
                out.append((None, False))
                continue
            value = float(times[k].split()[0].replace(",", "."))
            out.append((int(value) if value.is_integer() else value, unit))
        return out

    def limit(value: float, unit: str = "working_days") -> dict:
        return {"value": int(value) if float(value).is_integer() else value, "unit": unit}

    out = []
    # bare numbers under «(ngày làm việc)», «Không tính thời gian» across both columns
    cases = ["Trường hợp không phải trích đo địa chính", "Trường hợp phải trích đo địa chính"]
    cells = [("0,5", "0,5"), ("2,5", "7,5"), ("03", "03"), ("02", "02"), "Không tính thời gian"]
    out.append(("bare-numbers-under-the-header", [table(
        "Thời gian thực hiện (ngày làm việc)", cases, cells, ["08", "13"])], [
            (cases[0], read(cells, 0), limit(8)), (cases[1], read(cells, 1), limit(13))]))
    # the unit in each column's own header, other words
    cases = ["Hồ sơ đầy đủ, hợp lệ (ngày)", "Hồ sơ phải xác minh thực tế (ngày)"]
    cells = [("1", "1"), ("5", "20"), ("1", "1"), "Trong ngày"]
    out.append(("the-unit-in-each-column", [table("Thời hạn giải quyết", cases, cells,
                                                  ["7", "22"])], [
        (cases[0], read(cells, 0), limit(7)), (cases[1], read(cells, 1), limit(22))]))
    # amounts with their unit, three paths, no total row
    cases = ["TH1: Không phải thẩm định", "TH2: Thẩm định hồ sơ",
             "TH3: Thẩm định tại thực địa"]
    cells = [("04 giờ", "04 giờ", "04 giờ"), ("08 giờ", "24 giờ", "40 giờ"),
             ("04 giờ", "04 giờ", "04 giờ")]
    out.append(("three-paths-in-hours", [table("Thời gian", cases, cells, None)], [
        (c, read(cells, k, "working_hours"), None) for k, c in enumerate(cases)]))
    # under a case heading: the case and the path, both; «Bước» labels
    cases = ["Trường hợp cấp mới", "Trường hợp cấp lại"]
    cells = [("0,5 ngày làm việc", "0,5 ngày làm việc"), ("05 ngày làm việc",
                                                         "03 ngày làm việc"),
             ("01 ngày làm việc", "0,5 ngày làm việc")]
    out.append(("paths-under-a-case", ["a) Đối với tổ chức", table(
        "Thời gian thực hiện", cases, cells, ["6,5 ngày làm việc", "04 ngày làm việc"],
        first=["Bước", "Trách nhiệm", "Nội dung thực hiện"])], [
        (f"a) Đối với tổ chức – {cases[0]}", read(cells, 0), limit(6.5)),
        (f"a) Đối với tổ chức – {cases[1]}", read(cells, 1), limit(4))]))
    # one header row, each time column naming its case
    cases = ["Trường hợp hồ sơ đầy đủ", "Trường hợp phải xác minh"]
    cells = [("0,5 ngày làm việc", "0,5 ngày làm việc"), ("07 ngày làm việc", "27 ngày làm việc"),
             ("02 ngày làm việc", "02 ngày làm việc"), ("0,5 ngày làm việc", "0,5 ngày làm việc")]
    heads = ["Thời gian thực hiện (đối với trường hợp hồ sơ đầy đủ)",
             "Thời gian thực hiện (trường hợp phải xác minh)"]
    rows = [["Bước", "Nội dung công việc", *heads, "Trách nhiệm"]]
    rows += [[f"Bước {k + 1}", f"Công việc {k + 1}", *times, "Chuyên viên phòng"]
             for k, times in enumerate(cells)]
    rows.append(["Tổng thời gian giải quyết", LEFT, "10 ngày làm việc", "30 ngày làm việc", ""])
    out.append(("one-header-row-naming-the-cases", [Sheet(rows)], [
        (cases[0], read(cells, 0), limit(10)), (cases[1], read(cells, 1), limit(30))]))
    # the table broken across a page: its rows carry on in a table without a header
    cases = ["Trường hợp không phải trích đo địa chính", "Trường hợp phải trích đo địa chính"]
    cells = [("0,5", "0,5"), ("2,5", "7,5"), ("03", "03"), ("02", "02"), "Không tính thời gian"]
    whole = table("Thời gian thực hiện (ngày làm việc)", cases, cells, ["08", "13"])
    rest = Sheet(whole.rows[5:])
    out.append(("broken-across-a-page", [Sheet(whole.rows[:5]), rest], [
        (cases[0], read(cells, 0), limit(8)), (cases[1], read(cells, 1), limit(13))]))
    drafts = []
    for k, (name, items, paths) in enumerate(out):
        code = f"1.0009{k:02d}"
        annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                 f"1. Thủ tục đăng ký đất đai loại {k + 1} (Mã TTHC: {code})", *items]
        drafts.append((name, Draft(annex=annex), {"ips": [
            _ip(code, "province", case, [], lim) | {"steps": steps_read}
            for case, steps_read, lim in paths]}))
    return drafts


# --- step tables without a header row -------------------------------------------------------------

def headerless_tables() -> list[tuple[str, Draft, dict]]:
    """Step tables printed without their header row («Bước 1 | Bộ phận Một cửa | Tiếp nhận …
    | 04 giờ làm việc»): still step tables, their columns told by what the cells hold, in
    any order, with «Bước 1» or «1» labels and a total row; placed by the code in the heading
    above, or, with no code anywhere, unplaced and left open, never skipped."""
    who = ["Bộ phận Một cửa của Ban Quản lý", "Lãnh đạo Phòng Quản lý doanh nghiệp",
           "Chuyên viên Phòng Quản lý doanh nghiệp", "Lãnh đạo Ban", "Văn thư Ban",
           "Bộ phận Một cửa của Ban Quản lý"]
    what = ["Tiếp nhận, kiểm tra hồ sơ; chuyển phòng chuyên môn", "Phân công xử lý",
            "Thẩm định hồ sơ, dự thảo giấy phép", "Ký giấy phép", "Vào số, chuyển kết quả",
            "Trả kết quả cho tổ chức, cá nhân"]
    hours = ["04 giờ làm việc", "04 giờ làm việc", "24 giờ làm việc", "04 giờ làm việc",
             "04 giờ làm việc", "Không tính thời gian"]
    days = ["0,5 ngày làm việc", "0,5 ngày làm việc", "03 ngày làm việc", "0,5 ngày làm việc",
            "0,5 ngày làm việc", "Không tính thời gian"]
    read_hours = [(4, "working_hours")] * 2 + [(24, "working_hours")] + \
        [(4, "working_hours")] * 2 + [(None, False)]
    read_days = counted([0.5, 0.5, 3, 0.5, 0.5, "Không tính thời gian"])
    layouts = {  # (label form, cell order, times, total, code in the heading)
        "label-who-what-time": ("Bước {n}", ("label", "who", "what", "time"), hours,
                                "40 giờ làm việc", True),
        "label-what-time-who": ("{n}", ("label", "what", "time", "who"), days,
                                "05 ngày làm việc", True),
        "no-total-row": ("B{n}", ("label", "who", "what", "time"), days, None, True),
        "no-code-anywhere": ("Bước {n}", ("label", "who", "what", "time"), hours, None, False),
        "a-header-that-names-nothing": ("{n}", ("label", "who", "what", "time"), days,
                                        "05 ngày làm việc", True),
        "the-code-in-a-title-row": ("Bước {n}", ("label", "who", "what", "time"), hours,
                                    "40 giờ làm việc", True),
    }
    out = []
    for k, (name, (label, order, times, total, coded)) in enumerate(layouts.items()):
        code = f"1.0011{k:02d}"
        rows = []
        for j in range(len(who)):
            cells = {"label": label.format(n=j + 1), "who": who[j], "what": what[j],
                     "time": times[j]}
            rows.append([cells[x] for x in order])
        if total:
            at = order.index("time")
            rows.append(["Tổng thời gian giải quyết", *[LEFT] * (at - 1), total,
                         *[""] * (len(order) - at - 1)])
        heading = (f"1. Thủ tục cấp giấy phép lao động loại {k + 1} (Mã TTHC: {code})" if coded
                   else f"1. Thủ tục cấp giấy phép lao động loại {k + 1}")
        if name == "a-header-that-names-nothing":  # words that name no column
            rows.insert(0, ["Số", "Người làm", "Việc làm", "Hạn"])
        if name == "the-code-in-a-title-row":  # the heading inside the table, above the steps
            rows.insert(0, [f"Tên thủ tục: {heading[3:]}", LEFT, LEFT, LEFT])
            heading = None
        annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                 *([heading] if heading else []), Sheet(rows)]
        steps_read = read_hours if times is hours else read_days
        want = {"ips": [_ip(code, "province", None, [], None) | {"steps": steps_read}]}
        if not coded:
            want = {"ips": [], "unplaced": 1}
        out.append((name, Draft(annex=annex), want))
    return out


# --- where a code is printed ----------------------------------------------------------------------

def code_places() -> list[tuple[str, Draft, dict]]:
    """A procedure's code in each place a decision prints it: in its heading, on a line of
    its own under it, in a title row inside the step table, in the list annex's code column,
    in the list annex's name cell («… (Mã TTHC: …)»), after the name with a dash, in the
    heading of a group's member, and in a heading numbered in Roman figures («mã số …»)."""
    name = "Thủ tục cấp giấy phép hoạt động bảo tàng ngoài công lập"
    days = [0.5, 3, 1, "Không tính thời gian"]
    sheet = _sheet(days)
    code = "1.000401"

    def listed(name_cell: str, code_cell: str | None) -> list:
        header = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Cấp thực hiện"] if code_cell \
            is not None else ["STT", "Tên thủ tục hành chính", "Cấp thực hiện"]
        row = ["1", code_cell, name_cell, "Cấp tỉnh"] if code_cell is not None else \
            ["1", name_cell, "Cấp tỉnh"]
        return ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", Sheet([header, row]),
                "PHỤ LỤC II"]

    title_row = Sheet([[f"Quy trình giải quyết {name.lower()} (Mã TTHC: {code})", LEFT, LEFT,
                        LEFT], *sheet.rows])
    places = {
        "heading": [f"1. {name} (Mã TTHC: {code})", sheet],
        "own-line": [f"1. {name}", f"Mã số TTHC: {code}", sheet],
        "title-row": [title_row],
        "list-code-column": [*listed(name, code), f"1. {name}", sheet],
        "list-name-cell": [*listed(f"{name} (Mã TTHC: {code})", ""), f"1. {name}", sheet],
        "list-name-cell-without-code-column": [*listed(f"{name}. Mã TTHC: {code}", None),
                                               f"1. {name}", sheet],
        "after-a-dash": [f"1. {name} - {code}", sheet],
        "group-member": ["1. Nhóm 01 TTHC, gồm:", f"1.1. {name} ({code})", sheet],
        "roman-heading": [f"I. {name} (mã số {code})", sheet],
        "before-the-name": [f"1. Mã TTHC {code}: {name}", sheet],
        "list-name-cell-second-line": [*listed(f"{name}\nMã TTHC: {code}", ""), f"1. {name}",
                                       sheet],
        "list-odd-code": [*listed(name, "1.000.401"), f"1. {name}", sheet],
        "list-name-said-otherwise": [*listed(name.replace("Thủ tục c", "C"), code),
                                     f"1. {name} (cấp tỉnh).", sheet],
        "name-column-of-the-step-table": [Sheet(
            [["TT", "Tên thủ tục hành chính", "Trình tự thực hiện", "Trách nhiệm",
              "Thời gian"],
             *[[r[0], f"{name} (Mã TTHC: {code})" if k == 0 else UP, r[2], r[1], r[3]]
               for k, r in enumerate(sheet.rows[1:])]])],
    }
    out = []
    for place, items in places.items():
        annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", *items]
        if place.startswith("list"):
            annex = [*items[:4], *ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", *items[4:]]
        title = (PUBLICATION_TITLE.format(what="MỚI BAN HÀNH") + " VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ"
                 if place.startswith("list") else Draft.title)
        out.append((place, Draft(annex=annex, title=title),
                    {"ips": [_ip(code, "province", None, days)]}))
    return out


# --- cases that name their tier -------------------------------------------------------------------

def case_tiers() -> list[tuple[str, Draft, dict]]:
    """Cases that name their tier («a) Trường hợp thuộc thẩm quyền giải quyết của Sở …», «b) …
    của Ủy ban nhân dân cấp xã», «1.2. Đối với hồ sơ nộp tại cấp xã») under a heading for both
    tiers, or under a procedure the list gives both tiers: each case's table is its own tier's
    only; as headings above the table or as rows inside it. Against them, cases that name no
    tier serve both."""
    d1, d2 = [0.5, 5, 2, "Không tính thời gian"], [0.5, 3, 1]
    both = "I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ"
    authority = "Trường hợp thuộc thẩm quyền giải quyết của"
    layouts = {
        "authority-letters": (both, [f"a) {authority} Sở Nông nghiệp và Môi trường",
                                     f"b) {authority} Ủy ban nhân dân cấp xã"],
                              [["province"], ["commune"]], False),
        "where-it-is-filed": ("A. THỦ TỤC HÀNH CHÍNH THỰC HIỆN TẠI CẤP TỈNH VÀ CẤP XÃ",
                              ["1.1. Đối với hồ sơ nộp tại cấp xã",
                               "1.2. Đối với hồ sơ nộp tại cấp tỉnh"],
                              [["commune"], ["province"]], False),
        "cases-as-rows": (both, ["a) Trường hợp do Chủ tịch UBND tỉnh giải quyết",
                                 "b) Trường hợp do Chủ tịch UBND cấp xã giải quyết"],
                          [["province"], ["commune"]], True),
        "cases-naming-no-tier": (both, ["a) Đối với tổ chức", "b) Đối với cá nhân"],
                                 [["province", "commune"], ["province", "commune"]], False),
    }
    out = []
    for k, (name, (section, cases, tiers, as_rows)) in enumerate(layouts.items()):
        code = f"1.0010{k:02d}"
        heading = f"1. Thủ tục cấp giấy xác nhận nuôi trồng thủy sản loại {k + 1} (Mã TTHC: {code})"
        if as_rows:
            rows = [HEADER, [cases[0], LEFT, LEFT, LEFT], *steps(d1),
                    [cases[1], LEFT, LEFT, LEFT], *steps(d2)]
            tables = [Sheet(rows)]
        else:
            tables = [cases[0], _sheet(d1), cases[1], _sheet(d2)]
        annex = [*ANNEX_TITLE, section, heading, *tables]
        ips = [_ip(code, tier, case, days) for case, days, named in zip(cases, (d1, d2), tiers)
               for tier in named]
        out.append((name, Draft(annex=annex), {"ips": ips}))
    # no heading gives the tier: the list gives both, each case names its own
    code, cases = "1.001099", [f"a) {authority} Sở Nông nghiệp và Môi trường",
                               f"b) {authority} Ủy ban nhân dân cấp xã"]
    name = "Thủ tục cấp giấy xác nhận nuôi trồng thủy sản lồng bè"
    listing = Sheet([["STT", "Mã TTHC", "Tên thủ tục hành chính", "Cấp thực hiện"],
                     ["1", code, name, "Cấp tỉnh, cấp xã"]])
    annex = ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG", listing, "PHỤ LỤC II",
             *ANNEX_TITLE, f"1. {name}", cases[0], _sheet(d1), cases[1], _sheet(d2)]
    title = "PHÊ DUYỆT QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC THỦY SẢN"
    out.append(("the-list-gives-both-tiers", Draft(annex=annex, title=title), {"ips": [
        _ip(code, "province", cases[0], d1), _ip(code, "commune", cases[1], d2)]}))
    return out


# --- the tiers of a centrally-run city ------------------------------------------------------------

CITY = {"province_lines": ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"),
        "place_date": "Hà Nội, ngày 05 tháng 12 năm 2025",
        "issuer": "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"}


def city_tiers() -> list[tuple[str, Draft, dict]]:
    """A centrally-run city prints its province tier as «cấp Thành phố»: alone, with «cấp
    xã» («… TẠI CẤP THÀNH PHỐ VÀ CẤP XÃ», «CẤP THÀNH PHỐ, XÃ»), in capitals or not; and,
    against them, «thành phố» in words that are not a tier («UBND xã, phường, thành phố …»),
    which names the commune tier only."""
    days = [0.25, 0.5, "Không tính thời gian"]
    both, city, commune = ["province", "commune"], ["province"], ["commune"]
    headings = {
        "city-and-commune": (("I. THỦ TỤC HÀNH CHÍNH THỰC HIỆN TẠI CẤP THÀNH PHỐ VÀ CẤP XÃ "
                              "(KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH)"), both),
        "city-comma-commune": ("A. THỦ TỤC HÀNH CHÍNH CẤP THÀNH PHỐ, XÃ", both),
        "city-alone": ("A. THỦ TỤC HÀNH CHÍNH CẤP THÀNH PHỐ", city),
        "city-in-lower-case": (("II. Thủ tục hành chính thuộc thẩm quyền giải quyết cấp Thành "
                                "phố"), city),
        "city-then-commune": ("I. THỦ TỤC HÀNH CHÍNH CẤP XÃ", commune),
        "a-city-that-is-no-tier": (("B. THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA "
                                    "UBND XÃ, PHƯỜNG, THÀNH PHỐ"), commune),
    }
    out = []
    for k, (name, (heading, tiers)) in enumerate(headings.items()):
        code = f"2.0007{k:02d}"
        title = f"1. Thủ tục chứng thực bản sao loại {k + 1} (Mã TTHC: {code})"
        annex = [*ANNEX_TITLE, heading, title, _sheet(days, total="0,75 ngày làm việc")]
        if name == "city-then-commune":  # a city section before it: each table its own tier
            annex = [*ANNEX_TITLE, "I. THỦ TỤC HÀNH CHÍNH CẤP THÀNH PHỐ",
                     "1. Thủ tục cấp bản sao trích lục (Mã TTHC: 2.000799)", _sheet(days),
                     heading.replace("I.", "II."), *annex[len(ANNEX_TITLE) + 1:]]
        ips = [_ip(code, tier, None, days) for tier in tiers]
        if name == "city-then-commune":
            ips = [_ip("2.000799", "province", None, days), *ips]
        out.append((name, Draft(annex=annex, **CITY), {"ips": ips}))
    return out


# --- bare numbers under the header's unit ---------------------------------------------------------

def bare_totals() -> list[tuple[str, Draft, dict]]:
    """Steps and totals printed as bare numbers («1/2», «06», «09») under a header that gives
    the unit («Thời gian giải quyết (ngày làm việc)», «Thời gian (giờ)»): the total is the
    time limit, in the time column or in a row across the table («Tổng thời gian giải quyết:
    09»); and, against them, a header that gives no unit, where a bare total is no limit."""
    days, hours = ["1/2", "06", "02", "1/2", "Không tính thời gian"], ["04", "16", "02", "02"]
    read_days = [0.5, 6, 2, 0.5, "Không tính thời gian"]
    cases = {
        "days-in-the-time-column": ("Thời gian giải quyết (ngày làm việc)", days, "09", False,
                                    {"value": 9, "unit": "working_days"}),
        "hours-in-the-time-column": ("Thời gian thực hiện (giờ)", hours, "24", False,
                                     {"value": 24, "unit": "working_hours"}),
        "days-across-the-table": ("Thời gian (ngày)", days, "09", True,
                                  {"value": 9, "unit": "working_days"}),
        "no-unit-in-the-header": ("Thời gian", ["0,5 ngày", "06 ngày", "02 ngày", "0,5 ngày",
                                                "Không tính thời gian"], "09", False, None),
    }
    out = []
    for k, (name, (head, cells, total, across, limit)) in enumerate(cases.items()):
        code = f"1.0008{k:02d}"
        rows = [[str(j + 1), "Chuyên viên phòng", f"Công việc {j + 1}", cell]
                for j, cell in enumerate(cells)]
        last = (["Tổng thời gian giải quyết: " + total, LEFT, LEFT, LEFT] if across else
                ["Tổng thời gian giải quyết", LEFT, LEFT, total])
        sheet = Sheet([["TT", "Đơn vị thực hiện", "Nội dung công việc", head], *rows, last])
        annex = [*ANNEX_TITLE, "I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                 f"1. Thủ tục phê duyệt phương án loại {k + 1} (Mã TTHC: {code})", sheet]
        if "giờ" in head:
            steps_read = [(int(h), "working_hours") for h in cells]
        else:
            steps_read = counted(read_days)
        ip = {"code": code, "tier": "province", "variant": None, "steps": steps_read}
        if limit:
            ip["time_limit"] = limit
        out.append((name, Draft(annex=annex), {"ips": [ip], "limit": limit}))
    return out


# --- the procedure's name merged down the first columns -------------------------------------------

def merged_names() -> list[tuple[str, Draft, dict]]:
    """The procedure's name (and code) printed once in the first column(s), merged down its
    steps: in one cell with the code, or beside a «Mã TTHC» column, one or two procedures in
    one table, with a «STT» column merged down beside the steps' «Bước», the total row
    printed from the first column across the name, or beside the name still merged down.
    The total row is each procedure's total, never a step, nor the start of another table."""
    days_a, days_b = [0.5, 2, 5, 1, "Không tính thời gian"], [1, 3, 0.5, 0.5, ""]
    procs = [("1.000601", "Thủ tục cấp giấy phép khai thác tài nguyên nước", days_a),
             ("1.000602", "Thủ tục gia hạn giấy phép khai thác tài nguyên nước", days_b)]

    def body(days: list, lead: list, total: str, across: bool, hours: bool = False) -> list:
        """One procedure's rows: ``lead`` the first cells of its first row (merged down);
        its total row across those first cells too (``across``), or beside them."""
        rows = []
        for k, d in enumerate(days):
            text = d if isinstance(d, str) else (
                f"{int(d * 8):02d} giờ làm việc" if hours else
                f"{str(d).replace('.', ',')} ngày làm việc")
            rows.append([*(lead if k == 0 else [UP] * len(lead)), f"Bước {k + 1}",
                         "Nội dung công việc " + str(k + 1), "Chuyên viên phòng", text])
        if across:
            rows.append(["Tổng thời gian giải quyết", *[LEFT] * (len(lead) + 2), total])
        else:
            rows.append([*[UP] * len(lead), "Tổng thời gian giải quyết", LEFT, LEFT, total])
        return rows

    def limit(days: list, hours: bool = False) -> dict:
        v = _limit(days)
        return {"value": v["value"] * 8, "unit": "working_hours"} if hours else v

    def words(days: list, hours: bool = False) -> str:
        v = limit(days, hours)["value"]
        return f"{v:g} giờ làm việc ({_days_text(days)})" if hours else _days_text(days)

    steps_cols = ["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian thực hiện"]
    layouts = {
        # «Tên (mã)» in one cell, one procedure a table, the total across the name
        "name-and-code-in-one-cell": (["Tên thủ tục hành chính"], lambda k, code, name: [
            f"{name} ({code})"], True, False, False),
        # the same, the total beside the name still merged down
        "total-beside-the-name": (["Tên thủ tục hành chính"], lambda k, code, name: [
            f"{name} (Mã TTHC: {code})"], False, False, False),
        # one table for two procedures: «STT», «Mã TTHC», name merged down, hours
        "stt-code-and-name-columns": (["STT", "Mã TTHC", "Tên thủ tục hành chính"],
                                      lambda k, code, name: [str(k + 1), code, name], False,
                                      True, True),
        # one table for two procedures: the code column, the total across it
        "code-column-total-across": (["Mã TTHC", "Tên TTHC"], lambda k, code, name: [
            code, name], True, True, False),
    }
    out = []
    for name, (lead_cols, lead, across, one_table, hours) in layouts.items():
        tables, ips = [], []
        rows: list[list] = []
        for k, (code, title, days) in enumerate(procs):
            part = body(days, lead(k, code, title), words(days, hours), across, hours)
            ips.append(_ip(code, "province", None, days, limit(days, hours)))
            if hours:
                ips[-1]["steps"] = [(d * 8, "working_hours") if not isinstance(d, str) else
                                    (None, False) for d in days]
            if one_table:
                rows += part
            else:
                tables.append(Sheet([[*lead_cols, *steps_cols], *part]))
        if one_table:
            tables = [Sheet([[*lead_cols, *steps_cols], *rows])]
        annex = [*ANNEX_TITLE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", *tables]
        out.append((name, Draft(annex=annex), {"ips": ips}))
    return out


# --- a draft's tracked changes --------------------------------------------------------------------

def tracked_changes() -> list[tuple[str, Draft, dict]]:
    """A draft with its reviewers' tracked changes shown (Word's w:del and w:ins, a page's <del>
    and <ins>): read as the text stands with the changes made, the deleted words never read.
    A change in a time cell, in a total, in the heading's code, in the tier heading, in the
    proposal's number and date, a step's time deleted whole."""
    def sheet(times: list[str], total: str) -> Sheet:
        rows = [[f"Bước {k + 1}", "Chuyên viên phòng", f"Công việc {k + 1}", t]
                for k, t in enumerate(times)]
        return Sheet([HEADER, *rows, ["Tổng thời gian giải quyết", LEFT, LEFT, total]])

    tier = "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"
    times = ["0,5 ngày làm việc", "[-05-]{+04+} ngày làm việc", "{+01+}[-02-] ngày làm việc",
             "0,5 ngày làm việc", "Không tính thời gian"]
    read = counted([0.5, 4, 1, 0.5, "Không tính thời gian"])
    proposal = ("Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số [-40-]{+45+}/TTr-SYT ngày "
                "[-25/11/2025-]{+01/12/2025+}.")
    layouts = {
        "in-a-time-cell-and-the-total": (tier, "1.001201", times,
                                         "[-07-]{+06+} ngày làm việc", read, 6),
        "in-the-code-of-the-heading": (tier, "[-1.000500-]{+1.001202+}", times[:1] + [
            "04 ngày làm việc", "01 ngày làm việc"] + times[3:], "06 ngày làm việc", read, 6),
        "in-the-tier-heading": ("A. THỦ TỤC HÀNH CHÍNH CẤP [-XÃ-]{+TỈNH+}", "1.001203",
                                times, "[-11-]{+6+} ngày làm việc", read, 6),
        "a-time-deleted-whole": (tier, "1.001204", [*times[:3], "[-0,5 ngày làm việc-]",
                                                    times[4]], "5,5 ngày làm việc",
                                 [*read[:3], (None, False), read[4]], 5.5),
    }
    out = []
    for k, (name, (section, code, cells, total, steps_read, limit)) in enumerate(
            layouts.items()):
        code_read = code.split("{+")[-1].rstrip("+}") if "{+" in code else code
        annex = [*ANNEX_TITLE, section,
                 f"1. Thủ tục cấp giấy phép hoạt động loại {k + 1} (Mã TTHC: {code})",
                 sheet(cells, total)]
        out.append((name, Draft(annex=annex, proposal=proposal), {"ips": [
            _ip(code_read, "province", None, [], {"value": limit, "unit": "working_days"})
            | {"steps": steps_read}], "reference": "45/TTr-SYT", "date": "2025-12-01"}))
    return out


# --- all of them in one decision, for the benchmark ------------------------------------------------

def mixed_decision(tables: int = 20) -> Draft:
    """A decision of ``tables`` step tables that mixes every family: a list annex in two
    parts (new, abolished) printed as rows of one table, cases under procedures, tables for
    two tiers with phase rows and part totals, tables of two alternative paths, codes only
    in the list."""
    header = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Cấp thực hiện"]
    body: list[list] = [header, ["PHẦN I. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", *[LEFT] * 4]]
    annex: list = []
    days = [0.5, 2, 1, 0.5, 1, 3, 1, 0.5, "Không tính thời gian"]
    for k in range(tables):
        code, name = f"1.{500000 + k:06d}", f"Thủ tục cấp phép hoạt động loại {k + 1} lĩnh vực văn hóa"
        body.append([str(k + 1), code, name, "10 ngày làm việc", "Cấp tỉnh"])
        heading = f"{k + 1}. {name}" + (f" (Mã TTHC: {code})" if k % 2 else "")
        if k % 4 == 1:  # one table for the commune and the province
            rows = [HEADER, ["I. Các bước thực hiện tại UBND cấp xã", LEFT, LEFT, LEFT],
                    *steps(days[:4]), ["Tổng thời gian tại cấp xã", LEFT, LEFT, "04 ngày làm việc"],
                    ["II. Các bước thực hiện tại Sở Văn hóa", LEFT, LEFT, LEFT], *steps(days[4:]),
                    ["Tổng thời gian giải quyết", LEFT, LEFT, "09,5 ngày làm việc"]]
            annex += [heading, Sheet(rows)]
        elif k % 4 == 2:  # two cases
            annex += [heading, f"{k + 1}.1. Đối với trường hợp cấp mới", _sheet(days),
                      f"{k + 1}.2. Đối với trường hợp cấp lại", _sheet(days[2:])]
        elif k % 4 == 3:  # two paths in one cell
            rows = [HEADER, *steps(days[:3]),
                    ["Bước 4", "Chuyên viên", "Thẩm định", ("05 ngày đối với hồ sơ đầy đủ; 25 "
                                                            "ngày đối với trường hợp phải xác "
                                                            "minh")],
                    ["Tổng thời gian giải quyết", LEFT, LEFT, ("8,5 ngày đối với hồ sơ đầy đủ; "
                                                               "28,5 ngày đối với trường hợp "
                                                               "phải xác minh")]]
            annex += [heading, Sheet(rows)]
        else:
            annex += [heading, _sheet(days, total="9,5 ngày làm việc")]
    body.append(["PHẦN II. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", *[LEFT] * 4])
    body += [[str(k + 1), f"2.{600000 + k:06d}", f"Thủ tục cũ số {k + 1}", "", "Cấp tỉnh"]
             for k in range(5)]
    return Draft(annex=["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, BỊ BÃI BỎ",
                        Sheet(body), "PHỤ LỤC II", *ANNEX_TITLE,
                        "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", *annex],
                 title="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, BỊ BÃI BỎ VÀ PHÊ "
                       "DUYỆT QUY TRÌNH NỘI BỘ LĨNH VỰC VĂN HÓA")
