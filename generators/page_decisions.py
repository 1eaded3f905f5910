"""Draft decisions in the shapes that make a reading page hard, for the page tests, the
screenshots and the page-length benchmark (built with ``generators.decisions``):

- ``shared_table_decision``: a publication whose list annex has new, amended and abolished
  procedures, and whose second annex prints ONE step table shared by 15 procedures, each
  under its own heading row spanning the table, with its total row; two of the printed
  totals differ from their steps;
- ``alternative_paths_decision``: one procedure whose table prints two paths with their own
  totals («10 ngày … đối với hồ sơ đầy đủ; 30 ngày … phải xác minh»);
- ``case_headings_decision``: numbered case headings («1.1. Đối với trường hợp …») under
  one procedure, each with its table;
- ``combined_tier_decision``: one table serving commune and province tiers, with a phase
  row per tier and a part total after each phase.

Each draft's Tờ trình date is printed as departments print it («ngày 14 tháng 11 năm
2025»); no draft comes with its Tờ trình.
"""

from __future__ import annotations

from functools import cache

from generators.decisions import LEFT, Draft, Sheet, to_docx, to_html

HEADER = ["TT", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian thực hiện"]
NAMES = [
    "Cấp giấy phép tổ chức biểu diễn nghệ thuật",
    "Cấp giấy phép phổ biến phim",
    "Cấp giấy phép tổ chức triển lãm mỹ thuật",
    "Cấp giấy phép sao chép tác phẩm mỹ thuật về danh nhân văn hóa, anh hùng dân tộc",
    "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng",
    "Cấp giấy phép tổ chức trại sáng tác điêu khắc",
    "Công nhận bảo vật quốc gia đối với bảo tàng ngoài công lập",
    "Cấp chứng chỉ hành nghề tu bổ di tích",
    "Cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật",
    "Đăng ký di vật, cổ vật, bảo vật quốc gia",
    "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
    "Công nhận điểm du lịch",
    "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
    "Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của tỉnh",
    "Cấp giấy phép xuất bản bản tin",
    "Cấp giấy phép in gia công sản phẩm in cho nước ngoài",
]
AGENCY = "Sở Văn hóa, Thể thao và Du lịch"
DEPARTMENT_TITLE = ("CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG, BÃI BỎ "
                    "VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN "
                    "HÓA, THỂ THAO VÀ DU LỊCH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ "
                    "THAO VÀ DU LỊCH")
PROPOSAL = ("Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số "
            "2849/TTr-SVHTTDL ngày 14 tháng 11 năm 2025.")
ANNEX_NOTE = "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/12/2025 của Chủ tịch UBND tỉnh)"


def code_of(k: int) -> str:
    return f"1.{12100 + k:06d}"


def _steps(k: int) -> list[list[str]]:
    """The steps of the k-th procedure: five to seven, in working hours and days."""
    steps = [
        ["Công chức Trung tâm Phục vụ hành chính công tỉnh",
         ("- Kiểm tra, hướng dẫn, tiếp nhận hồ sơ trực tiếp, qua dịch vụ bưu chính công ích "
         "hoặc trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh;\n"
         "- Số hóa hồ sơ, chuyển hồ sơ điện tử đến phòng chuyên môn của Sở."),
         "04 giờ làm việc"],
        ["Lãnh đạo Phòng Quản lý văn hóa",
         "Nhận hồ sơ điện tử, xem xét và phân công công chức thụ lý hồ sơ trên Hệ thống.",
         "04 giờ làm việc"],
        ["Công chức Phòng Quản lý văn hóa",
         ("- Thẩm định hồ sơ; trường hợp hồ sơ chưa đầy đủ, hợp lệ thì dự thảo văn bản đề "
         "nghị bổ sung, hoàn thiện hồ sơ;\n- Trường hợp hồ sơ đầy đủ, hợp lệ thì dự thảo kết "
         "quả giải quyết thủ tục hành chính, trình lãnh đạo phòng."), "2,5 ngày làm việc"],
        ["Lãnh đạo Phòng Quản lý văn hóa",
         "Xem xét, thẩm định lại hồ sơ, xác nhận dự thảo kết quả, trình lãnh đạo Sở.",
         "0,5 ngày làm việc"],
        ["Lãnh đạo Sở", "Xem xét, ký phê duyệt kết quả giải quyết thủ tục hành chính.",
         "0,5 ngày làm việc"],
        ["Văn thư Sở",
         ("Vào số văn bản, đóng dấu, lưu hồ sơ và chuyển kết quả đến Trung tâm Phục vụ hành "
         "chính công tỉnh."), "04 giờ làm việc"],
        ["Trung tâm Phục vụ hành chính công tỉnh",
         ("Xác nhận trên Hệ thống thông tin giải quyết thủ tục hành chính và trả kết quả cho "
         "tổ chức, cá nhân."), "Không tính thời gian"],
    ]
    keep = steps[:3] + steps[3 + k % 3:]  # five to seven steps
    return [[f"Bước {i + 1}", *s] for i, s in enumerate(keep)]


def _hours(steps: list[list[str]]) -> float:
    total = 0.0
    for *_, time in steps:
        number = time.split(" ")[0].replace(",", ".")
        if "giờ" in time:
            total += float(number)
        elif "ngày" in time:
            total += 8 * float(number)
    return total


def _days(hours: float) -> str:
    days = hours / 8
    text = f"{days:g}".replace(".", ",")
    return f"{text} ngày làm việc"


def shared_table_decision(count: int = 15, differing: tuple[int, ...] = (3, 9),
                          repeat_header: bool = False) -> Draft:
    """A publication with ``count`` procedures whose step tables are ONE printed table: each
    procedure under a heading row spanning the table (its header printed again when
    ``repeat_header``), its steps and its total. The procedures listed in ``differing`` (0-based) print a total one day more
    than their steps add up to. The list annex publishes the first ones as new, the rest as
    amended, and abolishes one procedure more (no step table)."""
    count = min(count, len(NAMES) - 1)
    new = count // 3
    listed = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
               "Cơ quan thực hiện"]]
    amended = [list(listed[0])]
    for k in range(count):
        row = [str(k + 1), code_of(k), NAMES[k], "10 ngày làm việc", AGENCY]
        (listed if k < new else amended).append(row)
    abolished = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "Cơ quan thực hiện"],
                 ["1", code_of(count), NAMES[count], AGENCY]]
    rows: list[list] = [list(HEADER)]
    for k in range(count):
        steps = _steps(k)
        hours = _hours(steps) + (8 if k in differing else 0)
        if k:
            rows.append([f"{k + 1}. Thủ tục {NAMES[k].lower()} (Mã TTHC: {code_of(k)})",
                         LEFT, LEFT, LEFT])
            if repeat_header:
                rows.append(list(HEADER))
        rows += steps
        rows.append(["Tổng thời gian giải quyết TTHC", LEFT, LEFT, _days(hours)])
    annex = [
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ANNEX_NOTE, "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH", "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
        "1. Thủ tục hành chính mới ban hành", Sheet(listed),
        "2. Thủ tục hành chính sửa đổi, bổ sung", Sheet(amended),
        "PHẦN II. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", Sheet(abolished),
        "PHỤ LỤC II", ("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA, THỂ "
        "THAO VÀ DU LỊCH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        ANNEX_NOTE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
        f"1. Thủ tục {NAMES[0].lower()} (Mã TTHC: {code_of(0)})", Sheet(rows)]
    return Draft(annex=annex, title=DEPARTMENT_TITLE, proposal=PROPOSAL,
                 province_lines=("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"),
                 place_date="Thanh Hóa, ngày 05 tháng 12 năm 2025",
                 issuer="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA")


ALTERNATIVE_STEPS = [
    ["Bước 1", "Công chức Trung tâm Phục vụ hành chính công tỉnh",
     "Tiếp nhận, kiểm tra, số hóa hồ sơ", "0,5 ngày làm việc"],
    ["Bước 2", "Lãnh đạo Phòng Di sản văn hóa", "Phân công công chức thụ lý",
     "0,5 ngày làm việc"],
    ["Bước 3", "Công chức Phòng Di sản văn hóa", "Thẩm định hồ sơ", "07 ngày làm việc"],
    ["Bước 4", "Công chức Phòng Di sản văn hóa",
     "Trường hợp phải xác minh: kiểm tra thực địa, lấy ý kiến các cơ quan liên quan",
     "20 ngày làm việc"],
    ["Bước 5", "Lãnh đạo Sở", "Ký phê duyệt kết quả", "01 ngày làm việc"],
    ["Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc"],
    ["Bước 7", "Trung tâm Phục vụ hành chính công tỉnh", "Trả kết quả",
     "Không tính thời gian"],
]
ALTERNATIVE_TOTAL = ("10 ngày làm việc đối với hồ sơ đầy đủ; 30 ngày làm việc đối với trường "
                     "hợp phải xác minh")


def alternative_paths_decision() -> Draft:
    """One procedure, one table with two paths and their own printed totals: a complete
    dossier (steps 1–3, 5–7: 10 working days) and a dossier that must be verified (every
    step: 30 working days)."""
    rows = [list(HEADER)] + [list(s) for s in ALTERNATIVE_STEPS] + [
        ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, ALTERNATIVE_TOTAL]]
    annex = ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC DI SẢN VĂN HÓA",
             ANNEX_NOTE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
             "1. Thủ tục cấp phép thăm dò, khai quật khảo cổ (Mã TTHC: 1.012201)", Sheet(rows)]
    return Draft(annex=annex, proposal=PROPOSAL,
                 title="PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC DI "
                       "SẢN VĂN HÓA THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU "
                       "LỊCH")


def case_headings_decision() -> Draft:
    """One procedure with two numbered cases («1.1. Đối với trường hợp …»), each with its
    table and total."""
    first = [list(HEADER)] + _steps(0) + [
        ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, _days(_hours(_steps(0)))]]
    second = [list(HEADER)] + _steps(2) + [
        ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, _days(_hours(_steps(2)))]]
    annex = ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGHỆ THUẬT BIỂU DIỄN",
             ANNEX_NOTE, "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
             "1. Thủ tục cấp giấy phép tổ chức biểu diễn nghệ thuật (Mã TTHC: 1.012301)",
             "1.1. Đối với trường hợp tổ chức tại địa điểm trong nhà", Sheet(first),
             "1.2. Đối với trường hợp tổ chức tại địa điểm ngoài trời", Sheet(second)]
    return Draft(annex=annex, proposal=PROPOSAL,
                 title="PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGHỆ "
                       "THUẬT BIỂU DIỄN")


def combined_tier_decision() -> Draft:
    """One table serving the commune and province tiers: a phase row for each, its steps, a
    part total after each phase, and the whole total."""
    rows = [list(HEADER),
            ["Giai đoạn 1: Tại Ủy ban nhân dân cấp xã", LEFT, LEFT, LEFT],
            ["Bước 1", "Công chức Trung tâm Phục vụ hành chính công cấp xã",
             "Tiếp nhận, kiểm tra hồ sơ", "04 giờ làm việc"],
            ["Bước 2", "Công chức văn hóa - xã hội", "Xác minh, lập danh sách",
             "12 giờ làm việc"],
            ["Bước 3", "Chủ tịch UBND cấp xã", "Ký văn bản đề nghị gửi Sở", "04 giờ làm việc"],
            ["Tổng thời gian tại cấp xã", LEFT, LEFT, "20 giờ làm việc"],
            ["Giai đoạn 2: Tại Sở Văn hóa, Thể thao và Du lịch", LEFT, LEFT, LEFT],
            ["Bước 4", "Công chức Phòng Quản lý văn hóa", "Thẩm định hồ sơ", "16 giờ làm việc"],
            ["Bước 5", "Lãnh đạo Sở", "Ký quyết định", "04 giờ làm việc"],
            ["Bước 6", "Trung tâm Phục vụ hành chính công tỉnh", "Trả kết quả",
             "Không tính thời gian"],
            ["Tổng thời gian tại Sở", LEFT, LEFT, "20 giờ làm việc"],
            ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, "40 giờ làm việc"]]
    annex = ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA CƠ SỞ", ANNEX_NOTE,
             "A. THỦ TỤC HÀNH CHÍNH LIÊN THÔNG CẤP XÃ, CẤP TỈNH",
             "1. Thủ tục xét tặng danh hiệu gia đình văn hóa tiêu biểu (Mã TTHC: 1.012401)",
             Sheet(rows)]
    return Draft(annex=annex, proposal=PROPOSAL,
                 title="PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN "
                       "HÓA CƠ SỞ")


def extra_row_decision() -> Draft:
    """One procedure whose table prints a row that is not a step of its own path (a
    reminder, with its time, of what is done when the dossier is incomplete): read as a step,
    the steps add up to 6 working days against the 5 printed."""
    rows = [list(HEADER),
            ["Bước 1", "Công chức Trung tâm Phục vụ hành chính công tỉnh",
             "Tiếp nhận, kiểm tra, số hóa hồ sơ", "0,5 ngày làm việc"],
            ["Bước 2", "Công chức Phòng Xây dựng nếp sống văn hóa", "Thẩm định hồ sơ",
             "03 ngày làm việc"],
            ["Bước 3", "Công chức Phòng Xây dựng nếp sống văn hóa",
             "Thông báo cho tổ chức, cá nhân bổ sung, hoàn thiện hồ sơ (nếu hồ sơ chưa đầy đủ)",
             "01 ngày làm việc"],
            ["Bước 4", "Lãnh đạo Sở", "Ký quyết định", "01 ngày làm việc"],
            ["Bước 5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc"],
            ["Bước 6", "Trung tâm Phục vụ hành chính công tỉnh", "Trả kết quả",
             "Không tính thời gian"],
            ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, "05 ngày làm việc"]]
    annex = ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA CƠ SỞ", ANNEX_NOTE,
             "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
             "1. Thủ tục công nhận câu lạc bộ văn hóa tiêu biểu (Mã TTHC: 1.012501)",
             Sheet(rows)]
    return Draft(annex=annex, proposal=PROPOSAL,
                 title="PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN "
                       "HÓA CƠ SỞ")


SHAPES = {"shared-table": shared_table_decision, "alternative-paths": alternative_paths_decision,
          "case-headings": case_headings_decision, "combined-tier": combined_tier_decision,
          "extra-row": extra_row_decision}


@cache
def docx_of(shape: str) -> bytes:
    """The decision of a shape as Word, made once (python-docx takes seconds to merge the
    cells of the shared table)."""
    return to_docx(SHAPES[shape]())


@cache
def html_of(shape: str) -> str:
    """The decision of a shape as a web page, made once."""
    return to_html(SHAPES[shape]())
