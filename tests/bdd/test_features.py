"""Every scenario of the Gherkin specification under ``features/`` (one test per scenario)."""

from pytest_bdd import scenarios

scenarios(".")
