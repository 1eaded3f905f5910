"""Step definitions of the Vietnamese Gherkin specification under ``features/``.

Steps build a dossier (``dossier.Dossier``) in the reviewers' words, turn it into contract
JSON, pass it through ``service.contract.schemas.load_submission`` (the real validation) and evaluate
it with the real engine (``service.engine.get_engine``, which honours ``$TTHC_POLICIES``).
Words are mapped to contract values in ``vocabulary``; the step phrases are listed in
``features/README.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from service.contract.schemas import BadInput, load_submission
from service.engine import get_engine

from . import vocabulary as vi
from .dossier import Dossier, generated_steps, steps_from_table

FEATURES = Path(__file__).resolve().parents[2] / "features"


def pytest_configure(config: pytest.Config) -> None:
    """Register every tag used in the features as a marker (``-m QTNB-08`` selects a rule).

    Whether a tag names a known rule is the business of ``test_catalogue_coverage``.
    """
    tags = set()
    for path in FEATURES.rglob("*.feature"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("@"):
                tags.update(t.lstrip("@") for t in line.split() if t.startswith("@"))
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag}: scenarios tagged @{tag} in features/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("wip"):
            item.add_marker(pytest.mark.skip(reason="@wip: blocked, see the comment in the "
                                                    "feature file"))


def pytest_bdd_after_scenario(request: pytest.FixtureRequest, feature, scenario) -> None:
    """A dossier the contract refused fails its scenario unless a step expected that."""
    dossier = request.getfixturevalue("ho_so")
    if dossier.bad_input is not None and not dossier.bad_input_expected:
        pytest.fail(f"the dossier of this scenario breaks the contract: "
                    f"{dossier.bad_input['errors']}")


@pytest.fixture
def ho_so() -> Dossier:
    """The dossier of one scenario."""
    return Dossier()


def step(pattern: str) -> parsers.re:
    return parsers.re(pattern)


# --- the submission -----------------------------------------------------------------------------

KINDS = "|".join(re.escape(k) for k in vi.KIND_WORDS)


@given(step(rf"hồ sơ (?P<kind>{KINDS}) của (?P<submitter>.+?) gửi ngày (?P<day>[\d/]+)"))
def new_dossier(ho_so: Dossier, kind: str, submitter: str, day: str) -> None:
    ho_so.kind = vi.kind(kind)
    ho_so.submitter = vi.agency(submitter)
    ho_so.submitted_on = vi.day(day)


@given(step(r"hồ sơ gửi ngày (?P<day>[\d/]+)"))
def submitted_on(ho_so: Dossier, day: str) -> None:
    ho_so.submitted_on = vi.day(day)


@given(step(r"hồ sơ gửi (?!ngày )(?P<name>.+)"))
def addressed_to(ho_so: Dossier, name: str) -> None:
    ho_so.addressed_to = vi.agency(name)


@given(step(r"hồ sơ (?:thuộc|ghi) (?P<name>(?:tỉnh|thành phố) .+)"))
def province(ho_so: Dossier, name: str) -> None:
    ho_so.province = vi.province(name)


@given(step(r'hồ sơ ghi mã tỉnh "(?P<slug>[^"]+)"'))
def province_slug(ho_so: Dossier, slug: str) -> None:
    """The province as the contract names it (a slug), known or not."""
    ho_so.province = slug


@given(step(r"hồ sơ không ghi tỉnh, thành phố"))
def no_province(ho_so: Dossier) -> None:
    ho_so.province = None


@given(step(r"hệ thống được cài đặt cho (?P<name>(?:tỉnh|thành phố) .+)"))
def deployment_province(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The deployment's province (``TTHC_PROVINCE``), for dossiers that name none."""
    monkeypatch.setenv("TTHC_PROVINCE", vi.province(name))


SIGNED = r'ký theo hình thức "(?P<form>[^"]+)"(?:, người ký "(?P<signer>[^"]+)")?'


def _signed(agency: dict, form: str, signer: str | None) -> None:
    agency["signed_as"] = vi.signed_as(form)
    if signer:
        agency["signer"] = signer


@given(step(rf"dự thảo quyết định {SIGNED}"))
def approver_signed(ho_so: Dossier, form: str, signer: str | None) -> None:
    """How the decision the dossier proposes will be signed (its approver)."""
    if ho_so.approver is None:
        ho_so.approver = vi.agency("Chủ tịch UBND tỉnh")
    _signed(ho_so.approver, form, signer)


@given(step(r"hồ sơ trình (?P<name>.+?) phê duyệt"))
def approver(ho_so: Dossier, name: str) -> None:
    ho_so.approver = vi.agency(name)


@given(step(r"hồ sơ không nêu người phê duyệt"))
def no_approver(ho_so: Dossier) -> None:
    ho_so.approver = None


@given(step(r"hồ sơ gồm: (?P<docs>.+)"))
def documents(ho_so: Dossier, docs: str) -> None:
    ho_so.documents = vi.documents(docs)


@given(step(r"hồ sơ không có (?P<docs>.+)"))
def without_documents(ho_so: Dossier, docs: str) -> None:
    gone = vi.documents(docs)
    ho_so.documents = [d for d in ho_so.documents if d not in gone]


@given(step(r"hồ sơ không kèm văn bản nào"))
def no_documents(ho_so: Dossier) -> None:
    ho_so.documents = []


# --- the TTHC -----------------------------------------------------------------------------------

CHANGES = "|".join(re.escape(c) for c in vi.CHANGE_WORDS)


@given(step(rf'thủ tục "(?P<code>[^"]+)"(?: (?P<change>{CHANGES}))?, thực hiện ở (?P<tiers>.+)'))
def procedure(ho_so: Dossier, code: str, change: str | None, tiers: str) -> None:
    ho_so.add_procedure(code, vi.change(change) if change else None, vi.tiers(tiers))


@given(step(r"thủ tục do (?P<name>.+?) quản lý"))
def managing_agency(ho_so: Dossier, name: str) -> None:
    ho_so.need_procedure()["managing_agency"] = vi.agency(name)


@given(step(r"thủ tục do (?P<name>.+?) tiếp nhận, giải quyết ở cấp tỉnh"))
def handling_agency(ho_so: Dossier, name: str) -> None:
    ho_so.need_procedure()["handling_agency"] = vi.agency(name)


@given(step(r"thủ tục được tiếp nhận, trả kết quả tại (?P<place>Trung tâm Phục vụ hành chính "
            r"công tỉnh|cơ quan, đơn vị)"))
def reception(ho_so: Dossier, place: str) -> None:
    ho_so.need_procedure()["reception"] = ("agency" if place == "cơ quan, đơn vị"
                                           else "provincial_centre")


@given(step(r"thời hạn giải quyết(?: của thủ tục)? là (?P<text>.+)"))
def time_limit(ho_so: Dossier, text: str) -> None:
    ho_so.need_procedure()["time_limit"] = vi.duration(text)


@given(step(r"thủ tục ghi cơ quan quản lý là \"(?P<name>[^\"]+)\", không ghi mã"))
def managing_agency_by_name(ho_so: Dossier, name: str) -> None:
    ho_so.need_procedure()["managing_agency"] = {"name": name, "type": "department"}


@given(step(r"thủ tục ghi cơ quan tiếp nhận, giải quyết ở cấp tỉnh là \"(?P<name>[^\"]+)\", "
            r"không ghi mã"))
def handling_agency_by_name(ho_so: Dossier, name: str) -> None:
    ho_so.need_procedure()["handling_agency"] = {"name": name, "type": "department"}


@given(step(r"thủ tục (?:chỉ )?thay đổi: (?P<els>.+)"))
def changed_elements(ho_so: Dossier, els: str) -> None:
    ho_so.need_procedure()["changed_elements"] = vi.elements(els)


@given(step(r"thủ tục (?P<state>đã|chưa) có quy trình nội bộ được phê duyệt"))
def has_approved_internal_procedure(ho_so: Dossier, state: str) -> None:
    ho_so.need_procedure()["has_approved_internal_procedure"] = state == "đã"


# --- internal and electronic procedures ---------------------------------------------------------

FLOW = (r'(?P<tiers>cấp .+?) của thủ tục "(?P<code>[^"]+)"'
        r'(?:, trường hợp "(?P<variant>[^"]+)",)? do (?P<head>.+?) chủ trì(?: xây dựng)?')


@given(step(rf"quy trình nội bộ {FLOW}(?:, phối hợp với (?P<coord>[^:]+))?"))
def internal_procedure(ho_so: Dossier, tiers: str, code: str, variant: str | None, head: str,
                       coord: str | None) -> None:
    ho_so.add_flows("internal", code, vi.tiers(tiers), vi.agency(head),
                    vi.agencies(coord) if coord else [], variant)


@given(step(rf"quy trình nội bộ {FLOW}, phối hợp với:"))
def internal_procedure_table(ho_so: Dossier, tiers: str, code: str, variant: str | None,
                             head: str, datatable: list[list[str]]) -> None:
    ho_so.add_flows("internal", code, vi.tiers(tiers), vi.agency(head),
                    [vi.agency(row[0]) for row in datatable[1:]], variant)


@given(step(rf"quy trình điện tử {FLOW}(?:, phối hợp với (?P<coord>[^:]+))?"))
def electronic_procedure(ho_so: Dossier, tiers: str, code: str, variant: str | None,
                         head: str, coord: str | None) -> None:
    ho_so.add_flows("electronic", code, vi.tiers(tiers), vi.agency(head),
                    vi.agencies(coord) if coord else [], variant)


@given(step(rf"quy trình điện tử {FLOW}, phối hợp với:"))
def electronic_procedure_table(ho_so: Dossier, tiers: str, code: str, variant: str | None,
                               head: str, datatable: list[list[str]]) -> None:
    ho_so.add_flows("electronic", code, vi.tiers(tiers), vi.agency(head),
                    [vi.agency(row[0]) for row in datatable[1:]], variant)


@given(step(r"thời hạn giải quyết của trường hợp này là (?P<text>.+)"))
def own_time_limit(ho_so: Dossier, text: str) -> None:
    """The internal procedure's own legal time limit (its case's, not the TTHC's)."""
    for flow in ho_so.need_flows("internal"):
        flow.data["time_limit"] = vi.duration(text)


@given(step(r"quy trình nội bộ không ghi tên, mã cơ quan chủ trì"))
def drafter_by_type_only(ho_so: Dossier) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["drafted_by"] = {"type": flow.data["drafted_by"]["type"]}


@given(step(r'quy trình nội bộ ghi cơ quan chủ trì là "(?P<name>[^"]+)", không ghi mã'))
def drafter_by_name(ho_so: Dossier, name: str) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["drafted_by"] = {"name": name, "type": "department"}


WHICH = r"(?P<which>nội bộ |điện tử )?"


def _which(which: str | None) -> str | None:
    return {"nội bộ ": "internal", "điện tử ": "electronic"}.get(which or "")


@given(step(rf"quy trình {WHICH}phối hợp thêm với (?P<coord>[^:]+)"))
def more_coordinating(ho_so: Dossier, which: str | None, coord: str) -> None:
    for flow in ho_so.need_flows(_which(which)):
        flow.data["coordinating"].extend(vi.agencies(coord))


@given(step(rf"quy trình {WHICH}không ghi mã cơ quan chủ trì"))
def head_without_code(ho_so: Dossier, which: str | None) -> None:
    for flow in ho_so.need_flows(_which(which)):
        head = flow.data["drafted_by" if flow.which == "internal" else "lead"]
        head.pop("code", None)


@given(step(rf"quy trình {WHICH}có các bước:"))
def step_table(ho_so: Dossier, which: str | None, datatable: list[list[str]]) -> None:
    for flow in ho_so.need_flows(_which(which)):
        flow.data["steps"] = steps_from_table(datatable)


@given(step(r"các quy trình nội bộ trong hồ sơ có các bước:"))
def default_step_table(ho_so: Dossier, datatable: list[list[str]]) -> None:
    ho_so.default_ip_steps = steps_from_table(datatable)


@given(step(rf"quy trình {WHICH}không có bảng các bước"))
def no_steps(ho_so: Dossier, which: str | None) -> None:
    for flow in ho_so.need_flows(_which(which)):
        flow.data["steps"] = []


@given(step(rf"quy trình {WHICH}gồm (?P<count>\d+) bước, tổng thời gian (?P<total>.+)"))
def steps_summary(ho_so: Dossier, which: str | None, count: str, total: str) -> None:
    for flow in ho_so.need_flows(_which(which)):
        flow.data["steps"] = generated_steps(int(count), vi.hours(total))


# amendments (§QTNB-7)

@given(step(r'quy trình nội bộ sửa đổi Quyết định "(?P<decision>[^"]*)" của (?P<name>.+)'))
def amends(ho_so: Dossier, decision: str, name: str) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["amends"] = {"decision": decision, "approved_by": vi.agency(name)}


@given(step(r'quy trình nội bộ sửa đổi Quyết định "(?P<decision>[^"]*)", không nêu người '
            r'phê duyệt'))
def amends_decision_only(ho_so: Dossier, decision: str) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["amends"] = {"decision": decision}


@given(step(r"quy trình nội bộ sửa đổi quy trình của (?P<name>.+?) nhưng không nêu số "
            r"quyết định"))
def amends_without_decision(ho_so: Dossier, name: str) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["amends"] = {"approved_by": vi.agency(name)}


@given(step(r"quy trình nội bộ không nêu quy trình được sửa đổi"))
def amends_nothing(ho_so: Dossier) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data.pop("amends", None)


@given(step(r"lý do sửa đổi là (?P<why>.+)"))
def amendment_reason(ho_so: Dossier, why: str) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data["amendment_reason"] = vi.reason(why)


@given(step(r"quy trình nội bộ không nêu lý do sửa đổi"))
def no_amendment_reason(ho_so: Dossier) -> None:
    for flow in ho_so.need_flows("internal"):
        flow.data.pop("amendment_reason", None)


@given(step(rf"quyết định được sửa đổi {SIGNED}"))
def amended_decision_signed(ho_so: Dossier, form: str, signer: str | None) -> None:
    for flow in ho_so.need_flows("internal"):
        amends = flow.data.setdefault("amends", {})
        _signed(amends.setdefault("approved_by", vi.agency("Chủ tịch UBND tỉnh")), form,
                signer)


# electronic procedures: basis, software, scope, portal (§QTDT-0 … §QTDT-3, §CHUNG)

def _electronic(ho_so: Dossier, every: str | None, key: str, value) -> None:
    """Set ``key`` on the current electronic procedures, or (``các …``) on all later ones."""
    if every:
        if value is None:
            ho_so.default_ep.pop(key, None)
        else:
            ho_so.default_ep[key] = value
        return
    for flow in ho_so.need_flows("electronic"):
        if value is None:
            flow.data.pop(key, None)
        else:
            flow.data[key] = value


EVERY = r"(?P<every>các )?"


@given(step(rf'{EVERY}quy trình điện tử căn cứ Quyết định "(?P<decision>[^"]*)" của '
            r"(?P<name>.+?) phê duyệt quy trình nội bộ"))
def based_on(ho_so: Dossier, every: str | None, decision: str, name: str) -> None:
    _electronic(ho_so, every, "based_on", {"decision": decision, "approved_by": vi.agency(name)})


@given(step(r'quy trình điện tử căn cứ Quyết định "(?P<decision>[^"]*)" phê duyệt quy trình '
            r"nội bộ, không nêu người phê duyệt"))
def based_on_decision_only(ho_so: Dossier, decision: str) -> None:
    _electronic(ho_so, None, "based_on", {"decision": decision})


@given(step(r"quy trình điện tử căn cứ quy trình nội bộ do (?P<name>.+?) phê duyệt nhưng "
            r"không nêu số quyết định"))
def based_on_without_decision(ho_so: Dossier, name: str) -> None:
    _electronic(ho_so, None, "based_on", {"approved_by": vi.agency(name)})


@given(step(r"quy trình điện tử không nêu quy trình nội bộ làm căn cứ"))
def not_based_on(ho_so: Dossier) -> None:
    _electronic(ho_so, None, "based_on", None)


@given(step(rf"quyết định làm căn cứ {SIGNED}"))
def based_on_signed(ho_so: Dossier, form: str, signer: str | None) -> None:
    for flow in ho_so.need_flows("electronic"):
        based_on = flow.data.setdefault("based_on", {})
        _signed(based_on.setdefault("approved_by", vi.agency("Chủ tịch UBND tỉnh")), form,
                signer)


@given(step(rf"{EVERY}quy trình điện tử (?:được )?xây dựng trên (?P<software>.+)"))
def platform(ho_so: Dossier, every: str | None, software: str) -> None:
    shared = "phần mềm một cửa dùng chung" in software.casefold()
    _electronic(ho_so, every, "platform", "shared_one_stop" if shared else "other")


@given(step(r"quy trình điện tử chỉ áp dụng cho một đơn vị"))
def single_unit(ho_so: Dossier) -> None:
    _electronic(ho_so, None, "scope", "single_unit")


@given(step(r"quy trình điện tử áp dụng thống nhất trong toàn cấp"))
def tier_wide(ho_so: Dossier) -> None:
    _electronic(ho_so, None, "scope", "tier_wide")


@given(step(rf"{EVERY}quy trình điện tử (?P<state>đã|chưa) kết nối Cổng dịch vụ công quốc gia"))
def portal(ho_so: Dossier, every: str | None, state: str) -> None:
    _electronic(ho_so, every, "national_portal_connected", state == "đã")


@given(step(r"quy trình điện tử không nêu việc kết nối Cổng dịch vụ công quốc gia"))
def portal_unknown(ho_so: Dossier) -> None:
    _electronic(ho_so, None, "national_portal_connected", None)


# --- the procedure registry (sổ đăng ký thủ tục) -----------------------------------------------

@given(step(r'sổ đăng ký thủ tục có thủ tục "(?P<code>[^"]+)"(?: "(?P<name>[^"]+)")? thực hiện '
            r"ở (?P<tiers>cấp .+)"))
def registry_procedure(ho_so: Dossier, code: str, name: str | None, tiers: str) -> None:
    ho_so.registry.add_procedure(code, name, vi.tiers(tiers))


REGISTRY_IP = (r'sổ đăng ký có quy trình nội bộ của thủ tục "(?P<code>[^"]+)" ở (?P<tiers>cấp .+?) '
               r'được phê duyệt theo Quyết định "(?P<decision>[^"]+)" ngày (?P<day>[\d/]+)')


@given(step(REGISTRY_IP))
def registry_internal_procedure(ho_so: Dossier, code: str, tiers: str, decision: str,
                                day: str) -> None:
    for tier in vi.tiers(tiers):
        ho_so.registry.add_internal_procedure(code, tier, decision, vi.day(day))


@given(step(rf"{REGISTRY_IP},? gồm các bước:"))
def registry_internal_procedure_steps(ho_so: Dossier, code: str, tiers: str, decision: str,
                                      day: str, datatable: list[list[str]]) -> None:
    for tier in vi.tiers(tiers):
        ho_so.registry.add_internal_procedure(code, tier, decision, vi.day(day),
                                              steps_from_table(datatable))


@given(step(rf"{REGISTRY_IP},? gồm (?P<count>\d+) bước, tổng thời gian (?P<total>.+)"))
def registry_internal_procedure_summary(ho_so: Dossier, code: str, tiers: str, decision: str,
                                        day: str, count: str, total: str) -> None:
    for tier in vi.tiers(tiers):
        ho_so.registry.add_internal_procedure(code, tier, decision, vi.day(day),
                                              generated_steps(int(count), vi.hours(total)))


# --- what reading the documents could not settle (open points, contract v1.2) ----------------

@given(step(r'việc đọc văn bản còn một bảng chưa gắn với thủ tục nào, ở "(?P<place>[^"]+)"'
            r'(?:, tiêu đề "(?P<heading>[^"]+)")?'))
def unplaced_table(ho_so: Dossier, place: str, heading: str | None) -> None:
    point = {"kind": "unplaced_table", "place": place}
    if heading:
        point["heading"] = heading
    ho_so.open_points.append(point)


@given(step(r'bảng các bước của quy trình nội bộ (?P<tier>cấp \S+) của thủ tục "(?P<code>[^"]+)"'
            r'(?:, trường hợp "(?P<variant>[^"]+)",)? ở "(?P<place>[^"]+)" in tổng '
            r'(?P<printed>.+?), các bước cộng lại (?P<summed>.+)'))
def total_differs(ho_so: Dossier, tier: str, code: str, variant: str | None, place: str,
                  printed: str, summed: str) -> None:
    point = {"kind": "total_differs", "place": place, "procedure_code": code,
             "tier": vi.tier(tier), "printed": vi.duration(printed),
             "summed": vi.duration(summed)}
    if variant:
        point["variant"] = variant
    ho_so.open_points.append(point)


# --- evaluation ---------------------------------------------------------------------------------

@when(step(r"kiểm tra hồ sơ(?P<registry> đối chiếu với sổ đăng ký thủ tục)?"
           r"(?: theo quy định có hiệu lực ngày (?P<day>[\d/]+))?"))
def check(ho_so: Dossier, registry: str | None, day: str | None) -> None:
    """Validate the dossier as the contract does, then evaluate it on its submission date (or,
    «theo quy định có hiệu lực ngày …», under the rules in force on another day). Only «đối
    chiếu với sổ đăng ký thủ tục» lets the engine complete the dossier from the registry the
    scenario describes; without it the evaluation is the stateless one."""
    raw = ho_so.contract()
    ho_so.submission = raw
    try:
        submission = load_submission(raw)
    except BadInput as exc:
        ho_so.bad_input = {"errors": exc.errors, "submission": raw}
        return
    ho_so.verdict = get_engine().evaluate(submission, vi.day(day) if day else None,
                                          registry=ho_so.registry.view(ho_so.province)
                                          if registry else None)


# --- what the verdict says ----------------------------------------------------------------------

def _verdict(ho_so: Dossier) -> dict:
    if ho_so.bad_input is not None:
        raise AssertionError(
            f"the dossier of this scenario breaks the contract: {ho_so.bad_input['errors']}\n"
            f"{json.dumps(ho_so.bad_input['submission'], ensure_ascii=False, indent=1)}")
    if ho_so.verdict is None:
        raise AssertionError("no verdict: the scenario lacks «Khi kiểm tra hồ sơ»")
    return ho_so.verdict


def _show(findings: list[dict]) -> str:
    if not findings:
        return "  (no findings)"
    return "\n".join(
        f"  {f['rule_id']} [{f['severity']}] {f['subject'].get('procedure_code', '—')} "
        f"{f['subject'].get('tier', '')} at {f['subject']['path'] or '(submission)'}: "
        f"{json.dumps(f['facts'], ensure_ascii=False)}" for f in findings)


SUBJECT = re.compile(
    r'(?:về hồ sơ trình(?P<submission>)'
    r'|về bảng ở "(?P<place>[^"]+)"'
    r'|về thủ tục "(?P<pcode>[^"]+)"'
    r'|về quy trình (?P<which>nội bộ|điện tử)(?: (?P<tier>cấp \S+))? của thủ tục '
    r'"(?P<fcode>[^"]+)"(?:, trường hợp "(?P<variant>[^"]+)")?)')


def _subject_filter(text: str, ho_so: Dossier | None = None):
    """A predicate on findings for «về hồ sơ trình», «về thủ tục "X"», «về quy trình nội bộ
    cấp xã của thủ tục "X"», «về bảng ở "tệp …, bảng 5"» (a point the reading left open;
    empty: any subject)."""
    text = text.strip()
    if not text:
        return lambda f: True
    m = SUBJECT.fullmatch(text)
    if not m:
        raise AssertionError(f"cannot read the subject {text!r}")
    if m["submission"] is not None:
        return lambda f: f["subject"]["path"] == ""
    if m["place"]:
        points = (ho_so.submission or {}).get("open_points", []) if ho_so else []
        paths = {f"open_points.{i}" for i, p in enumerate(points) if p["place"] == m["place"]}
        if not paths:
            raise AssertionError(f"the dossier has no open point at {m['place']!r}")
        return lambda f: f["subject"]["path"] in paths
    if m["pcode"]:
        return lambda f: (f["subject"]["path"].startswith("procedures.")
                          and f["subject"].get("procedure_code") == m["pcode"])
    prefix = "internal_procedures." if m["which"] == "nội bộ" else "electronic_procedures."
    tier = vi.tier(m["tier"]) if m["tier"] else None
    variant = " ".join(m["variant"].split()) if m["variant"] else None
    return lambda f: (f["subject"]["path"].startswith(prefix)
                      and f["subject"].get("procedure_code") == m["fcode"]
                      and (tier is None or f["subject"].get("tier") == tier)
                      and (variant is None or f["subject"].get("variant") == variant))


def _matching(ho_so: Dossier, rule: str, subject: str) -> list[dict]:
    wanted = _subject_filter(subject, ho_so)
    return [f for f in _verdict(ho_so)["findings"] if f["rule_id"] == rule and wanted(f)]


def _one(ho_so: Dossier, rule: str, subject: str) -> dict:
    found = _matching(ho_so, rule, subject)
    assert len(found) == 1, (
        f"expected exactly one finding {rule} {subject.strip()}, got {len(found)}; findings:\n"
        f"{_show(_verdict(ho_so)['findings'])}")
    return found[0]


@then(step(r"hồ sơ bị trả lại vì tỉnh, thành phố không có trong danh sách"))
def bad_province(ho_so: Dossier) -> None:
    assert ho_so.bad_input is not None, (
        f"expected the contract to refuse the province, but the dossier was evaluated: "
        f"{ho_so.verdict and ho_so.verdict['outcome']}")
    ho_so.bad_input_expected = True
    errors = ho_so.bad_input["errors"]
    assert list(errors) == ["province"], f"expected an error about the province only: {errors}"


@then(step(r'hồ sơ bị trả lại vì mã thủ tục "(?P<code>[^"]+)" sai quy cách'))
def bad_code(ho_so: Dossier, code: str) -> None:
    """The contract refused the dossier, naming the code of that TTHC."""
    assert ho_so.bad_input is not None, (
        f"expected the contract to refuse the code {code}, but the dossier was evaluated: "
        f"{ho_so.verdict and ho_so.verdict['outcome']}")
    ho_so.bad_input_expected = True
    codes = [p.get("code") for p in ho_so.bad_input["submission"]["procedures"]]
    assert code in codes, f"the dossier holds no TTHC {code!r}: {codes}"
    path = f"procedures.{codes.index(code)}.code"
    errors = ho_so.bad_input["errors"]
    assert path in errors, f"expected an error at {path}, got {errors}"


@then(step(r'kết quả là "(?P<word>[^"]+)"'))
def outcome_is(ho_so: Dossier, word: str) -> None:
    verdict = _verdict(ho_so)
    expected = vi.outcome(word)
    assert verdict["outcome"] == expected, (
        f"outcome {verdict['outcome']!r}, expected {expected!r} ({word}); findings:\n"
        f"{_show(verdict['findings'])}")


@then(step(r'(?P<neg>không )?có phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+)?)'))
def finding_present(ho_so: Dossier, neg: str | None, rule: str, subject: str) -> None:
    found = _matching(ho_so, rule, subject)
    where = subject.strip() or "(any subject)"
    if neg:
        assert not found, (f"expected no finding {rule} {where}, got:\n{_show(found)}")
    else:
        assert found, (f"expected a finding {rule} {where}; findings:\n"
                       f"{_show(_verdict(ho_so)['findings'])}")


@then(step(r"không có phát hiện nào"))
def no_findings(ho_so: Dossier) -> None:
    findings = _verdict(ho_so)["findings"]
    assert not findings, f"expected no findings, got:\n{_show(findings)}"


@then(step(r'phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) ở mức "(?P<word>[^"]+)"'))
def finding_severity(ho_so: Dossier, rule: str, subject: str, word: str) -> None:
    found = _one(ho_so, rule, subject)
    assert found["severity"] == vi.severity(word), (
        f"{rule} has severity {found['severity']!r}, expected {vi.severity(word)!r} ({word})")


@then(step(r'phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) viện dẫn "(?P<anchor>[^"]+)" '
           r'của văn bản "(?P<document>[^"]+)"'))
def finding_basis(ho_so: Dossier, rule: str, subject: str, anchor: str, document: str) -> None:
    basis = _one(ho_so, rule, subject)["legal_basis"]
    cited = [(b["document"], b["anchor"]) for b in basis.get("references", [basis])]
    assert (document, anchor) in cited, f"{rule} cites {cited}, not {(document, anchor)}"
    assert basis["quote"].strip() or basis.get("note", "").strip(), (
        f"{rule} neither quotes its legal basis nor says that the text is to be added")


@then(step(r'phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) (?P<neg>không )?viện dẫn '
           r'văn bản "(?P<document>[^"]+)"'))
def finding_cites(ho_so: Dossier, rule: str, subject: str, neg: str | None,
                  document: str) -> None:
    basis = _one(ho_so, rule, subject)["legal_basis"]
    cited = [b["document"] for b in basis["references"]]
    if neg:
        assert document not in cited, f"{rule} cites {document} on this day: {cited}"
    else:
        assert document in cited, f"{rule} cites {cited}, not {document}"


@then(step(r'căn cứ chính của phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) là văn bản '
           r'"(?P<document>[^"]+)", chưa trích nguyên văn'))
def basis_not_quoted(ho_so: Dossier, rule: str, subject: str, document: str) -> None:
    """The first basis names its text, quotes nothing and says legal staff add the text."""
    basis = _one(ho_so, rule, subject)["legal_basis"]
    assert basis["document"] == document, f"{rule} stands first on {basis['document']}"
    assert basis["quote"] == "", f"{rule} quotes {basis['quote']!r}"
    assert "pháp chế" in basis.get("note", ""), f"{rule} has no note for legal staff: {basis}"


@then(step(r'căn cứ chính của phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) là '
           r'"(?P<anchor>[^"]+)" của văn bản "(?P<document>[^"]+)"'))
def primary_basis(ho_so: Dossier, rule: str, subject: str, anchor: str, document: str) -> None:
    """The first text a finding rests on (its ``legal_basis``), quoted."""
    basis = _one(ho_so, rule, subject)["legal_basis"]
    assert (basis["document"], basis["anchor"]) == (document, anchor), (
        f"{rule} stands first on {basis['document']} {basis['anchor']}")
    assert basis["quote"].strip(), f"{rule} quotes nothing from {document} {anchor}"


@then(step(r'trích dẫn (?:"(?P<anchor>[^"]+)" )?của phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) '
           r'lấy từ bản tin ngày (?P<day>[\d/]+) của tỉnh'))
def basis_source(ho_so: Dossier, anchor: str | None, rule: str, subject: str, day: str) -> None:
    """The quote (of the finding's first text, or of the text at ``anchor`` among those it
    cites) says it comes from the province's news item of that day."""
    basis = _one(ho_so, rule, subject)["legal_basis"]
    if anchor:
        cited = [b for b in basis["references"] if b["anchor"] == anchor]
        assert cited, f"{rule} does not cite {anchor}: {basis['references']}"
        basis = cited[0]
    assert basis["quote"].strip(), f"{rule} quotes nothing"
    assert day in basis.get("source", "") and "Tin" in basis.get("source", ""), (
        f"{rule} does not say its quote comes from the news item of {day}: {basis}")


@then(step(r'phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) (?P<neg>không )?có nội dung '
           r'"(?P<text>[^"]+)"'))
def finding_message(ho_so: Dossier, rule: str, subject: str, neg: str | None,
                    text: str) -> None:
    message = _one(ho_so, rule, subject)["message"]
    if neg:
        assert text not in message["vi"], f"{rule} says {message['vi']!r}, with {text!r}"
    else:
        assert text in message["vi"], f"{rule} says {message['vi']!r}, which lacks {text!r}"
    assert message["en"].strip(), f"{rule} has no English message"


# Facts a finding shows, as a reviewer names them: label -> (fact names, how to read the value).
FACT_LABELS = {
    "loại thay đổi": (["change"], "change"),
    "các cấp thiếu quy trình nội bộ": (["missing_tiers"], "tiers"),
    "thiếu dự thảo Quyết định phê duyệt quy trình nội bộ": (["missing_document"], "bool"),
    "văn bản còn thiếu": (["missing_documents"], "documents"),
    "các nội dung thay đổi": (["changed_elements"], "elements"),
    "đã có quy trình nội bộ được phê duyệt": (["has_approved_internal_procedure"], "bool"),
    "tổng thời gian các bước": (["counted_hours"], "hours"),
    "thời hạn giải quyết": (["time_limit_hours"], "hours"),
    "số bước": (["step_count"], "int"),
    "số bước của quy trình nội bộ": (["internal_procedure_step_count"], "int"),
    "tổng thời gian của quy trình nội bộ": (["internal_procedure_counted_hours"], "hours"),
    "các bước thiếu nội dung công việc": (["steps_missing_action"], "ints"),
    "các bước thiếu người thực hiện": (["steps_missing_responsible"], "ints"),
    "các bước thiếu thời gian": (["steps_missing_duration"], "ints"),
    "loại cơ quan chủ trì": (["drafted_by_type", "lead_type"], "type"),
    "sai cơ quan chủ trì": (["wrong_lead"], "bool"),
    "cơ quan phối hợp": (["coordinating_types"], "types"),
    "cơ quan phối hợp còn thiếu": (["missing_coordinating"], "types"),
    "cơ quan còn thiếu": (["missing_parties"], "types"),
    "thiếu sở, ban, ngành": (["lacks_department"], "bool"),
    "thiếu Trung tâm Phục vụ hành chính công tỉnh": (["lacks_provincial_centre"], "bool"),
    "cơ quan xây dựng quy trình": (["drafted_by_code"], "agency"),
    "cơ quan quản lý": (["managing_agency_code"], "agency"),
    "cơ quan tiếp nhận, giải quyết": (["handling_agency_code"], "agency"),
    "loại cơ quan nhận hồ sơ": (["addressed_to_type"], "type"),
    "loại người phê duyệt": (["approver_type"], "type"),
    "quyết định được sửa đổi": (["amends_decision"], "text"),
    "quyết định làm căn cứ": (["based_on_decision"], "text"),
    "không nêu số quyết định": (["missing_decision"], "bool"),
    "loại người phê duyệt quyết định": (["approved_by_type"], "type"),
    "phần mềm": (["platform"], "platform"),
    "phạm vi áp dụng": (["scope"], "scope"),
    "đã kết nối Cổng dịch vụ công quốc gia": (["national_portal_connected"], "bool"),
    "còn cấp huyện": (["district_tier"], "bool"),
    "cơ quan cấp huyện còn được nêu": (["district_agencies"], "roles"),
    "hình thức ký": (["signed_as"], "signed_as"),
    "người ký": (["signer"], "text"),
    "quyết định": (["decision"], "text"),
    "tên cơ quan chủ trì xây dựng": (["drafted_by_name"], "text"),
    "tên cơ quan có trách nhiệm xây dựng": (["expected_agency_name"], "text"),
    "cơ quan có trách nhiệm xây dựng": (["expected_agency"], "agency_object"),
    "văn bản kèm theo": (["documents"], "documents"),
    "tỉnh, thành phố ghi trong hồ sơ": (["named_province"], "province"),
    "tỉnh, thành phố cài đặt của hệ thống": (["default_province"], "province"),
    "tỉnh, thành phố kế thừa": (["successor"], "province"),
    "vị trí trong văn bản": (["place"], "text"),
    "tiêu đề của bảng": (["heading"], "text"),
    "tổng thời gian in trong bảng": (["printed_hours"], "hours"),
    "tổng thời gian các bước được tính": (["summed_hours"], "hours"),
    "mã thủ tục": (["procedure_code"], "text"),
    "cấp thực hiện": (["tier"], "tier"),
    "trường hợp": (["variant"], "text"),
}
ABSENT = ("không nêu", "—")


def _read(kind: str, text: str):
    """The value a fact should have, read from a table cell."""
    text = text.strip()
    items = [] if text in ("không có", "") else [p.strip() for p in text.split(";")]
    readers = {
        "change": lambda: vi.change(text),
        "tiers": lambda: sorted(vi.tier(t) for t in items),
        "bool": lambda: {"có": True, "không": False}[text],
        "documents": lambda: sorted(vi.documents(text)) if items else [],
        "elements": lambda: sorted(vi.elements(text)) if items else [],
        "hours": lambda: vi.hours(text),
        "int": lambda: int(text),
        "ints": lambda: [int(t) for t in re.findall(r"\d+", text)],
        "type": lambda: vi.agency_type(text),
        "types": lambda: sorted(vi.agency_type(t) for t in items),
        "agency": lambda: vi.agency_code(text),
        "text": lambda: text,
        "platform": lambda: ("shared_one_stop" if "một cửa dùng chung" in text.casefold()
                             else "other"),
        "scope": lambda: "single_unit" if "một đơn vị" in text else "tier_wide",
        "signed_as": lambda: vi.signed_as(text),
        "roles": lambda: sorted(_role_item(t) for t in items),
        "agency_object": lambda: _agency_item(text),
        "province": lambda: vi.province(text),
        "tier": lambda: vi.tier(text),
    }
    return readers[kind]()


def _role_item(text: str) -> tuple:
    """«UBND huyện Tam Dương (cơ quan phối hợp)» as (role, type, code, name)."""
    m = re.fullmatch(r"(?P<name>.+?) \((?P<role>[^()]+)\)", text.strip())
    if not m:
        raise AssertionError(f"say an agency with its role: «UBND cấp huyện (cơ quan phối "
                             f"hợp)», got {text!r}")
    agency = vi.agency(m["name"])
    return (vi.role(m["role"]), agency["type"], agency.get("code"), agency["name"])


def _agency_item(text: str) -> tuple:
    agency = vi.agency(text)
    return (agency["type"], agency.get("code"), agency["name"])


def _normal(kind: str, value):
    if kind in ("tiers", "documents", "elements", "types") and isinstance(value, list):
        return sorted(value)
    if kind == "roles" and isinstance(value, list):
        return sorted((a.get("role"), a.get("type"), a.get("code"), a.get("name"))
                      for a in value)
    if kind == "agency_object" and isinstance(value, dict):
        return (value.get("type"), value.get("code"), value.get("name"))
    return value


@then(step(r'phát hiện "(?P<rule>[^"]+)"(?P<subject>(?: về .+?)?) ghi nhận:'))
def finding_facts(ho_so: Dossier, rule: str, subject: str, datatable: list[list[str]]) -> None:
    facts = _one(ho_so, rule, subject)["facts"]
    wrong = []
    for label, cell in datatable[1:]:
        if label not in FACT_LABELS:
            raise AssertionError(f"unknown fact {label!r}; known: {', '.join(FACT_LABELS)}")
        names, kind = FACT_LABELS[label]
        name = next((n for n in names if n in facts), names[0])
        if cell.strip() in ABSENT:
            if name in facts:
                wrong.append(f"{label}: expected not stated, got {facts[name]!r}")
            continue
        expected = _read(kind, cell)
        got = _normal(kind, facts.get(name))
        if got != expected:
            wrong.append(f"{label} ({name}): expected {expected!r}, got {got!r}")
    assert not wrong, f"{rule} facts differ:\n  " + "\n  ".join(wrong) + \
        f"\nall facts: {json.dumps(facts, ensure_ascii=False)}"


PACKS = "|".join(re.escape(k) for k in vi.PACK_WORDS)


@then(step(rf"(?P<neg>không )?áp dụng (?P<name>{PACKS})"))
def pack_applied(ho_so: Dossier, neg: str | None, name: str) -> None:
    """A rule set, named as legal staff name it («bộ quy định về một cửa theo Nghị định
    118/2025», «Văn bản 9579/UBND-KSTT»), applied or not."""
    pack = vi.pack(name)
    used = [p["id"] for p in _verdict(ho_so)["policies"]]
    if neg:
        assert pack not in used, f"pack {pack} applied (packs in force: {used})"
    else:
        assert pack in used, f"pack {pack} not applied (packs in force: {used})"


@then(step(r"không áp dụng bộ quy định nào"))
def no_pack(ho_so: Dossier) -> None:
    used = [p["id"] for p in _verdict(ho_so)["policies"]]
    assert not used, f"expected no pack in force, got {used}"


@then(step(r"hồ sơ được kiểm tra theo quy định áp dụng cho (?P<name>(?:tỉnh|thành phố) .+)"))
def verdict_province(ho_so: Dossier, name: str) -> None:
    verdict = _verdict(ho_so)
    assert verdict["province"] == vi.province(name), (
        f"evaluated for {verdict['province']!r}, expected {vi.province(name)!r} ({name})")


# What the verdict says came from the registry (``registry_facts``), as a reviewer names it:
# label -> the fact's path. The path itself is accepted too.
REGISTRY_FACT_LABELS = {
    "đã có quy trình nội bộ được phê duyệt": "has_approved_internal_procedure",
    "số bước và tổng thời gian của quy trình nội bộ": "paired_ip",
    "quyết định được sửa đổi có trong sổ đăng ký": "amends.decision_in_registry",
    "quyết định được sửa đổi đang có hiệu lực": "amends.decision_in_force",
    "quyết định làm căn cứ có trong sổ đăng ký": "based_on.decision_in_registry",
    "quyết định làm căn cứ đang có hiệu lực": "based_on.decision_in_force",
}


def _registry_fact(name: str) -> str:
    if name in REGISTRY_FACT_LABELS:
        return REGISTRY_FACT_LABELS[name]
    if name in REGISTRY_FACT_LABELS.values():
        return name
    raise AssertionError(f"unknown registry fact {name!r}; known: "
                         f"{', '.join(REGISTRY_FACT_LABELS)} (or their names: "
                         f"{', '.join(REGISTRY_FACT_LABELS.values())})")


def _registry_facts(ho_so: Dossier, subject: str) -> list[dict]:
    """The verdict's ``registry_facts`` entries about a subject (as ``về …`` names it)."""
    wanted = _subject_filter(subject, ho_so)
    out = []
    for entry in _verdict(ho_so).get("registry_facts", []):
        group, index = entry["path"].split(".")
        item = ho_so.submission[group][int(index)]
        about = {"path": entry["path"], "procedure_code": item.get("procedure_code",
                                                                   item.get("code"))}
        if "tier" in item:
            about["tier"] = item["tier"]
        if wanted({"subject": about}):
            out.append(entry)
    return out


@then(step(r'kết quả (?P<state>ghi rõ|không ghi) "(?P<name>[^"]+)" của (?P<subject>.+?) lấy từ '
           r'sổ đăng ký(?: là "(?P<value>có|không)")?'))
def registry_fact(ho_so: Dossier, state: str, name: str, subject: str,
                  value: str | None) -> None:
    path = _registry_fact(name)
    entries = _registry_facts(ho_so, f"về {subject}")
    taken = [e["facts"][path] for e in entries if path in e["facts"]]
    everything = json.dumps(_verdict(ho_so).get("registry_facts", []), ensure_ascii=False)
    if state == "không ghi":
        assert not taken, f"{path} of {subject} came from the registry: {everything}"
        return
    assert taken, f"the verdict does not say {path} of {subject} came from the registry; " \
        f"registry facts: {everything}"
    if value is not None:
        expected = value == "có"
        assert all(t is expected for t in taken), (
            f"{path} of {subject} from the registry is {taken}, expected {expected} ({value})")


@then(step(r"kết quả không ghi thông tin nào lấy từ sổ đăng ký"))
def no_registry_facts(ho_so: Dossier) -> None:
    facts = _verdict(ho_so).get("registry_facts")
    assert not facts, f"expected nothing from the registry, got: " \
        f"{json.dumps(facts, ensure_ascii=False)}"
