"""A realistic, reproducible sample of a published TTHC list, for tests and demonstrations.

``generate(seed, size, bad)`` builds a list in the published format — Vietnamese headers, codes
printed as the provinces print them (``1.014.111``, ``3000410``, stray spaces), tiers as
``Cấp Tỉnh; Cấp Xã`` or ``CẤP TỈNH``, time limits as legal text — across the departments of a
province after the 2025 reform (two tiers: province and commune), and optionally with
deliberately bad rows whose expected problems it records. ``sample_registry`` adds approved
internal and electronic procedures with realistic gaps, for the coverage report.

Run ``python -m generators.registry_sample OUT.csv [--xlsx OUT.xlsx] [--bad N] [--seed S]
[--procedures OUT.json]``.
The data are invented: names follow real TTHC, codes are random.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from service.registry.coverage import (
    ElectronicProcedureRecord,
    InternalProcedureRecord,
    ProcedureRecord,
)

HEADER = ("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
          "Cơ quan quản lý", "Địa điểm tiếp nhận", "Thời hạn giải quyết", "Loại thay đổi",
          "Số quyết định", "Ngày quyết định")
COMMUNE_PC = "UBND cấp xã"
PROVINCIAL_CENTRE = "Trung tâm Phục vụ hành chính công tỉnh"

# Department → field → (licences, other procedures, tiers). A licence (giấy phép, chứng chỉ,
# giấy chứng nhận…) gives one TTHC per action of LICENCE_ACTIONS; the others are named whole.
CATALOGUE: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]] = {
    "Sở Tư pháp": {
        "Hộ tịch": ((), (
            "Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Đăng ký giám hộ",
            "Đăng ký chấm dứt giám hộ", "Đăng ký nhận cha, mẹ, con",
            "Thay đổi, cải chính, bổ sung thông tin hộ tịch", "Đăng ký lại khai sinh",
            "Đăng ký lại kết hôn", "Đăng ký lại khai tử", "Cấp bản sao trích lục hộ tịch",
            "Cấp Giấy xác nhận tình trạng hôn nhân", "Đăng ký khai sinh có yếu tố nước ngoài",
            "Đăng ký kết hôn có yếu tố nước ngoài", "Đăng ký khai tử có yếu tố nước ngoài",
            ("Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ "
            "quan có thẩm quyền của nước ngoài")), "commune"),
        "Chứng thực": ((), (
            "Cấp bản sao từ sổ gốc", "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực chữ ký người dịch",
            "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
            "Chứng thực di chúc", "Chứng thực văn bản thỏa thuận phân chia di sản",
            "Chứng thực văn bản khai nhận di sản", "Sửa lỗi sai sót trong hợp đồng, giao dịch",
            "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực"),
            "both"),
        "Lý lịch tư pháp": ((), (
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
            "Cấp Phiếu lý lịch tư pháp cho người nước ngoài đang cư trú tại Việt Nam",
            "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng"), "province"),
        "Công chứng": (("Giấy đăng ký hoạt động của Văn phòng công chứng",), (
            "Bổ nhiệm công chứng viên", "Đăng ký hành nghề và cấp Thẻ công chứng viên",
            "Thành lập Văn phòng công chứng", "Hợp nhất Văn phòng công chứng",
            "Chuyển nhượng Văn phòng công chứng"), "province"),
        "Luật sư": (("Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",), (
            "Đăng ký hành nghề luật sư với tư cách cá nhân",), "province"),
        "Trợ giúp pháp lý": ((), (
            "Yêu cầu trợ giúp pháp lý", ("Lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư "
            "thực hiện trợ giúp pháp lý"), "Cấp thẻ cộng tác viên trợ giúp pháp lý"),
            "province"),
    },
    "Sở Xây dựng": {
        "Hoạt động xây dựng": ((("Giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp "
                                "I, cấp II"), ("Chứng chỉ hành nghề hoạt động xây dựng hạng "
                                "II, hạng III"), "Chứng chỉ năng lực hoạt động xây dựng"), (
            "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
            "Kiểm tra công tác nghiệm thu hoàn thành công trình"), "province"),
        "Nhà ở": ((), (
            "Cho thuê nhà ở công vụ thuộc thẩm quyền quản lý của địa phương",
            "Mua bán nhà ở xã hội do Nhà nước đầu tư xây dựng",
            "Thuê nhà ở xã hội do Nhà nước đầu tư xây dựng",
            "Chấp thuận chủ trương đầu tư dự án xây dựng nhà ở",
            "Công nhận chủ đầu tư dự án nhà ở xã hội"), "province"),
        "Đường bộ": (("Giấy phép lái xe", "Giấy phép liên vận Việt Nam - Lào",
                      "Giấy phép kinh doanh vận tải bằng xe ô tô",
                      "Phù hiệu xe ô tô kinh doanh vận tải"), (
            ("Chấp thuận thiết kế kỹ thuật và phương án tổ chức giao thông của nút giao đấu "
            "nối vào quốc lộ"),), "province"),
        "Quy hoạch xây dựng": (("Giấy phép quy hoạch xây dựng",), (
            "Thẩm định nhiệm vụ quy hoạch chi tiết xây dựng",
            "Thẩm định đồ án quy hoạch chi tiết xây dựng",
            "Cung cấp thông tin về quy hoạch xây dựng"), "both"),
    },
    "Sở Nông nghiệp và Môi trường": {
        "Đất đai": ((), (
            "Đăng ký đất đai, tài sản gắn liền với đất lần đầu",
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất",
            "Chuyển mục đích sử dụng đất", ("Giao đất, cho thuê đất không thông qua đấu giá "
            "quyền sử dụng đất"), "Gia hạn sử dụng đất", ("Xóa đăng ký cho thuê, cho thuê lại "
            "quyền sử dụng đất"), "Đính chính Giấy chứng nhận đã cấp",
            "Tách thửa hoặc hợp thửa đất"), "both"),
        "Môi trường": (("Giấy phép môi trường",), (
            "Thẩm định báo cáo đánh giá tác động môi trường",
            "Đăng ký môi trường", "Chấp thuận tiến độ thực hiện dự án vận hành thử nghiệm"),
            "province"),
        "Tài nguyên nước": (("Giấy phép khai thác nước dưới đất", ("Giấy phép khai thác, sử dụng "
                             "nước mặt"), "Giấy phép thăm dò nước dưới đất"), (
            "Lấy ý kiến về phương án chuyển nước",), "province"),
        "Trồng trọt": (("Giấy chứng nhận đủ điều kiện sản xuất phân bón",), (
            "Công nhận cây đầu dòng, vườn cây đầu dòng",
            "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"), "province"),
        "Thú y": (("Chứng chỉ hành nghề thú y",), (
            "Cấp Giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn cấp tỉnh",),
            "province"),
        "Thủy lợi": ((), (
            "Phê duyệt phương án cắm mốc chỉ giới phạm vi bảo vệ công trình thủy lợi",
            "Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng",
            "Thẩm định, phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập"),
            "commune"),
    },
    "Sở Y tế": {
        "Khám bệnh, chữa bệnh": (("Giấy phép hành nghề khám bệnh, chữa bệnh",
                                  "Giấy phép hoạt động khám bệnh, chữa bệnh"), (
            "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe",), "province"),
        "Dược phẩm": (("Chứng chỉ hành nghề dược", ("Giấy chứng nhận đủ điều kiện kinh doanh "
                       "dược")), ("Công bố cơ sở kinh doanh có tổ chức kệ thuốc",), "province"),
        "Bảo trợ xã hội": ((), (
            "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở", ("Thực hiện trợ cấp xã hội hằng "
            "tháng"), "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội",
            "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật"),
            "commune"),
    },
    "Sở Giáo dục và Đào tạo": {
        "Giáo dục và Đào tạo": (("Giấy phép hoạt động của trung tâm ngoại ngữ, tin học",), (
            "Cho phép thành lập trường trung học phổ thông tư thục",
            "Công nhận trường trung học đạt chuẩn quốc gia",
            "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            "Chỉnh sửa nội dung văn bằng, chứng chỉ", ("Công nhận văn bằng tốt nghiệp do cơ "
            "sở giáo dục nước ngoài cấp")), "province"),
        "Giáo dục phổ thông": ((), (
            "Chuyển trường đối với học sinh trung học cơ sở", ("Xin học lại tại trường khác "
            "đối với học sinh trung học"), "Cho phép trường tiểu học hoạt động giáo dục",
            "Thành lập trường mầm non công lập"), "commune"),
    },
    "Sở Văn hóa, Thể thao và Du lịch": {
        "Du lịch": (("Giấy phép kinh doanh dịch vụ lữ hành nội địa", ("Thẻ hướng dẫn viên du "
                     "lịch nội địa")), (
            "Công nhận điểm du lịch", ("Công nhận cơ sở lưu trú du lịch hạng 1 sao, 2 sao, "
            "3 sao")), "province"),
        "Di sản văn hóa": (("Giấy phép khai quật khẩn cấp",), (
            "Xếp hạng di tích cấp tỉnh", "Đăng ký di vật, cổ vật, bảo vật quốc gia",
            ("Cấp phép cho người nước ngoài tiến hành nghiên cứu sưu tầm di sản văn hóa phi "
            "vật thể")), "province"),
        "Thể dục, thể thao": (("Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",),
                              (("Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của "
                               "tỉnh"),), "province"),
        "Văn hóa cơ sở": ((), (
            "Thông báo tổ chức lễ hội cấp xã", "Xét tặng danh hiệu Gia đình văn hóa hằng năm",
            "Xét tặng Giấy khen Khu dân cư văn hóa"), "commune"),
    },
    "Sở Công Thương": {
        "Lưu thông hàng hóa trong nước": (("Giấy phép bán lẻ rượu", ("Giấy phép bán lẻ sản phẩm "
                                           "thuốc lá")), (), "both"),
        "Điện": (("Giấy phép hoạt động điện lực",), (
            "Huấn luyện và cấp mới thẻ an toàn điện",), "province"),
        "An toàn thực phẩm": (("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",), (
            "Cấp Giấy xác nhận nội dung quảng cáo thực phẩm",), "province"),
        "Xúc tiến thương mại": ((), (
            "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi",
            "Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam"), "province"),
    },
    "Sở Tài chính": {
        "Thành lập và hoạt động doanh nghiệp": ((), (
            "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
            "Đăng ký thành lập công ty cổ phần", ("Đăng ký thay đổi người đại diện theo pháp "
            "luật"), "Đăng ký thay đổi vốn điều lệ", "Thông báo tạm ngừng kinh doanh",
            "Giải thể doanh nghiệp", "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp"),
            "province"),
        "Thành lập và hoạt động hộ kinh doanh": ((), (
            "Đăng ký thành lập hộ kinh doanh", ("Đăng ký thay đổi nội dung đăng ký hộ kinh "
            "doanh"), "Tạm ngừng hoạt động hộ kinh doanh", "Chấm dứt hoạt động hộ kinh doanh"),
            "commune"),
        "Đầu tư tại Việt Nam": (("Giấy chứng nhận đăng ký đầu tư",), (
            "Chấp thuận chủ trương đầu tư của UBND tỉnh", "Điều chỉnh dự án đầu tư",
            "Chấm dứt hoạt động dự án đầu tư"), "province"),
        "Quản lý công sản": ((), (
            "Mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
            "Thanh lý tài sản công"), "province"),
    },
    "Sở Nội vụ": {
        "Thi đua, khen thưởng": ((), (
            "Tặng Bằng khen của Chủ tịch UBND tỉnh", ("Tặng danh hiệu Chiến sĩ thi đua cấp "
            "tỉnh"), "Tặng Cờ thi đua của UBND tỉnh", ("Tặng danh hiệu Tập thể lao động xuất "
            "sắc"), "Tặng Giấy khen của Chủ tịch UBND cấp xã"), "both"),
        "Tín ngưỡng, tôn giáo": ((), (
            "Đăng ký sinh hoạt tôn giáo tập trung", ("Đăng ký người được bổ nhiệm, bầu cử, "
            "suy cử làm chức việc"), ("Thông báo danh mục hoạt động tôn giáo đối với tổ chức có "
            "địa bàn hoạt động ở một xã"), "Đăng ký hoạt động tín ngưỡng"), "commune"),
        "Việc làm": ((("Giấy phép lao động cho người lao động nước ngoài làm việc tại Việt "
                      "Nam"),), ("Giải quyết hưởng trợ cấp thất nghiệp",), "province"),
        "Người có công": ((), (
            "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "Cấp giấy xác nhận thân nhân liệt sĩ",
            "Hỗ trợ người có công với cách mạng cải thiện nhà ở"), "commune"),
    },
    "Sở Khoa học và Công nghệ": {
        "Hoạt động khoa học và công nghệ": ((("Giấy chứng nhận doanh nghiệp khoa học và công "
                                             "nghệ"),), (
            "Công nhận trung tâm đổi mới sáng tạo cấp tỉnh", ("Đăng ký kết quả thực hiện nhiệm "
            "vụ khoa học và công nghệ"), "Đề nghị hỗ trợ lãi suất vay"), "province"),
        "Viễn thông và Internet": (("Giấy phép thiết lập mạng viễn thông dùng riêng",), (),
                                   "province"),
        "Bưu chính": (("Giấy phép bưu chính",), ("Xác nhận thông báo hoạt động bưu chính",),
                      "province"),
    },
}
LICENCE_ACTIONS = ("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Thu hồi")
# §QTNB-5: some TTHC one department proposes are handled at another.
HANDLED_ELSEWHERE = {"Quy hoạch xây dựng": "Sở Nông nghiệp và Môi trường",
                     "An toàn thực phẩm": "Sở Y tế"}
DECISIONS = (("1520/QĐ-UBND", date(2025, 7, 15)), ("1893/QĐ-UBND", date(2025, 8, 29)),
             ("2247/QĐ-UBND", date(2025, 10, 10)), ("2611/QĐ-UBND", date(2025, 11, 22)))
CHANGES = (("Mới ban hành", 3), ("Sửa đổi, bổ sung", 4), ("Thay thế", 1), ("", 5),
           ("Bãi bỏ", 1))
TIER_PRINTS = {"province": ("Cấp tỉnh", "CẤP TỈNH", "cấp tỉnh", "Cấp Tỉnh"),
               "commune": ("Cấp xã", "CẤP XÃ", "cấp xã"),
               "both": ("Cấp tỉnh; Cấp xã", "Cấp Tỉnh; Cấp Xã", "Cấp tỉnh, cấp xã",
                        "áp dụng chung")}
NUMBER_WORDS = {1: "một", 2: "hai", 3: "ba", 5: "năm", 7: "bảy", 10: "mười"}


@dataclass
class SampleList:
    """A generated list: header, printed rows, and the problems the bad rows must raise."""
    header: tuple[str, ...]
    rows: list[list[str]]
    expected_problems: list[tuple[int, str]] = field(default_factory=list)  # (row, column)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue()

    def write_csv(self, path: str | Path) -> None:
        Path(path).write_text(self.to_csv(), encoding="utf-8")

    def write_xlsx(self, path: str | Path, title: str | None = None) -> None:
        """The list as a workbook the way provinces publish it: a title line, a blank line,
        the header; row numbers shift by two against the CSV."""
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Danh mục TTHC"
        sheet.append([title or "DANH MỤC THỦ TỤC HÀNH CHÍNH"])
        sheet.append([])
        sheet.append(list(self.header))
        for row in self.rows:
            sheet.append(row)
        workbook.properties.creator = "tthc-rules sample"
        # Fixed timestamps, so that the same seed writes the same bytes.
        workbook.properties.created = workbook.properties.modified = _EPOCH
        workbook.save(path)


_EPOCH = datetime(2025, 11, 22)


def _print_code(code: str, rng: random.Random) -> str:
    """A code as a typist might have printed it."""
    roll = rng.random()
    digits = code.replace(".", "")
    if roll < 0.05:
        return f"{digits[0]}.{digits[1:4]}.{digits[4:]}"   # 1.014.111
    if roll < 0.10:
        return digits                                      # 3000410
    if roll < 0.13:
        return f" {code[:5]} {code[5:]} "                  # stray spaces
    return code


def _time_limit(rng: random.Random) -> str:
    days = rng.choice((1, 2, 3, 5, 7, 10, 15, 20, 30))
    hours = rng.choice((4, 8, 16, 24, 40))
    forms = (
        (f"{days:02d} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", 30),
        (f"{days} ngày kể từ ngày nhận được hồ sơ hợp lệ", 12),
        ((f"Không quá {days:02d} ({NUMBER_WORDS.get(days, str(days))}) ngày làm việc, kể từ "
         "ngày nhận đủ hồ sơ theo quy định"), 8),
        ("0,5 ngày làm việc", 3),
        (f"{hours:02d} giờ làm việc", 4),
        (f"{days * 8} giờ (tương đương {days} ngày) kể từ ngày nhận đủ hồ sơ theo quy định",
         3),
        (("Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả "
         "trong ngày làm việc tiếp theo"), 3),
        ((f"- Trong thời hạn 05 ngày làm việc kiểm tra tính hợp lệ của hồ sơ. - Trong thời hạn "
         f"{days + 10} ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan có thẩm quyền xem xét, "
         "quyết định."), 4),
    )
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


def _procedures(rng: random.Random, size: int) -> list[dict]:
    """``size`` distinct TTHC across the catalogue, each with its department and field."""
    pool = []
    for department, fields in CATALOGUE.items():
        for field_name, (licences, others, tiers) in fields.items():
            names = [f"{action} {licence[0].lower()}{licence[1:]}"
                     for licence in licences for action in LICENCE_ACTIONS] + list(others)
            pool += [(department, field_name, name, tiers) for name in names]
    chosen = rng.sample(pool, min(size, len(pool)))
    numbers = rng.sample(range(15000), len(chosen))
    out = []
    for (department, field_name, name, tiers), n in zip(chosen, numbers):
        decision = rng.randrange(len(DECISIONS))
        out.append({"department": department, "field": field_name, "name": name,
                    "tiers": tiers, "code": f"{rng.choice('1112')}.{n:06d}",
                    "decision": decision})
    departments = list(CATALOGUE)
    out.sort(key=lambda p: (p["decision"], departments.index(p["department"]), p["field"]))
    return out


def generate(seed: int = 9579, size: int = 300, bad: int = 0) -> SampleList:
    """A list of ``size`` good rows in the published format, plus ``bad`` bad rows mixed in
    (one of each kind in turn), whose (row, column) problems are recorded."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    stt_by_field: dict[tuple, int] = {}
    for p in _procedures(rng, size):
        decision, decided_on = DECISIONS[p["decision"]]
        change = rng.choices([c for c, _ in CHANGES], [w for _, w in CHANGES])[0]
        tiers = p["tiers"]
        handling = HANDLED_ELSEWHERE.get(p["field"], p["department"])
        handling = {"province": handling, "commune": COMMUNE_PC,
                    "both": f"{handling}; {COMMUNE_PC}"}[tiers]
        managing = p["department"] if rng.random() > 0.08 or tiers == "province" else ""
        reception = ""
        if tiers != "commune":
            reception = PROVINCIAL_CENTRE if rng.random() < 0.85 else "Tại cơ quan, đơn vị"
        key = (decision, p["field"])
        stt_by_field[key] = stt_by_field.get(key, 0) + 1
        rows.append([str(stt_by_field[key]), _print_code(p["code"], rng), p["name"],
                     p["field"] if rng.random() > 0.1 else p["field"].lower(),
                     rng.choice(TIER_PRINTS[tiers]), handling, managing, reception,
                     "" if change == "Bãi bỏ" else _time_limit(rng), change, decision,
                     decided_on.isoformat()])
    sample = SampleList(HEADER, rows)
    if bad:
        _insert_bad_rows(sample, rng, bad)
    return sample


# Each kind of bad row: how to spoil a good row, and the column whose problem it raises.
def _no_code(row):
    row[1] = ""
    return "Mã TTHC"


def _truncated_code(row):
    row[1] = row[1].strip().replace(" ", "")[:7]
    return "Mã TTHC"


def _letter_in_code(row):
    row[1] = "1.0144A1"
    return "Mã TTHC"


def _ministry_tier(row):
    row[4] = "Cấp bộ"
    return "Cấp thực hiện"


def _no_tier(row):
    row[4], row[9] = "", "Sửa đổi, bổ sung"
    return "Cấp thực hiện"


def _no_name(row):
    row[2] = "  "
    return "Tên TTHC"


def _unknown_change(row):
    row[9] = "Điều chỉnh"
    return "Loại thay đổi"


def _impossible_date(row):
    row[11] = "31/02/2025"
    return "Ngày quyết định"


def _district_after_reform(row):
    row[4], row[9] = "Cấp huyện", "Mới ban hành"
    return "Cấp thực hiện"


def _unknown_reception(row):
    row[4], row[7] = "Cấp tỉnh", "Bưu điện tỉnh"
    return "Địa điểm tiếp nhận"


BAD_KINDS = (_no_code, _truncated_code, _letter_in_code, _ministry_tier, _no_tier, _no_name,
             _unknown_change, _impossible_date, _district_after_reform, _unknown_reception)


def _insert_bad_rows(sample: SampleList, rng: random.Random, count: int) -> None:
    """Insert ``count`` spoilt copies of good rows (fresh codes), at seeded positions; the
    last kind in turn is a repeated code naming another TTHC, placed after the first."""
    kinds = list(BAD_KINDS) + ["duplicate"]
    positions = sorted(rng.sample(range(1, len(sample.rows) + 1), count), reverse=True)
    spoilt = []
    used = {r[1].replace(" ", "") for r in sample.rows}
    for i in range(count):
        row = list(rng.choice(sample.rows))
        kind = kinds[i % len(kinds)]
        code = f"1.{rng.randrange(15000, 19999):06d}"
        while code in used:
            code = f"1.{rng.randrange(15000, 19999):06d}"
        used.add(code)
        row[1] = code
        row[9] = row[9] if row[9] != "Bãi bỏ" else "Mới ban hành"
        row[8] = row[8] or "10 ngày làm việc"
        if kind == "duplicate":
            spoilt.append((row, "duplicate"))
        else:
            spoilt.append((row, kind(row)))
    rows = sample.rows
    for pos, (row, column) in zip(positions, spoilt):
        rows.insert(pos, row)
    # A duplicate repeats the code of the row just above it, under another name.
    ids = {id(r): c for r, c in spoilt}
    for i, row in enumerate(rows):
        if ids.get(id(row)) == "duplicate":
            above = next(r for r in reversed(rows[:i]) if id(r) not in ids)
            row[1], row[2] = above[1], f"{row[2]} (bản sao)"
            row[10], row[11] = above[10], above[11]
    sample.expected_problems = [(i + 2, "Mã TTHC" if ids[id(r)] == "duplicate" else ids[id(r)])
                                for i, r in enumerate(rows) if id(r) in ids]


# --- a registry to go with it ---------------------------------------------------------------

def _steps(total_hours: float, tier: str) -> list[dict]:
    """A plausible step table whose counted durations add up to ``total_hours``."""
    desk = "Trung tâm Phục vụ hành chính công tỉnh" if tier == "province" else \
        "Trung tâm Phục vụ hành chính công cấp xã"
    office = "Phòng chuyên môn" if tier == "province" else "Công chức chuyên môn UBND cấp xã"
    receive = min(4, total_hours / 8)
    assign = min(4, total_hours / 8)
    approve = min(8, total_hours / 4)
    steps = [("Tiếp nhận, kiểm tra, số hóa hồ sơ", desk, receive),
             ("Phân công xử lý hồ sơ", f"Lãnh đạo {office.lower()}", assign),
             ("Thẩm định hồ sơ, dự thảo kết quả", office,
              total_hours - receive - assign - approve),
             ("Phê duyệt kết quả", "Lãnh đạo cơ quan", approve)]
    out = [{"order": i, "action": action, "responsible": who,
            "duration": {"value": round(hours, 2), "unit": "working_hours"}}
           for i, (action, who, hours) in enumerate(steps, start=1)]
    out.append({"order": len(out) + 1, "action": "Trả kết quả", "responsible": desk,
                "counted": False})
    return out


def procedures_document(rows, seed: int = 9579, ip_rate: float = 0.85, ep_rate: float = 0.75,
                        amend_rate: float = 0.05) -> dict:
    """Approved internal procedures and electronic procedures for parsed list rows
    (``importer.ListRow``), in the format of ``procedure_file``: each in-force
    procedure-tier gets an internal procedure with probability ``ip_rate`` (some flagged as
    needing amendment), and an electronic procedure with probability ``ep_rate`` when it has
    an internal one (§QTDT-0: built on it), rarely without."""
    rng = random.Random(seed)
    internal, electronic = [], []
    for r in rows:
        if r.status != "in_force":
            continue
        limit = r.time_limit or {"value": 5, "unit": "working_days"}
        total = limit["value"] * (8 if limit["unit"] == "working_days" else 1)
        for tier in r.tiers:
            decision = None
            if rng.random() < ip_rate:
                decided_on = date(2025, rng.randrange(8, 12), rng.randrange(1, 29))
                decision = f"{rng.randrange(100, 3000)}/QĐ-UBND"
                internal.append({
                    "procedure_code": r.code, "tier": tier, "decision_number": decision,
                    "decision_date": decided_on.isoformat(), "steps": _steps(total, tier),
                    "needs_amendment": rng.random() < amend_rate})
            if rng.random() < (ep_rate if decision else 0.05):
                electronic.append({
                    "procedure_code": r.code, "tier": tier, "platform": "shared_one_stop",
                    "national_portal_connected": rng.random() < 0.9,
                    "based_on_decision": decision, "valid_from": "2025-11-30"})
    return {"internal_procedures": internal, "electronic_procedures": electronic}


@dataclass
class SampleRegistry:
    procedures: list[ProcedureRecord]
    internal_procedures: list[InternalProcedureRecord]
    electronic_procedures: list[ElectronicProcedureRecord]


def sample_registry(rows, seed: int = 9579, **rates: float) -> SampleRegistry:
    """Coverage records for parsed list rows and their ``procedures_document``."""
    document = procedures_document(rows, seed, **rates)
    return SampleRegistry(
        [ProcedureRecord(r.code, r.name, tuple(r.tiers), r.status, r.field, r.managing_agency,
                         r.handling_agency) for r in rows],
        [InternalProcedureRecord(ip["procedure_code"], ip["tier"], ip["decision_number"],
                                 date.fromisoformat(ip["decision_date"]),
                                 ip["needs_amendment"])
         for ip in document["internal_procedures"]],
        [ElectronicProcedureRecord(ep["procedure_code"], ep["tier"], ep["platform"],
                                   ep["national_portal_connected"])
         for ep in document["electronic_procedures"]])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="CSV file to write")
    parser.add_argument("--xlsx", help="also write the list as an Excel workbook")
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--bad", type=int, default=0, help="number of bad rows to mix in")
    parser.add_argument("--seed", type=int, default=9579)
    parser.add_argument("--procedures", help="also write approved internal and electronic "
                                             "procedures for the good rows (JSON)")
    args = parser.parse_args(argv)
    sample = generate(args.seed, args.size, args.bad)
    sample.write_csv(args.out)
    if args.xlsx:
        sample.write_xlsx(args.xlsx)
    if args.procedures:
        from service.registry.importer import parse_csv

        rows = parse_csv(sample.to_csv()).rows
        Path(args.procedures).write_text(json.dumps(procedures_document(rows, args.seed),
                                                    ensure_ascii=False, indent=1),
                                         encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
