"""How a person gets in: the login page (an API key, held in Flask's signed session), the
logout, and CSRF protection of every form.

The session cookie is HttpOnly, SameSite=Lax and Secure whenever the request came over TLS.
It holds the SHA-256 of the key's token (``service.trust.auth.SESSION_KEY``) and the key's
session generation as it signed in, which the access table checks on every page request
like a key sent in a header: a revoked key ends its sessions at once, and a logout moves
the key's generation on, so a copy of the cookie stops working too. The API keeps its
Bearer keys and needs no CSRF token (a browser never sends a key in a header by itself);
a page's form is refused without its token unless a header carries a key that
authenticates, and a POST whose ``Origin`` is another site is refused outright.

The signing key is ``SECRET_KEY`` (environment ``TTHC_SECRET_KEY``; give every host the
same one), else one made at first start in the instance folder and shared by the
workers of this host.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, current_app, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_babel import gettext
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import select

from service.trust.auth import (
    SESSION_GENERATION,
    SESSION_KEY,
    ApiKey,
    end_sessions,
    header_key_authenticates,
    token_hash,
)
from service.trust.limits import too_many
from service.web.blueprint import bp
from service.web.frame import error_page, keys_required, page, safe_next

SECRET_FILE = "secret-key"
SESSION_HOURS = 8
csrf = CSRFProtect()


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session; Secure whenever the request came over TLS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return super().get_cookie_secure(app) or request.is_secure


def secret_key(app: Flask) -> str:
    """``TTHC_SECRET_KEY``, else the instance folder's key (made once, readable by the
    service only)."""
    if os.environ.get("TTHC_SECRET_KEY"):
        return os.environ["TTHC_SECRET_KEY"]
    path = Path(app.instance_path) / SECRET_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it first
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip()


def init_access(app: Flask) -> None:
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(app)
    app.config.update(SESSION_COOKIE_NAME="tthc_session", SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_HTTPONLY=True,
                      PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS))
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)  # the pages' forms only
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", SESSION_HOURS * 3600)
    app.session_interface = SessionInterface()
    csrf.init_app(app)
    app.register_error_handler(CSRFError, _csrf_refused)


def _same_origin(origin: str) -> bool:
    parts = urlsplit(origin)
    return bool(parts.scheme and parts.netloc) and \
        (parts.scheme, parts.netloc) == (request.scheme, request.host)


@bp.before_request
def _protect_forms():
    """A page's POST must come from this site, with the form's token."""
    if request.method != "POST":
        return None
    origin = request.headers.get("Origin")
    if origin is not None and not _same_origin(origin):
        return error_page(403, detail=gettext(
            "This form was sent from another site; it has not been used."))
    if not header_key_authenticates():  # another site's page cannot send a key header
        csrf.protect()
    return None


def _csrf_refused(error: CSRFError):
    return error_page(400, detail=gettext(
        "This form has expired or did not come from this site. Open the page again and "
        "send the form once more."))


def _find_key(token: str) -> ApiKey | None:
    store = current_app.extensions["tthc-rules"]["store"]
    with store.sessions() as db:
        return db.scalars(select(ApiKey).where(ApiKey.token_hash == token_hash(token))).first()


@bp.route("/login", methods=["GET", "POST"])
def login():
    target = safe_next(request.values.get("next"), url_for("web.check"))
    if request.method == "GET":
        return page("login.html", next_url=target, problem=None)
    if not keys_required():
        return redirect(target, 303)
    failures = current_app.extensions["tthc-rules"].get("auth_failures")
    wait = failures.blocked() if failures is not None else None
    if wait is not None:
        return too_many(wait)
    token = (request.form.get("key") or "").strip()
    key = _find_key(token) if token else None
    problem = None
    if not token:
        problem = gettext("Enter your API key.")
    elif key is None:
        problem = gettext("This API key is not known. Check it and try again.")
    elif key.revoked_at is not None:
        problem = gettext("This API key has been revoked. Ask an administrator for a new one.")
    if problem:
        if token and failures is not None:
            failures.failed()
        return page("login.html", 401, next_url=target, problem=problem)
    session.clear()
    session[SESSION_KEY] = key.token_hash
    session[SESSION_GENERATION] = key.session_generation
    session.permanent = True
    return redirect(target, 303)


@bp.route("/logout", methods=["POST"])
def logout():
    """Sign out: the session ends on the server too (the key's session generation moves
    on), so a copy of the cookie no longer signs anyone in; every page session of the same
    key ends with it."""
    digest = session.get(SESSION_KEY)
    if digest:
        end_sessions(current_app.extensions["tthc-rules"]["store"], digest)
    session.clear()
    return redirect(url_for("web.login", signed_out=1), 303)
