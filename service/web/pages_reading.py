"""Reading a draft decision on the pre-check page: «Tải lên dự thảo (.docx, .html)».

``/check/reading`` takes the dossier's files (the draft decision, its Tờ trình), reads them
with ``service.documents`` and shows what was read: the decision's header and signature,
every step table as the decision prints it (with what each row was read as), the notes
(highlighted), the tables that could not be placed. The reviewer corrects it, then asks
for the verdict (``/check/reading/verdict``), evaluated as ``/check`` does.

The correction is the submission's JSON in a text area, with a form field for the code and
tier of each unplaced table: the JSON keeps every field of the contract correctable, and
the correction a reviewer makes most often (a code the decision does not print) is typed
in a box beside the table it belongs to.
"""

from __future__ import annotations

import json

from flask import current_app, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from service.api.http import evaluate
from service.contract.schemas import TIERS, TTHC_CODE, BadInput, load_submission
from service.engine import EngineError
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.verdicts import group_findings, severity_counts

READING_LIMIT = 25 * 1024 * 1024

WORDS = {
    "title": ("Đọc dự thảo quyết định", "Read a draft decision"),
    "intro": (("Tải lên dự thảo quyết định (và tờ trình, nếu có) dạng Word .docx hoặc .html. "
              "Trang cho thấy những gì đọc được; sửa lại nếu cần rồi bấm «Kiểm tra hồ sơ»."),
              ("Upload the draft decision (and its Tờ trình) as Word .docx or .html. The page "
              "shows what was read; correct it if needed, then press «Check the dossier».")),
    "upload": ("Tải lên dự thảo (.docx, .html)", "Upload a draft (.docx, .html)"),
    "files": ("Các tệp của hồ sơ (có thể chọn nhiều tệp)", "The dossier's files (several allowed)"),
    "province": ("Tỉnh, nếu văn bản không ghi (ví dụ cao-bang)",
                 "Province, when the document does not name it (e.g. cao-bang)"),
    "read": ("Đọc dự thảo", "Read the draft"),
    "cannot_read": ("Không đọc được tệp", "The file cannot be read"),
    "no_file": ("Chưa chọn tệp nào để đọc.", "No file was chosen."),
    "too_large": ("Các tệp quá lớn: tổng giới hạn là {limit} MiB.",
                  "The files are too large: the limit is {limit} MiB in all."),
    "bad_province": ("«{value}» không phải tỉnh đã biết (viết như vinh-phuc, cao-bang).",
                     "«{value}» is not a known province (write it as vinh-phuc, cao-bang)."),
    "files_read": ("Văn bản đã đọc", "Documents read"),
    "decision": ("Quyết định", "Decision"), "to_trinh": ("Tờ trình", "Tờ trình"),
    "unknown": ("Văn bản chưa rõ loại", "Document of unknown kind"),
    "number": ("Số", "Number"), "date": ("Ngày", "Date"), "title_of": ("Trích yếu", "Title"),
    "signed": ("Khối chữ ký", "Signature"), "proposed": ("Đề nghị của", "Proposed by"),
    "read_as": ("Hồ sơ đọc được", "The submission read"),
    "kind": ("Loại hồ sơ", "Kind"), "province_read": ("Tỉnh", "Province"),
    "submitter": ("Cơ quan trình", "Submitter"), "reference": ("Số tờ trình", "Reference"),
    "submitted_on": ("Ngày trình", "Submitted on"), "approver": ("Người ký", "Signed by"),
    "documents": ("Văn bản trong hồ sơ", "Documents"),
    "procedures": ("Thủ tục", "Procedures"),
    "tables": ("Các bảng quy trình", "Step tables"),
    "placed_as": ("Đọc là quy trình nội bộ của", "Read as the internal procedure of"),
    "not_placed": ("Chưa đặt được vào thủ tục nào", "Not placed in any procedure"),
    "case": ("Trường hợp", "Case"), "tier": ("Cấp", "Tier"),
    "col_label": ("Bước", "Step"), "col_action": ("Nội dung công việc", "Action"),
    "col_responsible": ("Người thực hiện", "Responsible"),
    "col_time": ("Thời gian (như in)", "Time (as printed)"), "col_read": ("Đọc là", "Read as"),
    "not_counted": ("không tính thời gian", "not counted"),
    "total_printed": ("Tổng in trong văn bản", "Printed total"),
    "total_summed": ("cộng các bước", "sum of the steps"),
    "total_differs": ("khác nhau", "differ"), "total_agrees": ("khớp", "agree"),
    "phase": ("Dòng tiêu đề giai đoạn (không phải bước)", "Phase heading (not a step)"),
    "unplaced_rows": ("Dòng không đọc được thành bước", "Rows not read as steps"),
    "notes": ("Ghi chú khi đọc", "Reading notes"),
    "incomplete": ("Chưa đủ để kiểm tra", "Not yet complete enough to check"),
    "incomplete_intro": ("Hồ sơ đọc ra còn thiếu thông tin bắt buộc; bổ sung ở phần sửa bên dưới.",
                         "The submission read lacks required values; complete it below."),
    "correct": ("Sửa và kiểm tra", "Correct and check"),
    "correct_intro": (("Nhập mã thủ tục cho các bảng chưa đặt được, hoặc sửa trực tiếp nội dung "
                      "hồ sơ (JSON) rồi bấm «Kiểm tra hồ sơ»."),
                      ("Type the procedure code of each unplaced table, or edit the submission "
                      "(JSON) directly, then press «Check the dossier».")),
    "code_for": ("Mã thủ tục cho bảng {place}", "Procedure code for table {place}"),
    "tier_for": ("Cấp của bảng {place}", "Tier of table {place}"),
    "json": ("Nội dung hồ sơ (JSON)", "The submission (JSON)"),
    "check": ("Kiểm tra hồ sơ", "Check the dossier"),
    "bad_code": ("«{value}» không phải mã TTHC (ví dụ 1.001806).",
                 "«{value}» is not a TTHC code (e.g. 1.001806)."),
    "errors_title": ("Hồ sơ chưa đúng khuôn dạng", "The submission breaks the contract"),
    "bad_json": ("Nội dung hồ sơ không phải JSON hợp lệ: {detail}",
                 "The submission is not valid JSON: {detail}"),
    "engine": ("Không đánh giá được lúc này; thử lại sau.", "Cannot evaluate now; try later."),
    "none": ("—", "—"),
}
TIER_WORDS = {"province": ("cấp tỉnh", "province"), "district": ("cấp huyện", "district"),
              "commune": ("cấp xã", "commune")}
KIND_WORDS = {"publication": ("Quyết định công bố danh mục TTHC", "Publication of TTHC"),
              "internal_procedure": ("Quyết định phê duyệt quy trình nội bộ",
                                     "Approval of internal procedures"),
              "internal_procedure_amendment": ("Quyết định sửa đổi, bổ sung quy trình nội bộ",
                                               "Amendment of internal procedures"),
              "electronic_procedure": ("Quy trình điện tử", "Electronic procedure")}
SIGNED_WORDS = {"self": ("Chủ tịch ký", "the Chairman"),
                "on_behalf": ("KT. Chủ tịch (Phó Chủ tịch ký thay)", "on the Chairman's behalf"),
                "for_committee": ("TM. Ủy ban nhân dân", "for the People's Committee"),
                "by_order": ("TL./TUQ. Chủ tịch", "by order of the Chairman")}
DOCUMENT_WORDS = {"to_trinh": ("Tờ trình", "Tờ trình"),
                  "draft_publication_decision": ("Dự thảo quyết định công bố",
                                                 "Draft publication decision"),
                  "draft_internal_procedure_decision": (("Dự thảo quyết định phê duyệt quy trình "
                                                        "nội bộ"), "Draft internal procedure decision")}
# notes a reviewer should look at first
ATTENTION = {"unplaced", "total_differs", "time_prose", "time_no_unit", "time_unreadable",
             "kind_assumed", "submitted_on_today", "signature_missing", "submitter_missing",
             "province_missing", "province_conflict", "province_option", "reception_agency",
             "tier_default", "document_unknown", "amends_missing", "time_merged_down",
             "change_listed", "no_to_trinh"}


class _Say:
    """The page's words in the reader's language (Vietnamese first)."""

    def __init__(self, lang: str) -> None:
        self.k = 0 if lang == "vi" else 1

    def __call__(self, key: str, **values) -> str:
        return WORDS[key][self.k].format(**values)

    def pick(self, table: dict, key: str | None) -> str:
        return table[key][self.k] if key in table else (key or "—")

    def message(self, m: dict) -> str:
        return m["vi"] if self.k == 0 else m["en"]


def _say() -> _Say:
    return _Say(words().lang)


def _context(**extra) -> dict:
    say = _say()
    return {"say": say, "TIER_WORDS": TIER_WORDS, "KIND_WORDS": KIND_WORDS,
            "SIGNED_WORDS": SIGNED_WORDS, "DOCUMENT_WORDS": DOCUMENT_WORDS,
            "ATTENTION": ATTENTION, "tiers": TIERS, "out": None, "errors": None,
            "verdict": None, "json_text": "", "spoken": _spoken,
            "province_name": _province_name, **extra}


def _province_name(slug: str | None) -> str:
    from service.engine.jurisdiction import provinces

    if not slug:
        return "—"
    known = provinces().get(slug)
    return known.full_name if known else slug


def _spoken(duration: dict | None) -> str:
    from service.documents.durations import spoken

    return spoken(duration)


@bp.route("/check/reading", methods=["GET", "POST"])
def check_reading():
    from service.documents import Unreadable, read_files
    from service.engine.jurisdiction import known

    say = _say()
    if request.method == "GET":
        return page("reading.html", **_context())
    request.max_content_length = current_app.config.get("READING_MAX_LENGTH", READING_LIMIT)
    try:
        uploads = [u for u in request.files.getlist("files") + request.files.getlist("file")
                   if u is not None and (u.filename or "").strip()]
        province = request.form.get("province", "").strip() or None
        files = [((u.filename or "tệp").strip()[:200], u.read()) for u in uploads]
    except RequestEntityTooLarge:
        limit = request.max_content_length // (1024 * 1024)
        return page("reading.html", 413, **_context(
            errors={say("cannot_read"): [say("too_large", limit=limit)]}))
    if not files:
        return page("reading.html", 400, **_context(errors={say("cannot_read"): [say("no_file")]}))
    if province and not known(province):
        return page("reading.html", 422, **_context(
            errors={say("province"): [say("bad_province", value=province)]}))
    try:
        out = read_files(files, province)
    except Unreadable as exc:
        return page("reading.html", 422, **_context(
            errors={exc.file: [exc.vi if say.k == 0 else exc.en]}))
    return page("reading.html", **_context(
        out=out, json_text=json.dumps(out["submission"], ensure_ascii=False, indent=2),
        unplaced_json=json.dumps(_unplaced_for_form(out), ensure_ascii=False)))


def _unplaced_for_form(out: dict) -> list[dict]:
    from service.documents.annex import procedure_name

    items = []
    for u in out["reading"]["unplaced"]:
        if u.get("kind") != "table":
            continue
        steps = []
        for k, s in enumerate(u["steps"][:100]):
            step = {"order": k + 1, "counted": s["counted"]}
            if s["action"]:
                step["action"] = s["action"][:2000]
            if s["responsible"]:
                step["responsible"] = s["responsible"][:500]
            if s["duration"]:
                step["duration"] = s["duration"]
            steps.append(step)
        heading = (u.get("procedures") or [u.get("heading") or ""])[0]
        items.append({"place": u["place"], "name": procedure_name(heading) if heading else "",
                      "tiers": u["tiers"], "variant": u.get("variant"), "steps": steps,
                      "centre": any("trung tâm phục vụ hành chính công" in
                                    (s["responsible"] or "").lower() for s in u["steps"])})
    return items


@bp.route("/check/reading/verdict", methods=["POST"])
def check_reading_verdict():
    say = _say()
    request.max_form_memory_size = READING_LIMIT  # the JSON and the unplaced tables' steps
    text = request.form.get("submission", "")
    context = _context(json_text=text, unplaced_json=request.form.get("unplaced", "[]"))
    try:
        raw = json.loads(text)
    except ValueError as exc:
        return page("reading.html", 400, **{**context, "errors": {
            say("json"): [say("bad_json", detail=str(exc))]}})
    errors: dict[str, list[str]] = {}
    if isinstance(raw, dict):
        _add_coded_tables(raw, errors, say)
    context["json_text"] = json.dumps(raw, ensure_ascii=False, indent=2)
    if errors:
        return page("reading.html", 422, **{**context, "errors": errors})
    try:
        submission = load_submission(raw)
    except BadInput as exc:
        return page("reading.html", 422, **{**context, "errors": exc.errors,
                                            "errors_title": say("errors_title")})
    try:
        verdict = evaluate(submission)
        store = current_app.extensions.get("tthc-rules", {}).get("store")
        if store is not None:
            store.record_precheck(submission, verdict)
    except (EngineError, SQLAlchemyError) as exc:
        current_app.logger.error("reading page could not evaluate", exc_info=exc)
        return page("reading.html", 503, **{**context, "errors": {"": [say("engine")]}})
    return page("reading.html", **{**context, "verdict": verdict, "submission": submission,
                                   "groups": group_findings(verdict["findings"], submission),
                                   "counts": severity_counts(verdict["findings"])})


def _add_coded_tables(raw: dict, errors: dict, say: _Say) -> None:
    """The unplaced tables the reviewer gave a code: added as internal procedures (and their
    procedure, when the submission has none of that code)."""
    try:
        unplaced = json.loads(request.form.get("unplaced", "[]"))
    except ValueError:
        unplaced = []
    if not isinstance(unplaced, list):
        return
    for k, item in enumerate(unplaced):
        code = request.form.get(f"code_{k}", "").strip()
        if not code or not isinstance(item, dict):
            continue
        if not TTHC_CODE.match(code):
            errors[say("code_for", place=item.get("place", k))] = [say("bad_code", value=code)]
            continue
        tier = request.form.get(f"tier_{k}", "")
        tier = tier if tier in TIERS else (item.get("tiers") or ["province"])[0]
        submitter = raw.get("submitter") if isinstance(raw.get("submitter"), dict) else \
            {"type": "other"}
        procedures = raw.setdefault("procedures", [])
        proc = next((p for p in procedures if isinstance(p, dict) and p.get("code") == code), None)
        if proc is None:
            proc = {"code": code, "name": item.get("name") or code,
                    "managing_agency": dict(submitter), "tiers": []}
            if raw.get("kind") == "publication":
                proc["change"] = "listed"
            procedures.append(proc)
        if isinstance(proc.get("tiers"), list) and tier not in proc["tiers"]:
            proc["tiers"].append(tier)
        if tier == "province" and "reception" not in proc:
            proc["reception"] = "provincial_centre" if item.get("centre") else "agency"
        ip = {"procedure_code": code, "tier": tier, "drafted_by": dict(submitter),
              "steps": item.get("steps") or []}
        if item.get("variant"):
            ip["variant"] = item["variant"]
        raw.setdefault("internal_procedures", []).append(ip)
