"""Submissions of a given size for the benchmarks (contract JSON, deterministic)."""

from __future__ import annotations

DEPT = {"code": "STP", "name": "Sở Tư pháp", "type": "department"}
CENTRE = {"code": "TTPVHCC", "type": "provincial_centre"}
DISTRICT_PC = {"code": "UBND-VY", "type": "district_pc"}


def _steps(n: int = 4) -> list[dict]:
    steps = [{"order": i + 1, "action": f"Bước {i + 1}: xử lý hồ sơ",
              "responsible": "Phòng chuyên môn",
              "duration": {"value": 1, "unit": "working_days"}} for i in range(n - 1)]
    steps.append({"order": n, "action": "Trả kết quả", "responsible": "Bộ phận Một cửa",
                  "counted": False})
    return steps


def submission(procedures: int, submitted_on: str = "2021-06-14",
               kind: str = "publication") -> dict:
    """``procedures`` TTHC at province and district tier, each with two internal
    procedures of 4 steps (the benchmark's typical shape is 5 of them)."""
    procs, ips = [], []
    for i in range(procedures):
        code = f"1.{100000 + i:06d}"
        procs.append({"code": code, "name": f"Thủ tục hành chính số {i + 1}", "field": "Hộ tịch",
                      "change": "new" if i % 2 else "amended",
                      "changed_elements": ["time_limit"] if i % 3 else ["fee"],
                      "managing_agency": DEPT, "tiers": ["province", "district"],
                      "reception": "provincial_centre",
                      "time_limit": {"value": 5, "unit": "working_days"}})
        ips.append({"procedure_code": code, "tier": "province", "drafted_by": DEPT,
                    "coordinating": [CENTRE], "steps": _steps()})
        ips.append({"procedure_code": code, "tier": "district", "drafted_by": DEPT,
                    "coordinating": [DISTRICT_PC] if i % 4 else [], "steps": _steps()})
    return {"reference": f"{procedures}/TTr-STP", "kind": kind, "submitted_on": submitted_on,
            "submitter": DEPT, "addressed_to": {"code": "VPUBND", "type": "ppc_office"},
            "documents": ["to_trinh", "draft_publication_decision",
                          "draft_internal_procedure_decision"],
            "procedures": procs, "internal_procedures": ips}
