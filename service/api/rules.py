"""``/api/v1/rules``: the rule catalogue, with the Gherkin scenarios that specify each rule."""

from __future__ import annotations

from flask import current_app, jsonify, url_for
from flask_smorest import Blueprint, abort
from marshmallow import RAISE

from service.api.docs import (
    POLICY_VERSIONS_HEADER,
    CatalogueRuleSchema,
    RuleListSchema,
    RuleQuerySchema,
)
from service.api.http import policy_versions
from service.config import PROJECT_DIR
from service.engine import get_engine
from service.engine.catalogue import rule_details, select_rules
from service.engine.policy import Rule
from service.engine.scenarios import load_scenarios

blp = Blueprint("rules", __name__, url_prefix="/api/v1/rules",
                description="The rule catalogue: legal basis, messages and the scenarios "
                            "that specify each rule.")


def _entry(rule: Rule, scenarios: dict[str, list[dict]]) -> dict:
    return {**rule_details(rule), "scenarios": scenarios.get(rule.id, []),
            "links": {"self": url_for("rules.get_rule", rule_id=rule.id)}}


def _scenarios() -> dict[str, list[dict]]:
    return load_scenarios(current_app.config["FEATURES_DIR"], relative_to=PROJECT_DIR)


@blp.route("", methods=["GET"])
@blp.arguments(RuleQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.alt_response(200, schema=RuleListSchema, success=True, headers=POLICY_VERSIONS_HEADER,
                  description="The rules, pack by pack, in their files' order.")
def list_rules(on=None, pack=None):
    """List the rule catalogue"""
    policies = get_engine().policies
    if pack is not None and pack not in {p.id for p in policies.packs}:
        abort(422, errors={"pack": [f"names no policy pack ({pack!r})."]})
    scenarios = _scenarios()
    items = [_entry(rule, scenarios) for rule in select_rules(policies, on, pack)]
    return jsonify({"items": items}), 200, policy_versions(p.summary() for p in policies.packs)


@blp.route("/<rule_id>", methods=["GET"])
@blp.alt_response(200, schema=CatalogueRuleSchema, success=True,
                  headers=POLICY_VERSIONS_HEADER, description="One rule.")
@blp.alt_response(404, response="NOT_FOUND")
def get_rule(rule_id: str):
    """Read one rule"""
    policies = get_engine().policies
    rule = policies.rule(rule_id)
    if rule is None:
        abort(404, errors={"rule_id": [f"no rule {rule_id} in the catalogue."]})
    pack = next(p for p in policies.packs if p.id == rule.pack_id)
    return jsonify(_entry(rule, _scenarios())), 200, policy_versions([pack.summary()])
