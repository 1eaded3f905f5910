"""The Flask application factory.

``create_app()`` reads its settings from the environment (``service.config``);
``create_app(test_config)`` overrides them. At start-up the database schema is brought up
to date (unless ``MIGRATE_ON_START`` is off) and the rules are compiled; a rule set that
fails to compile is logged, the last good set kept in the database serves instead, and
``/readyz`` reports it (``service.trust.reload``). Every request passes the access
table of ``service.trust.auth`` first, then follows a policy reload (``service.trust.reload``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

from service.api import admin, init_api, openapi, readings, registry
from service.api import audit as audit_api
from service.api.jsonout import FastJSONProvider
from service.config import INSTANCE_DIR, settings_from_environment
from service.registry.cache import RegistryCache
from service.storage import Store
from service.trust import auth, limits, reload
from service.web import register as register_pages


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.from_mapping(settings_from_environment())
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json = FastJSONProvider(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if app.config.get("TRUSTED_PROXIES"):
        # the client's address and scheme as the trusted proxies in front say (rate limits
        # per address, Secure cookies and HSTS behind a proxy that ends TLS)
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    store = Store(app.config["DATABASE_URL"])
    app.extensions["tthc-rules"] = {"store": store, "registry": RegistryCache(store)}
    if app.config["MIGRATE_ON_START"]:
        store.upgrade()
    app.before_request(_body_limits)  # before any hook reads a body (the forms' CSRF token)
    auth.init_app(app)  # first of the request hooks that decide: who may call what
    # The policy generation and the rules the engine starts with: the files, or the last
    # good set kept in the database when they do not compile (/readyz says which).
    reload.init_app(app, store)
    audit_api.init_app(app, store)  # the decision log's anchors, when a file is set
    store.dispose()  # no pooled connection outlives start-up into forked workers

    api = init_api(app)
    api.register_blueprint(admin.blp)
    register_pages(app)
    limits.init_app(app, store)  # after the access table's hook: the API counts per key
    # written with the document, when it is first read
    api.document_with(lambda: auth.document(api, app))
    api.document_with(lambda: limits.document(api, app))
    api.document_with(lambda: openapi.finish(api, app))  # operationIds, and the rules the
    #                                                      schemas do not say
    app.after_request(_security_headers)
    return app


HSTS = "max-age=31536000"  # a year: browsers then come over TLS only

# Endpoints that take more than MAX_CONTENT_LENGTH: the setting that says how much, and its
# default. Set on the request before any hook reads the body, so that the limit a refusal
# names is the one the endpoint has.
BODY_LIMITS = {
    "readings.create_reading": ("READING_MAX_LENGTH", readings.DEFAULT_READING_LIMIT),
    "web.check_reading": ("READING_MAX_LENGTH", readings.DEFAULT_READING_LIMIT),
    "web.check_reading_verdict": ("READING_MAX_LENGTH", readings.DEFAULT_READING_LIMIT),
    "registry.import_list": ("REGISTRY_IMPORT_MAX_LENGTH", registry.DEFAULT_IMPORT_LIMIT),
}


def _body_limits() -> None:
    limit = BODY_LIMITS.get(request.endpoint or "")
    if limit is not None:
        from flask import current_app

        size = current_app.config.get(limit[0], limit[1])
        request.max_content_length = size
        if request.endpoint == "web.check_reading_verdict":  # the form carries the JSON
            request.max_form_memory_size = size


def _security_headers(response):
    """Every answer, JSON or page: no type sniffing, no address leaked to other sites, never
    in another site's frame (``X-Frame-Options`` for the browsers that do not read the
    pages' CSP ``frame-ancestors``), and over TLS, TLS only from then on."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response
