"""From what the files say to a contract v1.1 submission and the reading that explains it.

Nothing is invented: where the contract needs a value the files do not state, the reader
takes the proposing department, or the route the decision itself describes, and says so in
a note. A step table whose procedure code is found nowhere is kept, with its steps, among
the ``unplaced``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from service.contract.schemas import variant_key
from service.documents.annex import (
    Annex,
    Heading,
    ListEntry,
    TableReading,
    procedure_name,
    time_limit_of,
)
from service.documents.changes import CHANGE_EN, CHANGE_VI, SOURCE_EN, SOURCE_VI
from service.documents.codes import find_codes
from service.documents.decision import Found, Front, kind_of
from service.documents.durations import hours, read_time, spoken, total_of
from service.documents.model import Document, Paragraph
from service.documents.notes import Place, note
from service.documents.steps import Step
from service.documents.text import clean, fold, short, words_only

MAX_ACTION, MAX_RESPONSIBLE, MAX_VARIANT, MAX_SIGNER, MAX_NAME = 2000, 500, 300, 200, 1000
MAX_PLACE, MAX_HEADING, MAX_OPEN_POINTS = 300, 1000, 1000
# The contract's values in the words of an English note (a note never shows a value's key).
KIND_EN = {"publication": "a publication of TTHC",
           "internal_procedure": "an approval of internal procedures",
           "internal_procedure_amendment": "an amendment of internal procedures",
           "electronic_procedure": "an approval of electronic procedures"}
TIER_EN = {"province": "province", "district": "district", "commune": "commune"}
TIER_VI = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}
SIGNED_VI = {"self": "Chủ tịch ký", "on_behalf": "ký thay Chủ tịch (KT.)",
             "for_committee": "thay mặt Ủy ban nhân dân (TM.)", "by_order": "thừa lệnh (TL.)",
             "by_authorisation": "thừa ủy quyền (TUQ.)"}
SIGNED_EN = {"self": "signed by the Chairman", "on_behalf": "signed on the Chairman's behalf (KT.)",
             "for_committee": "signed for the People's Committee (TM.)",
             "by_order": "signed by order (TL.)", "by_authorisation": "signed by authorisation (TUQ.)"}
CENTRE = re.compile(r"trung tam phuc vu hanh chinh cong( tinh| cap tinh)?|ttpvhcc|tt pvhcc|"
                    r"trung tam hanh chinh cong tinh")


def _codes_words(codes: list[str]) -> str:
    """«thủ tục 1.001806», «các thủ tục 1.001806, 1.001807 và 3 thủ tục khác»."""
    if len(codes) == 1:
        return f"thủ tục {codes[0]}"
    shown = ", ".join(codes[:8])
    return f"các thủ tục {shown}" + (f" và {len(codes) - 8} thủ tục khác" if len(codes) > 8 else "")


def _point_heading(headings: list[str], variant: str | None) -> str | None:
    """The words above a table, as an open point names it: its procedure(s), its case."""
    words = "; ".join(clean(h) for h in headings if h and clean(h))
    if variant:
        words = f"{words} – {variant}" if words else variant
    return short(words, MAX_HEADING) if words else None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cited_words(cited: dict) -> str:
    """«Tờ trình số 109/TTr-SKHCN ngày 14/11/2025», as the decision cites it."""
    out = cited["document_type"]
    if cited.get("reference"):
        out += f" số {cited['reference']}"
    if cited.get("date"):
        out += f" ngày {cited['date']:%d/%m/%Y}"
    return out


@dataclass
class FileReading:
    document: Document
    front: Front
    annex: Annex
    format: str


class Builder:
    def __init__(self, files: list[FileReading], province: str | None, today: date) -> None:
        self.files = files
        self.province_option = province
        self.today = today
        self.notes: list[dict] = []
        self.unplaced: list[dict] = []
        self.totals: list[dict] = []
        self.tables: list[dict] = []
        self._noted: set[str] = set()
        self._listed_without_code: set[int] = set()
        self._changes_read: dict[tuple, tuple] = {}  # (words, place) → (Change, codes)
        self._grouped: dict[str, list[str]] = {}  # one inference about several procedures
        self._names: dict[int, str] = {}

    # --- notes ----------------------------------------------------------------------------
    def note(self, kind: str, vi: str, en: str, words: str | None, place: Place | None,
             once: str | None = None, **about) -> None:
        said = (kind, vi, place)  # an inference is said once, however many readings make it
        if (once is not None and once in self._noted) or said in self._noted:
            return
        self._noted.update({said} | ({once} if once is not None else set()))
        self.notes.append(note(kind, vi, en, short(words, 300) if words else words, place,
                               **about))

    # --- the dossier ----------------------------------------------------------------------
    def build(self) -> dict:
        decisions = [f for f in self.files if f.front.document == "decision"]
        letters = [f for f in self.files if f.front.document == "to_trinh"]
        for f in self.files:
            if f.front.document == "unknown":
                self.note("document_unknown",
                          "Không nhận ra tệp là quyết định hay tờ trình (không thấy dòng «QUYẾT "
                          "ĐỊNH» hay «TỜ TRÌNH»): chỉ đọc các bảng của tệp.",
                          "The file is neither a decision nor a Tờ trình as far as its title "
                          "shows: only its tables are read.", None, Place(f.document.name))
        main = decisions[0] if decisions else None
        letter = letters[0] if letters else None
        submission: dict = {}
        self._province(submission, decisions + letters)
        kind = self._kind(submission, decisions, letter)
        submission["submitted_on"] = self._submitted_on(main, letter)
        agency = self._submitter(submission, main, letter)
        self._reference(submission, main, letter)
        if kind != "electronic_procedure":
            self._addressed_to(submission, main, letter)
        self._approver(submission, main)
        submission["documents"] = self._documents(decisions, letter)
        procedures, internal, electronic = self._procedures(kind, agency, main)
        submission["procedures"] = procedures
        if kind == "electronic_procedure":
            submission["electronic_procedures"] = electronic
        else:
            submission["internal_procedures"] = internal
        points, links = self._open_points()
        if points:
            submission["open_points"] = points
        order = ("reference", "province", "kind", "submitted_on", "submitter", "addressed_to",
                 "approver", "documents", "procedures", "internal_procedures",
                 "electronic_procedures", "open_points")
        submission = {k: submission[k] for k in order if k in submission}
        reading = self._reading(decisions, letters)
        reading["open_points"] = links
        return {"submission": submission, "reading": reading}

    # --- what the reading could not settle ---------------------------------------------------
    def _open_points(self) -> tuple[list[dict], list[dict]]:
        """The submission's ``open_points`` (contract v1.2): every step table that could not be
        tied to a procedure and tier, every printed total that differs from the sum of its
        counted steps; and, in the same order, where each comes from in the reading (the
        table's index among ``reading.tables``, its place in the file), so that a correction
        of that table can remove exactly its points."""
        points: list[dict] = []
        links: list[dict] = []
        for k, t in enumerate(self.tables):
            t["open_points"] = []
            for u in self.unplaced:
                if u.get("kind") != "table" or u.get("table") != k:
                    continue
                point: dict = {"kind": "unplaced_table", "place": t["place"][:MAX_PLACE]}
                named = u["procedures"]
                if t["members"] and t["heading"] and set(named) >= set(t["members"]):
                    named = [t["heading"]]  # the whole group: its heading says it
                heading = _point_heading(named or ([t["heading"]] if t["heading"] else []),
                                         t["variant"])
                if heading:
                    point["heading"] = heading
                t["open_points"].append(len(points))
                points.append(point)
                links.append({"kind": "unplaced_table", "table": k, "where": t["where"],
                              "reason": u["reason"]})
            if not t["placed_as"]:
                continue
            first = t["placed_as"][0]
            for x in t["totals"]:
                if x["agrees"] is not False:
                    continue
                point = {"kind": "total_differs", "place": x["place"][:MAX_PLACE]}
                heading = _point_heading([t["heading"]] if t["heading"] else t["members"],
                                         t["variant"])
                if heading:
                    point["heading"] = heading
                point.update({"procedure_code": first["procedure_code"], "tier": first["tier"],
                              **({"variant": first["variant"]} if first.get("variant") else {}),
                              "printed": x["printed"], "summed": x["summed"]})
                t["open_points"].append(len(points))
                points.append(point)
                links.append({"kind": "total_differs", "table": k, "where": x["where"],
                              "placed_as": list(t["placed_as"])})
        if len(points) > MAX_OPEN_POINTS:
            self.note("too_many_open_points", f"Có {len(points)} điểm chưa xác định được: hồ sơ "
                      f"kiểm tra chỉ mang {MAX_OPEN_POINTS} điểm đầu.", f"{len(points)} open "
                      f"points: the submission carries the first {MAX_OPEN_POINTS}.", None, None)
            points, links = points[:MAX_OPEN_POINTS], links[:MAX_OPEN_POINTS]
        for k, link in enumerate(links):
            link["index"] = k
        return points, links

    def _province(self, submission: dict, fronts: list[FileReading]) -> None:
        found = [f.front.province for f in fronts if f.front.province]
        if not found:
            found = [f.front.province for f in self.files if f.front.province]
        printed = found[0] if found else None
        for other in found[1:]:
            if other.value != printed.value:
                self.note("province_conflict",
                          f"Các tệp ghi hai tỉnh khác nhau: «{printed.words}» và «{other.words}»; "
                          "lấy tỉnh của tệp đầu.",
                          "The files name two provinces; the first file's is taken.",
                          other.words, other.place)
        if self.province_option:
            submission["province"] = self.province_option
            if printed and printed.value != self.province_option:
                from service.engine.jurisdiction import provinces

                names = {slug: p.full_name for slug, p in provinces().items()}
                self.note("province_option",
                          f"Tỉnh được chỉ định khi đọc ({names.get(self.province_option)}) khác "
                          f"với tỉnh ghi trong văn bản ({names.get(printed.value)}); dùng tỉnh "
                          "được chỉ định.",
                          "The province given to the reader differs from the one the document "
                          "names; the one given is used.", printed.words, printed.place)
            return
        if printed:
            submission["province"] = printed.value
            from service.engine.jurisdiction import provinces

            self.note("province", f"Tỉnh: {provinces()[printed.value].name}, theo «"
                      f"{short(printed.words, 80)}».",
                      f"Province: {provinces()[printed.value].name}, from the issuing body's "
                      "name.", printed.words,
                      printed.place)
        else:
            self.note("province_missing",
                      "Văn bản không ghi tên tỉnh: áp dụng tỉnh mặc định của hệ thống.",
                      "The document names no province: the deployment's default applies.",
                      None, None)

    def _kind(self, submission: dict, decisions: list[FileReading],
              letter: FileReading | None) -> str:
        kinds = [f.front.kind for f in decisions if f.front.kind]
        chosen = None
        for wanted in ("publication", "internal_procedure_amendment", "internal_procedure",
                       "electronic_procedure"):
            chosen = next((k for k in kinds if k.value == wanted), None)
            if chosen:
                break
        if chosen:
            submission["kind"] = chosen.value
            self.note("kind", f"Loại hồ sơ đọc từ trích yếu: «{short(chosen.words, 200)}».",
                      f"The kind ({KIND_EN[chosen.value]}) is read from the title.",
                      chosen.words,
                      chosen.place)
            return chosen.value
        if letter and letter.front.title and kind_of(letter.front.title.value):
            value = kind_of(letter.front.title.value)
            submission["kind"] = value
            self.note("kind", "Loại hồ sơ đọc từ trích yếu của tờ trình.",
                      f"The kind ({KIND_EN[value]}) is read from the Tờ trình's title.",
                      letter.front.title.words, letter.front.title.place)
            return value
        has_tables = any(f.annex.tables for f in self.files)
        value = "internal_procedure" if has_tables or not any(f.annex.entries for f in self.files) \
            else "publication"
        submission["kind"] = value
        self.note("kind_assumed",
                  "Không đọc được loại quyết định từ trích yếu: "
                  + ("có bảng quy trình nên coi là quyết định phê duyệt quy trình nội bộ."
                     if value == "internal_procedure" else "coi là quyết định công bố danh mục."),
                  f"No kind in the title: read as {KIND_EN[value]} from what the files hold.",
                  None, None)
        return value

    def _cited(self, main: FileReading | None) -> tuple[dict, Found] | tuple[None, None]:
        """The proposal the decision cites («Theo đề nghị của … tại Tờ trình số … ngày …»)."""
        found = main.front.proposal if main else None
        if found is None or not found.value.get("document"):
            return None, None
        return found.value, found

    def _submitted_on(self, main: FileReading | None, letter: FileReading | None) -> str:
        if letter and letter.front.day and letter.front.day.value:
            return letter.front.day.value.isoformat()
        cited, found = self._cited(main)
        if cited and cited.get("date"):
            what = _cited_words({**cited, "date": None})
            self.note("submitted_on", f"Ngày trình: {cited['date']:%d/%m/%Y}, ngày của {what} "
                      "mà quyết định viện dẫn.", "The submission date is the date of the "
                      + ("Tờ trình" if cited["document"] == "to_trinh" else "letter")
                      + " the decision cites.", found.words, found.place)
            return cited["date"].isoformat()
        if main and main.front.day and main.front.day.value:
            if cited:
                vi = (f"Quyết định viện dẫn {_cited_words(cited)} nhưng không ghi ngày của "
                      f"{cited['document_type'].lower()}: lấy ngày ghi trên quyết định.")
                en = "The cited proposal gives no date: the decision's date is used."
                words, place = found.words, found.place
            else:
                vi = "Quyết định không viện dẫn tờ trình nào: lấy ngày ghi trên quyết định."
                en = "The decision cites no Tờ trình: its own date is used."
                words, place = main.front.day.words, main.front.day.place
            self.note("submitted_on_decision", vi, en, words, place)
            return main.front.day.value.isoformat()
        self.note("submitted_on_today",
                  f"Văn bản không ghi ngày (dự thảo): đánh giá theo quy định có hiệu lực hôm nay "
                  f"({self.today:%d/%m/%Y}).",
                  "No date is printed (a draft): the rules in force today apply.", None, None)
        return self.today.isoformat()

    def _submitter(self, submission: dict, main: FileReading | None,
                   letter: FileReading | None) -> dict:
        proposal = main.front.proposal if main else None
        if proposal and proposal.value.get("agency"):
            agency = {"name": proposal.value["agency"][:300], "type": proposal.value["agency_type"]}
            self.note("submitter", f"Cơ quan trình: {agency['name']}, theo đoạn «Theo đề nghị "
                      "của …».", "The submitter is the proposing agency the decision names.",
                      proposal.words, proposal.place)
        elif letter and letter.front.issuing_body:
            body = letter.front.issuing_body
            from service.documents.decision import agency_type
            agency = {"name": body.value[:300], "type": agency_type(body.value)}
            self.note("submitter", "Cơ quan trình: cơ quan ban hành tờ trình.",
                      "The submitter is the body that issues the Tờ trình.", body.words,
                      body.place)
        else:
            agency = {"type": "other"}
            self.note("submitter_missing",
                      "Không thấy cơ quan trình (đoạn «Theo đề nghị của …» hay tờ trình): cần "
                      "bổ sung.", "No proposing agency found: it must be added.", None, None)
        if agency.get("type") == "other" and agency.get("name"):
            self.note("submitter_type", f"Không xác định được loại cơ quan «{agency['name']}».",
                      "The agency's type cannot be told from its name.", agency["name"], None)
        submission["submitter"] = agency
        return agency

    def _reference(self, submission: dict, main: FileReading | None,
                   letter: FileReading | None) -> None:
        if letter and letter.front.number and letter.front.number.value:
            submission["reference"] = letter.front.number.value[:100]
            return
        cited, found = self._cited(main)
        if cited and cited.get("reference"):
            submission["reference"] = cited["reference"][:100]
            printed = cited.get("reference_as_printed") or ""
            if printed != cited["reference"]:
                self.note("reference_spaces", f"Số {cited['document_type'].lower()} in là "
                          f"«{printed}», đọc là {cited['reference']}.", "The number is printed "
                          f"with spaces: read as {cited['reference']}.", found.words,
                          found.place)
        elif cited:
            self.note("reference_blank", f"Số {cited['document_type'].lower()} để trống (dự "
                      "thảo).", "The proposal's number is left blank (a draft).", found.words,
                      found.place)

    def _addressed_to(self, submission: dict, main: FileReading | None,
                      letter: FileReading | None) -> None:
        if letter and letter.front.addressed_to:
            found = letter.front.addressed_to
            kind, to = found.value
            submission["addressed_to"] = {"name": to[:300], "type": kind}
            return
        issuer = main.front.issuer if main else None
        submission["addressed_to"] = {"type": "ppc_chairman"}
        if issuer:
            submission["addressed_to"]["name"] = clean(issuer.value)[:300]
        self.note("addressed_to_route",
                  "Tờ trình không có trong các tệp đã đọc nên không biết tờ trình gửi ai: coi "
                  "là trình Chủ tịch UBND tỉnh, người ban hành quyết định.",
                  "The Tờ trình is not among the files read, so whom it is addressed to is "
                  "not known: read as the Provincial Chairman, who issues the decision.",
                  issuer.words if issuer else None, issuer.place if issuer else None)

    def _approver(self, submission: dict, main: FileReading | None) -> None:
        found = main.front.signature if main else None
        if not found:
            if main:
                self.note("signature_missing", "Không thấy khối chữ ký («KT. CHỦ TỊCH», «CHỦ "
                          "TỊCH», …): coi là Chủ tịch ký.", "No signature block found: read as "
                          "signed by the Chairman.", None, Place(main.document.name))
            return
        sig = found.value
        signer = " ".join(x for x in (sig.get("title"), sig.get("name")) if x)
        approver = {"type": "ppc_chairman", "signed_as": sig["signed_as"]}
        if signer:
            approver["signer"] = signer[:MAX_SIGNER]
        submission["approver"] = approver
        self.note("signature", f"Khối chữ ký: {SIGNED_VI[sig['signed_as']]}.",
                  f"Signature block: {SIGNED_EN[sig['signed_as']]}.", found.words, found.place)

    def _documents(self, decisions: list[FileReading], letter: FileReading | None) -> list[str]:
        docs = []
        if letter:
            docs.append("to_trinh")
        cited, found = self._cited(decisions[0] if decisions else None)
        if not letter and cited and cited.get("reference"):
            # the decision names the proposal by its number: it was issued, it is the dossier's
            docs.append(cited["document"])
            what = _cited_words(cited)
            if cited["document"] == "to_trinh":
                vi = (f"Quyết định viện dẫn {what}: tính tờ trình này vào hồ sơ; tệp tờ trình "
                      "không có trong các tệp đã đọc.")
                en = ("The decision cites its Tờ trình by number: counted in the dossier; its "
                      "file is not among the files read.")
            else:
                vi = (f"Quyết định viện dẫn {what}, không phải tờ trình: hồ sơ có văn bản đề "
                      "nghị thay cho tờ trình.")
                en = ("The decision cites a letter, not a Tờ trình: the dossier holds a "
                      "proposal letter in place of a Tờ trình.")
            self.note("proposal_cited", vi, en, found.words, found.place)
        elif not letter:
            self.note("no_to_trinh",
                      "Không có tờ trình trong các tệp đã đọc"
                      + (f" (quyết định viện dẫn: «{short(found.value['as_printed'], 160)}», "
                         "không ghi số)" if found else "")
                      + ": thêm tờ trình vào hồ sơ (hoặc tải lên cùng dự thảo).",
                      "No Tờ trình among the files read: add it to the dossier.",
                      found.words if found else None, found.place if found else None)
        for f in decisions:
            kind = f.front.kind.value if f.front.kind else None
            if kind == "publication":
                docs.append("draft_publication_decision")
                if f.front.approves_internal or f.annex.tables:
                    docs.append("draft_internal_procedure_decision")
            elif kind in ("internal_procedure", "internal_procedure_amendment") or \
                    (kind is None and f.annex.tables):
                docs.append("draft_internal_procedure_decision")
        return list(dict.fromkeys(docs))

    # --- procedures ------------------------------------------------------------------------
    def _entries(self) -> list[ListEntry]:
        return [e for f in self.files for e in f.annex.entries]

    def _resolve(self, heading: Heading, entries: list[ListEntry]):
        """The codes of a heading: printed in it, else the list annex's by name."""
        codes = find_codes(heading.text)
        if codes:
            for c in codes:
                if c.odd:
                    self.note("code_odd", f"Mã in là «{c.printed}», đọc là {c.code}.",
                              f"The code printed «{c.printed}» is read as {c.code}.",
                              heading.text, heading.place, procedure_code=c.code)
            return [(code, None) for code in dict.fromkeys(c.code for c in codes)]
        name = words_only(procedure_name(heading.text))
        name = re.sub(r"^thu tuc ", "", name)
        if len(name) < 8:
            return []
        scored = []
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(name)  # the costly side, once
        for e in entries:
            if e.change and e.change.kind == "abolished":
                continue  # no procedure is approved for a procedure being abolished
            other = self._entry_name(e)
            if other == name:
                scored.append((1.0, e))
                continue
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9:
                scored.append((matcher.ratio(), e))
        scored.sort(key=lambda x: (-x[0], not x[1].codes))
        if not scored or scored[0][0] < 0.9:
            return []
        best, entry = scored[0]
        # a rival as close: another code, or the same name listed without a code
        rivals = [s for s, e in scored[1:]
                  if not e.codes or e.codes[0].code != entry.codes[0].code]
        if not entry.codes:
            self._listed_without_code.add(id(heading))
            return []
        if rivals and rivals[0] > best - 0.005:
            return []
        code = entry.codes[0].code
        self.note("code_from_list",
                  f"Tiêu đề không in mã: lấy mã {code} từ danh mục kèm theo quyết định theo tên "
                  f"thủ tục (giống {round(best * 100)}%, {entry.place.label()}).",
                  f"No code in the heading: {code} is taken from the decision's list by name "
                  f"({round(best * 100)}% alike).", heading.text, heading.place,
                  procedure_code=code)
        return [(code, entry)]

    def _entry_name(self, entry: ListEntry) -> str:
        key = id(entry)
        if key not in self._names:
            self._names[key] = re.sub(r"^thu tuc ", "", words_only(entry.name))
        return self._names[key]

    def _procedures(self, kind: str, agency: dict, main: FileReading | None):
        entries = self._entries()
        placed: dict[tuple, dict] = {}
        by_code: dict[str, dict] = {}
        ip_list: list[dict] = []
        for f in self.files:
            for t in f.annex.tables:
                self._table(t, f, kind, agency, entries, placed, by_code, ip_list, main)
        listed = self._listed(entries)
        order = list(listed) if kind == "publication" else []
        if kind == "publication":
            self._listed_without_code_notes(entries)
        order += [code for code in by_code if code not in order]
        procedures = []
        for code in order:
            info = by_code.setdefault(code, {"tiers": [], "ips": [], "centre": None,
                                             "limits": []})
            entry = listed.get(code) or info.get("entry")
            procedures.append(self._procedure(code, info, entry, kind, agency, main))
        self._change_notes()
        self._grouped_notes()
        electronic = []
        if kind == "electronic_procedure":
            platform = self._platform()
            for ip in ip_list:
                ep = {"procedure_code": ip["procedure_code"], "tier": ip["tier"],
                      "lead": dict(agency), "platform": platform, "steps": ip["steps"]}
                if ip.get("variant"):
                    ep["variant"] = ip["variant"]
                electronic.append(ep)
            ip_list = []
        return procedures, ip_list, electronic

    @staticmethod
    def _listed(entries: list[ListEntry]) -> dict[str, ListEntry]:
        """Each code the lists print, with the entry that says most: one stating its change
        rather than one that does not (a code listed in two annexes)."""
        out: dict[str, ListEntry] = {}
        for e in entries:
            if not e.codes:
                continue
            code = e.codes[0].code
            if code not in out or (not (out[code].change and out[code].change.kind)
                                   and e.change and e.change.kind):
                out[code] = e
        return out

    def _listed_without_code_notes(self, entries: list[ListEntry]) -> None:
        by_table: dict[tuple, list[ListEntry]] = {}
        for e in entries:
            if not e.codes:
                by_table.setdefault((e.place.file, e.place.table), []).append(e)
        for group in by_table.values():
            names = "; ".join(f"«{short(e.name, 80)}»" for e in group[:5])
            more = f" và {len(group) - 5} thủ tục khác" if len(group) > 5 else ""
            place = Place(group[0].place.file, table=group[0].place.table)
            self.note("list_without_code",
                      f"Danh mục có {len(group)} thủ tục không in mã ({names}{more}): không "
                      "đưa vào hồ sơ kiểm tra.",
                      f"{len(group)} listed procedures print no code: they are not part of "
                      "the checked submission.", None, place)

    def _change(self, code: str, entry: ListEntry | None, table_change, kind: str):
        """The change of a procedure from the nearest place that states one: its list
        entry (its cell, its part of the list, the heading above the list), the headings
        above its step table, Điều 1, the decision's title."""
        main = next((f for f in self.files if f.front.document == "decision"), None)
        places = [entry.change if entry else None, table_change,
                  *(main.front.changes if main else [])]
        places = [c for c in places if c is not None]
        for c in places:
            if c.kind:
                key = (c.words, c.place)
                self._changes_read.setdefault(key, (c, []))[1].append(code)
                return c.kind
        if kind != "publication":
            return None
        fallback = "listed" if entry is not None else "unchanged"
        several = places[0] if places else None
        said = CHANGE_VI[fallback]
        if several is not None:
            self.note("change_unknown",
                      f"Không xác định được thủ tục {code} mới ban hành, sửa đổi hay bãi bỏ: "
                      f"{SOURCE_VI[several.source]} nêu nhiều loại («{short(several.words, 160)}»"
                      f"); ghi là {said}, người xem cần xác định.",
                      f"The change of {code} cannot be told: the {SOURCE_EN[several.source]} names "
                      f"several; recorded as {CHANGE_EN[fallback]}, to be settled.",
                      several.words, several.place, procedure_code=code)
        elif entry is not None:
            self.note("change_unknown",
                      f"Danh mục, Điều 1 và trích yếu không nêu thủ tục {code} mới ban hành, "
                      f"sửa đổi hay bãi bỏ: ghi là {said}, người xem cần xác định.",
                      f"Nothing states how {code} changes: recorded as "
                      f"{CHANGE_EN[fallback]}, to be settled.", entry.name, entry.place,
                      procedure_code=code)
        else:
            self.note("change_not_listed",
                      f"Thủ tục {code} chỉ có bảng quy trình nội bộ, không có trong danh mục "
                      "công bố, và quyết định không nêu nó thay đổi thế nào: ghi là "
                      f"{said}.", f"{code} has only its step table, is not in the published "
                      f"list, and nothing states how it changes: recorded as "
                      f"{CHANGE_EN[fallback]}.", None, None, procedure_code=code)
        return fallback

    def _grouped_notes(self) -> None:
        """An inference made alike for several procedures, said once, naming them."""
        for kind, codes in self._grouped.items():
            named = _codes_words(codes)
            if kind == "tier_default":
                self.note(kind, f"Danh mục không ghi cấp thực hiện của {named}: coi là cấp "
                          "tỉnh.", f"No tier listed for {', '.join(codes)}: read as province.",
                          None, None, procedure_codes=codes)
            elif kind == "reception_agency":
                self.note(kind, f"Văn bản không nêu Trung tâm Phục vụ hành chính công tỉnh cho "
                          f"{named}: coi là tiếp nhận tại cơ quan.", "No provincial centre "
                          f"named for {', '.join(codes)}: read as received at the agency.",
                          None, None, procedure_codes=codes)

    def _change_notes(self) -> None:
        """One note for each place a change was read from, naming its procedures."""
        for change, codes in self._changes_read.values():
            codes = list(dict.fromkeys(codes))
            extra_vi = extra_en = ""
            if change.kind == "abolished":
                extra_vi = "; thủ tục bị bãi bỏ không cần quy trình nội bộ"
                extra_en = "; an abolished procedure needs no internal procedure"
            self.note("change", f"{_upper_first(_codes_words(codes))}: "
                      f"{CHANGE_VI[change.kind]}, theo {SOURCE_VI[change.source]} "
                      f"«{short(change.words, 160)}»{extra_vi}.",
                      f"{', '.join(codes[:8])}: {CHANGE_EN[change.kind]}, as the "
                      f"{SOURCE_EN[change.source]} states{extra_en}.", change.words, change.place,
                      procedure_codes=codes)

    def _platform(self) -> str:
        for f in self.files:
            for block in f.document.blocks[:400]:
                text = block.text if isinstance(block, Paragraph) else ""
                if re.search(r"he thong thong tin giai quyet thu tuc hanh chinh|mot cua dien tu|"
                             r"phan mem mot cua", fold(text)):
                    self.note("platform", "Nền tảng: Hệ thống thông tin giải quyết TTHC dùng "
                              "chung của tỉnh, theo văn bản.", "Platform: the province's shared "
                              "one-stop system, as the document says.", text,
                              Place(f.document.name, paragraph=block.index))
                    return "shared_one_stop"
        self.note("platform_other", "Văn bản không nêu hệ thống một cửa dùng chung.",
                  "The document names no shared one-stop system.", None, None)
        return "other"

    def _procedure(self, code: str, info: dict, entry: ListEntry | None, kind: str,
                   agency: dict, main: FileReading | None) -> dict:
        name = entry.name if entry else info.get("name") or code
        tiers = list(dict.fromkeys((entry.tiers if entry else []) + info["tiers"]))
        if not tiers:
            tiers = ["province"]
            self._grouped.setdefault("tier_default", []).append(code)
        p: dict = {"code": code, "name": clean(name)[:MAX_NAME] or code}
        if entry and entry.field_name:
            p["field"] = clean(entry.field_name)[:300]
        change = self._change(code, entry, info.get("table_change"), kind)
        if change:
            p["change"] = change
        p["managing_agency"] = dict(agency)
        self.note("managing_agency", "Cơ quan quản lý thủ tục và cơ quan chủ trì xây dựng quy "
                  "trình: lấy cơ quan trình (quyết định không ghi riêng).",
                  "The managing agency and the drafter are the proposing agency (the decision "
                  "does not name them apart).", None, None, once="managing_agency")
        p["tiers"] = tiers
        if "province" in tiers:
            centre = info.get("centre")
            if centre is None and entry is not None:
                for f in self.files:
                    if f.document.name == entry.place.file:
                        centre = self._centre_in_entry(f, entry)
            if centre:
                p["reception"] = "provincial_centre"
                self.note("reception", f"Thủ tục {code} tiếp nhận tại Trung tâm Phục vụ hành chính "
                          "công tỉnh, theo văn bản.", f"{code} is received at the provincial "
                          "centre, as the document says.", centre[0], centre[1],
                          procedure_code=code)
            else:
                p["reception"] = "agency"
                self._grouped.setdefault("reception_agency", []).append(code)
        limit = time_limit_of(entry.time_text) if entry and entry.time_text else None
        if limit:
            p["time_limit"] = limit
            self.note("time_limit_list", f"Thời hạn giải quyết của thủ tục {code}: "
                      f"{spoken(limit)}, theo danh mục.", f"{code}'s time limit is read from "
                      "the list.", entry.time_text, entry.place, procedure_code=code)
        else:
            limits = {(l["value"], l["unit"]) for l in info.get("limits", [])}
            if len(limits) == 1:
                value, unit = limits.pop()
                p["time_limit"] = {"value": value, "unit": unit}
        return p

    def _centre_in_entry(self, f: FileReading, entry: ListEntry):
        table = next((b for b in f.document.blocks
                      if getattr(b, "rows", None) is not None and b.index == entry.place.table),
                     None)
        if table is None:
            return None
        for text in table.row_texts(entry.place.row - 1):
            if CENTRE.search(fold(text)):
                return text, entry.place
        return None

    def _table(self, t: TableReading, f: FileReading, kind: str, agency: dict,
               entries: list[ListEntry], placed: dict, by_code: dict, ip_list: list,
               main: FileReading | None) -> None:
        heads = t.members or ([t.heading] if t.heading else [])
        targets: list[tuple[str, Heading, ListEntry | None]] = []
        missing: list[Heading] = []
        for h in heads:
            found = self._resolve(h, entries)
            if found:
                targets.extend((code, h, entry) for code, entry in found)
            else:
                missing.append(h)
        if t.members and targets:
            self.note("group", f"Một bảng dùng chung cho nhóm {len(t.members)} thủ tục: đọc thành "
                      f"{len(targets)} quy trình nội bộ có cùng các bước.",
                      f"One table for a group of {len(t.members)} procedures: read as "
                      f"{len(targets)} internal procedures with the same steps.",
                      t.heading.text if t.heading else None, t.place)
        tiers = t.tiers
        tier_note = None
        if not tiers:
            from_list = [tr for _, _, e in targets if e for tr in e.tiers]
            named = [x for x in (t.case_tiers[0] if t.case_tiers else [])
                     if x in from_list]
            if from_list and named and len(named) < len(set(from_list)):
                tiers = named  # the list serves several tiers; the case names its own
                vi = (f"Không có tiêu đề ghi cấp; danh mục ghi nhiều cấp, trường hợp «"
                      f"{short(t.case_tiers[1], 120)}» nêu cấp giải quyết: lấy cấp của trường "
                      "hợp.")
                en = "No heading gives the tier; the list gives several, the case its own."
                tier_note = ("tier_from_case", vi, en)
            elif from_list:
                tiers = list(dict.fromkeys(from_list))
                tier_note = ("tier_from_list", "Không có tiêu đề ghi cấp: lấy cấp theo danh mục.",
                             "No heading gives the tier: the list's is taken.")
            else:
                tiers = ["province"]
                tier_note = ("tier_default", ("Không có tiêu đề nào ghi cấp thực hiện: coi là "
                             "cấp tỉnh (quyết định của Chủ tịch UBND tỉnh)."),
                             "No heading gives the tier: read as province.")
        if t.phase_tiers:  # one table for two tiers, as its phase rows say
            tiers = [x for x in TIER_VI if x in {*t.tiers, *t.phase_tiers}]
        variant = clean(t.variant.text)[:MAX_VARIANT] if t.variant else None
        if t.headerless:
            self.note("table_without_header", "Bảng quy trình không có dòng tiêu đề: cột bước, "
                      "cột thời gian, cột người thực hiện và cột nội dung được nhận theo chữ "
                      "trong các ô; người xem cần kiểm tra lại.", "A step table without a header "
                      "row: its columns are told from what their cells hold; to be checked.",
                      None, t.place, once=f"headerless:{t.place}")
        if t.path_column:
            self.note("path_columns", "Bảng in thời gian của từng trường hợp trong một cột "
                      f"riêng («{short(t.path, 80)}», …): đọc thành một quy trình cho mỗi trường "
                      "hợp, với thời gian các bước và tổng ghi ở cột của trường hợp đó.",
                      "The table prints each case's times in a column of its own: one internal "
                      "procedure per case, with the times and total of its column.", None,
                      t.place, once=f"path_columns:{t.place}")
        elif t.path:
            self.note("paths", "Bảng in tổng thời gian riêng cho từng trường hợp: đọc thành một "
                      "quy trình cho mỗi trường hợp, với các bước và thời hạn của trường hợp "
                      "đó.", "The table prints a total for each case: one internal procedure "
                      "per case, with that case's steps and time limit.", None, t.place,
                      once=f"paths:{t.place}")
            if t.path_cumulative:
                self.note("path_cumulative", f"{t.path}: các bước từ đầu bảng đến dòng tổng của "
                          "trường hợp này cộng lại đúng bằng tổng in: đọc là đều thuộc trường "
                          "hợp này.", "The steps from the top of the table to this case's total "
                          "add up to it: all are read as this case's.", None, t.place)
        if t.continued_in:
            self.note("table_continues", "Bảng " + ", ".join(map(str, t.continued_in))
                      + " không có dòng tiêu đề, cùng số cột và nằm ngay sau bảng quy trình: "
                      "đọc là phần tiếp theo của bảng đó.", "A table without a header right "
                      "after a step table, as wide: read as its continuation.", None, t.place)
        steps = [self._step(s, k + 1, t) for k, s in enumerate(t.steps[:100])]
        self._step_notes(t)
        if len(t.steps) > 100:
            self.note("too_many_steps", "Bảng có hơn 100 bước: chỉ lấy 100 bước đầu.",
                      "More than 100 steps: the first 100 are taken.", None, t.place)
        limit, totals = self._totals(t, [c for c, _, _ in targets], tiers, variant)
        rendered = self._render(t, tiers, variant, totals)
        rendered["index"] = len(self.tables)
        self.tables.append(rendered)
        for cells, r in t.unplaced_rows:
            place = t.place.at_row(r + 1)
            self.unplaced.append({
                "kind": "row", "where": place.as_json(), "place": place.label(), "cells": cells,
                "reason": "row_not_a_step", "message": {
                    "vi": "Dòng chỉ có nội dung ở cột phụ (không có bước, người thực hiện hay "
                          "thời gian): không đọc thành bước.",
                    "en": "A row with text only in extra columns: not read as a step."}})
        if not targets:
            reason = "no_heading" if not heads else "listed_without_code" if all(
                id(h) in self._listed_without_code for h in heads) else "no_code"
            self._unplace(t, rendered, heads, reason)
            return
        if missing:
            self._unplace(t, rendered, missing, "group_members_without_code")
        if t.phase_tiers:
            named = "; ".join(f"«{short(words, 80)}»" for words, _ in t.phase_words)
            self.note("two_tiers", "Một bảng dùng cho cả " + " và ".join(
                TIER_VI[x] for x in tiers) + f": các dòng {named} ghi nơi thực hiện các bước; "
                "đọc thành một quy trình cho mỗi cấp, gồm mọi bước của bảng.",
                "One table serves several tiers, as its phase rows say: one internal "
                "procedure per tier, each with every step of the table.",
                t.phase_words[0][0], t.phase_words[0][1], once=f"two_tiers:{t.place}")
        elif t.phases_in_one_tier:
            named = "; ".join(f"«{short(words, 80)}»" for words, _ in t.phases)
            self.note("phases_one_tier", f"Các dòng {named} ghi nơi thực hiện ở hai cấp, nhưng "
                      "các bước đánh số liên tục qua các dòng đó và tiêu đề ghi "
                      f"{TIER_VI[tiers[0]]}: đọc thành một quy trình {TIER_VI[tiers[0]]}, gồm "
                      "mọi bước của bảng.", "Phase rows name two tiers, but the steps are "
                      "numbered on across them and the heading names one tier: one internal "
                      "procedure of that tier, with every step.", t.phases[0][0], t.place,
                      once=f"phases_one_tier:{t.place}")
        elif len(tiers) > 1:
            self.note("two_tiers", "Một bảng dùng cho cả " + " và ".join(
                TIER_VI[x] for x in tiers) + ": đọc thành một quy trình cho mỗi cấp.",
                "One table serves several tiers: one internal procedure per tier.",
                t.tier_words, t.tier_place)
        if t.tier_source == "heading" or t.tier_source == "decision title":
            self.note("tier", "Cấp thực hiện đọc từ tiêu đề: «" + short(t.tier_words or "", 120)
                      + "».", f"The tier ({', '.join(TIER_EN.get(x, x) for x in tiers)}) "
                      "comes from the heading.",
                      t.tier_words, t.tier_place, once=f"tier:{t.tier_words}:{t.tier_place}")
        elif t.tier_source == "case":
            self.note("tier_case", "Tiêu đề ghi nhiều cấp; trường hợp «" + short(
                t.tier_words or "", 120) + "» nêu cấp giải quyết: bảng này là quy trình "
                + " và ".join(TIER_VI[x] for x in tiers) + ".", "The heading names several "
                "tiers; the case names its own: this table is that tier's.", t.tier_words,
                t.tier_place)
        elif tier_note:
            self.note(*tier_note, None, t.place)
        if t.continued and t.variant:
            self.note("variant_continues", "Bảng chỉ có tiêu đề trường hợp: cùng thủ tục với "
                      "bảng trước.", "The table has only a case heading: the same procedure as "
                      "the table before.", t.variant.text, t.variant.place)
        centre = self._centre_in_steps(t)
        duplicate = False
        for code, heading, entry in targets:
            info = by_code.setdefault(code, {"tiers": [], "ips": [], "centre": None,
                                             "limits": []})
            info.setdefault("name", procedure_name(heading.text))
            info.setdefault("limits", [])
            if entry is not None:
                info.setdefault("entry", entry)
            if t.change is not None:
                info.setdefault("table_change", t.change)
            if centre and info["centre"] is None:
                info["centre"] = centre
            if limit:
                info["limits"].append(limit)
            for tier in tiers:
                key = (code, tier, variant_key(variant))
                ip: dict = {"procedure_code": code, "tier": tier, "drafted_by": dict(agency)}
                if tier == "province" and centre:
                    ip["coordinating"] = [{"name": "Trung tâm Phục vụ hành chính công tỉnh",
                                           "type": "provincial_centre"}]
                    self.note("coordinating", "Trung tâm Phục vụ hành chính công tỉnh có tên "
                              "trong các bước: ghi là cơ quan phối hợp.", "The provincial "
                              "centre is named in the steps: recorded as coordinating.",
                              centre[0], centre[1], once=f"coord:{t.place}")
                ip["steps"] = steps
                if variant:
                    ip["variant"] = variant
                if limit:
                    ip["time_limit"] = limit
                if kind == "internal_procedure_amendment" and main is not None:
                    self._amends(ip, main)
                if key in placed:
                    duplicate = True
                    continue
                placed[key] = ip
                ip_list.append(ip)
                info["tiers"].append(tier)
                rendered["placed_as"].append({"procedure_code": code, "tier": tier,
                                              **({"variant": variant} if variant else {})})
        if duplicate:
            self._unplace(t, rendered, heads, "duplicate")

    def _amends(self, ip: dict, main: FileReading) -> None:
        found = main.front.amends
        if found:
            ip["amends"] = {"decision": found.value[:100], "approved_by": {"type": "ppc_chairman"}}
            self.note("amends", f"Quy trình được sửa đổi: Quyết định số {found.value}.",
                      "The amended decision is read from the title.", found.words, found.place,
                      once="amends")
        else:
            self.note("amends_missing", "Trích yếu không nêu quyết định được sửa đổi: cần bổ "
                      "sung.", "The title names no decision being amended.", None, None,
                      once="amends_missing")

    def _centre_in_steps(self, t: TableReading):
        for s in t.steps:
            if CENTRE.search(fold(s.responsible)) or CENTRE.search(fold(s.action)):
                return (s.responsible if CENTRE.search(fold(s.responsible)) else s.action,
                        t.place.at_row(s.row + 1))
        return None

    def _step(self, s: Step, order: int, t: TableReading) -> dict:
        out: dict = {"order": order}
        if s.action:
            out["action"] = s.action[:MAX_ACTION]
            if len(s.action) > MAX_ACTION:
                self.note("action_cut", f"Nội dung bước {order} dài hơn {MAX_ACTION} ký tự: "
                          "cắt bớt trong hồ sơ kiểm tra.", "A step's action is cut to the "
                          "contract's length.", s.action[:120], t.place.at_row(s.row + 1))
        if s.responsible:
            out["responsible"] = s.responsible[:MAX_RESPONSIBLE]
        if s.duration is not None:
            out["duration"] = s.duration
        out["counted"] = s.counted
        return out

    def _step_notes(self, t: TableReading) -> None:
        """The steps' notes, one per kind and table («Bước 1, 2, 5: …»)."""
        grouped: dict[str, list] = {}
        for k, s in enumerate(t.steps[:100]):
            for kind, vi, en, words in s.notes:
                grouped.setdefault(kind, []).append((k + 1, s, vi, en, words))
        for kind, items in grouped.items():
            orders = ", ".join(str(k) for k, *_ in items)
            words = "; ".join(dict.fromkeys(w for *_, w in items if w))
            first = items[0][1]
            self.note(kind, f"Bước {orders}: {items[0][2]}",
                      f"{'Steps' if len(items) > 1 else 'Step'} {orders}: {items[0][3]}", words,
                      t.place.at_row(first.row + 1), steps=[k for k, *_ in items])

    def _totals(self, t: TableReading, codes: list[str], tiers: list[str],
                variant: str | None):
        """The printed totals against the sums of the counted steps; the table's own time
        limit (its last printed total, else the total line above it)."""
        out = []
        limit = None
        durations = [s.duration for s in t.steps if s.counted and s.duration]
        whole = total_of(durations)
        for k, total in enumerate(t.totals):
            last = k == len(t.totals) - 1
            if last:
                part = whole
            else:
                start = t.totals[k - 1].steps_before if k else 0
                part = total_of([s.duration for s in t.steps[start:total.steps_before]
                                 if s.counted and s.duration])
            entry = self._total_entry(t, total.label, total.text, total.duration, part,
                                      t.place.at_row(total.row + 1), "whole" if last else "part",
                                      codes, tiers, variant)
            out.append(entry)
            if last and total.duration:
                limit = total.duration
        if t.total_line is not None:
            printed = read_time(t.total_line.text.split(":", 1)[-1]).duration
            out.append(self._total_entry(t, t.total_line.text, t.total_line.text, printed, whole,
                                         t.total_line.place, "whole", codes, tiers, variant))
            if limit is None and printed:
                limit = printed
        if not out and whole:
            out.append(self._total_entry(t, None, None, None, whole, t.place, "whole", codes,
                                         tiers, variant))
        self.totals.extend(out)
        return limit, out

    def _total_entry(self, t, label, text, printed, summed, place, scope, codes, tiers, variant):
        agrees = None
        if printed and summed:
            agrees = abs(hours(printed) - hours(summed)) < 1e-6
        entry = {"where": place.as_json(), "place": place.label(), "scope": scope,
                 "procedure_codes": codes, "tiers": tiers, "printed_label": label,
                 "printed_text": text, "printed": printed, "summed": summed, "agrees": agrees}
        if variant:
            entry["variant"] = variant
        if agrees is False:
            self.note("total_differs", f"Tổng in trong bảng ({spoken(printed)}) khác tổng thời "
                      f"gian các bước ({spoken(summed)}).", "The printed total differs from the "
                      "sum of the steps.", text, place)
        return entry

    def _render(self, t: TableReading, tiers, variant, totals) -> dict:
        return {"where": t.place.as_json(), "place": t.place.label(),
                "heading": t.heading.text if t.heading else None,
                "members": [m.text for m in t.members], "variant": variant, "tiers": tiers,
                "header": t.header, "columns": t.columns,
                "steps": [{"label": s.label, "action": s.action, "responsible": s.responsible,
                           "duration_text": s.time_text, "duration": s.duration,
                           "counted": s.counted, "row": s.row + 1} for s in t.steps],
                "totals": totals,
                "phases": [{"text": text, "row": r + 1} for text, r in t.phases],
                "unplaced_rows": [{"cells": cells, "row": r + 1} for cells, r in t.unplaced_rows],
                "placed_as": []}

    def _unplace(self, t: TableReading, rendered: dict, heads: list[Heading], reason: str) -> None:
        vi, en = {
            "no_code": (("Không tìm thấy mã thủ tục: tiêu đề không in mã và danh mục kèm theo "
                        "không có thủ tục trùng tên."), ("No procedure code: none in the heading "
                        "and no procedure of that name in the decision's list.")),
            "listed_without_code": (("Không tìm thấy mã thủ tục: danh mục kèm theo có thủ tục "
                                    "trùng tên nhưng không in mã."), ("No procedure code: the "
                                    "decision's list names the procedure but prints no code.")),
            "no_heading": ("Bảng quy trình không có tiêu đề thủ tục.",
                           "A step table with no procedure heading."),
            "group_members_without_code": ("Một số thủ tục của nhóm không tìm thấy mã.",
                                           "Some procedures of the group have no code."),
            "duplicate": ("Bảng thứ hai cho cùng thủ tục, cùng cấp và cùng trường hợp.",
                          "A second table for the same procedure, tier and case."),
        }[reason]
        self.unplaced.append({"kind": "table", **rendered, "table": rendered["index"],
                              "reason": reason,
                              "message": {"vi": vi, "en": en},
                              "procedures": [h.text for h in heads]})
        self.note("unplaced", vi + " Bảng được giữ lại để người xem đặt vào đúng thủ tục.", en,
                  heads[0].text if heads else None, heads[0].place if heads else t.place)

    # --- the reading ------------------------------------------------------------------------
    def _reading(self, decisions: list[FileReading], letters: list[FileReading]) -> dict:
        files = []
        for f in self.files:
            fr = f.front
            entry: dict = {"file": f.document.name, "format": f.format, "document": fr.document}
            if fr.number:
                entry["number"] = fr.number.value
            if fr.day and fr.day.value:
                entry["date"] = fr.day.value.isoformat()
            if fr.issuer:
                entry["issuer_as_printed"] = fr.issuer.value
            if fr.title:
                entry["title"] = fr.title.value
            if fr.kind:
                entry["kind"] = fr.kind.value
            if fr.signature:
                entry["signature"] = {k: v for k, v in fr.signature.value.items()}
            if fr.proposal:
                p = dict(fr.proposal.value)
                if p.get("date"):
                    p["date"] = p["date"].isoformat()
                entry["proposed_by"] = p
            if fr.addressed_to:
                entry["addressed_to"] = fr.addressed_to.value[1]
            entry["step_tables"] = len(f.annex.tables)
            entry["listed_procedures"] = len(f.annex.entries)
            files.append(entry)
            for place, header in f.annex.ignored:
                self.note("table_not_steps", "Bảng không phải bảng quy trình (không có cột thời "
                          "gian và nội dung/người thực hiện): bỏ qua.", "Not a step table: "
                          "ignored.", header, place)
        return {"files": files, "notes": self.notes, "unplaced": self.unplaced,
                "totals": self.totals, "tables": self.tables}
