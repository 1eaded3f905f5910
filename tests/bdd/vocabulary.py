"""The words of the Gherkin specification and the contract values they stand for.

Feature files speak the reviewers' language (Vietnamese names of agencies, tiers, documents,
changes); this module is the one place that maps those words to contract values. A word it
does not know is an error that names the known words, so a typo in a feature fails loudly.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

TIER_WORDS = {"tỉnh": "province", "huyện": "district", "xã": "commune"}
TIER_LABELS = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}

KIND_WORDS = {
    "trình công bố": "publication",
    "trình phê duyệt quy trình nội bộ": "internal_procedure",
    "trình sửa đổi, bổ sung quy trình nội bộ": "internal_procedure_amendment",
    "quy trình điện tử": "electronic_procedure",
}

CHANGE_WORDS = {
    "mới ban hành": "new",
    "sửa đổi, bổ sung": "amended",
    "thay thế": "replaced",
    "bãi bỏ": "abolished",
    "thuộc Danh mục công bố": "listed",
    "không thay đổi": "unchanged",
}

ELEMENT_WORDS = {
    "thời hạn giải quyết": "time_limit",
    "địa điểm": "place",
    "địa điểm thực hiện": "place",
    "trình tự thực hiện": "sequence",
    "phí, lệ phí": "fee",
    "thành phần hồ sơ": "dossier",
    "mẫu đơn, tờ khai": "form",
    "yêu cầu, điều kiện": "requirement",
    "căn cứ pháp lý": "legal_basis",
    "tên thủ tục": "name",
    "kết quả thực hiện": "result",
    "đối tượng thực hiện": "applicant",
    "cách thức thực hiện": "method",
}

DOCUMENT_WORDS = {
    "Tờ trình": "to_trinh",
    "dự thảo Quyết định công bố": "draft_publication_decision",
    "dự thảo Quyết định phê duyệt quy trình nội bộ": "draft_internal_procedure_decision",
    "văn bản đề nghị": "proposal_letter",
}

# The outcome words people read (pages, command line, these scenarios).
OUTCOME_WORDS = {
    "Đạt": "accepted",
    "Cần xem xét thêm": "needs_review",
    "Chưa đạt — đề nghị hoàn thiện hồ sơ": "rejected",
    "Chưa có quy định áp dụng": "no_policy",
}

# How a decision is signed, as printed above the signature.
SIGNED_AS_WORDS = {
    "Chủ tịch ký": "self",
    "KT. Chủ tịch": "on_behalf",
    "TM. Ủy ban nhân dân": "for_committee",
    "TL. Chủ tịch": "by_order",
    "TUQ. Chủ tịch": "by_authorisation",
}

# The rule sets (policy packs), as legal staff name them -> pack id.
PACK_WORDS = {
    "Văn bản 9579/UBND-KSTT": "vinhphuc-9579",
    "bộ quy định về hồ sơ trình phê duyệt": "vn-approval",
    "bộ quy định về một cửa theo Nghị định 61/2018": "vn-one-stop",
    "bộ quy định về một cửa theo Nghị định 118/2025": "vn-one-stop-2025",
    "bộ quy định về sổ đăng ký thủ tục": "vn-registry",
    "bộ quy định về chính quyền địa phương hai cấp": "vn-two-tier-2025",
    "bộ quy định về tỉnh, thành phố sau sắp xếp": "vn-jurisdiction",
    "bộ quy định về những điểm chưa đọc được": "reading",
}

# The role an agency plays in a dossier, as a reviewer names it.
ROLE_WORDS = {
    "cơ quan trình": "submitter",
    "nơi nhận hồ sơ": "addressed_to",
    "người phê duyệt": "approver",
    "cơ quan quản lý": "managing_agency",
    "cơ quan tiếp nhận, giải quyết": "handling_agency",
    "cơ quan chủ trì xây dựng": "drafted_by",
    "cơ quan chủ trì": "lead",
    "cơ quan phối hợp": "coordinating",
}

SEVERITY_WORDS = {"lỗi": "error", "cảnh báo": "warning", "thông tin": "info"}

REASON_WORDS = {
    "không còn phù hợp với quy định pháp luật": "law_changed",
    "không phù hợp với thực tế của cơ quan, đơn vị": "practice_mismatch",
}

# Kinds of agency, as a reviewer names them in a list of findings' facts.
AGENCY_TYPE_WORDS = {
    "sở, ban, ngành": "department",
    "cơ quan Trung ương tổ chức theo ngành dọc": "central_vertical_agency",
    "phòng, ban, đơn vị thuộc sở": "department_unit",
    "Ủy ban nhân dân tỉnh": "ppc",
    "Văn phòng UBND tỉnh": "ppc_office",
    "Phòng Kiểm soát TTHC": "tthc_control_division",
    "Trung tâm Phục vụ hành chính công tỉnh": "provincial_centre",
    "Chủ tịch UBND tỉnh": "ppc_chairman",
    "UBND cấp huyện": "district_pc",
    "Trung tâm hành chính công cấp huyện": "district_centre",
    "phòng, ban chuyên môn cấp huyện": "district_division",
    "cán bộ quản trị phần mềm cấp huyện": "district_software_admin",
    "UBND cấp xã": "commune_pc",
    "Trung tâm Phục vụ hành chính công cấp xã": "commune_centre",
    "khác": "other",
}

# Agencies named in the features: name -> (code, type). Codes are those a submission system
# would send; an agency without a code (the Chairman) is compared by type only.
AGENCIES: dict[str, tuple[str | None, str]] = {
    "Sở Xây dựng": ("SXD", "department"),
    "Sở Nông nghiệp và Phát triển nông thôn": ("SNNPTNT", "department"),
    "Sở Tư pháp": ("STP", "department"),
    "Sở Khoa học và Công nghệ": ("SKHCN", "department"),
    "Sở Văn hóa, Thể thao và Du lịch": ("SVHTTDL", "department"),
    "Sở Lao động - Thương binh và Xã hội": ("SLDTBXH", "department"),
    "Sở Nông nghiệp và Môi trường": ("SNNMT", "department"),
    "Sở Nội vụ": ("SNV", "department"),
    "Sở Tài chính": ("STC", "department"),
    "Công an tỉnh": ("CAT", "central_vertical_agency"),
    "Cục Thuế tỉnh": ("CTT", "central_vertical_agency"),
    "Phòng Quản lý xây dựng - Sở Xây dựng": ("SXD-QLXD", "department_unit"),
    "Phòng Hành chính tư pháp - Sở Tư pháp": ("STP-HCTP", "department_unit"),
    "Phòng Quản lý công nghệ - Sở Khoa học và Công nghệ": ("SKHCN-QLCN", "department_unit"),
    "Văn phòng UBND tỉnh": ("VPUBND", "ppc_office"),
    "Phòng Kiểm soát TTHC": ("VPUBND-KSTT", "tthc_control_division"),
    "Phòng Kiểm soát TTHC - Văn phòng UBND tỉnh": ("VPUBND-KSTT", "tthc_control_division"),
    "Trung tâm Phục vụ hành chính công tỉnh": ("TTPVHCC", "provincial_centre"),
    "Chủ tịch UBND tỉnh": (None, "ppc_chairman"),
    "Giám đốc Sở": (None, "other"),
    "Ủy ban nhân dân tỉnh": (None, "ppc"),
    "UBND tỉnh": (None, "ppc"),
    "Trung tâm Phục vụ hành chính công Thành phố Hà Nội": ("TTPVHCC-HN", "provincial_centre"),
    "Trung tâm Phục vụ hành chính công Thành phố": ("TTPVHCC-HN", "provincial_centre"),
    "Trung tâm Phục vụ hành chính công quận Ba Đình": ("TTPVHCC-BD", "provincial_centre"),
    "Sở Nội vụ tỉnh Đồng Nai": ("SNV-DN", "department"),
    "Giám đốc Sở Nội vụ": (None, "department"),
    "Sở Tư pháp tỉnh Cao Bằng": ("STP-CB", "department"),
    "Sở Xây dựng Thành phố Hà Nội": ("SXD-HN", "department"),
    "UBND cấp huyện": ("UBND-H", "district_pc"),
    "Trung tâm hành chính công cấp huyện": ("TTHCC-H", "district_centre"),
    "phòng, ban chuyên môn cấp huyện": ("PCM-H", "district_division"),
    "Phòng Tư pháp cấp huyện": ("PTP-H", "district_division"),
    "cán bộ quản trị phần mềm cấp huyện": ("QTPM-H", "district_software_admin"),
    "UBND cấp xã": ("UBND-X", "commune_pc"),
    "Trung tâm Phục vụ hành chính công cấp xã": ("TTPVHCC-X", "commune_centre"),
    "UBND huyện Tam Dương": ("UBND-TD", "district_pc"),
    "Trung tâm hành chính công huyện Tam Dương": ("TTHCC-TD", "district_centre"),
    "UBND xã Hợp Châu": ("UBND-HC", "commune_pc"),
    "Sở Khoa học và Công nghệ tỉnh Cao Bằng": ("SKHCN-CB", "department"),
    "Văn phòng UBND tỉnh Cao Bằng": ("VPUBND-CB", "ppc_office"),
    "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng": ("TTPVHCC-CB", "provincial_centre"),
}

# TTHC named in the features: code -> (name, field). Names are those of the published lists
# (../shared/data/real and the national database); a code not listed gets a neutral name.
PROCEDURES: dict[str, tuple[str, str]] = {
    "1.009994": (
        "Cấp giấy phép xây dựng mới",
        "Xây dựng"),
    "1.009972": (
        "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
        "Hoạt động xây dựng"),
    "2.000908": (
        "Cấp bản sao từ sổ gốc",
        "Chứng thực"),
    "2.000815": (
        ("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm "
         "quyền của Việt Nam cấp hoặc chứng nhận"),
        "Chứng thực"),
    "2.001019": (
        "Chứng thực di chúc",
        "Chứng thực"),
    "2.001035": (
        "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
        "Chứng thực"),
    "2.000884": (
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Chứng thực"),
    "1.014440": (
        "Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh",
        "Hoạt động khoa học và công nghệ"),
    "1.014445": (
        "Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
        "Hoạt động khoa học và công nghệ"),
    "1.014446": (
        ("Thủ tục cấp thay đổi nội dung, cấp lại Giấy chứng nhận doanh nghiệp khoa học và "
         "công nghệ"),
        "Hoạt động khoa học và công nghệ"),
    "1.014461.H35": (
        ("Đăng ký thông tin kết quả nghiên cứu khoa học và phát triển công nghệ được mua "
         "bằng ngân sách nhà nước"),
        "Hoạt động khoa học và công nghệ"),
    "1.012994": (
        "Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư",
        "Đất đai"),
    "2.002755": (
        "Thủ tục giải quyết chế độ trợ cấp một lần đối với công nhân viên chức nhà nước",
        "Người có công"),
    "1.001440": (
        "Cấp thẻ hướng dẫn viên du lịch tại điểm",
        "Du lịch"),
    "2.001611": (
        ("Thu hồi giấy phép kinh doanh dịch vụ lữ hành nội địa trong trường hợp doanh "
         "nghiệp chấm dứt hoạt động kinh doanh dịch vụ lữ hành"),
        "Du lịch"),
    "1.014310": (
        ("Thủ tục hưởng trợ cấp sinh hoạt hàng tháng đối với Nghệ nhân nhân dân, Nghệ nhân"
         " ưu tú"),
        "Di sản văn hóa"),
    "1.000138": (
        ("Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự để kinh doanh ngành, nghề "
         "đầu tư kinh doanh có điều kiện"),
        "Quản lý ngành, nghề kinh doanh có điều kiện về an ninh, trật tự"),
}


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _lookup(table: dict, word: str, what: str):
    wanted = _key(word.strip().strip('"'))
    for known, value in table.items():
        if _key(known) == wanted:
            return value
    raise ValueError(f"unknown {what} {word!r}; known: {', '.join(table)}")


def agency(name: str) -> dict:
    """A contract Agency for a name used in a feature."""
    name = name.strip().strip('"').strip()
    code, kind = _lookup(AGENCIES, name, "agency")
    out = {"name": name, "type": kind}
    if code:
        out["code"] = code
    return out


def agencies(text: str) -> list[dict]:
    """Agencies listed in a step: quoted names (``"A", "B" và "C"``) or one unquoted name."""
    quoted = re.findall(r'"([^"]+)"', text)
    names = quoted if quoted else [text]
    return [agency(n) for n in names if n.strip()]


def agency_code(name: str) -> str | None:
    return agency(name).get("code")


def agency_type(word: str) -> str:
    return _lookup(AGENCY_TYPE_WORDS, word, "kind of agency")


def tiers(text: str) -> list[str]:
    """Tiers named in ``cấp tỉnh và cấp huyện``, ``cấp tỉnh, cấp huyện, cấp xã``, ``cả 3 cấp``."""
    if _key(text) in ("cả 3 cấp", "cả ba cấp"):
        return ["province", "district", "commune"]
    found = [TIER_WORDS[w] for w in re.findall(r"cấp (tỉnh|huyện|xã)", text)]
    rest = re.sub(r"cấp (tỉnh|huyện|xã)|,|\bvà\b", "", text).strip()
    if not found or rest:
        raise ValueError(f"cannot read the tiers in {text!r} (say: cấp tỉnh, cấp huyện, cấp xã)")
    return found


def tier(text: str) -> str:
    (one,) = tiers(text)
    return one


def kind(word: str) -> str:
    return _lookup(KIND_WORDS, word, "kind of submission")


def change(word: str) -> str:
    return _lookup(CHANGE_WORDS, word, "change")


def outcome(word: str) -> str:
    return _lookup(OUTCOME_WORDS, word, "outcome")


def severity(word: str) -> str:
    return _lookup(SEVERITY_WORDS, word, "severity")


def reason(word: str) -> str:
    return _lookup(REASON_WORDS, word, "amendment reason")


def signed_as(word: str) -> str:
    return _lookup(SIGNED_AS_WORDS, word, "form of signature")


def role(word: str) -> str:
    return _lookup(ROLE_WORDS, word, "role of an agency")


def pack(name: str) -> str:
    return _lookup(PACK_WORDS, name, "rule set")


def province(text: str) -> str:
    """The slug of a province named as people write it («tỉnh Cao Bằng», «Vĩnh Phúc»)."""
    from service.engine.jurisdiction import province_named

    slug = province_named(text) or province_named(f"tỉnh {text}")
    if slug is None:
        raise ValueError(f"unknown province {text!r} (say: tỉnh Cao Bằng, tỉnh Vĩnh Phúc)")
    return slug


def split_list(text: str) -> list[str]:
    """Items of a list written ``a; b; c`` (items may hold commas: «phí, lệ phí»)."""
    return [part.strip() for part in text.split(";") if part.strip()]


def documents(text: str) -> list[str]:
    return [_lookup(DOCUMENT_WORDS, d, "document") for d in split_list(text)]


def elements(text: str) -> list[str]:
    return [_lookup(ELEMENT_WORDS, e, "changed element") for e in split_list(text)]


def day(text: str) -> date:
    """A date written ``dd/mm/yyyy``."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    if not m:
        raise ValueError(f"a date is written dd/mm/yyyy, got {text!r}")
    return date(int(m[3]), int(m[2]), int(m[1]))


_DURATION = re.compile(r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>ngày|giờ)(?: làm việc)?",
                       re.IGNORECASE)


def duration(text: str) -> dict:
    """«20 ngày làm việc», «0,5 ngày», «04 giờ làm việc» as a contract Duration."""
    m = _DURATION.fullmatch(text.strip())
    if not m:
        raise ValueError(f"cannot read the duration {text!r} (say: 20 ngày làm việc, 4 giờ)")
    value = float(m["value"].replace(",", "."))
    value = int(value) if value.is_integer() else value
    unit = "working_days" if m["unit"].lower() == "ngày" else "working_hours"
    return {"value": value, "unit": unit}


def hours(text: str) -> float:
    d = duration(text)
    return d["value"] * 8 if d["unit"] == "working_days" else d["value"]


def is_uncounted(text: str) -> bool:
    return _key(text) == _key("Không tính thời gian")


def procedure_name(code: str) -> tuple[str, str | None]:
    return PROCEDURES.get(code, (f"Thủ tục hành chính {code}", None))
