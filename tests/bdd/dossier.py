"""A submission as the scenarios build it, step by step, turned into contract JSON at the end.

The steps of a scenario describe a dossier the way a reviewer reads it: the submission, then
each TTHC, then the internal and electronic procedures. Each step changes the thing the
previous steps named last (the current TTHC, the current internal or electronic procedures),
so that ``Và thời hạn giải quyết là 15 ngày làm việc`` reads as it sounds.

Nothing here checks the contract: ``contract()`` returns plain JSON and the steps pass it
through ``service.contract.schemas.load_submission``, the real validation.

A scenario may also describe the procedure registry (``Cho sổ đăng ký thủ tục có …``):
``RegistryBook`` collects what it holds and ``view()`` gives the registry object the engine
takes. Only «Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục» passes it to the engine;
«Khi kiểm tra hồ sơ» evaluates without one, as every other feature does.
"""

from __future__ import annotations

import copy
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from service.registry.view import (
    InternalProcedureVersion,
    ProcedureVersion,
    RegistryView,
    step_totals,
)

from . import vocabulary as vi


@dataclass
class Flow:
    """An internal (``internal``) or electronic (``electronic``) procedure of one tier."""

    which: str
    data: dict

    @property
    def label(self) -> str:
        return "quy trình nội bộ" if self.which == "internal" else "quy trình điện tử"


@dataclass
class RegistryBook:
    """What the procedure registry holds in a scenario: TTHC and approved internal procedures.

    The scenarios do not date TTHC: a TTHC the registry holds is in force on every day. An
    approved internal procedure is in force from the day of its decision until the next one
    approved for the same TTHC and tier (which supersedes it; both stay held).
    """

    procedures: list[ProcedureVersion] = field(default_factory=list)
    internal: list[InternalProcedureVersion] = field(default_factory=list)

    def add_procedure(self, code: str, name: str | None, tiers: list[str]) -> None:
        known, field_name = vi.procedure_name(code)
        self.procedures.append(ProcedureVersion(
            valid_from=date.min, valid_to=None, code=code, name=name or known,
            tiers=tuple(tiers), status="in_force", field=field_name))

    def add_internal_procedure(self, code: str, tier: str, decision: str, day: date,
                               steps: list[dict] | None = None) -> None:
        count, total = step_totals(steps or [])
        self.internal.append(InternalProcedureVersion(
            valid_from=day, valid_to=None, code=code, tier=tier, decision_number=decision,
            decision_date=day, step_count=count, counted_hours=total))

    def view(self, province: str | None = None) -> RegistryView:
        """The registry of ``province`` (None: the deployment's) holding what the scenario
        describes: a scenario's registry is the registry of its dossier's province."""
        by_key: dict[tuple[str, str], list[InternalProcedureVersion]] = defaultdict(list)
        for ip in self.internal:
            by_key[(ip.code, ip.tier)].append(ip)
        versions = []
        for (code, tier), held in by_key.items():
            held.sort(key=lambda v: v.valid_from)
            for earlier, later in pairwise(held):
                if earlier.valid_from == later.valid_from:
                    raise AssertionError(
                        f"the registry would hold two internal procedures of {code} "
                        f"({vi.TIER_LABELS[tier]}) approved on the same day "
                        f"{later.valid_from:%d/%m/%Y}")
            versions += [replace(v, valid_to=nxt.valid_from)
                         for v, nxt in pairwise(held)] + [held[-1]]
        return RegistryView([replace(p, province=province) for p in self.procedures],
                            [replace(v, province=province) for v in versions])


@dataclass
class Dossier:
    kind: str | None = None
    submitted_on: date | None = None
    province: str | None = None  # a slug; None: the deployment's (TTHC_PROVINCE)
    submitter: dict | None = None
    addressed_to: dict | None = None
    approver: dict | None = None
    documents: list[str] = field(default_factory=list)
    procedures: list[dict] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    # what reading the documents could not settle (contract v1.2)
    open_points: list[dict] = field(default_factory=list)
    # what the steps named last
    current_procedure: dict | None = None
    current_flows: list[Flow] = field(default_factory=list)
    # defaults a Background sets for the procedures created after it
    default_ip_steps: list[dict] | None = None
    default_ep: dict = field(default_factory=dict)
    # the procedure registry the scenario describes (used only when the check says so)
    registry: RegistryBook = field(default_factory=RegistryBook)
    # the result of ``Khi kiểm tra hồ sơ``: the submission checked, and a verdict or the
    # contract's errors
    submission: dict | None = None
    verdict: dict | None = None
    bad_input: dict | None = None
    bad_input_expected: bool = False

    # --- the submission ---------------------------------------------------------------------

    def procedure(self, code: str) -> dict:
        for p in self.procedures:
            if p["code"] == code:
                return p
        raise AssertionError(f"the scenario names TTHC {code!r} before declaring it "
                             f"(declared: {[p['code'] for p in self.procedures]})")

    def add_procedure(self, code: str, change: str | None, tiers: list[str]) -> dict:
        name, field_name = vi.procedure_name(code)
        p: dict = {"code": code, "name": name, "tiers": tiers}
        if field_name:
            p["field"] = field_name
        if change:
            p["change"] = change
        self.procedures.append(p)
        self.current_procedure = p
        return p

    def need_procedure(self) -> dict:
        if self.current_procedure is None:
            raise AssertionError("this step speaks of «thủ tục» but no TTHC was declared yet")
        return self.current_procedure

    def add_flows(self, which: str, code: str, tiers: list[str], head: dict,
                  coordinating: list[dict], variant: str | None = None) -> list[Flow]:
        self.procedure(code)
        made = []
        for tier in tiers:
            data: dict = {"procedure_code": code, "tier": tier, "coordinating":
                          copy.deepcopy(coordinating)}
            if variant is not None:
                data["variant"] = variant
            if which == "internal":
                data["drafted_by"] = copy.deepcopy(head)
                if self.default_ip_steps is not None:
                    data["steps"] = copy.deepcopy(self.default_ip_steps)
            else:
                data["lead"] = copy.deepcopy(head)
                data.update(copy.deepcopy(self.default_ep))
            flow = Flow(which, data)
            self.flows.append(flow)
            made.append(flow)
        self.current_flows = made
        return made

    def need_flows(self, which: str | None = None) -> list[Flow]:
        flows = self.current_flows
        if not flows:
            raise AssertionError("this step speaks of «quy trình» but none was declared yet")
        if which and any(f.which != which for f in flows):
            raise AssertionError(f"this step speaks of a {which} procedure but the last one "
                                 f"declared is a {flows[0].label}")
        return flows

    def contract(self) -> dict:
        """The dossier as contract JSON (a submission of contract v1.2)."""
        if self.kind is None or self.submitted_on is None or self.submitter is None:
            raise AssertionError("the scenario never said «Cho hồ sơ … của … nộp ngày …»")
        out: dict = {"reference": "01/TTr", "kind": self.kind,
                     "submitted_on": self.submitted_on.isoformat(),
                     "submitter": self.submitter}
        if self.province is not None:
            out["province"] = self.province
        if self.addressed_to is not None:
            out["addressed_to"] = self.addressed_to
        if self.approver is not None:
            out["approver"] = self.approver
        out["documents"] = list(self.documents)
        procedures = []
        for p in self.procedures:
            p = copy.deepcopy(p)
            p.setdefault("managing_agency", _without_name(self.submitter))
            if "province" in p["tiers"]:
                p.setdefault("reception", "provincial_centre")
            procedures.append(p)
        out["procedures"] = procedures
        out["internal_procedures"] = [copy.deepcopy(f.data) for f in self.flows
                                      if f.which == "internal"]
        out["electronic_procedures"] = [copy.deepcopy(f.data) for f in self.flows
                                        if f.which == "electronic"]
        if self.open_points:
            out["open_points"] = copy.deepcopy(self.open_points)
        return out


def _without_name(agency: dict) -> dict:
    return {k: v for k, v in agency.items() if k != "name"}


# --- step tables ------------------------------------------------------------------------------

STEP_COLUMNS = {"bước": "order", "công việc": "action", "người thực hiện": "responsible",
                "thời gian": "duration"}


def steps_from_table(rows: list[list[str]]) -> list[dict]:
    """A step table (columns bước, công việc, người thực hiện, thời gian) as contract Steps.

    An empty cell leaves the field out; «Không tính thời gian» marks a step not counted.
    """
    header = [c.strip() for c in rows[0]]
    unknown = [c for c in header if c not in STEP_COLUMNS]
    if unknown:
        raise AssertionError(f"unknown columns {unknown}; a step table has {list(STEP_COLUMNS)}")
    steps = []
    for row in rows[1:]:
        cells = dict(zip((STEP_COLUMNS[c] for c in header), row, strict=True))
        digits = "".join(ch for ch in cells.get("order", "") if ch.isdigit())
        step: dict = {"order": int(digits) if digits else len(steps) + 1}
        for key in ("action", "responsible"):
            if key in cells:
                step[key] = cells[key]
        text = cells.get("duration", "").strip()
        if vi.is_uncounted(text):
            step["counted"] = False
        elif text:
            step["duration"] = vi.duration(text)
        steps.append(step)
    return steps


_ACTIONS = ["Tiếp nhận, kiểm tra, số hóa hồ sơ", "Phân công xử lý hồ sơ",
            "Thẩm định hồ sơ, dự thảo kết quả", "Xem xét, trình ký kết quả",
            "Ký phê duyệt kết quả", "Vào sổ, đóng dấu, chuyển kết quả"]


def generated_steps(count: int, total_hours: float) -> list[dict]:
    """``count`` complete counted steps whose durations add up to ``total_hours``."""
    if count < 1:
        raise AssertionError("a step table has at least one step")
    each = math.floor(total_hours / count)
    steps = []
    for i in range(count):
        value = each if i < count - 1 else total_hours - each * (count - 1)
        value = int(value) if float(value).is_integer() else value
        steps.append({"order": i + 1, "action": _ACTIONS[i % len(_ACTIONS)],
                      "responsible": "Công chức được phân công",
                      "duration": {"value": value, "unit": "working_hours"}})
    return steps
