"""Fixtures of the reader's tests: reading a generated or real dossier, and the service (its
responses checked against the OpenAPI document) for the API and page tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openapi_checks import CheckingClient

from generators.decisions import Draft, as_file
from service.contract.schemas import load_submission
from service.documents import read_files

TODAY = date(2025, 12, 10)


def real_decisions_dir() -> Path:
    """The real decisions (``tests/data/decisions``), or ``$DECISIONS_DIR``."""
    import os

    return Path(os.environ.get("DECISIONS_DIR")
                or Path(__file__).resolve().parents[1] / "data" / "decisions").resolve()


def read_draft(draft: Draft | list, fmt: str = "docx", **options) -> dict:
    """Read one generated draft; its submission always checked against the contract."""
    out = read_files([as_file(draft, fmt)], today=TODAY, **options)
    assert_contract(out)
    return out


def assert_contract(out: dict) -> None:
    """The submission read meets the contract, or the reading says it does not and why (no
    procedure code found anywhere), and then only that is missing."""
    json.dumps(out, ensure_ascii=False)  # JSON through and through
    contract = out["reading"]["contract"]
    if contract["valid"]:
        load_submission(out["submission"])
    else:
        assert set(contract["errors"]) == {"procedures"}, contract["errors"]
        assert out["submission"]["procedures"] == []
        assert out["reading"]["unplaced"] or not out["reading"]["tables"]


def ips(out: dict) -> dict:
    """The internal procedures read, by (code, tier, variant)."""
    return {(ip["procedure_code"], ip["tier"], ip.get("variant")): ip
            for ip in out["submission"].get("internal_procedures", [])}


def durations(ip: dict) -> list:
    return [(s["duration"]["value"], s["duration"]["unit"]) if s.get("duration") else
            (None, s["counted"]) for s in ip["steps"]]


def note_kinds(out: dict) -> list[str]:
    return [n["kind"] for n in out["reading"]["notes"]]


@pytest.fixture
def settings(request, database_url) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None,
            "AUTH": False}


@pytest.fixture
def client_class():
    return CheckingClient
