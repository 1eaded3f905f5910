"""The rule book (``/rules``, ``/rules/<id>``) and the annotated directive (``/directive``)."""

from __future__ import annotations

from datetime import date

from flask import redirect, request, url_for
from flask_babel import gettext, lazy_gettext
from markupsafe import Markup

from service.engine import get_engine
from service.web import directive
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.rulebook import citing_rules, example_message, rule_packs, search
from service.web.specs import scenarios_by_rule

# What a Chairman may delegate (``policies/delegations.yaml``), as people say it.
ACTS = {
    "approve_internal_procedure": lazy_gettext("approving internal procedures"),
    "approve_electronic_procedure": lazy_gettext("approving electronic procedures"),
    "publish_procedures": lazy_gettext("publishing lists of TTHC"),
}


@bp.route("/rules")
def rules():
    """A compact index of the rules by pack, then who approves in each province where the
    Chairman has delegated it; a search lists the rules it finds as rows."""
    from service.engine.jurisdiction import provinces

    policies = get_engine().policies
    query = (request.args.get("q") or "").strip()[:200]
    found = search(policies, query) if query else []
    names = {slug: p.full_name for slug, p in provinces().items()}
    delegations = sorted(policies.delegations.items,
                         key=lambda d: (names.get(d.province, d.province), d.in_force_from))
    return page("rules.html", query=query, found=found, packs=policies.packs,
                packs_by_id=rule_packs(policies), scenarios=scenarios_by_rule(),
                delegations=delegations, acts=ACTS, province_names=names,
                rules_version=policies.version, today=date.today())


@bp.route("/rules/<rule_id>")
def rule(rule_id: str):
    policies = get_engine().policies
    found = policies.rule(rule_id)
    if found is None:
        same = next((r for r in policies.rules if r.id.lower() == rule_id.lower()), None)
        if same is not None:
            return redirect(url_for("web.rule", rule_id=same.id), 301)
        return page("rule_missing.html", 404, rule_id=rule_id)
    return page("rule.html", rule=found, pack=rule_packs(policies)[found.pack_id],
                scenarios=scenarios_by_rule().get(found.id, []),
                example=example_message(found, policies.vocabulary))


@bp.route("/directive", endpoint="directive")
def directive_page():
    t = words()
    citing = citing_rules(get_engine().policies)

    def cited_by(anchor: str) -> Markup:
        links = [(url_for("web.rule", rule_id=r.id), r.id, t.pick(r.title))
                 for r in citing.get(anchor, [])]
        return directive.cited_by_list(gettext("Rules citing this paragraph"), links)

    return page("directive.html", directive=directive.render(cited_by, t.lang))


@bp.route("/")
def home():
    """The front page is the pre-check: what a reviewer or a submitting agency does first."""
    return redirect(url_for("web.check", **request.args), code=302)
