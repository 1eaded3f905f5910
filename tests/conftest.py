"""Shared fixtures, and the record of the Gherkin scenarios' results.

Every run that executes scenarios writes their outcomes to ``instance/scenario-results.json``
(or ``$TTHC_SCENARIO_RESULTS``); the rule pages show them (``service.web.scenario_results``).
"""

import os

import pytest

# The suite's apps write no anchor file (a test that wants one names its own) and count no
# rate limit (tests/trust/test_limits.py turns them on), unless the environment says so.
os.environ.setdefault("TTHC_AUDIT_ANCHORS", "off")
os.environ.setdefault("TTHC_RATE_LIMITS", "off")

from service.web.scenario_results import ScenarioRecorder

try:  # which scenario a test item runs, known before it runs (so a skip is recorded too)
    from pytest_bdd.scenario import scenario_wrapper_template_registry
except ImportError:  # pragma: no cover - then only scenarios that start are recorded
    scenario_wrapper_template_registry = {}

_scenario_results = ScenarioRecorder()


@pytest.fixture
def client_class():
    """The test client's class (``tests/api`` and ``tests/trust`` check every response
    against the OpenAPI document)."""
    from flask.testing import FlaskClient

    return FlaskClient


@pytest.fixture
def app(settings, client_class):
    """The service under test, with the suite's ``settings``."""
    from service.app import create_app

    app = create_app(settings)
    app.test_client_class = client_class
    yield app
    app.extensions["tthc-rules"]["store"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def store(app):
    return app.extensions["tthc-rules"]["store"]


@pytest.fixture
def database_url(request, tmp_path):
    """A database of its own for a test marked ``database``, already migrated (``empty`` too
    when also marked ``empty_database``); an in-memory SQLite database, never migrated, for
    any other."""
    from databases import fresh_database

    if request.node.get_closest_marker("database") is None:
        yield "sqlite://"
        return
    empty = request.node.get_closest_marker("empty_database") is not None
    with fresh_database(tmp_path, migrated=not empty) as url:
        yield url


def pytest_configure(config):
    # a process of a run in several (pytest-xdist) saves its results as part of that run
    run = getattr(config, "workerinput", {}).get("testrunuid")
    if run:
        _scenario_results.run = run


def pytest_bdd_before_scenario(request, feature, scenario):
    _scenario_results.started(request.node.nodeid, feature, scenario)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    report = (yield).get_result()
    template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))
    if report.when == "setup" and template is not None:
        _scenario_results.started(item.nodeid, template.feature, template)
    _scenario_results.reported(item.nodeid, report.when, report.outcome, report.duration)


def pytest_sessionfinish(session):
    _scenario_results.save()
