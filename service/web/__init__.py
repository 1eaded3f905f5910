"""Pages for people: the living rule book, the annotated directive, the reviewers' pre-check,
the stored submissions and the coverage dashboard.

Server-rendered (Jinja2), Vietnamese with an English switch (``?lang=en``, remembered in a
cookie), every resource served from here (no CDN; a Content-Security-Policy of ``'self'``).
``register(app)`` (or ``app.register_blueprint(bp)``) adds them to an application.

The blueprint and its routes load on first use, so that ``service.web.scenario_results``
(which the test suite's plugin imports) stays free of Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Blueprint, Flask

__all__ = ["bp", "register"]


def _blueprint() -> Blueprint:
    import service.web.pages_reading  # noqa: F401
    from service.web import frame, pages_check, pages_coverage, pages_rules, pages_stored  # noqa: F401
    from service.web.blueprint import bp

    return bp


def register(app: Flask) -> None:
    """Serve the pages from ``app``."""
    app.register_blueprint(_blueprint())


def __getattr__(name: str) -> Any:
    if name == "bp":
        return _blueprint()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
