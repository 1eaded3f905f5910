"""Recording the Chairman's decision on a stored submission, and what the registry takes from it.

A reviewer records the decision (number, date, who signed) that approved a stored submission.
Only a submission whose stored verdict is ``accepted`` or ``needs_review`` can be approved, and
only once. In one transaction, with the approval itself, the registry then holds:

* every internal procedure the submission carried, per TTHC and tier, with its steps, approved
  by the decision from its date (an amendment's supersedes the version in force and so clears
  a "needs amendment" flag) — unless the decision publishes TTHC without approving the draft
  internal-procedure decision that came with them (``internal_procedures=False``: the Chairman
  approves those by a decision of their own, recorded on a submission of their own);
* every electronic procedure it carried, per TTHC and tier, from the decision's date;
* for a ``publication``, each TTHC it publishes (``new``, ``amended``, ``replaced``,
  ``listed``) as a new version of the TTHC from the decision's date; one it ``abolished`` is
  abolished, and its internal and electronic procedures at every tier are retired (closed on
  that date); one whose ``changed_elements`` include the time limit, the place or the sequence
  (``amended``, ``replaced``, ``listed``) has its approved internal procedure, at each tier the
  decision does not approve a new one for, marked as needing amendment (§QTNB-7) until an
  amendment is approved.

Everything goes to the registry of the submission's province (its ``province``, else the
deployment's default): a decision of one province never closes, retires or flags another
province's entries. Internal and electronic procedures are recorded per variant (the
``variant`` the submission gave them).

Nothing already written is rewritten: a version the registry holds from a later date is left
as it is, and the approval says so (``outcome: older``). Every step is listed in the approval's
``effects``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from service.contract.schemas import TIERS, variant_key
from service.engine.jurisdiction import registry_province_of
from service.registry.models import (
    Approval,
    RegistryElectronicProcedure,
    RegistryInternalProcedure,
    RegistryProcedure,
)
from service.registry.store import OlderThanHeld, RegistryStore
from service.storage.models import Submission

APPROVABLE = ("accepted", "needs_review")
# What, changed in a TTHC, calls for its internal procedure to be amended (§QTNB-6, §QTNB-7).
AMENDING_ELEMENTS = ("time_limit", "place", "sequence")
PUBLISHING = ("new", "amended", "replaced", "listed", "abolished")
CHAIRMAN = {"type": "ppc_chairman"}


class ApprovalError(Exception):
    """Why a submission cannot be approved."""


class SubmissionNotFound(ApprovalError):
    pass


class NotApprovable(ApprovalError):
    def __init__(self, submission_id: str, outcome: str) -> None:
        super().__init__(f"submission {submission_id} was {outcome}: only an accepted or "
                         f"needs_review submission can be approved.")
        self.outcome = outcome


class AlreadyApproved(ApprovalError):
    def __init__(self, approval: ApprovalRecord) -> None:
        super().__init__(f"submission {approval.submission_id} was already approved by "
                         f"decision {approval.decision_number} of "
                         f"{approval.decided_on.isoformat()}.")
        self.approval = approval


class DecidedBeforeSubmission(ApprovalError):
    def __init__(self, decided_on: date, submitted_on: date) -> None:
        super().__init__(f"{decided_on.isoformat()} is before the submission was submitted "
                         f"({submitted_on.isoformat()}).")


class NotForKind(ApprovalError):
    """``internal_procedures=False`` on a submission that is not a publication."""


class ConcurrentChange(ApprovalError):
    """Another writer changed the same registry entries at the same moment: try again."""


@dataclass
class ApprovalRecord:
    submission_id: str
    decision_number: str
    decided_on: date
    approved_by: dict
    recorded_at: datetime
    effects: list[dict] = field(default_factory=list)
    province: str = ""

    @classmethod
    def of(cls, row: Approval) -> ApprovalRecord:
        return cls(row.submission_id, row.decision_number, row.decided_on, row.approved_by,
                   row.recorded_at, list(row.effects), row.province)

    def to_dict(self) -> dict:
        return {"submission_id": self.submission_id, "province": self.province,
                "decision": self.decision_number,
                "decided_on": self.decided_on.isoformat(), "approved_by": self.approved_by,
                "recorded_at": self.recorded_at.astimezone(UTC).isoformat(
                    timespec="microseconds").replace("+00:00", "Z"),
                "effects": self.effects}


def _now() -> datetime:
    return datetime.now(UTC)


def approval_of(registry: RegistryStore, submission_id: str) -> ApprovalRecord | None:
    """The approval recorded on a submission, if any."""
    with registry.sessions() as session:
        row = session.scalars(select(Approval)
                              .where(Approval.submission_id == submission_id)).first()
        return None if row is None else ApprovalRecord.of(row)


def approve(registry: RegistryStore, submission_id: str, decision_number: str,
            decided_on: date, approved_by: dict | None = None,
            internal_procedures: bool = True) -> ApprovalRecord:
    """Record the decision approving a stored submission, and apply it to the registry.

    ``internal_procedures=False``: the decision publishes the TTHC of a publication but does
    not approve the internal procedures it carried.

    Raises :class:`SubmissionNotFound`, :class:`NotApprovable` (its verdict was neither
    accepted nor needs_review), :class:`AlreadyApproved`, :class:`DecidedBeforeSubmission`,
    :class:`NotForKind` or :class:`ConcurrentChange`.
    """
    try:
        with registry.sessions.begin() as session:
            record = session.scalars(select(Submission).where(Submission.id == submission_id)
                                     .options(selectinload(Submission.verdict))).first()
            if record is None:
                raise SubmissionNotFound(f"no submission {submission_id}.")
            earlier = session.scalars(select(Approval)
                                      .where(Approval.submission_id == submission_id)).first()
            if earlier is not None:
                raise AlreadyApproved(ApprovalRecord.of(earlier))
            if record.verdict.outcome not in APPROVABLE:
                raise NotApprovable(submission_id, record.verdict.outcome)
            if decided_on < record.submitted_on:
                raise DecidedBeforeSubmission(decided_on, record.submitted_on)
            if not internal_procedures and record.kind != "publication":
                raise NotForKind(f"a decision on a{'n' if record.kind[0] in 'aeiou' else ''} "
                                 f"{record.kind} submission approves its internal "
                                 f"procedures; only a publication's can leave them out.")
            # the registry its evaluation reads: the successor of a province that had ended
            province = registry_province_of(record.body)
            # The approval first: a second approval of the same submission waits here.
            approval = Approval(submission_id=submission_id, province=province,
                                decision_number=decision_number, decided_on=decided_on,
                                approved_by=approved_by or CHAIRMAN, recorded_at=_now(),
                                effects=[])
            session.add(approval)
            session.flush()
            effects = _Applier(registry, session, province, decision_number, decided_on,
                               f"approval of submission {submission_id} "
                               f"({decision_number})").apply(record.body, internal_procedures)
            approval.effects = effects
            session.flush()
            return ApprovalRecord.of(approval)
    except IntegrityError:
        earlier = approval_of(registry, submission_id)
        if earlier is not None:
            raise AlreadyApproved(earlier) from None
        raise ConcurrentChange("the registry entries of this submission were changed at the "
                               "same moment; try again.") from None


def _agency(agency: dict | None, known: bool) -> str | None:
    """An agency as the registry prints it: its name; its code only for a TTHC the registry
    does not hold yet (a blank keeps what the registry holds)."""
    if not agency:
        return None
    return agency.get("name") or (None if known else agency.get("code"))


class _Applier:
    """Writes what one approved submission says into the registry, in the caller's session."""

    def __init__(self, registry: RegistryStore, session: Session, province: str,
                 decision: str, decided_on: date, source: str) -> None:
        self.registry = registry
        self.session = session
        self.province = province
        self.decision = decision
        self.decided_on = decided_on
        self.source = source
        self.effects: list[dict] = []

    def effect(self, action: str, code: str, tier: str | None, outcome: str,
               variant: str = "", **detail: Any) -> None:
        entry = {"action": action, "code": code}
        if tier is not None:
            entry["tier"] = tier
        if variant:
            entry["variant"] = variant
        entry["outcome"] = outcome
        entry.update({k: v for k, v in detail.items() if v is not None})
        self.effects.append(entry)

    def apply(self, body: dict, internal_procedures: bool = True) -> list[dict]:
        carried = {(ip["procedure_code"], ip["tier"], variant_key(ip.get("variant")))
                   for ip in body.get("internal_procedures", []) if internal_procedures}
        abolished: set[str] = set()
        if body["kind"] == "publication":
            for procedure in body["procedures"]:
                change = procedure.get("change", "unchanged")
                if change not in PUBLISHING:
                    continue
                self.publish(procedure, change)
                if change == "abolished":
                    abolished.add(procedure["code"])
                    self.retire(procedure["code"])
                elif change in ("amended", "replaced", "listed"):
                    changed = [e for e in AMENDING_ELEMENTS
                               if e in procedure.get("changed_elements", [])]
                    if changed:
                        self.flag(procedure, changed, carried)
        for ip in body.get("internal_procedures", []):
            if internal_procedures:
                self.internal_procedure(ip, abolished)
            else:
                self.effect("internal_procedure_approved", ip["procedure_code"], ip["tier"],
                            "skipped", detail="the decision does not approve the internal "
                                              "procedures the submission carried")
        for ep in body.get("electronic_procedures", []):
            self.electronic_procedure(ep, abolished)
        return self.effects

    # --- the TTHC -----------------------------------------------------------------------

    def publish(self, procedure: dict, change: str) -> None:
        code = procedure["code"]
        versions = list(self.session.scalars(select(RegistryProcedure)
                                             .where(RegistryProcedure.province == self.province,
                                                    RegistryProcedure.code == code)
                                             .order_by(RegistryProcedure.id)))
        known = any(v.valid_to is None for v in versions)
        tiers = [t for t in TIERS if t in procedure["tiers"]]
        limit = procedure.get("time_limit") or {}
        content = {
            "province": self.province, "code": code, "name": procedure["name"],
            "field": procedure.get("field"),
            "managing_agency": _agency(procedure.get("managing_agency"), known),
            # A handling agency that is the managing one (the contract's default) says
            # nothing new about a TTHC the registry holds: what it holds is kept.
            "handling_agency": None if known and procedure.get("handling_agency") in (
                None, procedure.get("managing_agency")) else _agency(
                procedure.get("handling_agency") or procedure.get("managing_agency"), known),
            "tiers": tiers,
            "reception": procedure.get("reception") if "province" in tiers else None,
            "time_limit_value": limit.get("value"), "time_limit_unit": limit.get("unit"),
            "time_limit_text": None,
            "status": "abolished" if change == "abolished" else "in_force", "change": change,
            "decision_number": self.decision, "decision_date": self.decided_on}
        outcome, current = self.registry._write_procedure(
            self.session, versions, content, self.decided_on, _now(), self.source)
        action = "procedure_abolished" if change == "abolished" else "procedure_published"
        self.effect(action, code, None, outcome, change=change,
                    detail=self._later(current) if outcome == "older" else None)

    def retire(self, code: str) -> None:
        for model, action in ((RegistryInternalProcedure, "internal_procedure_retired"),
                              (RegistryElectronicProcedure, "electronic_procedure_retired")):
            for row in self.registry._retire(self.session, model, self.province, code,
                                             self.decided_on):
                self.effect(action, code, row.tier, "retired", row.variant,
                            valid_to=row.valid_to.isoformat(),
                            decision=getattr(row, "decision_number", None))

    def flag(self, procedure: dict, changed: list[str], carried: set) -> None:
        """§QTNB-7: the approved internal procedure no longer fits the TTHC."""
        code = procedure["code"]
        for tier in (t for t in TIERS if t in procedure["tiers"]):
            for current in self.registry._currents(self.session, RegistryInternalProcedure,
                                                   self.province, code, tier):
                if (code, tier, current.variant) in carried:
                    continue  # a new one comes with this decision
                if current.valid_from > self.decided_on:
                    self.effect("internal_procedure_needs_amendment", code, tier, "older",
                                current.variant, changed_elements=changed,
                                detail=self._later(current))
                    continue
                outcome = self.registry._flag(self.session, current, self.decided_on,
                                              self.source)
                self.effect("internal_procedure_needs_amendment", code, tier,
                            "unchanged" if outcome == "unchanged" else "flagged",
                            current.variant, changed_elements=changed,
                            decision=current.decision_number)

    # --- internal and electronic procedures ----------------------------------------------

    def internal_procedure(self, ip: dict, abolished: set[str]) -> None:
        code, tier, variant = ip["procedure_code"], ip["tier"], variant_key(ip.get("variant"))
        if code in abolished:
            self.effect("internal_procedure_approved", code, tier, "skipped", variant,
                        detail="the same decision abolishes the TTHC")
            return
        values, start = self.registry._internal_values(
            self.decision, self.decided_on, ip.get("steps", []), False, self.decided_on)
        self._record(RegistryInternalProcedure, "internal_procedure_approved", code, tier,
                     variant, values, start, amends=(ip.get("amends") or {}).get("decision"))

    def electronic_procedure(self, ep: dict, abolished: set[str]) -> None:
        code, tier, variant = ep["procedure_code"], ep["tier"], variant_key(ep.get("variant"))
        if code in abolished:
            self.effect("electronic_procedure_recorded", code, tier, "skipped", variant,
                        detail="the same decision abolishes the TTHC")
            return
        values = {"platform": ep["platform"], "scope": ep.get("scope", "tier_wide"),
                  "national_portal_connected": ep.get("national_portal_connected"),
                  "based_on_decision": (ep.get("based_on") or {}).get("decision")}
        self._record(RegistryElectronicProcedure, "electronic_procedure_recorded", code, tier,
                     variant, values, self.decided_on)

    def _record(self, model: type, action: str, code: str, tier: str, variant: str,
                values: dict, start: date, **detail: Any) -> None:
        try:  # raised before anything is written
            outcome = self.registry._record(self.session, model,
                                            (self.province, code, tier, variant), values,
                                            start, self.source)
        except OlderThanHeld as exc:
            self.effect(action, code, tier, "older", variant, detail=str(exc), **detail)
            return
        self.effect(action, code, tier, outcome, variant, **detail)

    @staticmethod
    def _later(current: Any) -> str:
        return (f"the registry holds a later version, from {current.valid_from.isoformat()} "
                f"(decision {current.decision_number or '—'})")
