"""Delegations of approval (ủy quyền), the data legal staff keep in ``policies/delegations.yaml``.

A Chairman may delegate an approval by a decision (Hà Nội: Quyết định 1716/QĐ-UBND of
25/03/2025 delegates approving internal and electronic procedures to the city's Public
Administration Service Centre). On a day a delegation is in force for a dossier's province
and act, the delegate stands where the Chairman stands (catalogue v3, "What changed from
v2", 2). This module loads and checks the file and answers one question:
:meth:`Delegations.delegate` — is this agency a delegate in force for this act?

A delegate is matched by its agency type and, when both the dossier and the delegation give
a name, by the name written alike (:func:`delegate_name_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from marshmallow import ValidationError, fields, validate, validates_schema

from service.engine.facts import name_key
from service.engine.file_schemas import LangText as _LangText
from service.engine.file_schemas import Strict as _Strict
from service.engine.jurisdiction import known as known_province
from service.engine.jurisdiction import provinces

ACTS = ("approve_internal_procedure", "approve_electronic_procedure", "publish_procedures")
# The act a dossier of each kind asks for (an electronic procedure's ``based_on`` cites a
# decision approving an internal procedure).
ACT_OF_KIND = {"publication": "publish_procedures",
               "internal_procedure": "approve_internal_procedure",
               "internal_procedure_amendment": "approve_internal_procedure"}
CITED_ACT = "approve_internal_procedure"


class DelegationError(ValueError):
    """``delegations.yaml`` cannot be loaded; the message says where and why."""


class _Delegate(_Strict):
    type = fields.String(required=True)
    name = fields.String(validate=validate.Length(min=1))

    @validates_schema
    def _type(self, data: dict, **kwargs: Any) -> None:
        from service.contract.schemas import AGENCY_TYPES

        if data.get("type") not in AGENCY_TYPES:
            raise ValidationError(f"must be one of: {', '.join(AGENCY_TYPES)}", "type")


class _Decision(_Strict):
    number = fields.String(required=True, validate=validate.Length(min=1))
    date = fields.Date(required=True)
    issuer = fields.String(required=True, validate=validate.Length(min=1))
    quote = fields.String(required=True)
    source = fields.String(validate=validate.Length(min=1))
    gloss = fields.String(required=True, validate=validate.Length(min=1))


def _province(slug: str) -> None:
    if not known_province(slug):
        raise ValidationError(f"unknown province slug {slug!r}")


class _DelegationSchema(_Strict):
    province = fields.String(required=True, validate=_province)
    delegate = fields.Nested(_Delegate, required=True)
    acts = fields.List(fields.String(validate=validate.OneOf(ACTS)), required=True,
                       validate=validate.Length(min=1))
    decision = fields.Nested(_Decision, required=True)
    in_force_from = fields.Date(required=True)
    in_force_until = fields.Date(allow_none=True, load_default=None)
    interpretation = fields.Nested(_LangText)

    @validates_schema
    def _window(self, data: dict, **kwargs: Any) -> None:
        if data.get("in_force_until") and data.get("in_force_from") and \
                data["in_force_until"] < data["in_force_from"]:
            raise ValidationError("ends before it starts", "in_force_until")


class _FileSchema(_Strict):
    delegations = fields.List(fields.Nested(_DelegationSchema), load_default=list)


@dataclass(frozen=True)
class Delegation:
    province: str
    delegate: dict
    acts: tuple[str, ...]
    decision: dict
    in_force_from: date
    in_force_until: date | None
    interpretation: dict | None = None

    def in_force(self, day: date) -> bool:
        return self.in_force_from <= day and (self.in_force_until is None
                                              or day <= self.in_force_until)

    def as_json(self) -> dict:
        """The delegation as ``GET /api/v1/policies`` lists it."""
        decision = {k: (v.isoformat() if isinstance(v, date) else v)
                    for k, v in self.decision.items()}
        out = {"province": self.province, "delegate": dict(self.delegate),
               "acts": list(self.acts), "decision": decision,
               "in_force_from": self.in_force_from.isoformat(),
               "in_force_until": self.in_force_until.isoformat() if self.in_force_until
               else None}
        if self.interpretation:
            out["interpretation"] = dict(self.interpretation)
        return out


_TRAILING_PLACE = re.compile(r" (?:tỉnh|thành phố)(?: .*)?$")


def delegate_name_key(name: str | None, province: str | None) -> str | None:
    """A name as a delegate is compared: as QTNB-14 writes names (:func:`name_key`), then one
    trailing «thành phố <the province's name>» left out too; [interp] a bare trailing
    «thành phố» or «tỉnh» («Trung tâm Phục vụ hành chính công Thành phố», as a decision of the
    city prints it) is the province's own and is left out as well."""
    unit = provinces().get(province or "")
    key = name_key(name, unit.name if unit else None)
    if key is None:
        return None
    if unit is not None:
        suffix = " thành phố " + name_key(unit.name)
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[:-len(suffix)]
    for bare in (" thành phố", " tỉnh"):
        if key.endswith(bare) and len(key) > len(bare):
            key = key[:-len(bare)]
    return key


@dataclass(frozen=True)
class Delegations:
    """Every delegation of one policy folder."""

    items: tuple[Delegation, ...] = ()
    digest_bytes: bytes = b""

    def in_force(self, province: str, day: date, act: str | None = None) -> list[Delegation]:
        return [d for d in self.items if d.province == province and d.in_force(day)
                and (act is None or act in d.acts)]

    def delegate(self, agency: dict | None, province: str | None, day: date,
                 act: str | None) -> Delegation | None:
        """The delegation in force on ``day`` in ``province`` for ``act`` whose delegate
        ``agency`` is, or None."""
        if not agency or not province or not act:
            return None
        for d in self.in_force(province, day, act):
            if agency.get("type") != d.delegate["type"]:
                continue
            theirs = delegate_name_key(d.delegate.get("name"), province)
            ours = delegate_name_key(agency.get("name"), province)
            if theirs is None or ours is None or theirs == ours:
                return d
        return None


def load_delegations(path: Path) -> Delegations:
    """The delegations of a policy folder (none when it has no ``delegations.yaml``)."""
    if not path.is_file():
        return Delegations()
    raw = path.read_bytes()
    try:
        doc = yaml.safe_load(raw.decode("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DelegationError(f"{path}: not valid YAML: {exc}") from None
    try:
        data = _FileSchema().load(doc if isinstance(doc, dict) else {"delegations": doc})
    except ValidationError as exc:
        raise DelegationError(f"{path}: {exc.messages}") from None
    items = tuple(Delegation(province=d["province"], delegate=d["delegate"],
                             acts=tuple(d["acts"]), decision=d["decision"],
                             in_force_from=d["in_force_from"],
                             in_force_until=d["in_force_until"],
                             interpretation=d.get("interpretation"))
                  for d in data["delegations"])
    return Delegations(items=items, digest_bytes=raw)
