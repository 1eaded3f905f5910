"""Pages for people: the living rule book, the annotated directive, the reviewers' pre-check,
the stored submissions and the coverage dashboard.

Server-rendered (Jinja2), Vietnamese with an English switch (gettext catalogues through
Flask-Babel, ``service.web.i18n``), every resource served from here (no CDN; a
Content-Security-Policy of ``'self'``), forms protected against cross-site requests and a
login page when keys are required (``service.web.access``). ``register(app)`` adds them to
an application.

The blueprint and its routes load on first use, so that ``service.web.scenario_results``
(which the test suite's plugin imports) stays free of Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Blueprint, Flask

__all__ = ["bp", "register"]


def _blueprint() -> Blueprint:
    from service.web import (  # noqa: F401
        access,
        frame,
        pages_check,
        pages_coverage,
        pages_reading,
        pages_rules,
        pages_stored,
    )
    from service.web.blueprint import bp

    return bp


def register(app: Flask) -> None:
    """Serve the pages from ``app``: their words, sessions, forms and error pages too."""
    from service.web.access import init_access
    from service.web.frame import init_frame
    from service.web.i18n import init_babel

    blueprint = _blueprint()
    init_babel(app)
    init_access(app)
    init_frame(app)
    app.register_blueprint(blueprint)


def __getattr__(name: str) -> Any:
    if name == "bp":
        return _blueprint()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
