"""The pages' language: Vietnamese by default, English on ``?lang=en`` or by choice.

The pages' own words are gettext messages (``_("…")`` in templates, ``gettext`` in code),
translated in ``service/web/translations/vi/LC_MESSAGES/messages.po`` (English is the
source language, so English needs no catalogue); ``make translations`` extracts and compiles
them (Flask-Babel). The words of the law (rule titles, messages, quotes) come from the
policy files, and value labels (tiers, agency types) from the policy vocabulary.

Which language: ``?lang=`` for this page, then the ``lang`` cookie, then Vietnamese. The
cookie is written only when a reader picks a language with the switch in the header
(``/language/<lang>``), and the switch says so. Dates, times and numbers follow Babel's
formats for the language, in Vietnam's time zone.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from babel.numbers import format_decimal
from flask import Flask, Request, request
from flask_babel import Babel, format_datetime, get_locale, lazy_gettext
from flask_babel import format_date as babel_format_date

from service.engine.wording import Wording

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600
TIME_ZONE = "Asia/Ho_Chi_Minh"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
DAY_FORMAT = "dd/MM/yyyy"
MOMENT_FORMAT = "dd/MM/yyyy HH:mm"


def requested_lang(req: Request) -> str | None:
    """The language asked for in the query string, if it is one we speak."""
    lang = (req.args.get("lang") or "").strip().lower()
    return lang if lang in LANGS else None


def chosen_lang(req: Request) -> str | None:
    """The language a reader chose with the switch (the cookie), if any."""
    cookie = req.cookies.get(COOKIE)
    return cookie if cookie in LANGS else None


def current_lang(req: Request) -> str:
    """Query string first, then the reader's choice, then Vietnamese."""
    return requested_lang(req) or chosen_lang(req) or DEFAULT_LANG


def _locale() -> str:
    try:
        return current_lang(request)
    except RuntimeError:  # outside a request (a script, the CLI): Vietnamese
        return DEFAULT_LANG


def init_babel(app: Flask) -> None:
    """Flask-Babel for the pages: the catalogues of this package, Vietnam's time zone."""
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS_DIR))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LANG)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", TIME_ZONE)
    Babel(app, locale_selector=_locale, timezone_selector=lambda: TIME_ZONE)


# --- formats ------------------------------------------------------------------------------

def format_day(value: date | datetime | str | None) -> str:
    """A date as 29/11/2019; a moment (a datetime, or an ISO text with a time) as
    29/11/2019 14:05 in Vietnam's time (a naive datetime is taken as UTC)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        text = value.strip()
        if "T" in text or " " in text:
            value = datetime.fromisoformat(text)
        else:
            value = date.fromisoformat(text)
    if isinstance(value, datetime):
        return format_datetime(value, MOMENT_FORMAT)
    return babel_format_date(value, DAY_FORMAT)


def iso_moment(value: datetime | str | None) -> str:
    """A ``datetime`` attribute: the moment in UTC, ISO 8601."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        return value.isoformat(timespec="seconds") + "Z"
    return value.isoformat(timespec="seconds")


def format_number(value: float | None, digits: int = 0) -> str:
    """A number with the language's separators: 1.234,5 in Vietnamese, 1,234.5 in English."""
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, pattern, locale=str(get_locale() or DEFAULT_LANG))


def format_percent(value: float | None) -> str:
    """A share already in percent: 33,3% in Vietnamese, 33.3% in English."""
    return "—" if value is None else format_number(value, 1) + "%"


# --- words of the contract's values ---------------------------------------------------------

OUTCOMES = {
    "accepted": lazy_gettext("Accepted"),
    "needs_review": lazy_gettext("Needs further review"),
    "rejected": lazy_gettext("Not accepted — please complete the dossier"),
    "no_policy": lazy_gettext("No rules apply"),
}

SEVERITIES = {
    "error": lazy_gettext("Error"),
    "warning": lazy_gettext("Warning"),
    "info": lazy_gettext("Note"),
}

SUBJECTS = {
    "submission": lazy_gettext("the submission"),
    "procedure": lazy_gettext("each procedure"),
    "internal_procedure": lazy_gettext("each internal procedure"),
    "electronic_procedure": lazy_gettext("each electronic procedure"),
    "open_point": lazy_gettext("each point the reading left open"),
}

KINDS = {
    "publication": lazy_gettext("Publication of TTHC"),
    "internal_procedure": lazy_gettext("Approval of internal procedures"),
    "internal_procedure_amendment": lazy_gettext("Amendment of internal procedures"),
    "electronic_procedure": lazy_gettext("Electronic procedure"),
}

RESULTS = {
    "passed": lazy_gettext("passed"),
    "failed": lazy_gettext("failed"),
    "skipped": lazy_gettext("skipped"),
}

MISSING = {
    "internal_procedure": lazy_gettext("internal procedure"),
    "internal_procedure_amendment": lazy_gettext("internal procedure to amend (§QTNB-7)"),
    "electronic_procedure": lazy_gettext("electronic procedure"),
}


class Words:
    """What templates call ``t``: the words of values (outcomes, labels) and of the policy
    files' ``{vi, en}`` pairs, in the page's language. Values of the contract and a finding's
    facts are said by the engine's own wording (``service.engine.wording``), as its messages
    say them."""

    def __init__(self, lang: str, labels: dict | None = None,
                 fact_labels: dict | None = None) -> None:
        self.lang = lang
        self.labels = labels or {}
        self.fact_labels = fact_labels or {}
        self.wording = Wording({"labels": self.labels, "facts": self.fact_labels}, lang)

    def outcome(self, value: str) -> str:
        return str(OUTCOMES.get(value, value))

    def severity(self, value: str) -> str:
        return str(SEVERITIES.get(value, value))

    def subject(self, value: str | tuple | list) -> str:
        values = [value] if isinstance(value, str) else list(value)
        return ", ".join(str(SUBJECTS.get(v, v)) for v in values)

    def kind(self, value: str) -> str:
        return str(KINDS.get(value, value))

    def result(self, value: str) -> str:
        return str(RESULTS.get(value, value))

    def missing(self, value: str) -> str:
        return str(MISSING.get(value, value))

    def label(self, value: object) -> str:
        """A contract value as the policy vocabulary names it (tiers, agency types …)."""
        return self.wording.label(value)

    def fact(self, name: str) -> str:
        """A finding's fact by its label in the policy vocabulary (the JSON keeps the key)."""
        return self.wording.fact_label(name)

    def fact_value(self, name: str, value: object) -> str:
        """A finding's fact value in people's words, read as its labels say («cấp huyện;
        cấp xã», «19,5 ngày làm việc», «UBND thành phố Vĩnh Yên (cơ quan phối hợp)»)."""
        return self.wording.fact_value(name, value)

    def place(self, subject: dict) -> str:
        """Where a finding is, as the engine names it: «thủ tục 1.012994», «quy trình nội bộ
        cấp huyện của thủ tục 1.012994, trường hợp «…»», «hồ sơ trình»."""
        return self.wording.subject(subject or {})

    def pick(self, texts: dict | None) -> str:
        """The current language's text of a ``{vi, en}`` pair."""
        if not texts:
            return ""
        return texts.get(self.lang) or texts.get("vi") or ""
