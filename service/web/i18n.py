"""The pages' language: Vietnamese by default, English on ``?lang=en``, remembered in a cookie.

The words of the pages themselves live here, in both languages; the words of the law (rule
titles, messages, quotes) come from the policy files, and value labels (tiers, agency types)
from the policy vocabulary.
"""

from __future__ import annotations

from flask import Request

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


def requested_lang(request: Request) -> str | None:
    """The language asked for in the query string, if it is one we speak."""
    lang = (request.args.get("lang") or "").strip().lower()
    return lang if lang in LANGS else None


def current_lang(request: Request) -> str:
    """Query string first, then the cookie, then Vietnamese."""
    cookie = request.cookies.get(COOKIE)
    return requested_lang(request) or (cookie if cookie in LANGS else DEFAULT_LANG)


TEXT: dict[str, dict[str, str]] = {
    # frame
    "site_name": {"vi": "Kiểm tra hồ sơ TTHC", "en": "TTHC submission checks"},
    "site_tagline": {"vi": "Quy tắc theo Văn bản 9579/UBND-KSTT và quy định quốc gia",
                     "en": "Rules of Document 9579/UBND-KSTT and the national rules"},
    "skip": {"vi": "Bỏ qua, đến nội dung chính", "en": "Skip to main content"},
    "nav_label": {"vi": "Điều hướng chính", "en": "Main navigation"},
    "nav_rules": {"vi": "Sổ tay quy tắc", "en": "Rule book"},
    "nav_check": {"vi": "Kiểm tra trước", "en": "Pre-check"},
    "nav_directive": {"vi": "Văn bản 9579", "en": "Directive 9579"},
    "nav_submissions": {"vi": "Hồ sơ đã nhận", "en": "Submissions"},
    "nav_coverage": {"vi": "Mức độ bao phủ", "en": "Coverage"},
    "lang_label": {"vi": "Ngôn ngữ", "en": "Language"},
    "footer": {"vi": "Kết quả kiểm tra chỉ hỗ trợ người thẩm định; quyết định thuộc về "
                     "Văn phòng UBND tỉnh.",
               "en": "Checks support reviewers; the decision rests with the Provincial "
                     "PC Office."},
    "rules_version": {"vi": "Phiên bản bộ quy tắc", "en": "Rule set version"},
    # rule book
    "rules_title": {"vi": "Sổ tay quy tắc", "en": "The rule book"},
    "rules_intro": {"vi": "Mọi quy tắc mà hệ thống áp dụng khi kiểm tra hồ sơ trình, cùng "
                          "căn cứ pháp lý, thời gian hiệu lực và các kịch bản đặc tả.",
                    "en": "Every rule the service applies to a submission, with its legal "
                          "basis, its validity and the scenarios that specify it."},
    "search_label": {"vi": "Tìm theo mã quy tắc hoặc từ khóa (có dấu hoặc không dấu)",
                     "en": "Search by rule id or word (with or without diacritics)"},
    "search_button": {"vi": "Tìm", "en": "Search"},
    "search_clear": {"vi": "Xem tất cả", "en": "Show all"},
    "search_results": {"vi": "{n} quy tắc khớp với «{q}»", "en": "{n} rules match “{q}”"},
    "search_none": {"vi": "Không có quy tắc nào khớp với «{q}».",
                    "en": "No rule matches “{q}”."},
    "packs_title": {"vi": "Các gói chính sách", "en": "Policy packs"},
    "pack_document": {"vi": "Văn bản", "en": "Document"},
    "pack_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "pack_document_date": {"vi": "Ngày văn bản", "en": "Document date"},
    "pack_validity": {"vi": "Hiệu lực", "en": "Validity"},
    "pack_version": {"vi": "Mã phiên bản", "en": "Version hash"},
    "pack_source": {"vi": "Nguồn", "en": "Source"},
    "pack_rules": {"vi": "Quy tắc", "en": "Rules"},
    "from": {"vi": "từ", "en": "from"},
    "until": {"vi": "đến", "en": "until"},
    "open_ended": {"vi": "chưa có ngày hết hiệu lực", "en": "no end date set"},
    "in_force": {"vi": "đang có hiệu lực", "en": "in force"},
    "not_in_force": {"vi": "không có hiệu lực hôm nay", "en": "not in force today"},
    "rule_id": {"vi": "Mã", "en": "Id"},
    "rule_title": {"vi": "Tên quy tắc", "en": "Title"},
    "severity": {"vi": "Mức độ", "en": "Severity"},
    "subject": {"vi": "Áp dụng cho", "en": "Applies to"},
    "validity": {"vi": "Hiệu lực", "en": "Validity"},
    "legal_basis": {"vi": "Căn cứ pháp lý", "en": "Legal basis"},
    "quote_vi": {"vi": "Trích dẫn (tiếng Việt)", "en": "Quote (Vietnamese)"},
    "gloss_en": {"vi": "Diễn giải (tiếng Anh)", "en": "Gloss (English)"},
    "open_paragraph": {"vi": "Xem đoạn {anchor} trong văn bản",
                       "en": "Read paragraph {anchor} of the directive"},
    "interpretation": {"vi": "Ghi chú diễn giải [interp]", "en": "Interpretation note [interp]"},
    "interpretation_hint": {"vi": "Điều kiện này là một cách hiểu, không phải đọc nguyên văn; "
                                  "bộ phận pháp chế có thể đề nghị xem lại.",
                            "en": "This condition is an interpretation rather than a literal "
                                  "reading; legal staff may challenge it."},
    "messages": {"vi": "Thông báo khi quy tắc phát hiện vi phạm",
                 "en": "Messages when the rule fires"},
    "message_vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "message_en": {"vi": "Tiếng Anh", "en": "English"},
    "source_file": {"vi": "Tệp quy tắc", "en": "Rule file"},
    "scenarios": {"vi": "Kịch bản đặc tả", "en": "Specifying scenarios"},
    "scenarios_none": {"vi": "Chưa có kịch bản nào gắn nhãn @{id}.",
                       "en": "No scenario is tagged @{id} yet."},
    "scenarios_count": {"vi": "{n} kịch bản", "en": "{n} scenarios"},
    "scenario_file": {"vi": "Tệp", "en": "File"},
    "scenario_line": {"vi": "dòng", "en": "line"},
    "background": {"vi": "Bối cảnh", "en": "Background"},
    "examples": {"vi": "Dữ liệu", "en": "Examples"},
    "last_run": {"vi": "Lần chạy kiểm thử gần nhất", "en": "Last recorded test run"},
    "result_passed": {"vi": "đạt", "en": "passed"},
    "result_failed": {"vi": "không đạt", "en": "failed"},
    "result_skipped": {"vi": "bỏ qua", "en": "skipped"},
    "result_not_run": {"vi": "chưa chạy", "en": "not run yet"},
    "result_at": {"vi": "lúc {time}", "en": "at {time}"},
    "result_examples": {"vi": "{passed}/{total} dòng dữ liệu đạt",
                        "en": "{passed} of {total} example rows passed"},
    "back_to_rules": {"vi": "Về sổ tay quy tắc", "en": "Back to the rule book"},
    "rule_not_found": {"vi": "Không có quy tắc «{id}».", "en": "There is no rule “{id}”."},
    "rule_in_pack": {"vi": "Thuộc gói", "en": "In pack"},
    "check_with_rule": {"vi": "Kiểm tra một hồ sơ", "en": "Check a submission"},
    # directive
    "directive_title": {"vi": "Văn bản 9579/UBND-KSTT (bản chú giải)",
                        "en": "Document 9579/UBND-KSTT (annotated)"},
    "directive_cited_by": {"vi": "Quy tắc dẫn chiếu đoạn này", "en": "Rules citing this paragraph"},
    "directive_toc": {"vi": "Các đoạn", "en": "Paragraphs"},
    # check
    "check_title": {"vi": "Kiểm tra trước hồ sơ trình", "en": "Pre-check a submission"},
    "check_intro": {"vi": "Dán nội dung JSON của hồ sơ, tải tệp lên hoặc chọn một ví dụ. "
                          "Hồ sơ chỉ được kiểm tra, không được lưu.",
                    "en": "Paste the submission's JSON, upload a file or pick an example. "
                          "The submission is checked, not stored."},
    "check_form_title": {"vi": "Hồ sơ cần kiểm tra", "en": "The submission to check"},
    "check_paste": {"vi": "Nội dung JSON của hồ sơ", "en": "Submission JSON"},
    "check_upload": {"vi": "Hoặc tải lên tệp .json", "en": "Or upload a .json file"},
    "check_example": {"vi": "Hoặc chọn một hồ sơ ví dụ", "en": "Or pick an example"},
    "check_example_none": {"vi": "— không chọn —", "en": "— none —"},
    "check_submit": {"vi": "Kiểm tra", "en": "Check"},
    "check_input_hint": {"vi": "Thứ tự ưu tiên: tệp tải lên, rồi nội dung dán, rồi ví dụ.",
                         "en": "Used first: the uploaded file, then the pasted text, then "
                               "the example."},
    "verdict_title": {"vi": "Kết quả kiểm tra", "en": "Verdict"},
    "verdict_of": {"vi": "Hồ sơ", "en": "Submission"},
    "evaluated_on": {"vi": "Áp dụng quy tắc có hiệu lực ngày",
                     "en": "Rules applied as in force on"},
    "decision_id": {"vi": "Mã quyết định", "en": "Decision id"},
    "policies_applied": {"vi": "Gói chính sách áp dụng", "en": "Policy packs applied"},
    "findings": {"vi": "Các phát hiện", "en": "Findings"},
    "findings_none": {"vi": "Không có phát hiện nào.", "en": "No findings."},
    "findings_count": {"vi": "{errors} lỗi, {warnings} cảnh báo, {infos} thông tin",
                       "en": "{errors} errors, {warnings} warnings, {infos} notes"},
    "group_submission": {"vi": "Toàn bộ hồ sơ trình", "en": "The whole submission"},
    "group_procedure": {"vi": "Thủ tục", "en": "Procedure"},
    "group_tier_all": {"vi": "Cả thủ tục", "en": "Whole procedure"},
    "facts": {"vi": "Dữ kiện", "en": "Facts"},
    "finding_path": {"vi": "Vị trí trong hồ sơ", "en": "Place in the submission"},
    "basis_quote": {"vi": "Căn cứ", "en": "Basis"},
    "errors_title": {"vi": "Hồ sơ không hợp lệ", "en": "The submission is not valid"},
    "errors_intro": {"vi": "Sửa các trường sau rồi kiểm tra lại:",
                     "en": "Correct these fields and check again:"},
    "error_no_input": {"vi": "Chưa có hồ sơ: hãy dán JSON, tải tệp lên hoặc chọn một ví dụ.",
                       "en": "No submission: paste JSON, upload a file or pick an example."},
    "error_not_json": {"vi": "Không phải JSON hợp lệ: {detail}",
                       "en": "Not valid JSON: {detail}"},
    "error_not_utf8": {"vi": "Tệp không phải văn bản UTF-8.",
                       "en": "The file is not UTF-8 text."},
    "error_too_large": {"vi": "Hồ sơ vượt quá giới hạn {limit} byte.",
                        "en": "The submission is over the limit of {limit} bytes."},
    "error_unknown_example": {"vi": "Không có ví dụ «{name}».", "en": "There is no example “{name}”."},
    "error_engine": {"vi": "Không thể kiểm tra lúc này; vui lòng thử lại sau.",
                     "en": "The check cannot run right now; please try again later."},
    "field": {"vi": "Trường", "en": "Field"},
    "problem": {"vi": "Lỗi", "en": "Problem"},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    "print": {"vi": "In trang này", "en": "Print this page"},
    # submissions
    "submissions_title": {"vi": "Hồ sơ đã nhận", "en": "Received submissions"},
    "submission_title": {"vi": "Hồ sơ {id}", "en": "Submission {id}"},
    "filter_outcome": {"vi": "Kết quả", "en": "Outcome"},
    "filter_submitter": {"vi": "Mã cơ quan trình", "en": "Submitter code"},
    "filter_kind": {"vi": "Loại hồ sơ", "en": "Kind"},
    "filter_since": {"vi": "Nhận từ ngày", "en": "Received since"},
    "filter_any": {"vi": "— tất cả —", "en": "— any —"},
    "filter_apply": {"vi": "Lọc", "en": "Filter"},
    "submissions_none": {"vi": "Không có hồ sơ nào.", "en": "No submissions."},
    "next_page": {"vi": "Trang sau", "en": "Next page"},
    "received_at": {"vi": "Nhận lúc", "en": "Received"},
    "reference": {"vi": "Số Tờ trình", "en": "Reference"},
    "submitter": {"vi": "Cơ quan trình", "en": "Submitter"},
    "kind": {"vi": "Loại hồ sơ", "en": "Kind"},
    "submitted_on": {"vi": "Ngày trình", "en": "Submitted on"},
    "outcome": {"vi": "Kết quả", "en": "Outcome"},
    "history": {"vi": "Lịch sử đánh giá", "en": "Evaluation history"},
    "submission_not_found": {"vi": "Không có hồ sơ «{id}».", "en": "There is no submission “{id}”."},
    "storage_unavailable": {"vi": "Kho lưu trữ hồ sơ chưa sẵn sàng.",
                            "en": "Submission storage is not available."},
    "bad_filter": {"vi": "Bộ lọc không hợp lệ: {detail}", "en": "Invalid filter: {detail}"},
    "body": {"vi": "Nội dung hồ sơ (JSON)", "en": "Submission body (JSON)"},
    # coverage
    "coverage_title": {"vi": "Mức độ bao phủ quy trình (§CHUNG)",
                       "en": "Procedure coverage (§CHUNG)"},
    "coverage_unavailable": {"vi": "Sổ đăng ký thủ tục chưa sẵn sàng.",
                             "en": "The procedure registry is not available."},
    "coverage_intro": {"vi": "Yêu cầu của UBND tỉnh: 100% TTHC phải có quy trình nội bộ và "
                             "quy trình điện tử. Số liệu theo sổ đăng ký thủ tục, các bản ghi "
                             "có hiệu lực ngày {day}.",
                       "en": "The Provincial PC requires 100% of TTHC to have an internal and "
                             "an electronic procedure. Figures from the procedure registry, "
                             "the records in force on {day}."},
    "coverage_as_of": {"vi": "Số liệu tại ngày", "en": "Figures as of"},
    "coverage_show": {"vi": "Xem", "en": "Show"},
    "coverage_total": {"vi": "Tổng cộng", "en": "Total"},
    "coverage_ip_short": {"vi": "QTNB", "en": "Internal"},
    "coverage_ep_short": {"vi": "QTĐT", "en": "Electronic"},
    "coverage_with": {"vi": "Đã có", "en": "With"},
    "coverage_without": {"vi": "Chưa có", "en": "Without"},
    "coverage_chart_title": {"vi": "Tỷ lệ TTHC có và chưa có quy trình nội bộ (QTNB), quy "
                                   "trình điện tử (QTĐT) ngày {day}",
                             "en": "Share of TTHC with and without an internal and an "
                                   "electronic procedure on {day}"},
    "coverage_chart_desc": {"vi": "Tổng cộng {tthc} TTHC: {ip} có quy trình nội bộ, {ep} có "
                                  "quy trình điện tử, {both} có cả hai. Theo cấp và theo cơ "
                                  "quan: xem các bảng dưới đây.",
                            "en": "{tthc} TTHC in all: {ip} with an internal procedure, {ep} "
                                  "with an electronic procedure, {both} with both. By tier "
                                  "and by agency: see the tables below."},
    "coverage_headline": {"vi": "Có cả hai quy trình", "en": "With both procedures"},
    "coverage_by_tier": {"vi": "Theo cấp", "en": "By tier"},
    "coverage_by_agency": {"vi": "Theo cơ quan", "en": "By agency"},
    "coverage_chart": {"vi": "Biểu đồ", "en": "Chart"},
    "coverage_col_group_tier": {"vi": "Cấp", "en": "Tier"},
    "coverage_col_group_agency": {"vi": "Cơ quan", "en": "Agency"},
    "coverage_col_tthc": {"vi": "Số TTHC", "en": "TTHC"},
    "coverage_col_units": {"vi": "TTHC × cấp", "en": "TTHC × tier"},
    "coverage_col_ip": {"vi": "Có QTNB", "en": "With internal procedure"},
    "coverage_col_ep": {"vi": "Có QTĐT", "en": "With electronic procedure"},
    "coverage_col_both": {"vi": "Có cả hai", "en": "With both"},
    "coverage_gaps": {"vi": "Còn thiếu ({n} TTHC × cấp)", "en": "Gaps ({n} TTHC × tier)"},
    "coverage_gaps_none": {"vi": "Không còn thiếu: mọi TTHC đều có đủ quy trình.",
                           "en": "No gaps: every TTHC has both procedures."},
    "coverage_gaps_more": {"vi": "Hiển thị {shown} dòng đầu; tải về tệp CSV để xem đủ.",
                           "en": "The first {shown} rows are shown; download the CSV for all."},
    "coverage_csv": {"vi": "Tải danh sách còn thiếu (CSV)", "en": "Download the gaps (CSV)"},
    "coverage_code": {"vi": "Mã TTHC", "en": "Code"},
    "coverage_name": {"vi": "Tên TTHC", "en": "Name"},
    "coverage_tier": {"vi": "Cấp", "en": "Tier"},
    "coverage_agency": {"vi": "Cơ quan", "en": "Agency"},
    "coverage_missing": {"vi": "Còn thiếu", "en": "Missing"},
    "missing_internal_procedure": {"vi": "quy trình nội bộ", "en": "internal procedure"},
    "missing_internal_procedure_amendment": {"vi": "quy trình nội bộ cần sửa đổi (§QTNB-7)",
                                             "en": "internal procedure to amend (§QTNB-7)"},
    "missing_electronic_procedure": {"vi": "quy trình điện tử", "en": "electronic procedure"},
    "coverage_unmatched": {"vi": "Bản ghi không khớp với TTHC đang có hiệu lực",
                           "en": "Records that match no TTHC in force"},
    "coverage_without_tier": {"vi": "TTHC chưa rõ cấp thực hiện",
                              "en": "TTHC without a tier"},
    "coverage_definitions": {"vi": "Cách tính", "en": "How it counts"},
    "coverage_empty": {"vi": "Sổ đăng ký chưa có TTHC nào có hiệu lực vào ngày này.",
                       "en": "The registry holds no TTHC in force on this day."},
    # errors
    "not_found_title": {"vi": "Không tìm thấy trang", "en": "Page not found"},
}

OUTCOMES = {
    "rejected": {"vi": "Không đạt — trả lại hồ sơ", "en": "Rejected"},
    "needs_review": {"vi": "Cần người thẩm định xem xét", "en": "Needs review"},
    "accepted": {"vi": "Đạt", "en": "Accepted"},
    "no_policy": {"vi": "Không có quy định áp dụng vào ngày trình",
                  "en": "No policy in force on the submission date"},
}

SEVERITIES = {
    "error": {"vi": "Lỗi", "en": "Error"},
    "warning": {"vi": "Cảnh báo", "en": "Warning"},
    "info": {"vi": "Thông tin", "en": "Note"},
}

SUBJECTS = {
    "submission": {"vi": "hồ sơ trình", "en": "the submission"},
    "procedure": {"vi": "từng thủ tục", "en": "each procedure"},
    "internal_procedure": {"vi": "từng quy trình nội bộ", "en": "each internal procedure"},
    "electronic_procedure": {"vi": "từng quy trình điện tử", "en": "each electronic procedure"},
}

KINDS = {
    "publication": {"vi": "Trình công bố TTHC", "en": "Publication of TTHC"},
    "internal_procedure": {"vi": "Trình phê duyệt quy trình nội bộ",
                           "en": "Approval of internal procedures"},
    "internal_procedure_amendment": {"vi": "Trình sửa đổi, bổ sung quy trình nội bộ",
                                     "en": "Amendment of internal procedures"},
    "electronic_procedure": {"vi": "Quy trình điện tử", "en": "Electronic procedure"},
}


class Words:
    """What templates call ``t``: ``t("nav_rules")``, ``t("search_results", n=3, q="x")``."""

    def __init__(self, lang: str, labels: dict | None = None) -> None:
        self.lang = lang
        self.labels = labels or {}

    def __call__(self, key: str, **values: object) -> str:
        text = TEXT[key][self.lang]
        return text.format(**values) if values else text

    def outcome(self, value: str) -> str:
        return OUTCOMES.get(value, {}).get(self.lang, value)

    def severity(self, value: str) -> str:
        return SEVERITIES.get(value, {}).get(self.lang, value)

    def subject(self, value: str | tuple | list) -> str:
        values = [value] if isinstance(value, str) else list(value)
        return ", ".join(SUBJECTS.get(v, {}).get(self.lang, v) for v in values)

    def kind(self, value: str) -> str:
        return KINDS.get(value, {}).get(self.lang, value)

    def label(self, value: object) -> str:
        """A contract value as the policy vocabulary names it (tiers, agency types …)."""
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if isinstance(value, str):
            return self.labels.get(value, {}).get(self.lang, value)
        return str(value)

    def pick(self, texts: dict | None) -> str:
        """The current language's text of a ``{vi, en}`` pair."""
        if not texts:
            return ""
        return texts.get(self.lang) or texts.get("vi") or ""
