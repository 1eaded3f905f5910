"""The rule engine: policy packs as data (``policy``), their conditions (``conditions``), the
facts of a submission (``facts``), the durable-rules matcher (``matchers``) and the verdict
(``core``). ``evaluate()`` is the one door; it never imports Flask, storage or the CLI."""

from service.engine.core import (
    Engine,
    EngineError,
    evaluate,
    finding_key,
    get_engine,
    outcome_of,
    path_key,
    reload_policies,
    set_engine,
)

__all__ = ["Engine", "EngineError", "evaluate", "finding_key", "get_engine", "outcome_of",
           "path_key", "reload_policies", "set_engine"]
