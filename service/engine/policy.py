"""Policy packs: the one place that knows the rule file format.

A pack is a folder under ``policies/``::

    policies/<pack-id>/pack.yaml        id, title, issuer, document, validity window,
                                        jurisdiction, source
    policies/<pack-id>/rules/*.yaml     ``rules:`` a list of rules (see ``RuleSchema``)
    policies/vocabulary.yaml            labels (vi, en) of the values messages mention and of
                                        every key a finding's facts may hold
    policies/delegations.yaml           delegations of approval, per province
                                        (``service.engine.delegations``)

A pack applies to a submission when its window holds the day evaluated AND its jurisdiction
is ``national`` or names the submission's province. A pack of ``scope: open_points`` (what a
reading could not settle) applies to a submission that carries open points, on any date. A legal basis entry may carry its own
dates (``in_force_from``/``in_force_until``: the text is cited only for dossiers of those
days), provinces (``jurisdiction``) and kinds of submission (``kinds``); an entry whose
text is not quoted has an empty ``quote`` and a ``note`` saying legal staff add it.

Loading checks every file against the schemas below, every condition against the fact
catalogue, every message placeholder against what the rule can fill in, and that every
reported fact has its labels; a problem raises :class:`PolicyError` naming the file, the
rule and the problem. A pack's version is the SHA-256 of its files' bytes (and the shared
vocabulary's and delegations').
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from marshmallow import ValidationError, fields, validate, validates_schema

from service.engine.conditions import (
    ConditionError,
    catalogue_for,
    check_condition,
    dates_as_numbers,
)
from service.engine.delegations import DelegationError, Delegations, load_delegations
from service.engine.facts import ENTITIES, SET
from service.engine.file_schemas import LangText
from service.engine.file_schemas import Strict as _Strict
from service.engine.jurisdiction import known as known_province

SEVERITIES = ("error", "warning", "info")
DEFAULT_POLICY_DIR = Path(__file__).resolve().parents[2] / "policies"


class PolicyError(ValueError):
    """A policy folder or rule file cannot be loaded; the message says where and why."""


# --- file schemas -------------------------------------------------------------------------


def _slugs(value: Any) -> None:
    unknown = [s for s in value if not known_province(s)]
    if unknown:
        raise ValidationError(f"unknown province slugs: {', '.join(map(str, unknown))}")


class Jurisdiction(fields.Field):
    """``national``, or a non-empty list of province slugs."""

    def _deserialize(self, value: Any, attr, data, **kwargs) -> tuple[str, ...] | None:
        if value == "national":
            return None
        if not isinstance(value, list) or not value or \
                not all(isinstance(v, str) for v in value):
            raise ValidationError("expected national or a non-empty list of province slugs")
        _slugs(value)
        return tuple(value)


class LegalBasisSchema(_Strict):
    document = fields.String(required=True, validate=validate.Length(min=1))
    anchor = fields.String(load_default="",
                           metadata={"description": "paragraph anchor (§QTNB-6) or article; "
                                                    "empty when not yet known"})
    quote = fields.String(required=True,
                          metadata={"description": "the text quoted verbatim; empty when it is "
                                                   "not available (then ``note`` says so)"})
    gloss = fields.String(required=True, validate=validate.Length(min=1))
    source = fields.String(validate=validate.Length(min=1),
                           metadata={"description": "where the quote was taken from, when that "
                                                    "is not the document itself"})
    note = fields.String(validate=validate.Length(min=1))
    url = fields.String()
    in_force_from = fields.Date(metadata={"description": "cited only for dossiers of this day "
                                                         "or later"})
    in_force_until = fields.Date()
    jurisdiction = fields.List(fields.String(), validate=[validate.Length(min=1), _slugs])
    kinds = fields.List(fields.String(validate=validate.OneOf(
        ("publication", "internal_procedure", "internal_procedure_amendment",
         "electronic_procedure"))), validate=validate.Length(min=1))

    @validates_schema
    def _quoted_or_noted(self, data: dict, **kwargs: Any) -> None:
        if not data.get("quote", "").strip() and not data.get("note"):
            raise ValidationError("a basis without its quoted text needs a note saying legal "
                                  "staff add it", "note")
        if data.get("in_force_from") and data.get("in_force_until") and \
                data["in_force_until"] < data["in_force_from"]:
            raise ValidationError("ends before it starts", "in_force_until")


class PartSchema(_Strict):
    """One phrase of a message, said only when its condition holds: ``if`` a reported fact
    is given and not empty or false, ``unless`` it is, ``when`` a condition on the facts."""

    if_ = fields.String(data_key="if")
    unless = fields.String()
    when = fields.Raw()
    vi = fields.String(required=True, validate=validate.Length(min=1))
    en = fields.String(required=True, validate=validate.Length(min=1))


class MessageSchema(_Strict):
    vi = fields.String(required=True, validate=validate.Length(min=1))
    en = fields.String(required=True, validate=validate.Length(min=1))
    parts = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(PartSchema),
                                                                 validate=validate.Length(min=1)),
                        load_default=dict)


class PackSchema(_Strict):
    id = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9][a-z0-9-]*$"))
    title = fields.String(required=True)
    title_en = fields.String(required=True)
    # how people name the pack in a line («Cơ chế một cửa theo Nghị định 118/2025/NĐ-CP»)
    short_title = fields.Nested(LangText)
    issuer = fields.String(required=True)
    document = fields.String(required=True)
    document_date = fields.Date(allow_none=True, load_default=None)  # none: not a legal text
    valid_from = fields.Date(required=True)
    valid_until = fields.Date(allow_none=True, load_default=None)
    jurisdiction = Jurisdiction(required=True)
    source = fields.String(required=True)
    notes = fields.String()
    interpretation = fields.Nested(LangText)
    # open_points: the pack applies to a submission carrying open points, on any date
    scope = fields.String(validate=validate.OneOf(("open_points",)))

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
    message = fields.Nested(MessageSchema, required=True)
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
    source = fields.Raw(metadata={"description": "a shared source text, for a YAML anchor"})
    conditions = fields.Raw(metadata={"description": "conditions several rules share, for "
                                                     "YAML anchors"})
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
    jurisdiction: tuple[str, ...] | None = None  # the pack's; None = national
    message_parts: dict = field(default_factory=dict)
    any_date: bool = False  # a rule of a pack of scope open_points: whatever the date

    def in_force(self, day: date) -> bool:
        if self.any_date:
            return True
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def references(self, day: date, province: str | None = None,
                   kind: str | None = None) -> list[dict]:
        """The legal basis entries cited for a dossier of ``day`` (of ``province`` and
        ``kind``): each entry's own dates, provinces and kinds hold. The first of them is the
        finding's ``legal_basis``; when none holds (it should not), all are cited."""
        cited = [b for b in self.legal_basis if cites(b, day, province, kind)]
        return cited or list(self.legal_basis)


def cites(basis: dict, day: date, province: str | None, kind: str | None) -> bool:
    """Whether a legal basis entry is cited for a dossier of that day, province and kind."""
    if basis.get("in_force_from") and day < basis["in_force_from"]:
        return False
    if basis.get("in_force_until") and day > basis["in_force_until"]:
        return False
    if basis.get("jurisdiction") and province not in basis["jurisdiction"]:
        return False
    return not (basis.get("kinds") and kind not in basis["kinds"])


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    title_en: str
    issuer: str
    document: str
    document_date: date | None
    valid_from: date
    valid_until: date | None
    source: str
    version: str
    jurisdiction: tuple[str, ...] | None = None  # None = national
    notes: str | None = None
    interpretation: dict | None = None
    short_title: dict | None = None
    scope: str | None = None
    rules: tuple[Rule, ...] = field(default=())

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def binds(self, province: str | None) -> bool:
        """A national pack binds every province; a provincial one, the provinces it lists
        (none when no province's own packs apply, ``None``)."""
        return self.jurisdiction is None or (province is not None
                                             and province in self.jurisdiction)

    def applies(self, day: date, province: str | None, open_points: bool = False) -> bool:
        """Whether the pack applies to a submission of ``province`` evaluated on ``day``
        (``open_points``: the submission carries some)."""
        if self.scope == "open_points":
            return open_points
        return self.in_force(day) and self.binds(province)

    def summary(self) -> dict:
        return {"id": self.id, "version": self.version, "title": self.title}


@dataclass(frozen=True)
class PolicySet:
    """Everything loaded from one policy folder: packs, their rules, the vocabulary."""

    packs: tuple[Pack, ...]
    vocabulary: dict
    directory: str
    delegations: Delegations = field(default_factory=Delegations)

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for p in self.packs for r in p.rules)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def applying(self, day: date, province: str | None,
                 open_points: bool = False) -> list[Pack]:
        """The packs that apply to a submission of ``province`` evaluated on ``day``
        (``province`` None: national packs only; ``open_points``: it carries some)."""
        return [p for p in self.packs if p.applies(day, province, open_points)]

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


REPORT_FORMS = ("a fact path, {missing: set, of: [...]}, {holds: condition}, "
                "{first: [paths]}, {value: literal} or {when: condition, then: …, else: …}")


def _check_value(spec: Any, entity: str | tuple, where: str) -> None:
    """One reported value (see ``core.report_value``)."""
    catalogue = catalogue_for(entity)
    if isinstance(spec, str):
        if spec not in catalogue and not any(k.startswith(spec + ".") for k in catalogue):
            raise ConditionError(f"{where}: unknown fact {spec!r} for {entity}")
    elif isinstance(spec, dict) and set(spec) == {"missing", "of"}:
        if catalogue.get(spec["missing"]) != SET:
            raise ConditionError(f"{where}.missing: {spec['missing']!r} is not a set fact")
        if not isinstance(spec["of"], list) or not spec["of"] or not all(
                isinstance(v, str) or (isinstance(v, list) and v
                                       and all(isinstance(a, str) for a in v))
                for v in spec["of"]):
            raise ConditionError(f"{where}.of: expected a non-empty list of values (a value "
                                 f"may be a list of alternatives)")
    elif isinstance(spec, dict) and set(spec) == {"holds"}:
        check_condition(spec["holds"], entity, f"{where}.holds")
    elif isinstance(spec, dict) and set(spec) == {"value"}:
        if not isinstance(spec["value"], (str, bool, int, float)):
            raise ConditionError(f"{where}.value: expected a literal")
    elif isinstance(spec, dict) and set(spec) == {"first"}:
        if not isinstance(spec["first"], list) or not spec["first"]:
            raise ConditionError(f"{where}.first: expected a non-empty list of fact paths")
        for i, path in enumerate(spec["first"]):
            if not isinstance(path, str):
                raise ConditionError(f"{where}.first[{i}]: expected a fact path")
            _check_value(path, entity, f"{where}.first[{i}]")
    elif isinstance(spec, dict) and {"when", "then"} <= set(spec) <= {"when", "then", "else"}:
        check_condition(spec["when"], entity, f"{where}.when")
        _check_value(spec["then"], entity, f"{where}.then")
        if "else" in spec:
            _check_value(spec["else"], entity, f"{where}.else")
    else:
        raise ConditionError(f"{where}: expected {REPORT_FORMS}")


def _check_report(report: dict, entity: str | tuple, labels: dict | None) -> None:
    for name, spec in report.items():
        _check_value(spec, entity, f"report.{name}")
        if labels is not None and not _labelled(labels.get(name)):
            raise ConditionError(f"report.{name}: the fact has no labels for people; add "
                                 f"{name}: {{vi: …, en: …}} under facts: in vocabulary.yaml")


def _labelled(entry: Any) -> bool:
    return isinstance(entry, dict) and all(isinstance(entry.get(lang), str) and entry[lang]
                                           for lang in ("vi", "en"))


# The names a message may use besides its facts and parts: the subject as people name it.
SUBJECT_WORDS = ("subject", "Subject", "procedure_code", "tier", "variant")
FORMAT_SPECS = ("", "agency", "agencies", "duration", "steps", "list", "roles", "text",
                "count")


def _check_message(data: dict, entity: str | tuple) -> None:
    """Every placeholder of a message names a reported fact, a part, a subject word or a
    fact path, with a known format; every part's condition is well formed."""
    catalogue = catalogue_for(entity)
    message, parts = data["message"], data["message"].get("parts", {})
    known = set(data["report"]) | set(parts) | set(SUBJECT_WORDS)

    def check(text: str, where: str, allow_parts: bool) -> None:
        try:
            fields_ = [f for _, f, spec, _ in string.Formatter().parse(text) if f is not None]
            specs = [spec for _, f, spec, _ in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise ConditionError(f"{where}: {exc}") from None
        for name, spec in zip(fields_, specs, strict=True):
            if not name:
                raise ConditionError(f"{where}: an empty placeholder {{}}")
            if name in parts and not allow_parts:
                raise ConditionError(f"{where}: a part cannot hold another part ({name})")
            if name not in known and name not in catalogue and \
                    not any(k.startswith(name + ".") for k in catalogue):
                raise ConditionError(f"{where}: {{{name}}} names no reported fact, part or "
                                     f"fact of {entity}")
            if (spec or "") not in FORMAT_SPECS:
                raise ConditionError(f"{where}: unknown format {spec!r} for {{{name}}}; "
                                     f"known: {', '.join(s for s in FORMAT_SPECS if s)}")

    for lang in ("vi", "en"):
        check(message[lang], f"message.{lang}", True)
    for name, options in parts.items():
        for i, part in enumerate(options):
            where = f"message.parts.{name}[{i}]"
            conditions = [k for k in ("if_", "unless", "when") if k in part]
            if len(conditions) > 1:
                raise ConditionError(f"{where}: one of if, unless, when")
            for key in ("if_", "unless"):
                if key in part and part[key] not in data["report"]:
                    raise ConditionError(f"{where}.{key.rstrip('_')}: {part[key]!r} is not a "
                                         f"reported fact")
            if "when" in part:
                check_condition(part["when"], entity, f"{where}.when")
            for lang in ("vi", "en"):
                check(part[lang], f"{where}.{lang}", False)


def load_rule(raw: Any, pack: dict, source: str, labels: dict | None = None) -> Rule:
    """One rule of a pack's file. ``labels`` (the vocabulary's ``facts:``), when given, must
    label every fact the rule reports."""
    rule_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    try:
        data = RuleSchema().load(raw)
    except ValidationError as exc:
        raise PolicyError(f"{source}: rule {rule_id}: {_describe(exc.messages)}") from None
    try:
        for key in ("applies_if", "fires_if"):
            if data.get(key) is not None:
                check_condition(data[key], data["subject"], key)
                data[key] = dates_as_numbers(data[key])
            elif key in data:
                raise ConditionError(f"{key}: empty; leave the key out instead")
        _check_report(data["report"], data["subject"], labels)
        data["report"] = dates_as_numbers(data["report"])
        _check_message(data, data["subject"])
    except ConditionError as exc:
        raise PolicyError(f"{source}: rule {rule_id}: {exc}") from None
    valid_from = data.get("valid_from", pack["valid_from"])
    valid_until = data.get("valid_until", pack["valid_until"])
    if valid_until is not None and valid_until < valid_from:
        raise PolicyError(f"{source}: rule {rule_id}: valid_until ends before valid_from")
    subject = data["subject"] if isinstance(data["subject"], str) else tuple(data["subject"])
    message = dict(data["message"])
    parts = {name: [{**({"when": dates_as_numbers(p["when"])} if "when" in p else {}),
                     **({"if": p["if_"]} if "if_" in p else {}),
                     **({"unless": p["unless"]} if "unless" in p else {}),
                     "vi": p["vi"], "en": p["en"]} for p in options]
             for name, options in message.pop("parts", {}).items()}
    return Rule(id=data["id"], pack_id=pack["id"], title=data["title"],
                severity=data["severity"], subject=subject,
                applies_if=data.get("applies_if"), fires_if=data.get("fires_if"),
                report=data["report"], legal_basis=tuple(data["legal_basis"]),
                message=message, interpretation=data.get("interpretation"),
                valid_from=valid_from, valid_until=valid_until, source_file=source,
                jurisdiction=pack["jurisdiction"], message_parts=parts,
                any_date=pack.get("scope") == "open_points")


def load_pack(folder: Path, vocabulary_bytes: bytes = b"", labels: dict | None = None,
              shared_bytes: bytes = b"") -> Pack:
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
    rule_files = sorted((folder / "rules").glob("*.yaml"))
    if not rule_files:
        raise PolicyError(f"{folder}: no rule files under rules/")
    version = pack_version(vocabulary_bytes, shared_bytes, pack_file.read_bytes(),
                           ((path.name, path.read_bytes()) for path in rule_files))
    rules: list[Rule] = []
    for path in rule_files:
        doc = _read_yaml(path)
        try:
            RuleFileSchema().load(doc if isinstance(doc, dict) else {"rules": doc})
        except ValidationError as exc:
            raise PolicyError(f"{path}: {_describe(exc.messages)}") from None
        rel = str(path.relative_to(folder.parent.parent)) if folder.parent.parent in path.parents \
            else str(path)
        for raw in doc["rules"]:
            rules.append(load_rule(raw, meta, rel, labels))
    return Pack(rules=tuple(rules), version=version, **meta)


def shared_bytes(delegations: bytes) -> bytes:
    """What every pack's version covers besides the vocabulary: the delegations."""
    return b"delegations\0" + delegations if delegations else b""


def pack_version(vocabulary: bytes, shared: bytes, pack_file: bytes,
                 rule_files: Iterable[tuple[str, bytes]]) -> str:
    """A pack's version: the SHA-256 of the vocabulary, the delegations, ``pack.yaml``, then
    each rule file's name and bytes in name order."""
    digest = hashlib.sha256(vocabulary)
    digest.update(shared)
    digest.update(pack_file)
    for name, content in rule_files:
        digest.update(name.encode() + b"\0" + content)
    return f"sha256:{digest.hexdigest()}"


def load_policies(directory: str | Path | None = None) -> PolicySet:
    """Load and check every pack under ``directory`` (default: the project's ``policies/``)."""
    root = Path(directory) if directory else DEFAULT_POLICY_DIR
    if not root.is_dir():
        raise PolicyError(f"{root}: not a policy folder")
    vocab_file = root / "vocabulary.yaml"
    vocab_bytes = vocab_file.read_bytes() if vocab_file.is_file() else b""
    vocabulary = (_read_yaml(vocab_file) if vocab_bytes else None) or {}
    labels = vocabulary.get("facts") if isinstance(vocabulary, dict) else None
    try:
        delegations = load_delegations(root / "delegations.yaml")
    except DelegationError as exc:
        raise PolicyError(str(exc)) from None
    shared = shared_bytes(delegations.digest_bytes)
    packs = tuple(load_pack(d, vocab_bytes, labels if isinstance(labels, dict) else None,
                            shared)
                  for d in sorted(root.iterdir())
                  if d.is_dir() and not d.name.startswith((".", "_")))
    if not packs:
        raise PolicyError(f"{root}: no policy packs")
    seen: dict[str, str] = {}
    for rule in (r for p in packs for r in p.rules):
        if rule.id in seen:
            raise PolicyError(f"{rule.source_file}: rule {rule.id}: the id is already used in "
                              f"{seen[rule.id]}")
        seen[rule.id] = rule.source_file
    return PolicySet(packs=packs, vocabulary=vocabulary or {}, directory=str(root),
                     delegations=delegations)
