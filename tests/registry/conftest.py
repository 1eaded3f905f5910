"""A database of its own for each registry test that asks for one (see ``tests/databases``)."""

import pytest
from databases import fresh_database


@pytest.fixture
def database_url(tmp_path):
    with fresh_database(tmp_path, "registry") as url:
        yield url
