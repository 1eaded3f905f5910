"""The pages' blueprint; the ``pages_*`` modules add their routes to it."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint

HERE = Path(__file__).resolve().parent

bp = Blueprint("web", __name__, template_folder=str(HERE / "templates"),
               static_folder=str(HERE / "static"), static_url_path="/web/static")
