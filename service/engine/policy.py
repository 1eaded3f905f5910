"""Policy packs: the one place that knows the rule file format.

A pack is a folder under ``policies/``::

    policies/<pack-id>/pack.yaml        id, title, issuer, document, validity window, source
    policies/<pack-id>/rules/*.yaml     ``rules:`` a list of rules (see ``RuleSchema``)
    policies/vocabulary.yaml            labels (vi, en) of the values messages mention

Loading checks every file against the schemas below and every condition against the fact
catalogue; a problem raises :class:`PolicyError` naming the file, the rule and the problem.
A pack's version is the SHA-256 of its files' bytes (and the shared vocabulary's).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from service.engine.conditions import ConditionError, catalogue_for, check_condition
from service.engine.facts import ENTITIES, SET

SEVERITIES = ("error", "warning", "info")
DEFAULT_POLICY_DIR = Path(__file__).resolve().parents[2] / "policies"


class PolicyError(ValueError):
    """A policy folder or rule file cannot be loaded; the message says where and why."""


# --- file schemas -------------------------------------------------------------------------

class _Strict(Schema):
    class Meta:
        unknown = RAISE


class LangText(_Strict):
    vi = fields.String(required=True, validate=validate.Length(min=1))
    en = fields.String(required=True, validate=validate.Length(min=1))


class LegalBasisSchema(_Strict):
    document = fields.String(required=True, validate=validate.Length(min=1))
    anchor = fields.String(required=True, validate=validate.Length(min=1),
                           metadata={"description": "paragraph anchor (§QTNB-6) or article"})
    quote = fields.String(required=True, validate=validate.Length(min=1))
    gloss = fields.String(required=True, validate=validate.Length(min=1))
    url = fields.String()


class PackSchema(_Strict):
    id = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9][a-z0-9-]*$"))
    title = fields.String(required=True)
    title_en = fields.String(required=True)
    issuer = fields.String(required=True)
    document = fields.String(required=True)
    document_date = fields.Date(required=True)
    valid_from = fields.Date(required=True)
    valid_until = fields.Date(allow_none=True, load_default=None)
    source = fields.String(required=True)
    notes = fields.String()

    @validates_schema
    def _window(self, data: dict, **kwargs: Any) -> None:
        if data.get("valid_until") and data["valid_until"] < data["valid_from"]:
            raise ValidationError("ends before it starts", "valid_until")


class RuleSchema(_Strict):
    id = fields.String(required=True, validate=validate.Regexp(r"^[A-Z][A-Z0-9]*-\d{2}$"))
    title = fields.Nested(LangText, required=True)
    severity = fields.String(required=True, validate=validate.OneOf(SEVERITIES))
    valid_from = fields.Date()
    valid_until = fields.Date()
    subject = fields.Raw(required=True, metadata={"description": "an entity or a list of them"})
    applies_if = fields.Raw()
    fires_if = fields.Raw()
    report = fields.Dict(keys=fields.String(), values=fields.Raw(), load_default=dict)
    legal_basis = fields.List(fields.Nested(LegalBasisSchema), required=True,
                              validate=validate.Length(min=1))
    message = fields.Nested(LangText, required=True)
    interpretation = fields.Nested(LangText)


    @validates_schema
    def _subject(self, data: dict, **kwargs: Any) -> None:
        subject = data.get("subject")
        subjects = [subject] if isinstance(subject, str) else subject
        if not isinstance(subjects, list) or not subjects or \
                any(s not in ENTITIES for s in subjects):
            raise ValidationError(f"must be one of {', '.join(ENTITIES)} or a list of them",
                                  "subject")


class RuleFileSchema(_Strict):
    basis = fields.Raw(metadata={"description": "shared legal-basis entries, for YAML anchors"})
    rules = fields.List(fields.Raw(), required=True, validate=validate.Length(min=1))


# --- loaded objects -----------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    id: str
    pack_id: str
    title: dict
    severity: str
    subject: str | tuple
    applies_if: Any
    fires_if: Any
    report: dict
    legal_basis: tuple
    message: dict
    interpretation: dict | None
    valid_from: date
    valid_until: date | None
    source_file: str

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    title_en: str
    issuer: str
    document: str
    document_date: date
    valid_from: date
    valid_until: date | None
    source: str
    version: str
    notes: str | None = None
    rules: tuple[Rule, ...] = field(default=())

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def summary(self) -> dict:
        return {"id": self.id, "version": self.version, "title": self.title}


@dataclass(frozen=True)
class PolicySet:
    """Everything loaded from one policy folder: packs, their rules, the vocabulary."""

    packs: tuple[Pack, ...]
    vocabulary: dict
    directory: str

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for p in self.packs for r in p.rules)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def version(self) -> str:
        """One hash naming the whole set (the packs' versions, in order)."""
        joined = ";".join(f"{p.id}={p.version}" for p in self.packs)
        return hashlib.sha256(joined.encode()).hexdigest()[:16]


# --- loading ------------------------------------------------------------------------------

def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PolicyError(f"{path}: not valid YAML: {exc}") from None
    except OSError as exc:
        raise PolicyError(f"{path}: cannot be read: {exc}") from None


def _describe(errors: Any, prefix: str = "") -> str:
    """Flatten marshmallow's nested error dict into 'path: message' parts."""
    if isinstance(errors, dict):
        return "; ".join(_describe(v, f"{prefix}{k}." if prefix or k != "_schema" else "")
                         for k, v in errors.items())
    if isinstance(errors, list) and all(isinstance(e, str) for e in errors):
        return f"{prefix.rstrip('.') or 'rule'}: {' '.join(errors)}"
    return f"{prefix.rstrip('.')}: {errors}"


def _check_report(report: dict, entity: str | tuple) -> None:
    catalogue = catalogue_for(entity)
    for name, spec in report.items():
        where = f"report.{name}"
        if isinstance(spec, str):
            if spec not in catalogue:
                raise ConditionError(f"{where}: unknown fact {spec!r} for {entity}")
        elif isinstance(spec, dict) and set(spec) == {"missing", "of"}:
            if catalogue.get(spec["missing"]) != SET:
                raise ConditionError(f"{where}.missing: {spec['missing']!r} is not a set fact")
            if not isinstance(spec["of"], list) or not spec["of"]:
                raise ConditionError(f"{where}.of: expected a non-empty list of values")
        elif isinstance(spec, dict) and set(spec) == {"holds"}:
            check_condition(spec["holds"], entity, f"{where}.holds")
        else:
            raise ConditionError(f"{where}: expected a fact path, {{missing: set, of: [...]}} "
                                 f"or {{holds: condition}}")


def load_rule(raw: Any, pack: dict, source: str) -> Rule:
    rule_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    try:
        data = RuleSchema().load(raw)
    except ValidationError as exc:
        raise PolicyError(f"{source}: rule {rule_id}: {_describe(exc.messages)}") from None
    try:
        for key in ("applies_if", "fires_if"):
            if data.get(key) is not None:
                check_condition(data[key], data["subject"], key)
            elif key in data:
                raise ConditionError(f"{key}: empty; leave the key out instead")
        _check_report(data["report"], data["subject"])
    except ConditionError as exc:
        raise PolicyError(f"{source}: rule {rule_id}: {exc}") from None
    valid_from = data.get("valid_from", pack["valid_from"])
    valid_until = data.get("valid_until", pack["valid_until"])
    if valid_until is not None and valid_until < valid_from:
        raise PolicyError(f"{source}: rule {rule_id}: valid_until ends before valid_from")
    subject = data["subject"] if isinstance(data["subject"], str) else tuple(data["subject"])
    return Rule(id=data["id"], pack_id=pack["id"], title=data["title"],
                severity=data["severity"], subject=subject,
                applies_if=data.get("applies_if"), fires_if=data.get("fires_if"),
                report=data["report"], legal_basis=tuple(data["legal_basis"]),
                message=data["message"], interpretation=data.get("interpretation"),
                valid_from=valid_from, valid_until=valid_until, source_file=source)


def load_pack(folder: Path, vocabulary_bytes: bytes = b"") -> Pack:
    pack_file = folder / "pack.yaml"
    if not pack_file.is_file():
        raise PolicyError(f"{folder}: no pack.yaml")
    try:
        meta = PackSchema().load(_read_yaml(pack_file) or {})
    except ValidationError as exc:
        raise PolicyError(f"{pack_file}: {_describe(exc.messages)}") from None
    if meta["id"] != folder.name:
        raise PolicyError(f"{pack_file}: id {meta['id']!r} differs from the folder name "
                          f"{folder.name!r}")
    digest = hashlib.sha256(vocabulary_bytes)
    digest.update(pack_file.read_bytes())
    rule_files = sorted((folder / "rules").glob("*.yaml"))
    if not rule_files:
        raise PolicyError(f"{folder}: no rule files under rules/")
    rules: list[Rule] = []
    for path in rule_files:
        content = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + content)
        doc = _read_yaml(path)
        try:
            RuleFileSchema().load(doc if isinstance(doc, dict) else {"rules": doc})
        except ValidationError as exc:
            raise PolicyError(f"{path}: {_describe(exc.messages)}") from None
        rel = str(path.relative_to(folder.parent.parent)) if folder.parent.parent in path.parents \
            else str(path)
        for raw in doc["rules"]:
            rules.append(load_rule(raw, meta, rel))
    return Pack(rules=tuple(rules), version=f"sha256:{digest.hexdigest()}", **meta)


def load_policies(directory: str | Path | None = None) -> PolicySet:
    """Load and check every pack under ``directory`` (default: the project's ``policies/``)."""
    root = Path(directory) if directory else DEFAULT_POLICY_DIR
    if not root.is_dir():
        raise PolicyError(f"{root}: not a policy folder")
    vocab_file = root / "vocabulary.yaml"
    vocab_bytes = vocab_file.read_bytes() if vocab_file.is_file() else b""
    vocabulary = _read_yaml(vocab_file) if vocab_bytes else {}
    packs = tuple(load_pack(d, vocab_bytes) for d in sorted(root.iterdir())
                  if d.is_dir() and not d.name.startswith((".", "_")))
    if not packs:
        raise PolicyError(f"{root}: no policy packs")
    seen: dict[str, str] = {}
    for rule in (r for p in packs for r in p.rules):
        if rule.id in seen:
            raise PolicyError(f"{rule.source_file}: rule {rule.id}: the id is already used in "
                              f"{seen[rule.id]}")
        seen[rule.id] = rule.source_file
    return PolicySet(packs=packs, vocabulary=vocabulary or {}, directory=str(root))
