"""The contract's validation errors as a person reads them on ``/check``.

The API answers ``{"errors": {"procedures.0.code": ["is required."]}}`` and keeps doing so;
the page shows the same problems in the reader's language: each field by its name in the
dossier («Thủ tục thứ 1 › mã thủ tục»), each message through the catalogue (the contract's
English messages are patterns here; one that is not known is shown as it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import gettext, lazy_gettext

from service.web.i18n import KINDS, Words

# The parts of a path, by their name in the contract.
FIELDS = {
    "body": lazy_gettext("the submission"),
    "file": lazy_gettext("the uploaded file"),
    "example": lazy_gettext("the example"),
    "kind": lazy_gettext("kind of submission"),
    "reference": lazy_gettext("submission number"),
    "submitted_on": lazy_gettext("date of submission"),
    "submitter": lazy_gettext("submitting agency"),
    "addressed_to": lazy_gettext("addressed to"),
    "approver": lazy_gettext("approver"),
    "province": lazy_gettext("province"),
    "documents": lazy_gettext("documents"),
    "procedures": lazy_gettext("procedure"),
    "internal_procedures": lazy_gettext("internal procedure"),
    "electronic_procedures": lazy_gettext("electronic procedure"),
    "code": lazy_gettext("code"),
    "name": lazy_gettext("name"),
    "type": lazy_gettext("type"),
    "tiers": lazy_gettext("tiers"),
    "tier": lazy_gettext("tier"),
    "change": lazy_gettext("kind of change"),
    "changed_elements": lazy_gettext("what changed"),
    "reception": lazy_gettext("where it is received"),
    "managing_agency": lazy_gettext("managing agency"),
    "handling_agency": lazy_gettext("handling agency"),
    "time_limit": lazy_gettext("time limit"),
    "procedure_code": lazy_gettext("procedure code"),
    "drafted_by": lazy_gettext("drafting agency"),
    "lead": lazy_gettext("lead agency"),
    "coordinating": lazy_gettext("coordinating agency"),
    "steps": lazy_gettext("step"),
    "action": lazy_gettext("action"),
    "responsible": lazy_gettext("responsible"),
    "duration": lazy_gettext("duration"),
    "value": lazy_gettext("value"),
    "unit": lazy_gettext("unit"),
    "order": lazy_gettext("order"),
    "amends": lazy_gettext("decision amended"),
    "based_on": lazy_gettext("decision it is based on"),
    "decision": lazy_gettext("decision"),
    "approved_by": lazy_gettext("approved by"),
    "platform": lazy_gettext("software platform"),
    "scope": lazy_gettext("scope"),
    "national_portal_connected": lazy_gettext("connected to the national portal"),
    "amendment_reason": lazy_gettext("reason for the amendment"),
    "has_approved_internal_procedure": lazy_gettext("has an approved internal procedure"),
    "field": lazy_gettext("field of the procedure"),
    "counted": lazy_gettext("counted in the time"),
    "variant": lazy_gettext("case"),
    "signed_as": lazy_gettext("how it is signed"),
    "signer": lazy_gettext("signer"),
    "open_points": lazy_gettext("point the reading left open"),
    "place": lazy_gettext("where in the documents"),
    "heading": lazy_gettext("heading of the table"),
    "printed": lazy_gettext("total printed in the table"),
    "summed": lazy_gettext("sum of the counted steps"),
}


def field_label(path: str) -> str:
    """«Thủ tục thứ 1 › mã thủ tục» for ``procedures.0.code``; the submission for ``""``."""
    if not path:
        return gettext("the submission")
    parts: list[str] = []
    items = path.split(".")
    for i, item in enumerate(items):
        if item.isdigit():
            if parts:
                parts[-1] = gettext("%(what)s no. %(n)s", what=parts[-1], n=int(item) + 1)
            continue
        label = FIELDS.get(item)
        parts.append(str(label) if label is not None else item)
    text = " › ".join(parts)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern
    say: Callable[[re.Match, Words, str], str]


def _p(regex: str, say: Callable[[re.Match, Words, str], str]) -> Pattern:
    return Pattern(re.compile(regex + r"\Z", re.DOTALL), say)


# Values of the contract that the policy vocabulary does not label (it labels those a finding
# names): the units of a duration and the kinds of submission.
VALUES = {"working_days": lazy_gettext("working days"),
          "working_hours": lazy_gettext("working hours"),
          **KINDS}


def value_label(value: str, t: Words, field: str = "") -> str:
    """A value a field takes, in people's words: the units and kinds here, else as the
    engine's wording says it for that field («phần mềm khác» for ``platform: other``)."""
    if value in VALUES:
        return str(VALUES[value])
    return t.fact_value(field, value) if field else t.label(value)


def _values(text: str, t: Words, field: str = "") -> str:
    return ", ".join(value_label(v.strip(), t, field) for v in text.split(","))


def _quoted(text: str) -> str:
    """A value the contract's message quotes in Python's way (``'2.000815'``) as «2.000815»."""
    return "«" + text.strip().strip("'\"") + "»"


PATTERNS = (
    _p(r"is required\.", lambda m, t, f: gettext("is required.")),
    _p(r"must be a string\.", lambda m, t, f: gettext("must be text.")),
    _p(r"must be an integer\.", lambda m, t, f: gettext("must be a whole number.")),
    _p(r"must be a number\.", lambda m, t, f: gettext("must be a number.")),
    _p(r"must be a list\.", lambda m, t, f: gettext("must be a list.")),
    _p(r"must be an object\.", lambda m, t, f: gettext("must be an object (in braces { }).")),
    _p(r"must not be null\.", lambda m, t, f: gettext("must not be empty (null).")),
    _p(r"must be true or false\.", lambda m, t, f: gettext("must be true or false.")),
    _p(r"is not a field of the contract \(unknown field\)\.",
       lambda m, t, f: gettext("is not a field of a submission (unknown field).")),
    _p(r"must be a real date written YYYY-MM-DD\.",
       lambda m, t, f: gettext("must be a real date, written YYYY-MM-DD.")),
    _p(r"must be one of: (.*)\.",
       lambda m, t, f: gettext("must be one of: %(values)s.", values=_values(m[1], t, f))),
    _p(r"must be 1 to (\d+) characters\.",
       lambda m, t, f: gettext("must be 1 to %(n)s characters.", n=m[1])),
    _p(r"values must be unique; repeated: (.*)\.",
       lambda m, t, f: gettext("must not repeat a value; repeated: %(values)s.",
                            values=_values(m[1], t, f))),
    _p(r"must be a national TTHC code such as (.*)\.",
       lambda m, t, f: gettext("must be a national TTHC code such as %(examples)s.",
                            examples=m[1].replace(" or ", ", "))),
    _p(r"step orders must be unique; repeated: (.*)\.",
       lambda m, t, f: gettext("step numbers must not repeat; repeated: %(values)s.",
                            values=m[1])),
    _p(r"must hold at least (\d+)\.",
       lambda m, t, f: gettext("must hold at least %(n)s.", n=m[1])),
    _p(r"must be a number from (\S+) to (\S+)\.",
       lambda m, t, f: gettext("must be a number from %(low)s to %(high)s.", low=m[1], high=m[2])),
    _p(r"must be an integer from (\S+) to (\S+)\.",
       lambda m, t, f: gettext("must be a whole number from %(low)s to %(high)s.",
                            low=m[1], high=m[2])),
    _p(r"must hold 1 to (\d+) procedures\.",
       lambda m, t, f: gettext("must hold 1 to %(n)s procedures.", n=m[1])),
    _p(r"is required for a (\w+) submission\.",
       lambda m, t, f: gettext("is required for a submission of this kind (%(kind)s).",
                            kind=t.kind(m[1]))),
    _p(r"(.+) appears twice in procedures\.",
       lambda m, t, f: gettext("procedure %(code)s appears twice.", code=m[1])),
    _p(r"is required in a publication\.",
       lambda m, t, f: gettext("is required in a publication of TTHC.")),
    _p(r"is required when the procedure is handled at province tier\.",
       lambda m, t, f: gettext("is required when the procedure is handled at province tier.")),
    _p(r"names no procedure of this submission \((.*)\)\.",
       lambda m, t, f: gettext("names no procedure of this submission (%(code)s).",
                               code=_quoted(m[1]))),
    _p(r"(\w+) is not one of the tiers of procedure (.+)\.",
       lambda m, t, f: gettext("%(tier)s is not one of the tiers of procedure %(code)s.",
                            tier=t.label(m[1]), code=m[2])),
    _p(r"a second entry for procedure (.+) at (\w+) tier\.",
       lambda m, t, f: gettext("is a second entry for procedure %(code)s at %(tier)s.",
                            code=m[1], tier=t.label(m[2]))),
    _p(r"must be a JSON object \(a submission\)\.",
       lambda m, t, f: gettext("must be a JSON object (one submission).")),
    _p(r"is nested more than (\d+) levels deep(?: \(at (.*)\))?\.",
       lambda m, t, f: gettext("is nested more than %(n)s levels deep.", n=m[1])),
    _p(r"appears more than once in its object \(duplicate key\)\.",
       lambda m, t, f: gettext("appears more than once in its object (a repeated key).")),
    _p(r"must not contain NUL or unpaired surrogate characters\.",
       lambda m, t, f: gettext("holds a character that cannot be stored (NUL or an unpaired "
                            "surrogate).")),
    _p(r"has a key with NUL or unpaired surrogate characters\.",
       lambda m, t, f: gettext("has a name holding a character that cannot be stored (NUL or "
                            "an unpaired surrogate).")),
)


def message(text: str, t: Words, path: str = "") -> str:
    """A contract message about the field at ``path``, in the page's language (unknown ones
    as they are)."""
    field = next((p for p in reversed(path.split(".")) if p and not p.isdigit()), "")
    for pattern in PATTERNS:
        found = pattern.regex.match(text)
        if found:
            return pattern.say(found, t, field)
    return text


@dataclass(frozen=True)
class Problem:
    anchor: str
    path: str
    field: str
    messages: tuple[str, ...]


def problems(errors: dict[str, list[str]], t: Words) -> list[Problem]:
    """The errors of a refused submission, as the page lists them."""
    return [Problem(f"problem-{i + 1}", path, field_label(path),
                    tuple(message(m, t, path) for m in messages))
            for i, (path, messages) in enumerate(errors.items())]
