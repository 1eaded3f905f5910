"""The §CHUNG coverage dashboard (``/coverage``)."""

from __future__ import annotations

from service.web.blueprint import bp
from service.web.frame import page


@bp.route("/coverage")
def coverage():
    return page("coverage.html", 503, report=None)
