"""What every page shares: language, words, navigation, headers, error pages, formatting."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from flask import (
    Flask,
    Response,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext
from werkzeug.exceptions import HTTPException

from service.api.errors import handle_http_error
from service.engine import get_engine
from service.trust.auth import SESSION_KEY
from service.web.blueprint import bp
from service.web.i18n import (
    COOKIE,
    COOKIE_MAX_AGE,
    LANGS,
    Words,
    chosen_lang,
    current_lang,
    format_day,
    format_number,
    format_percent,
    iso_moment,
    requested_lang,
)
from service.web.rulebook import (
    directive_anchor,
    in_force,
    interpretation,
    pack_label,
    pack_of,
    public_note,
    staff_clauses,
)

# Pages load nothing from elsewhere; this header makes a browser refuse it if one ever tried.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                           "script-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
# Paths that are not pages: their errors stay JSON.
API_PATHS = ("/api", "/openapi", "/static/", "/healthz", "/readyz")


def words() -> Words:
    if "web_words" not in g:
        vocabulary = get_engine().policies.vocabulary
        g.web_words = Words(current_lang(request), vocabulary.get("labels", {}),
                            vocabulary.get("facts", {}))
    return g.web_words


def page(template: str, status: int = 200, **context: Any) -> tuple[str, int]:
    return render_template(f"web/{template}", **context), status


def here(without: tuple[str, ...] = ("lang",)) -> str:
    """This page's address (path and query), less the named query parameters."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k not in without]
    return request.path + ("?" + urlencode(args) if args else "")


def lang_url(lang: str) -> str:
    """The switch: remember ``lang`` for this browser and come back to this page."""
    return url_for("web.language", lang=lang, next=here())


def safe_next(target: str | None, default: str) -> str:
    """A local path to go back to (never another site)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or \
            target.startswith(("//", "/\\")):
        return default
    return target


def keep_lang() -> str | None:
    """The language asked for in this page's address (``?lang=en``), for the address of a
    form it posts or a link it gives: a page read in English answers its form in English."""
    return requested_lang(request)


def signed_in() -> bool:
    return bool(session.get(SESSION_KEY))


def keys_required() -> bool:
    """Whether this request must present a key (behind a proxy too, in ``auto`` mode)."""
    from service.trust.auth import required_here

    if not (current_app.extensions.get("tthc-rules", {}).get("auth")):
        return False
    return required_here()


def upload_limits() -> dict:
    """The limits of a dossier's upload as the server applies them, for the page to show."""
    from service.api.readings import DEFAULT_READING_LIMIT, MAX_FILES
    from service.documents import MAX_FILE_BYTES

    mib = 1024 * 1024
    total = current_app.config.get("READING_MAX_LENGTH", DEFAULT_READING_LIMIT)
    return {"files": MAX_FILES, "file": format_number(round(min(MAX_FILE_BYTES, total) / mib, 1)),
            "total": format_number(round(total / mib, 1))}


@bp.app_context_processor
def _context() -> dict:
    t = words()
    return {"t": t, "lang": t.lang, "lang_url": lang_url, "format_day": format_day,
            "iso_moment": iso_moment, "keep_lang": keep_lang(),
            "format_number": format_number, "percent": format_percent,
            "directive_anchor": directive_anchor, "in_force": in_force,
            "interpretation": interpretation, "public_note": public_note,
            "staff_clauses": staff_clauses,
            "pack_label": lambda pack: pack_label(pack, t.lang), "rule_of": get_engine().rules.get,
            "pack_of": lambda pack_id: pack_of(get_engine().policies, pack_id),
            "packs_in_force": [p for p in get_engine().policies.packs if in_force(p)],
            "lang_chosen": chosen_lang(request) is not None,
            "signed_in": signed_in(), "keys_required": keys_required(),
            "upload_limits": upload_limits(),
            "nav": [("web.check", gettext("Pre-check")), ("web.rules", gettext("Rule book")),
                    ("web.directive", gettext("Directive 9579")),
                    ("web.submissions", gettext("Submissions")),
                    ("web.coverage", gettext("Procedure coverage"))]}


@bp.route("/language/<lang>")
def language(lang: str):
    """The language switch: the one place that writes the language cookie."""
    if lang not in LANGS:
        abort(404)
    response = redirect(safe_next(request.args.get("next"), url_for("web.check")), 303)
    response.set_cookie(COOKIE, lang, max_age=COOKIE_MAX_AGE, samesite="Lax",
                        httponly=True, secure=request.is_secure)
    return response


@bp.after_request
def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.vary.add("Cookie")
    return response


def error_page(status: int, headers: dict | None = None, detail: str | None = None):
    """An error as a page in the site's frame."""
    body, code = page("error.html", status, code=status, detail=detail)
    response = current_app.make_response((body, code))
    for name, value in (headers or {}).items():
        response.headers[name] = value
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.vary.add("Cookie")
    return response


def is_page_path(path: str) -> bool:
    return not path.startswith(API_PATHS)


def _http_error(error: HTTPException):
    """Pages answer an HTML page; the API keeps its JSON."""
    if not is_page_path(request.path):
        return handle_http_error(error)
    headers = {k: v for k, v in error.get_headers() if k.lower() in ("allow", "retry-after")}
    detail = None
    if error.code == 413:
        limit = request.max_content_length or current_app.config.get("MAX_CONTENT_LENGTH") or 0
        if limit < 1024 * 1024:
            detail = gettext("The submission is over the limit of %(limit)s bytes.",
                             limit=format_number(limit))
        else:
            detail = gettext("What was sent is over the limit of %(limit)s MiB.",
                             limit=format_number(round(limit / (1024 * 1024), 2)))
    return error_page(error.code or 500, headers, detail)


@bp.errorhandler(Exception)
def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _http_error(error)
    current_app.logger.error("unexpected error on %s %s", request.method, request.path,
                             exc_info=error)
    return error_page(500)


def init_frame(app: Flask) -> None:
    """App-level: HTML error pages for every page address (also for addresses no route
    serves, such as ``/rules/``); the page a refused page request gets."""
    app.register_error_handler(HTTPException, _http_error)
    app.extensions.setdefault("tthc-rules", {})["refusal_page"] = error_page
