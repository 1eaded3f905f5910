"""``/api/v1/policies``: the policy packs and their versions."""

from __future__ import annotations

from flask import jsonify
from flask_smorest import Blueprint

from service.api.docs import POLICY_VERSIONS_HEADER, PolicyListSchema
from service.api.http import policy_versions
from service.engine import get_engine
from service.engine.catalogue import pack_summary

blp = Blueprint("policies", __name__, url_prefix="/api/v1/policies",
                description="The policy packs: document, issuer, validity, version hash; "
                            "the delegations of approval.")


@blp.route("", methods=["GET"])
@blp.alt_response(200, schema=PolicyListSchema, success=True, headers=POLICY_VERSIONS_HEADER,
                  description="Every pack loaded, in force or not.")
def list_policies():
    """List the policy packs and the delegations of approval"""
    policies = get_engine().policies
    packs = policies.packs
    return (jsonify({"items": [pack_summary(p) for p in packs],
                     "delegations": [d.as_json() for d in policies.delegations.items]}), 200,
            policy_versions(p.summary() for p in packs))
