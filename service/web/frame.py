"""What every page shares: language, words, navigation, headers, error pages, formatting."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from flask import Response, current_app, g, render_template, request, url_for
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from service.engine import get_engine
from service.web.blueprint import bp
from service.web.i18n import COOKIE, COOKIE_MAX_AGE, Words, current_lang, requested_lang
from service.web.rulebook import directive_anchor, in_force

# Pages load nothing from elsewhere; this header makes a browser refuse it if one ever tried.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                           "script-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")


def words() -> Words:
    if "web_words" not in g:
        labels = get_engine().policies.vocabulary.get("labels", {})
        g.web_words = Words(current_lang(request), labels)
    return g.web_words


def page(template: str, status: int = 200, **context: Any) -> tuple[str, int]:
    return render_template(f"web/{template}", **context), status


def lang_url(lang: str) -> str:
    """This page in another language (a GET of the same address)."""
    args = {k: v for k, v in request.args.items() if k != "lang"}
    if request.endpoint and request.method == "GET":
        return url_for(request.endpoint, **(request.view_args or {}), **args, lang=lang)
    return url_for(request.endpoint or "web.rules", **(request.view_args or {}), lang=lang)


def format_day(value: date | str | None) -> str:
    """A date as a reader expects it: 29/11/2019 in Vietnamese, 2019-11-29 in English."""
    if value in (None, ""):
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(day, datetime):
        stamp = day.strftime("%H:%M")
        return (f"{day:%d/%m/%Y} {stamp}" if words().lang == "vi"
                else f"{day:%Y-%m-%d} {stamp}") + " UTC"
    return f"{day:%d/%m/%Y}" if words().lang == "vi" else day.isoformat()


def format_value(value: Any) -> Markup | str:
    """A fact's value: labels for contract values, lists joined, objects as JSON."""
    t = words()
    if isinstance(value, list):
        return ", ".join(str(format_value(v)) for v in value) or "—"
    if isinstance(value, dict):
        return Markup("<code>{}</code>").format(json.dumps(value, ensure_ascii=False))
    return t.label(value)


@bp.context_processor
def _context() -> dict:
    t = words()
    return {"t": t, "lang": t.lang, "lang_url": lang_url, "format_day": format_day,
            "format_value": format_value, "directive_anchor": directive_anchor,
            "in_force": in_force, "rule_of": get_engine().rules.get, "rules_version": get_engine().policies.version,
            "nav": [("web.rules", t("nav_rules")), ("web.check", t("nav_check")),
                    ("web.directive", t("nav_directive")),
                    ("web.submissions", t("nav_submissions")),
                    ("web.coverage", t("nav_coverage"))]}


@bp.after_request
def _headers(response: Response) -> Response:
    lang = requested_lang(request)
    if lang is not None:
        response.set_cookie(COOKIE, lang, max_age=COOKIE_MAX_AGE, samesite="Lax",
                            httponly=True, secure=request.is_secure)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.vary.add("Cookie")
    return response


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException):
    return page("error.html", error.code or 500, title=error.name,
                detail=error.description)


@bp.errorhandler(Exception)
def _unexpected(error: Exception):
    current_app.logger.error("unexpected error on %s %s", request.method, request.path,
                             exc_info=error)
    return page("error.html", 500, title="500", detail=None)
