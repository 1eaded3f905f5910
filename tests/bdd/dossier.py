"""A submission as the scenarios build it, step by step, turned into contract JSON at the end.

The steps of a scenario describe a dossier the way a reviewer reads it: the submission, then
each TTHC, then the internal and electronic procedures. Each step changes the thing the
previous steps named last (the current TTHC, the current internal or electronic procedures),
so that ``Và thời hạn giải quyết là 15 ngày làm việc`` reads as it sounds.

Nothing here checks the contract: ``contract()`` returns plain JSON and the steps pass it
through ``service.schemas.load_submission``, the real validation.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from datetime import date

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
class Dossier:
    kind: str | None = None
    submitted_on: date | None = None
    submitter: dict | None = None
    addressed_to: dict | None = None
    approver: dict | None = None
    documents: list[str] = field(default_factory=list)
    procedures: list[dict] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    # what the steps named last
    current_procedure: dict | None = None
    current_flows: list[Flow] = field(default_factory=list)
    # defaults a Background sets for the procedures created after it
    default_ip_steps: list[dict] | None = None
    default_ep: dict = field(default_factory=dict)
    # the result of ``Khi kiểm tra hồ sơ``: a verdict, or the contract's errors
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
                  coordinating: list[dict]) -> list[Flow]:
        self.procedure(code)
        made = []
        for tier in tiers:
            data: dict = {"procedure_code": code, "tier": tier, "coordinating":
                          copy.deepcopy(coordinating)}
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
        """The dossier as contract JSON (submission of contract v1)."""
        if self.kind is None or self.submitted_on is None or self.submitter is None:
            raise AssertionError("the scenario never said «Cho hồ sơ … của … nộp ngày …»")
        out: dict = {"reference": "01/TTr", "kind": self.kind,
                     "submitted_on": self.submitted_on.isoformat(),
                     "submitter": self.submitter}
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
