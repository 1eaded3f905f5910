"""A verdict in people's words wherever a page shows one (``/check``, the reading page's
verdict, a stored submission): facts labelled and said by the engine's wording, places named
as people name them, legal bases quoted only when verbatim, packs by the names reviewers know,
and the language kept by every form."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from service.engine import get_engine

from .test_pages import Page, csrf_token, fill_registry, store_examples

DISTRICT = "after-2025-reform-district.json"
MISSING_IP = "publication-missing-internal-procedure.json"
# what a person must never read on a Vietnamese page: keys, enum values, JSON, paths
MACHINE = re.compile(r"\b[a-z]+_[a-z_]+\b|[{}\[\]]|\bprocedures\.\d|\b(?:role|type|fee|form|"
                     r"coordinating|true|false|None|new|amended|working|hours?|days?)\b")


def facts_of(page: Html) -> list[tuple[str, str]]:
    """(label, value) of every fact in the page's findings, in order."""
    html = page.html
    out = []
    for box in re.findall(r'<dl class="facts">(.*?)</dl>', html, re.DOTALL):
        for dt, dd in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", box, re.DOTALL):
            out.append((Page(dt).text, Page(dd).text))
    return out


class Html(Page):
    """A page that keeps its HTML, to look at one part of it."""

    def __init__(self, html: str) -> None:
        self.html = html
        super().__init__(html)


def summary_of(page: Html) -> Html:
    return Html(page.html.split('id="error-summary" autofocus>')[1].split("</div>")[0])


def open_page(client, url: str, status: int = 200) -> Html:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return Html(response.get_data(as_text=True))


def verdict_page(client, url: str, lang: str = "vi") -> Html:
    return open_page(client, f"{url}{'&' if '?' in url else '?'}lang={lang}")


def post_page(client, url: str = "/check", status: int = 200, **form) -> Html:
    form["csrf_token"] = csrf_token(client)
    response = client.post(url, data=form)
    assert response.status_code == status, response.get_data(as_text=True)[-2000:]
    return Html(response.get_data(as_text=True))


# --- facts ------------------------------------------------------------------------------------

@pytest.mark.database
@pytest.mark.parametrize("lang, expected", [
    ("vi", [("còn cấp huyện", "có"), ("cơ quan cấp huyện còn được nêu", "không có"),
            ("còn cấp huyện", "có"),
            ("cơ quan cấp huyện còn được nêu", "UBND thành phố Vĩnh Yên (cơ quan phối hợp)")]),
    ("en", [("district tier named", "yes"), ("district agencies named", "none"),
            ("district tier named", "yes"),
            ("district agencies named", "UBND thành phố Vĩnh Yên (coordinating agency)")])])
def test_facts_are_labelled_and_said_by_the_engines_wording(client, lang, expected):
    page = verdict_page(client, f"/check?example={DISTRICT}", lang)
    assert facts_of(page) == expected
    assert "—" not in [value for _, value in facts_of(page)]


@pytest.mark.database
@pytest.mark.parametrize("lang, changed", [("vi", "phí, lệ phí; mẫu đơn, tờ khai"),
                                           ("en", "fees and charges; forms")])
def test_what_changed_reads_as_labels(client, lang, changed):
    facts = dict(facts_of(verdict_page(client, f"/check?example={MISSING_IP}", lang)))
    label = "các nội dung thay đổi" if lang == "vi" else "what changed"
    assert facts[label] == changed


@pytest.mark.database
def test_no_fact_of_any_example_shows_a_key_json_or_an_english_value(client):
    from .conftest import EXAMPLES_DIR

    seen = 0
    for path in sorted(EXAMPLES_DIR.glob("*.json")):
        page = verdict_page(client, f"/check?example={path.name}")
        for label, value in facts_of(page):
            seen += 1
            assert not MACHINE.search(label) and not MACHINE.search(value), \
                (path.name, label, value)
        places = [t for t in page.text.split("Vị trí: ")[1:]]
        assert all("procedures." not in p and "_" not in p.split(" ")[0] for p in places)
    assert seen >= 10


@pytest.mark.database
def test_a_stored_submission_shows_its_facts_in_peoples_words(client, store, example):
    (stored,) = store_examples(store, example, DISTRICT)
    page = open_page(client, f"/submissions/{stored.id}")
    assert ("cơ quan cấp huyện còn được nêu", "UBND thành phố Vĩnh Yên (cơ quan phối hợp)") in \
        facts_of(page)
    assert not any(MACHINE.search(v) for _, v in facts_of(page))
    assert "Vị trí: quy trình nội bộ cấp huyện của thủ tục 1.012994" in page.text


@pytest.mark.database
def test_the_reading_pages_verdict_shows_its_facts_in_peoples_words(client, example):
    page = post_page(client, "/check/reading/verdict", submission=example(DISTRICT))
    assert ("cơ quan cấp huyện còn được nêu", "UBND thành phố Vĩnh Yên (cơ quan phối hợp)") in \
        facts_of(page)
    assert not any(MACHINE.search(v) for _, v in facts_of(page))
    summary = summary_of(page)
    assert summary.text.replace(" ;", ";").endswith(
        "CQDP-01 ở thủ tục 1.012994; quy trình nội bộ cấp huyện của thủ tục 1.012994")


# --- the error summary names distinct places --------------------------------------------------

@pytest.mark.database
@pytest.mark.parametrize("lang, line", [
    ("vi", "CQDP-01 ở thủ tục 1.012994; quy trình nội bộ cấp huyện của thủ tục 1.012994"),
    ("en", ("CQDP-01 in procedure 1.012994; the internal procedure at district tier of "
            "procedure 1.012994"))])
def test_the_error_summary_names_each_place_as_people_do(client, lang, line):
    page = verdict_page(client, f"/check?example={DISTRICT}", lang)
    summary = summary_of(page)
    assert summary.text.replace(" ;", ";").endswith(line)
    # each place links to its own finding, in the order the page shows them
    links = summary.links()
    assert len(links) == 2 and len(set(links)) == 2
    shown = [a["id"] for a in page.all("li") if a.get("id", "").startswith("finding-")]
    assert [h.removeprefix("#") for h in links] == shown
    finding = page.html.split(f'id="{links[1][1:]}"')[1].split("</li>")[0]
    assert "quy trình nội bộ cấp huyện" in finding or "internal procedure at district" in \
        finding


# --- legal bases: a quote only when verbatim; the note plainly; the source said -------------

def bases_of_page(page: Html) -> tuple[list[str], list[str], list[str]]:
    """The quoted texts, the notes and the sources a page shows."""
    quotes = [Page(q).text for q in re.findall(r"<blockquote[^>]*>(.*?)</blockquote>",
                                                 page.html, re.DOTALL)]
    notes = [Page(n).text for n in re.findall(r'<p class="basis-note">(.*?)</p>', page.html,
                                              re.DOTALL)]
    sources = re.findall(r"Trích từ: <span lang=\"vi\">(.*?)</span>", page.html)
    return quotes, notes, sources


def staff_section(page: Html) -> str:
    """The text of the rule book's section for legal staff (empty when there is none)."""
    found = re.search(r'<details class="staff-work">(.*?)</details>', page.html, re.DOTALL)
    return Page(found[1]).text if found else ""


@pytest.mark.parametrize("rule_id", [r.id for r in get_engine().policies.rules])
def test_every_rule_page_quotes_only_verbatim_text(client, rule_id):
    from service.web.rulebook import public_note, staff_clauses

    rule = get_engine().policies.rule(rule_id)
    page = open_page(client, f"/rules/{rule_id}")
    quotes, notes, sources = bases_of_page(page)
    assert quotes == [f"«{' '.join(b['quote'].split())}»" for b in rule.legal_basis
                      if b.get("quote")]
    staff = staff_section(page)
    for basis in rule.legal_basis:
        if not basis.get("quote"):
            assert basis.get("note"), (rule_id, basis["document"])
            if public_note(basis["note"]):  # what the text is, for everyone
                assert any(public_note(basis["note"]) in n for n in notes)
            # the work left to legal staff, whole, in their section of the rule book only
            for clause in staff_clauses(basis["note"]):
                assert clause in staff and not any(clause in n for n in notes), clause
        if basis.get("source"):
            assert basis["source"] in sources
    assert "[cách hiểu]" not in page.text and "[interp]" not in page.text
    assert "v2:" not in page.text


def _dossier(example, name: str, **changes) -> str:
    raw = json.loads(example(name))
    for path, value in changes.items():
        node = raw
        *parents, last = path.split("__")
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return json.dumps(raw, ensure_ascii=False)


@pytest.fixture
def filled(store):
    """The registry of ``tests/web/test_pages.py``: 2.000394's procedures approved by
    10/QĐ-UBND, in Phú Thọ (the dossiers of December 2025 are Phú Thọ's)."""
    from service.registry.store import RegistryStore

    fill_registry(RegistryStore(store), province="phu-tho")


# A dossier for each pack whose findings cite a text by its note (not quoted yet) and one
# quoted from the province's news item.
PACK_DOSSIERS = {
    "vinhphuc-9579": (MISSING_IP, {"addressed_to": {"type": "other", "name": "Sở Tư pháp"}},
                      ["QTNB-05", "QTNB-08"]),
    "vn-one-stop": ("internal-procedure-three-tiers.json",
                    {"submitted_on": "2024-10-01", "internal_procedures__0__steps__0__action": ""},
                    ["ND61-01"]),
    "vn-one-stop-2025": ("internal-procedure-three-tiers.json",
                         {"submitted_on": "2025-10-01",
                          "internal_procedures__0__steps__0__action": ""}, ["ND118-01"]),
    "vn-two-tier-2025": (DISTRICT, {}, ["CQDP-01"]),
    # the registry holds 2.000394's commune procedure, approved by another decision
    "vn-registry": ("electronic-procedure-district-commune.json",
                    {"submitted_on": "2025-12-08", "province": "phu-tho",
                     "procedures__0__code": "2.000394",
                     "procedures__0__tiers": ["commune"],
                     "electronic_procedures": [{
                         "procedure_code": "2.000394", "tier": "commune",
                         "based_on": {"decision": "1580/QĐ-CT",
                                      "approved_by": {"type": "ppc_chairman"}},
                         "lead": {"code": "UBND-XA", "type": "commune_pc"},
                         "platform": "shared_one_stop", "scope": "tier_wide",
                         "national_portal_connected": True}]}, ["REG-01"]),
}
# the texts not quoted yet that each pack's verdict cites
NOTED = {"vinhphuc-9579": "Nghị định 63/2010/NĐ-CP", "vn-one-stop": None,
         "vn-one-stop-2025": "Nghị định 118/2025/NĐ-CP",
         "vn-two-tier-2025": "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
         "vn-registry": "Nghị định 118/2025/NĐ-CP"}


@pytest.mark.database
@pytest.mark.parametrize("pack_id", sorted(PACK_DOSSIERS))
def test_a_verdict_of_each_pack_quotes_only_verbatim_text_and_names_its_packs(client, example,
                                                                              filled, pack_id):
    from service.api.http import evaluate
    from service.contract.schemas import load_submission
    from service.web.rulebook import public_note, staff_clauses

    name, changes, rule_ids = PACK_DOSSIERS[pack_id]
    text = _dossier(example, name, **changes)
    page = post_page(client, submission=text)
    with client.application.app_context():
        verdict = evaluate(load_submission(json.loads(text)))
    assert set(rule_ids) <= {f["rule_id"] for f in verdict["findings"]}
    assert pack_id in {f["pack"] for f in verdict["findings"]}
    quotes, notes, sources = bases_of_page(page)
    texts = [r for f in verdict["findings"] for r in f["legal_basis"].get("references") or
             [f["legal_basis"]]]
    for basis in texts:
        if basis.get("quote"):
            assert f"«{' '.join(basis['quote'].split())}»" in quotes
        else:  # a text not quoted yet: what it is, plainly, never in quotation marks; never
            # the work left to legal staff
            note = public_note(basis["note"])
            assert not note or any(note in n for n in notes)
            assert not any(note[:40] in q for q in quotes)
            for clause in staff_clauses(basis["note"]):
                assert clause not in page.text, clause
        if basis.get("source"):
            assert basis["source"] in sources
    assert len(quotes) == len({b["quote"] for b in texts if b.get("quote")})
    if NOTED[pack_id]:
        assert any(b["document"] == NOTED[pack_id] and not b.get("quote") for b in texts)
    # every pack applied by the name a reviewer knows (its version on the rule book's page)
    policies = get_engine().policies
    for applied in verdict["policies"]:
        pack = next(p for p in policies.packs if p.id == applied["id"])
        assert pack.short_title["vi"] in page.text
    assert "Thông tư 01/2018/TT-VPCP (23/11/2018)" not in page.text


def test_every_pack_has_a_short_name_in_both_languages():
    for pack in get_engine().policies.packs:
        assert pack.short_title and pack.short_title["vi"] and pack.short_title["en"], pack.id
    names = {p.short_title["vi"] for p in get_engine().policies.packs}
    assert len(names) == len(get_engine().policies.packs)


@pytest.mark.database
def test_the_registry_pack_is_not_named_by_a_lapsed_text_on_a_2025_verdict(client):
    page = open_page(client, f"/check?example={DISTRICT}")
    assert "Quyết định phê duyệt có trong sổ đăng ký thủ tục của tỉnh" in page.text
    assert "Thông tư 01/2018/TT-VPCP (23/11/2018)" not in page.text
    english = verdict_page(client, f"/check?example={DISTRICT}", "en")
    assert "Approving decisions held in the province's procedure registry" in english.text


# --- the language is kept by /check's own form -----------------------------------------------

def test_the_check_form_keeps_the_language_of_its_address(client):
    page = open_page(client, "/check?lang=en")
    actions = [f["action"] for f in page.all("form") if f.get("method") == "post"
               and "/check" in f.get("action", "")]
    assert "/check?lang=en" in actions and "/check/reading?lang=en" in actions
    # the upload first, the JSON after it
    assert [f["action"] for f in open_page(client, "/check").all("form")
            if f.get("method") == "post"][:2] == ["/check/reading", "/check"]


@pytest.mark.database
def test_a_check_posted_from_the_english_page_answers_in_english(client, example):
    token = csrf_token(client, "/check?lang=en")
    response = client.post("/check?lang=en", data={"example": DISTRICT, "csrf_token": token})
    page = Html(response.get_data(as_text=True))
    assert page.all("html")[0]["lang"] == "en"
    assert "/check?lang=en" in [f["action"] for f in page.all("form")
                                if f.get("method") == "post"]


# --- validation messages: every value in words ------------------------------------------------

def test_every_value_a_field_takes_is_named_in_vietnamese(client):
    from service.contract import schemas
    from service.web.i18n import Words
    from service.web.validation import value_label

    vocabulary = get_engine().policies.vocabulary
    with client.application.test_request_context("/check"):
        words = Words("vi", vocabulary["labels"], vocabulary["facts"])
        for field, values in (("kind", schemas.KINDS), ("type", schemas.AGENCY_TYPES),
                              ("documents", schemas.DOCUMENTS), ("change", schemas.CHANGES),
                              ("changed_elements", schemas.CHANGED_ELEMENTS),
                              ("tiers", schemas.TIERS), ("reception", schemas.RECEPTIONS),
                              ("unit", schemas.UNITS), ("platform", schemas.PLATFORMS),
                              ("scope", schemas.SCOPES),
                              ("amendment_reason", schemas.AMENDMENT_REASONS),
                              ("signed_as", schemas.SIGNED_AS)):
            for value in values:
                said = value_label(value, words, field)
                assert said != value and "_" not in said, (field, value, said)
        assert value_label("other", words, "platform") == "phần mềm khác"
        assert value_label("other", words, "type").startswith("một cơ quan khác")


def test_bad_values_are_named_in_vietnamese_on_the_check_page(client, example):
    raw = json.loads(example("internal-procedure-three-tiers.json"))
    raw["kind"] = "pub"
    raw["internal_procedures"][0]["steps"][0]["duration"]["unit"] = "days"
    raw["internal_procedures"][0]["procedure_code"] = "9.999999"
    page = post_page(client, status=422, submission=json.dumps(raw, ensure_ascii=False))
    rows = page.text.split("Sửa các mục sau rồi kiểm tra lại:")[1].split("Tải lên dự thảo")[0]
    assert "phải là một trong các giá trị: ngày làm việc, giờ làm việc." in rows
    assert "Trình công bố TTHC" in rows
    for machine in ("working_days", "working_hours", "publication", "internal_procedure",
                    "procedures.0", "internal_procedures.0", "'9.999999'"):
        assert machine not in rows, machine
    assert "«9.999999»" in rows


# --- what the screenshots showed -------------------------------------------------------------

def test_the_rule_book_names_no_developer_path_and_a_rule_page_no_english_title(client):
    page = open_page(client, "/rules")
    for path in ("seed/", ".md", ".yaml", "policies/"):
        assert path not in page.text, path
    assert "Tin Cổng thông tin điện tử tỉnh Vĩnh Phúc ngày 13/12/2019" in page.text
    rule = get_engine().policies.rule("CQDP-01")
    vi = open_page(client, "/rules/CQDP-01")
    assert rule.title["en"] not in vi.text and rule.title["vi"] in vi.text
    en = open_page(client, "/rules/CQDP-01?lang=en")
    assert rule.title["en"] in en.text and rule.title["vi"] in en.text


@pytest.mark.database
def test_a_record_matching_no_tthc_says_why_in_vietnamese(client, store):
    from datetime import date

    from service.registry.store import RegistryStore

    registry = RegistryStore(store)
    fill_registry(registry)
    registry.record_internal_procedure("2.000394", "district", "11/QĐ-UBND", date(2025, 8, 1),
                                       [{"order": 1, "action": "Tiếp nhận", "responsible": "Bộ "
                                         "phận một cửa", "duration": {"value": 4,
                                                                       "unit": "working_hours"}}])
    page = open_page(client, "/coverage?as_of=2025-12-01")
    assert "TTHC không thực hiện ở cấp này" in page.text
    assert "not handled at this tier" not in page.text
    english = open_page(client, "/coverage?as_of=2025-12-01&lang=en")
    assert "the TTHC is not handled at this tier" in english.text


def test_every_field_of_the_contract_has_a_name_for_people(client):
    from marshmallow import Schema

    from service.contract import schemas
    from service.web.validation import field_label

    names = set()
    for value in vars(schemas).values():
        if isinstance(value, type) and issubclass(value, Schema) and value is not Schema:
            names |= set(value().fields)
    assert len(names) > 40
    with client.application.test_request_context("/check"):
        client.application.preprocess_request()
        for name in sorted(names):
            said = field_label(f"approver.{name}")
            assert name not in said, (name, said)
            assert said.startswith("Người phê duyệt › "), said


def test_every_example_is_offered_by_what_it_shows(client):
    from service.web.pages_check import EXAMPLE_TITLES

    from .conftest import EXAMPLES_DIR

    assert {p.name for p in EXAMPLES_DIR.glob("*.json")} <= set(EXAMPLE_TITLES)
    page = open_page(client, "/check")
    offered = [o for o in page.all("option") if o.get("value", "").endswith(".json")]
    assert len(offered) == len(list(EXAMPLES_DIR.glob("*.json")))
    assert "Tỉnh khác (Lạng Sơn)" in page.text and ".json" not in " ".join(
        t for t in page.texts if "Tỉnh khác" in t)


# --- Vietnamese pages speak Vietnamese ---------------------------------------------------------

VIETNAMESE_PAGES = ["/check", "/check/reading", "/rules", "/rules?q=to+trinh", "/directive",
                    "/login", "/rules/KHONG-CO"]


def _problems_of(client, paths: list[str]) -> dict:
    from .vietnamese import problems

    found = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        wrong = problems(response.get_data(as_text=True))
        if wrong:
            found[path] = wrong
    return found


def test_no_vietnamese_page_shows_an_english_word_an_enum_or_a_legal_staff_note(client):
    paths = VIETNAMESE_PAGES + [f"/rules/{r.id}" for r in get_engine().policies.rules]
    assert _problems_of(client, paths) == {}


@pytest.mark.database
def test_no_verdict_or_stored_page_shows_an_english_word_an_enum_or_a_legal_staff_note(client):
    from .conftest import EXAMPLES_DIR

    paths = ["/submissions", "/coverage?as_of=2025-12-01"] + [
        f"/check?example={p.name}" for p in sorted(EXAMPLES_DIR.glob("*.json"))]
    assert _problems_of(client, paths) == {}


def test_the_checker_finds_what_it_is_for():
    """The test above can fail: English, an enum value, a legal-staff note, each found in
    what a page shows, and not in a closed disclosure."""
    from .vietnamese import legal_staff_notes, problems

    shown = ("<main><p>Bản dịch tiếng Anh: Decree 118/2025 on the one-stop mechanism</p>"
             "<p>coi là thủ tục có trong danh mục («listed»).</p>"
             f"<p>{legal_staff_notes()[0]}</p></main>")
    found = problems(shown)
    assert "word «Decree»" in found and "value «listed»" in found
    assert any(p.startswith("legal-staff note") for p in found)
    quoted = (f'<main><p class="basis-note"><span lang="vi">{legal_staff_notes()[1]}</span>'
              "</p></main>")
    assert [p for p in problems(quoted) if p.startswith("legal-staff note")]
    closed = ("<main><details><summary>Bản dịch tiếng Anh</summary><p>Decree 118/2025 on the "
              "one-stop mechanism</p></details><p>Thủ tục 1.012100 (Mã TTHC), tệp du-thao.docx,"
              " Đắk Lắk, UBND, TTr-SYT</p></main>")
    assert problems(closed) == []


def test_the_footer_names_the_rule_sets_by_their_short_titles_and_no_version(client):
    policies = get_engine().policies
    page = open_page(client, "/check")
    footer = Html(page.html.split('<footer class="site-footer">')[1])
    for pack in policies.packs:
        if pack.in_force(date.today()):
            assert pack.short_title["vi"] in footer.text, pack.id
    assert "/rules#pack-vn-approval" in footer.links()
    assert policies.version not in page.html and "sha256" not in page.html
    assert "cookie" not in footer.text.lower() and "«lang»" not in footer.text
    # versions on the rule book's page, for those who ask
    rules = open_page(client, "/rules")
    assert policies.version in rules.text and all(p.version in rules.text
                                                  for p in policies.packs)
    assert re.search(r'<details class="pack-version"><summary>[^<]+</summary><p class="small">'
                     rf'<code class="hash">{policies.version}</code>', rules.html)
    assert "sha256" not in open_page(client, "/rules/QTNB-08").text


def test_the_rule_book_says_who_approves_by_delegation(client):
    delegation = get_engine().policies.delegations.items[0]
    page = open_page(client, "/rules")
    section = Html(page.html.split('<section class="delegations"')[1].split("</section>")[0])
    assert "Ủy quyền phê duyệt" in page.text and "/rules#delegations-title" not in page.text
    assert "#delegations-title" in page.links()
    assert "Thành phố Hà Nội" in section.text
    assert delegation.delegate["name"] in section.text
    assert "phê duyệt quy trình nội bộ; phê duyệt quy trình điện tử" in section.text
    assert "Quyết định số 1716/QĐ-UBND ngày 25/03/2025" in section.text
    assert "từ 25/03/2025" in section.text and "đang có hiệu lực" in section.text
    assert f"«{delegation.decision['quote']}»" in section.text
    # the English gloss and legal staff's reading behind closed disclosures
    assert '<details class="gloss"><summary>Bản dịch tiếng Anh</summary>' in section.html
    staff = section.html.split('<details class="staff-work">')[1]
    assert "bộ phận pháp chế xác nhận theo bản gốc" in staff
    english = open_page(client, "/rules?lang=en")
    assert "Delegations of approval" in english.text and delegation.decision["gloss"] in \
        english.text


def test_a_rule_page_keeps_the_work_left_to_legal_staff_in_their_section(client):
    page = open_page(client, "/rules/CB-01")
    staff = staff_section(page)
    assert staff.startswith("Dành cho bộ phận pháp chế: những gì còn phải bổ sung")
    assert "Chưa trích điều, khoản và nguyên văn: bộ phận pháp chế bổ sung." in staff
    assert '<details class="staff-work">' in page.html  # closed
    outside = page.html.replace(page.html.split('<details class="staff-work">')[1]
                                .split("</details>")[0], "")
    assert "bộ phận pháp chế bổ sung" not in outside
