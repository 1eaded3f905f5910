"""Words for people: how a finding, a fact or a place in a dossier reads, in Vietnamese first.

The engine writes every message with it, and the pages and the command line can use the same
functions for what they show:

* :func:`place_name` — a place in a submission as people name it: «thủ tục 1.009994 (Cấp giấy
  phép xây dựng mới)», «quy trình nội bộ cấp xã của thủ tục 1.009994», «thủ tục 1.009994, quy
  trình nội bộ cấp xã, bước 3» — never a JSON path;
* :func:`fact_label` and :func:`fact_value` — a finding's fact, labelled and shown for people
  («các cấp còn thiếu quy trình nội bộ: cấp huyện; cấp xã»);
* :func:`duration` — working hours as a civil servant counts them: «19,5 ngày làm việc»,
  «4 giờ làm việc», «12 ngày 1 giờ làm việc»; :func:`duration_of` the same for a duration
  as the contract writes it (a value and its unit);
* :func:`agency_name` — an agency by its name when the submission gives one, else by its
  type's label.

The labels are data: ``policies/vocabulary.yaml`` (``labels:`` for values, ``facts:`` for the
keys a finding's facts may hold, each with ``as:``, how its value reads). Each function takes
the vocabulary, or reads the serving engine's when none is given.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from service.engine.conditions import holds, is_absent, lookup

LANGS = ("vi", "en")
HOURS_PER_DAY = Decimal(8)
# The units of the contract's durations, in working hours.
UNIT_HOURS = {"working_days": HOURS_PER_DAY, "working_hours": Decimal(1)}

# Words of the messages themselves (not of the law): both languages.
WORDS = {
    "submission": {"vi": "hồ sơ trình", "en": "the submission"},
    "procedure": {"vi": "thủ tục {code}", "en": "procedure {code}"},
    "procedure_named": {"vi": "thủ tục {code} ({name})", "en": "procedure {code} ({name})"},
    "procedure_nth": {"vi": "thủ tục thứ {n}", "en": "procedure no. {n}"},
    "internal": {"vi": "quy trình nội bộ {tier} của {procedure}",
                 "en": "the internal procedure at {tier} of {procedure}"},
    "electronic": {"vi": "quy trình điện tử {tier} của {procedure}",
                   "en": "the electronic procedure at {tier} of {procedure}"},
    "internal_nth": {"vi": "quy trình nội bộ thứ {n}", "en": "internal procedure no. {n}"},
    "electronic_nth": {"vi": "quy trình điện tử thứ {n}", "en": "electronic procedure no. {n}"},
    "variant": {"vi": "trường hợp «{variant}»", "en": "case «{variant}»"},
    "step": {"vi": "bước {order}", "en": "step {order}"},
    "steps": {"vi": "các bước {orders}", "en": "steps {orders}"},
    "nth": {"vi": "thứ {n}", "en": "no. {n}"},
    "and": {"vi": " và ", "en": " and "},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    "none": {"vi": "không có", "en": "none"},
    "days": {"vi": "{n} ngày làm việc", "en": "{n} working days"},
    "one_day": {"vi": "1 ngày làm việc", "en": "1 working day"},
    "hours": {"vi": "{n} giờ làm việc", "en": "{n} working hours"},
    "one_hour": {"vi": "1 giờ làm việc", "en": "1 working hour"},
    "days_hours": {"vi": "{d} ngày {h} giờ làm việc",
                   "en": "{d} working days and {h} working hours"},
    "days_one_hour": {"vi": "{d} ngày 1 giờ làm việc",
                      "en": "{d} working days and 1 working hour"},
    "agency_role": {"vi": "{agency} ({role})", "en": "{agency} ({role})"},
    "table_at": {"vi": "bảng ở {place}", "en": "the table at {place}"},
    "open_point_nth": {"vi": "điểm chưa đọc được thứ {n}", "en": "open point no. {n}"},
    "province": {"vi": "tỉnh {name}", "en": "{name} province"},
    "city": {"vi": "thành phố {name}", "en": "{name} city"},
}

# Fields of the contract, as people name them (for places deeper than a step: bad input).
FIELDS = {
    "code": {"vi": "mã thủ tục", "en": "procedure code"},
    "name": {"vi": "tên", "en": "name"},
    "field": {"vi": "lĩnh vực", "en": "field"},
    "change": {"vi": "loại thay đổi", "en": "kind of change"},
    "changed_elements": {"vi": "nội dung thay đổi", "en": "what changed"},
    "managing_agency": {"vi": "cơ quan quản lý", "en": "managing agency"},
    "handling_agency": {"vi": "cơ quan tiếp nhận, giải quyết",
                        "en": "receiving and handling agency"},
    "tiers": {"vi": "cấp thực hiện", "en": "tiers"},
    "tier": {"vi": "cấp thực hiện", "en": "tier"},
    "reception": {"vi": "nơi tiếp nhận", "en": "place of reception"},
    "time_limit": {"vi": "thời hạn giải quyết", "en": "time limit"},
    "has_approved_internal_procedure": {"vi": "đã có quy trình nội bộ được phê duyệt",
                                        "en": "approved internal procedure exists"},
    "procedure_code": {"vi": "mã thủ tục", "en": "procedure code"},
    "drafted_by": {"vi": "cơ quan chủ trì xây dựng", "en": "drafting agency"},
    "lead": {"vi": "cơ quan chủ trì", "en": "lead agency"},
    "coordinating": {"vi": "cơ quan phối hợp", "en": "coordinating agencies"},
    "steps": {"vi": "bảng các bước", "en": "step table"},
    "order": {"vi": "số thứ tự bước", "en": "step number"},
    "action": {"vi": "nội dung công việc", "en": "action"},
    "responsible": {"vi": "người thực hiện", "en": "who does it"},
    "duration": {"vi": "thời gian", "en": "duration"},
    "counted": {"vi": "tính thời gian", "en": "counted"},
    "value": {"vi": "giá trị", "en": "value"},
    "unit": {"vi": "đơn vị", "en": "unit"},
    "amends": {"vi": "quyết định được sửa đổi", "en": "decision amended"},
    "based_on": {"vi": "quyết định làm căn cứ", "en": "decision built on"},
    "decision": {"vi": "số quyết định", "en": "decision number"},
    "approved_by": {"vi": "người phê duyệt", "en": "approved by"},
    "amendment_reason": {"vi": "lý do sửa đổi", "en": "reason for the amendment"},
    "variant": {"vi": "trường hợp", "en": "case"},
    "platform": {"vi": "phần mềm", "en": "software"},
    "scope": {"vi": "phạm vi áp dụng", "en": "scope"},
    "national_portal_connected": {"vi": "kết nối Cổng Dịch vụ công quốc gia",
                                  "en": "connected to the National Public Service Portal"},
    "reference": {"vi": "số tờ trình", "en": "submission number"},
    "province": {"vi": "tỉnh, thành phố", "en": "province"},
    "kind": {"vi": "loại hồ sơ", "en": "kind of submission"},
    "submitted_on": {"vi": "ngày trình", "en": "date of submission"},
    "submitter": {"vi": "cơ quan trình", "en": "submitting agency"},
    "addressed_to": {"vi": "nơi nhận hồ sơ", "en": "addressed to"},
    "approver": {"vi": "người phê duyệt", "en": "approver"},
    "documents": {"vi": "văn bản kèm theo", "en": "documents"},
    "procedures": {"vi": "thủ tục", "en": "procedures"},
    "internal_procedures": {"vi": "quy trình nội bộ", "en": "internal procedures"},
    "electronic_procedures": {"vi": "quy trình điện tử", "en": "electronic procedures"},
    "type": {"vi": "loại cơ quan", "en": "kind of agency"},
    "signed_as": {"vi": "hình thức ký", "en": "how it is signed"},
    "signer": {"vi": "người ký", "en": "signer"},
    "open_points": {"vi": "điểm chưa đọc được", "en": "open point"},
    "place": {"vi": "vị trí trong văn bản", "en": "where in the documents"},
    "heading": {"vi": "tiêu đề của bảng", "en": "heading of the table"},
    "printed": {"vi": "tổng thời gian in trong bảng", "en": "total printed in the table"},
    "summed": {"vi": "tổng thời gian các bước được tính", "en": "sum of the counted steps"},
}


def _vocabulary(vocabulary: dict | None) -> dict:
    if vocabulary is not None:
        return vocabulary
    from service.engine.core import get_engine

    return get_engine().policies.vocabulary


def decimal_text(value: Any, lang: str) -> str:
    """A number as people write it: no exponent, no trailing zeros, a decimal comma in
    Vietnamese («19,5»)."""
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def duration(hours: Any, lang: str = "vi") -> str:
    """Working hours for people: whole and quarter days in days («19,5 ngày làm việc»), less
    than a day in hours («4 giờ làm việc»), anything else in days and hours («12 ngày 1 giờ
    làm việc»)."""
    h = hours if isinstance(hours, Decimal) else Decimal(str(hours))
    days = h / HOURS_PER_DAY
    if h < HOURS_PER_DAY:
        return _word("one_hour" if h == 1 else "hours", lang, n=decimal_text(h, lang))
    if (days * 4) == (days * 4).to_integral_value():
        return _word("one_day" if days == 1 else "days", lang, n=decimal_text(days, lang))
    whole = int(days)
    rest = h - whole * HOURS_PER_DAY
    return _word("days_hours" if rest != 1 else "days_one_hour", lang, d=whole,
                 h=decimal_text(rest, lang))


def duration_of(amount: Any, lang: str = "vi") -> str:
    """A duration as the contract writes it (``{"value": 21, "unit": "working_days"}``,
    ``{"value": 168, "unit": "working_hours"}``) for people, as :func:`duration` says it
    («21 ngày làm việc» both); «—» when there is none."""
    if not isinstance(amount, dict) or amount.get("unit") not in UNIT_HOURS:
        return "—"
    value = amount.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return "—"
    return duration(Decimal(str(value)) * UNIT_HOURS[amount["unit"]], lang)


def _word(key: str, lang: str, **values: Any) -> str:
    text = WORDS[key][lang]
    return text.format(**values) if values else text


def join(items: Iterable[str], lang: str, sep: str = ", ") -> str:
    """«a, b và c» / «a, b and c» in a sentence; «a; b; c» with ``sep="; "`` (a list of
    values whose labels hold commas, as facts are shown)."""
    items = [i for i in items if i]
    if len(items) < 2 or sep == "; ":
        return sep.join(items)
    return sep.join(items[:-1]) + _word("and", lang) + items[-1]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class Wording:
    """The vocabulary of one policy set, in one language."""

    def __init__(self, vocabulary: dict | None, lang: str) -> None:
        vocabulary = vocabulary or {}
        self.lang = lang
        self.labels = {k: v.get(lang, k) for k, v in (vocabulary.get("labels") or {}).items()
                       if isinstance(v, dict)}
        self.facts = vocabulary.get("facts") or {}

    # --- values ---------------------------------------------------------------------------

    def label(self, value: Any) -> str:
        """A contract value by its label («cấp huyện», «Văn phòng UBND tỉnh»)."""
        if isinstance(value, _Said):
            return str(value)
        if isinstance(value, bool):
            return _word("yes" if value else "no", self.lang)
        if isinstance(value, str):
            return self.labels.get(value, value)
        if isinstance(value, (int, float, Decimal)):
            return decimal_text(value, self.lang)
        return str(value)

    def agency(self, agency: Any) -> str:
        """An agency by its name when given, else by its type's label."""
        if not isinstance(agency, dict):
            return self.label(agency)
        name = agency.get("name")
        if isinstance(name, str) and name.strip():
            return " ".join(name.split())
        return self.label(agency.get("type", ""))

    def steps(self, orders: Any) -> str:
        orders = [str(o) for o in (orders if isinstance(orders, list) else [orders])]
        if not orders:
            return _word("none", self.lang)
        if len(orders) == 1:
            return _word("step", self.lang, order=orders[0])
        return _word("steps", self.lang, orders=join(orders, self.lang))

    def value(self, value: Any, how: str | None = None, sep: str | None = None) -> str:
        """A value for people, read as ``how`` says (the ``as:`` of a fact's labels):
        ``duration`` (working hours), ``steps`` (step orders), ``agency``, ``roles``
        (agencies with their role), ``count``, ``text``, ``list`` (labels); by default,
        labels of contract values, lists joined."""
        lang = self.lang
        if how == "duration" and isinstance(value, (int, float, Decimal)) and \
                not isinstance(value, bool):
            return duration(value, lang)
        if how == "steps":
            return self.steps(value)
        if how == "agency" or (how is None and isinstance(value, dict) and "type" in value
                               and "role" not in value):
            return self.agency(value)
        if how == "roles" or (isinstance(value, dict) and "role" in value):
            items = value if isinstance(value, list) else [value]
            if not items:
                return _word("none", lang)
            return join([_word("agency_role", lang, agency=self.agency(a),
                               role=self.label(a.get("role", ""))) if isinstance(a, dict)
                         else self.label(a) for a in items], lang, sep or "; ")
        if how == "text":
            return str(value)
        if how == "count" and isinstance(value, (int, float)):
            return decimal_text(value, lang)
        if how == "province" and isinstance(value, str):
            return province_words(value, lang)
        if isinstance(value, list):
            if not value:
                return _word("none", lang)
            return join([self.value(v, how if how == "agency" else None) for v in value], lang,
                        sep or ", ")
        return self.label(value)

    # --- facts ----------------------------------------------------------------------------

    def fact_label(self, key: str) -> str:
        entry = self.facts.get(key)
        if isinstance(entry, dict) and entry.get(self.lang):
            return entry[self.lang]
        return key.replace("_", " ")

    def fact_value(self, key: str, value: Any, how: str | None = None,
                   sep: str = "; ") -> str:
        """A fact's value read as its labels say (``as:``, and ``values:`` where the fact
        names a value otherwise than the general labels)."""
        entry = self.facts.get(key)
        entry = entry if isinstance(entry, dict) else {}
        how = how or entry.get("as")
        special = entry.get("values")
        if isinstance(special, dict):
            def own(v: Any) -> Any:
                label = special.get(v) if isinstance(v, str) else None
                return _Said(label[self.lang]) if isinstance(label, dict) else v
            value = [own(v) for v in value] if isinstance(value, list) else own(value)
        return self.value(value, how, sep=sep)

    # --- places ---------------------------------------------------------------------------

    def place(self, path: str, submission: dict | None) -> str:
        """A place in a submission as people name it (see :func:`place_name`)."""
        parts = [p for p in (path or "").split(".") if p]
        if not parts:
            return _word("submission", self.lang)
        submission = submission if isinstance(submission, dict) else {}
        names: list[str] = []
        head, rest = parts[0], parts[1:]
        if head in ("procedures", "internal_procedures", "electronic_procedures",
                    "open_points") and rest and rest[0].isdigit():
            item = _item(submission.get(head), int(rest[0]))
            names.append(self._item_name(head, int(rest[0]), item, submission,
                                         named=len(rest) == 1))
            node: Any = item
            rest = rest[1:]
        else:  # a field of the submission itself («số tờ trình», «người phê duyệt, người ký»)
            node, rest = submission, parts
        i = 0
        while i < len(rest):
            key = rest[i]
            if key == "steps" and i + 1 < len(rest) and rest[i + 1].isdigit():
                step = _item((node or {}).get("steps") if isinstance(node, dict) else None,
                             int(rest[i + 1]))
                order = step.get("order") if isinstance(step, dict) else None
                names.append(_word("step", self.lang, order=order if isinstance(
                    order, int) and not isinstance(order, bool) else
                    _word("nth", self.lang, n=int(rest[i + 1]) + 1)))
                node, i = step, i + 2
                continue
            if key.isdigit():
                names.append(_word("nth", self.lang, n=int(key) + 1))
                node = _item(node if isinstance(node, list) else None, int(key))
            else:
                names.append(FIELDS.get(key, {}).get(self.lang, key.replace("_", " ")))
                node = node.get(key) if isinstance(node, dict) else None
            i += 1
        return ", ".join(names)

    def subject(self, subject: dict, submission: dict | None = None) -> str:
        """A finding's subject as people name it: from the submission when given, else from
        what the subject itself says (code, tier, case)."""
        path = subject.get("path", "")
        if submission is not None or not path:
            return self.place(path, submission)
        group, _, index = path.partition(".")
        item: dict = {"code": subject.get("procedure_code"),
                      "procedure_code": subject.get("procedure_code"),
                      "tier": subject.get("tier"), "variant": subject.get("variant")}
        return self._item_name(group, int(index) if index.isdigit() else 0, item, {},
                               named=False)

    def _item_name(self, group: str, index: int, item: Any, submission: dict,
                   named: bool) -> str:
        item = item if isinstance(item, dict) else {}
        if group == "procedures":
            code, name = item.get("code"), item.get("name")
            if not isinstance(code, str) or not code.strip():
                return _word("procedure_nth", self.lang, n=index + 1)
            if named and isinstance(name, str) and name.strip():
                return _word("procedure_named", self.lang, code=code.strip(),
                             name=" ".join(name.split()))
            return _word("procedure", self.lang, code=code.strip())
        if group == "open_points":
            return self._open_point_name(index, item)
        which = "internal" if group == "internal_procedures" else "electronic"
        code, tier = item.get("procedure_code"), item.get("tier")
        if not isinstance(code, str) or not code.strip() or not isinstance(tier, str):
            return _word(f"{which}_nth", self.lang, n=index + 1)
        text = _word(which, self.lang, tier=self.label(tier),
                     procedure=_word("procedure", self.lang, code=code.strip()))
        variant = item.get("variant")
        if isinstance(variant, str) and variant.strip():
            text += ", " + _word("variant", self.lang, variant=" ".join(variant.split()))
        return text

    def _open_point_name(self, index: int, item: dict) -> str:
        """An open point: the internal procedure its table was read for, else the table by
        where it is."""
        code, tier = item.get("procedure_code"), item.get("tier")
        if isinstance(code, str) and code.strip() and isinstance(tier, str):
            return self._item_name("internal_procedures", index, item, {}, named=False)
        place = item.get("place")
        if isinstance(place, str) and place.strip():
            return _word("table_at", self.lang, place=" ".join(place.split()))
        return _word("open_point_nth", self.lang, n=index + 1)

    # --- messages -------------------------------------------------------------------------

    def message(self, template: str, parts: dict, report: dict, fact: dict,
                subject: str) -> str:
        """A rule's message: ``{placeholders}`` filled from the reported facts (read as their
        labels say), the subject's name (``{subject}``, ``{Subject}``), the rule's parts
        (phrases said only when their condition holds, joined by «; ») and fact paths
        (``{drafted_by:agency}``)."""
        values = {"subject": subject, "Subject": capitalised(subject)}
        for name, options in parts.items():
            said = [self._format(o[self.lang], report, fact, values) for o in options
                    if _said(o, report, fact)]
            values[name] = "; ".join(s for s in said if s)
        text = self._format(template, report, fact, values)
        return capitalised(re.sub(r"\s+([,;.:])", r"\1", " ".join(text.split())))

    def _format(self, template: str, report: dict, fact: dict, fixed: dict) -> str:
        return _Fill(self, report, fact, fixed).vformat(template, (), {})


class _Said(str):
    """A value already in people's words (a fact's own label for it)."""


def _said(option: dict, report: dict, fact: dict) -> bool:
    if "if" in option:
        return _given(report.get(option["if"]))
    if "unless" in option:
        return not _given(report.get(option["unless"]))
    if "when" in option:
        return holds(option["when"], fact)
    return True


def _given(value: Any) -> bool:
    return value is not None and value is not False and value != [] and value != ""


def _item(items: Any, index: int) -> Any:
    return items[index] if isinstance(items, list) and 0 <= index < len(items) else None


class _Fill(string.Formatter):
    """Fills a message template (see :meth:`Wording.message`)."""

    def __init__(self, wording: Wording, report: dict, fact: dict, fixed: dict) -> None:
        self.wording, self.report, self.fact, self.fixed = wording, report, fact, fixed

    def get_field(self, field_name: str, args, kwargs):
        if field_name in self.fixed:
            return self.fixed[field_name], field_name
        if field_name in self.report:
            return ("report", field_name), field_name
        if field_name in ("procedure_code", "tier", "variant") and field_name in self.fact:
            return ("fact", field_name), field_name
        value = lookup(self.fact, field_name)
        return (("fact", field_name) if not is_absent(value) else ("absent", field_name)), \
            field_name

    def format_field(self, value: Any, spec: str) -> str:
        if isinstance(value, str):
            return value
        where, key = value
        if where == "absent":
            return "—"
        w = self.wording
        if where == "report":
            return w.fact_value(key, self.report[key], spec or None, sep=", ")
        return w.value(lookup(self.fact, key), spec or None)


def province_words(slug: str, lang: str = "vi") -> str:
    """A province by its name in a sentence: «tỉnh Vĩnh Phúc», «thành phố Huế» (the slug
    itself when it is not known)."""
    from service.engine.jurisdiction import provinces

    unit = provinces().get(slug)
    if unit is None:
        return slug
    return _word("city" if unit.kind == "city" else "province", lang, name=unit.name)


# --- module-level helpers over the serving engine's vocabulary ------------------------------

def wording(lang: str = "vi", vocabulary: dict | None = None) -> Wording:
    return Wording(_vocabulary(vocabulary), lang if lang in LANGS else "vi")


def place_name(path: str, submission: dict | None, lang: str = "vi",
               vocabulary: dict | None = None) -> str:
    """A place in a submission as people name it: «hồ sơ trình» (``""``), «thủ tục 1.009994
    (Cấp giấy phép xây dựng mới)» (``procedures.0``), «quy trình nội bộ cấp xã của thủ tục
    1.009994» (``internal_procedures.1``), «thủ tục 1.009994, quy trình nội bộ cấp xã, bước 3»
    style names for deeper paths (``internal_procedures.1.steps.2.duration`` → «quy trình nội
    bộ cấp xã của thủ tục 1.009994, bước 3, thời gian»). ``submission`` is what was sent (it
    may be invalid: a place is named as far as it can be)."""
    return wording(lang, vocabulary).place(path, submission)


def fact_label(key: str, lang: str = "vi", vocabulary: dict | None = None) -> str:
    """The label of a finding's fact key («missing_tiers» → «các cấp còn thiếu quy trình nội
    bộ»)."""
    return wording(lang, vocabulary).fact_label(key)


def fact_value(key: str, value: Any, lang: str = "vi", vocabulary: dict | None = None) -> str:
    """A finding's fact value for people («cấp huyện; cấp xã», «19,5 ngày làm việc»)."""
    return wording(lang, vocabulary).fact_value(key, value)


def agency_name(agency: dict, lang: str = "vi", vocabulary: dict | None = None) -> str:
    """An agency by its name when given, else by its type's label."""
    return wording(lang, vocabulary).agency(agency)
