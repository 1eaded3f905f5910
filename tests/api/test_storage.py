"""The database: migrations that agree with the models, `tthc-rules db`, UTC times."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner

from service.cli import main
from service.storage import Store
from service.storage.migrate import head_revision
from service.storage.models import Base, UTCDateTime


def _ours(name, type_, parent_names) -> bool:
    """Only the tables of these models (other parts of the project migrate theirs)."""
    table = name if type_ == "table" else parent_names.get("table_name")
    return table is None or table in Base.metadata.tables


@pytest.mark.database
def test_the_migrations_create_what_the_models_describe(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _ours})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.database
@pytest.mark.empty_database
def test_db_upgrade_and_current(database_url):
    runner = CliRunner()
    env = {"DATABASE_URL": database_url}
    result = runner.invoke(main, ["db", "upgrade"], env=env)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["db", "current"], env=env)
    assert result.exit_code == 0, result.output
    assert head_revision() in result.output
    assert runner.invoke(main, ["db", "upgrade"], env=env).exit_code == 0  # nothing to do


@pytest.mark.database
@pytest.mark.empty_database
@pytest.mark.slow
def test_several_processes_migrate_at_once(database_url, tmp_path):
    env = {**os.environ, "DATABASE_URL": database_url}
    processes = [subprocess.Popen([sys.executable, "-m", "service.cli", "db", "upgrade"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                 for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0].decode() for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, outputs
    store = Store(database_url)
    try:
        store.check()
    finally:
        store.dispose()


def test_db_upgrade_reports_an_unreachable_database():
    result = CliRunner().invoke(main, ["db", "upgrade"], env={
        "DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2"})
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_times_are_stored_as_utc_and_read_back_aware():
    column = UTCDateTime()
    sqlite = type("Dialect", (), {"name": "sqlite"})()
    moment = datetime(2025, 7, 1, 16, 30, tzinfo=timezone(timedelta(hours=7)))  # Hà Nội
    stored = column.process_bind_param(moment, sqlite)
    assert stored.tzinfo is None and stored == datetime(2025, 7, 1, 9, 30)
    assert column.process_result_value(stored, sqlite) == moment
    with pytest.raises(ValueError):
        column.process_bind_param(datetime(2025, 7, 1), sqlite)
