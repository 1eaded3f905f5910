"""A migrated database of its own for each registry test that asks for one (see
``tests/databases``), and the registry on it."""

import pytest
from databases import fresh_database

from service.registry.store import RegistryStore
from service.storage import Store


@pytest.fixture
def database_url(request, tmp_path):
    empty = request.node.get_closest_marker("empty_database") is not None
    with fresh_database(tmp_path, "registry", migrated=not empty) as url:
        yield url


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    store.upgrade()
    yield store
    store.dispose()


@pytest.fixture
def reg(store):
    return RegistryStore(store)
