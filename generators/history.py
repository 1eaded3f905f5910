"""A realistic, reproducible history of TTHC dossiers from mid-2019 to mid-2026, stored with
the verdicts of whatever rules the running code serves: the input of a ``tthc-rules replay``.

``generate(seed, count)`` yields contract submissions (contract v1.1 JSON) the way a PPC
Office receives them over the years: mostly Vĩnh Phúc's, some of other provinces (and, from
01/07/2025, of the merged ones); publications, internal procedures, amendments and electronic
procedures; decisions signed by the Chairman or, most often, «KT. Chủ tịch»; Submission letters
addressed to the Office or «Kính gửi: Chủ tịch UBND tỉnh»; district tiers before the reform,
and after it abolitions of district-tier TTHC and, now and then, a dossier still naming the
district; step tables that fit their time limit or not, some in tenths of a day, some for
cases of one TTHC with their own time limit; drafters named without codes; dossiers sent
without their Tờ trình, in every province; abolitions that still carry the abolished
procedure's step tables; dossiers naming Vĩnh Phúc, or naming no province on a deployment set
up for Vĩnh Phúc, after it joined Phú Thọ; Hà Nội dossiers sent to and approved by the city's
Public Administration Service Centre, to which the Chairman delegated approvals on 25/03/2025.
The data are invented (codes are random); the proportions are a reviewer's guess, stated in the
code. Every submission is valid under contract v1.1, so that older code can store it.

Run it with the code and rules whose verdicts the history should hold, e.g. the rules of an
earlier version exported from git::

    git archive <commit> | tar -x -C /tmp/v1
    PYTHONPATH=/tmp/v1 TTHC_POLICIES=/tmp/v1/policies \\
        .venv/bin/python generators/history.py --count 20000 \\
        --database sqlite:////tmp/history.sqlite3
    DATABASE_URL=sqlite:////tmp/history.sqlite3 .venv/bin/tthc-rules replay \\
        --policies policies --format json

``--examples examples`` stores the project's example submissions instead.

It imports only what every version of the service has (``load_submission``, ``get_engine``,
``Store`` and its models), so that it runs against older code too.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

START, END = date(2019, 6, 1), date(2026, 6, 30)
REFORM = date(2025, 7, 1)
HA_NOI_DELEGATION = date(2025, 3, 25)  # Quyết định 1716/QĐ-UBND
HA_NOI_CENTRE = {"code": "TTPVHCC-HN", "type": "provincial_centre",
                 "name": "Trung tâm Phục vụ hành chính công Thành phố Hà Nội"}

DEPARTMENTS = (("SXD", "Sở Xây dựng"), ("STP", "Sở Tư pháp"),
               ("SKHCN", "Sở Khoa học và Công nghệ"), ("SNV", "Sở Nội vụ"),
               ("SYT", "Sở Y tế"), ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
               ("STC", "Sở Tài chính"))
# How a drafter named without a code may spell its department: the same name as people write
# it (upper case, the province, old-style tone marks) or, now and then, another department.
SPELLINGS = ("{name}", "{name} tỉnh {province}", "{upper}", "{old_tones}")
NAMES = ("Cấp giấy phép hoạt động", "Công nhận kết quả", "Chứng thực bản sao",
         "Đăng ký hoạt động", "Cấp lại giấy chứng nhận", "Thẩm định hồ sơ", "Gia hạn giấy phép")
PROVINCE_NAMES = {"vinh-phuc": "Vĩnh Phúc", "phu-tho": "Phú Thọ", "cao-bang": "Cao Bằng",
                  "nghe-an": "Nghệ An", "lang-son": "Lạng Sơn", "ha-tinh": "Hà Tĩnh",
                  "tuyen-quang": "Tuyên Quang", "ha-noi": "Hà Nội", "dong-nai": "Đồng Nai"}
VARIANTS = ("a) Trường hợp không thành lập hội đồng", "b) Trường hợp thành lập hội đồng")


def _pick(rng: random.Random, weighted: dict):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def _day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange((END - START).days + 1))


def _province(rng: random.Random, day: date) -> str | None:
    """None: the deployment's province (Vĩnh Phúc)."""
    if day < REFORM:
        return _pick(rng, {None: 60, "vinh-phuc": 15, "cao-bang": 6, "nghe-an": 6,
                           "lang-son": 4, "ha-tinh": 4, "ha-noi": 3, "dong-nai": 2})
    return _pick(rng, {None: 30, "vinh-phuc": 5, "phu-tho": 25, "cao-bang": 10,
                       "nghe-an": 8, "lang-son": 7, "tuyen-quang": 5, "ha-noi": 6,
                       "dong-nai": 4})


def _tiers(rng: random.Random, day: date) -> list[str]:
    if day < REFORM:
        return _pick(rng, {("province",): 30, ("province", "district"): 15,
                           ("district", "commune"): 25, ("commune",): 15,
                           ("province", "district", "commune"): 15})
    return _pick(rng, {("province",): 40, ("commune",): 25, ("province", "commune"): 25,
                       ("province", "district"): 5, ("district", "commune"): 5})


def _old_tones(name: str) -> str:
    return name.replace("hóa", "hoá").replace("thủy", "thuỷ").replace("ủy", "uỷ")


class _History:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def agency(self, dept: tuple[str, str]) -> dict:
        return {"code": dept[0], "name": dept[1], "type": "department"}

    def signature(self, agency: dict, day: date) -> dict:
        """How a decision was (or will be) signed: most often «KT. Chủ tịch» (in a sample of
        real 2025 decisions, 25 of 34); callers that predate v1.1 send nothing."""
        form = _pick(self.rng, {None: 30, "on_behalf": 45, "self": 17, "for_committee": 5,
                                "by_order": 3})
        if form is not None:
            agency["signed_as"] = form
            if form == "on_behalf" and self.rng.random() < 0.5:
                agency["signer"] = "Phó Chủ tịch UBND tỉnh"
        return agency

    def chairman(self, day: date) -> dict:
        if self.rng.random() < 0.03:
            return {"type": "other", "name": "Giám đốc Sở"}
        return self.signature({"type": "ppc_chairman"}, day)

    def drafter(self, dept: tuple[str, str], province: str | None) -> dict:
        roll = self.rng.random()
        if roll < 0.88:
            return self.agency(dept)
        if roll < 0.98:  # a name, no code
            if self.rng.random() < 0.2:
                dept = self.rng.choice(DEPARTMENTS)
            spelling = self.rng.choice(SPELLINGS)
            name = spelling.format(name=dept[1], upper=dept[1].upper(),
                                   old_tones=_old_tones(dept[1]),
                                   province=PROVINCE_NAMES.get(province or "vinh-phuc",
                                                               "Vĩnh Phúc"))
            return {"name": name, "type": "department"}
        other = self.rng.choice([d for d in DEPARTMENTS if d != dept])
        return self.agency(other)

    def steps(self, limit_hours: float, fit: str) -> list[dict]:
        """A step table: ``fit`` is ``under``, ``equal``, ``over``, ``tenths`` (tenths of a day
        adding up exactly to the limit) or ``missing`` (a counted step without a duration)."""
        rng = self.rng
        if fit == "tenths":  # 0,1 + 0,2 + 0,3 ngày + the rest: exactly the limit
            rest = round(limit_hours / 8 - 0.6, 1)
            days = [0.1, 0.2, 0.3] + ([rest] if rest > 0 else [])
            steps = [{"order": i + 1, "action": "Xử lý hồ sơ", "responsible": "Công chức",
                      "duration": {"value": d, "unit": "working_days"}}
                     for i, d in enumerate(days)]
        else:
            count = rng.randint(3, 7)
            total = {"under": limit_hours - 4 * rng.randint(1, 3), "equal": limit_hours,
                     "over": limit_hours + 4 * rng.randint(1, 4),
                     "missing": limit_hours}[fit]
            total = max(total, count)
            each = [total // count] * count
            each[-1] += total - sum(each)
            steps = []
            for i, h in enumerate(each):
                unit_days = h % 4 == 0 and rng.random() < 0.6
                duration = ({"value": h / 8, "unit": "working_days"} if unit_days
                            else {"value": h, "unit": "working_hours"})
                steps.append({"order": i + 1, "action": f"Bước {i + 1}",
                              "responsible": "Phòng chuyên môn", "duration": duration})
            if fit == "missing":
                del steps[rng.randrange(len(steps))]["duration"]
        steps.append({"order": len(steps) + 1, "action": "Trả kết quả",
                      "responsible": "Bộ phận Một cửa", "counted": False})
        return steps

    def fit(self) -> str:
        return _pick(self.rng, {"under": 55, "equal": 37, "over": 2, "tenths": 4,
                                "missing": 2})

    def coordinating(self, tier: str, day: date) -> list[dict]:
        rng = self.rng
        if tier == "province":
            return [{"code": "TTPVHCC", "type": "provincial_centre"}] \
                if rng.random() < 0.95 else []
        if day < REFORM:
            return [{"code": "UBND-H", "name": "UBND huyện Tam Dương", "type": "district_pc"}] \
                if rng.random() < 0.95 else [{"code": "UBND-X", "type": "commune_pc"}]
        if rng.random() < 0.15:  # a draft still naming the former district
            return [{"code": "UBND-H", "name": "UBND huyện Tam Dương", "type": "district_pc"}]
        return [{"code": "TTPVHCC-X", "type": "commune_centre"},
                {"code": "UBND-X", "type": "commune_pc"}]

    def internal(self, p: dict, tier: str, dept, province, day: date,
                 variant: str | None = None, own_limit: float | None = None) -> dict:
        limit = own_limit or p["time_limit"]["value"] * 8
        ip = {"procedure_code": p["code"], "tier": tier,
              "drafted_by": self.drafter(dept, province),
              "coordinating": self.coordinating(tier, day),
              "steps": self.steps(limit, self.fit())}
        if variant:
            ip["variant"] = variant
        if own_limit:
            ip["time_limit"] = {"value": own_limit / 8, "unit": "working_days"}
        return ip

    def internals(self, p: dict, tiers: list[str], dept, province, day: date) -> list[dict]:
        out = []
        for tier in tiers:
            if tier == "district" and day >= REFORM and self.rng.random() < 0.8:
                continue  # no procedure drafted for a tier that no longer exists
            if self.rng.random() < 0.06:  # two cases with their own time limits
                base = p["time_limit"]["value"] * 8
                out.append(self.internal(p, tier, dept, province, day, VARIANTS[0], base))
                out.append(self.internal(p, tier, dept, province, day, VARIANTS[1],
                                         base + 8 * self.rng.randint(5, 12)))
            else:
                out.append(self.internal(p, tier, dept, province, day))
        return out

    def procedure(self, i: int, kind: str, dept, day: date) -> dict:
        rng = self.rng
        tiers = list(_tiers(rng, day))
        p = {"code": f"{rng.choice('12')}.{rng.randrange(1, 999999):06d}",
             "name": f"{rng.choice(NAMES)} {i + 1}", "managing_agency": self.agency(dept),
             "tiers": tiers, "time_limit": {"value": rng.choice((2, 5, 10, 15, 20)),
                                            "unit": "working_days"}}
        if "province" in tiers:
            p["reception"] = "provincial_centre" if rng.random() < 0.85 else "agency"
        if kind == "publication":
            if day >= REFORM and "district" in tiers and rng.random() < 0.6:
                p["change"] = "abolished"
            else:
                p["change"] = _pick(rng, {"new": 25, "amended": 35, "replaced": 10,
                                          "abolished": 8, "listed": 22})
            if p["change"] in ("amended", "listed"):
                p["changed_elements"] = rng.sample(
                    ["time_limit", "place", "sequence", "fee", "dossier", "form"],
                    rng.randint(1, 2))
            roll = rng.random()
            if roll < 0.5:
                p["has_approved_internal_procedure"] = True
            elif roll < 0.6:
                p["has_approved_internal_procedure"] = False
        return p

    def submission(self, n: int) -> dict:
        rng = self.rng
        day = _day(rng)
        province = _province(rng, day)
        kind = _pick(rng, {"publication": 35, "internal_procedure": 30,
                           "internal_procedure_amendment": 15, "electronic_procedure": 20})
        dept = rng.choice(DEPARTMENTS)
        sub: dict = {"reference": f"{n}/TTr-{dept[0]}", "kind": kind,
                     "submitted_on": day.isoformat(), "submitter": self.agency(dept)}
        if province:
            sub["province"] = province
        if kind != "electronic_procedure":
            # «Kính gửi: Chủ tịch UBND tỉnh» now and then; rarely straight to the centre
            sub["addressed_to"] = {
                "office": {"code": "VPUBND", "type": "ppc_office"},
                "chairman": {"type": "ppc_chairman", "name": "Chủ tịch UBND tỉnh"},
                "centre": {"code": "TTPVHCC", "type": "provincial_centre"},
            }[_pick(rng, {"office": 80, "chairman": 15, "centre": 5})]
            if rng.random() < 0.8:
                sub["approver"] = self.chairman(day)
            if province == "ha-noi" and \
                    kind in ("internal_procedure", "internal_procedure_amendment") and \
                    rng.random() < (0.6 if day >= HA_NOI_DELEGATION else 0.1):
                # sent to and approved by the city's centre: under the delegation of
                # 25/03/2025, or (now and then) before it
                sub["addressed_to"] = dict(HA_NOI_CENTRE)
                sub["approver"] = dict(HA_NOI_CENTRE)
        procedures = [self.procedure(i, kind, dept, day) for i in range(rng.randint(1, 4))]
        sub["procedures"] = procedures
        documents = {"publication": ["to_trinh", "draft_publication_decision",
                                     "draft_internal_procedure_decision"],
                     "electronic_procedure": []}.get(
            kind, ["to_trinh", "draft_internal_procedure_decision"])
        roll = rng.random()
        if documents and roll < 0.05:
            documents = documents[:-1]
        elif documents and roll < 0.10:  # sent without its Tờ trình
            documents = [d for d in documents if d != "to_trinh"]
        sub["documents"] = documents
        ips: list[dict] = []
        if kind != "electronic_procedure":
            for p in procedures:
                # most abolitions carry no step table; some still carry the old one
                if (p.get("change") == "abolished" and rng.random() < 0.65) or \
                        (kind == "publication" and rng.random() < 0.15):
                    continue
                ips += self.internals(p, p["tiers"], dept, province, day)
        if kind == "internal_procedure_amendment":
            for ip in ips:
                if rng.random() < 0.92:
                    approved = self.chairman(day) if not (
                        day >= REFORM and rng.random() < 0.05) else \
                        {"type": "district_pc", "name": "UBND huyện Tam Dương"}
                    ip["amends"] = {"decision": f"{rng.randint(100, 3999)}/QĐ-UBND",
                                    "approved_by": approved}
                if rng.random() < 0.8:
                    ip["amendment_reason"] = rng.choice(("law_changed", "practice_mismatch"))
        sub["internal_procedures"] = ips
        if kind == "electronic_procedure":
            sub["electronic_procedures"] = self.electronics(procedures, day, dept, province)
        return sub

    def electronics(self, procedures: list[dict], day: date, dept, province) -> list[dict]:
        rng = self.rng
        eps = []
        for p in procedures:
            for tier in p["tiers"]:
                if tier == "district" and day >= REFORM and rng.random() < 0.8:
                    continue
                if tier == "province":
                    lead = self.agency(dept)
                    coordinating = [{"code": "TTPVHCC", "type": "provincial_centre"}]
                elif tier == "district":
                    lead = {"code": "TTHCC-H", "type": "district_centre"}
                    coordinating = [{"code": "PCM-H", "type": "district_division"},
                                    {"code": "QTPM-H", "type": "district_software_admin"},
                                    {"code": "KSTT", "type": "tthc_control_division"}]
                else:
                    lead = {"code": "UBND-X", "type": "commune_pc"}
                    coordinating = [{"code": "KSTT", "type": "tthc_control_division"}]
                    if day < REFORM or rng.random() < 0.15:
                        coordinating += [{"code": "TTHCC-H", "type": "district_centre"},
                                         {"code": "QTPM-H", "type": "district_software_admin"}]
                ep = {"procedure_code": p["code"], "tier": tier, "lead": lead,
                      "coordinating": coordinating,
                      "platform": "shared_one_stop" if rng.random() < 0.9 else "other",
                      "based_on": {"decision": f"{rng.randint(100, 3999)}/QĐ-UBND",
                                   "approved_by": self.chairman(day)},
                      "steps": self.steps(p["time_limit"]["value"] * 8, self.fit())}
                if rng.random() < 0.8:
                    ep["national_portal_connected"] = rng.random() < 0.85
                eps.append(ep)
        return eps


def generate(seed: int, count: int) -> Iterator[dict]:
    """``count`` submissions, the same ones for the same seed."""
    history = _History(random.Random(seed))
    for n in range(count):
        yield history.submission(n)


def examples(folder: str) -> Iterator[dict]:
    """The submissions of the JSON files of a folder (the project's ``examples/``)."""
    from pathlib import Path

    for path in sorted(Path(folder).glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def store_history(database: str, seed: int, count: int,
                  submissions: Iterator[dict] | None = None) -> dict:
    """Evaluate and store the generated history (or ``submissions``) with the serving code
    and rules; what was stored, by outcome."""
    from ulid import ULID

    from service.contract.schemas import load_submission
    from service.engine import get_engine
    from service.storage import Store
    from service.storage.models import Submission, Verdict
    from service.storage.store import canonical_json, input_hash

    store = Store(database)
    store.upgrade()
    engine = get_engine()
    now = datetime.now(UTC)
    outcomes: dict[str, int] = {}
    batch: list = []
    raws = list(submissions) if submissions is not None else generate(seed, count)
    count = len(raws) if submissions is not None else count
    try:
        for i, raw in enumerate(raws):
            sub = load_submission(raw)
            verdict = engine.evaluate(sub)
            outcomes[verdict["outcome"]] = outcomes.get(verdict["outcome"], 0) + 1
            record = Submission(id=str(ULID()), reference=sub.get("reference"),
                                kind=sub["kind"], submitter_code=sub["submitter"].get("code"),
                                submitted_on=sub["submitted_on"], received_at=now,
                                body=json.loads(canonical_json(sub)),
                                input_hash=input_hash(sub))
            record.verdict = Verdict(decision_id=verdict["decision_id"],
                                     outcome=verdict["outcome"],
                                     evaluated_on=sub["submitted_on"],
                                     policies=verdict["policies"],
                                     findings=verdict["findings"])
            batch.append(record)
            if len(batch) == 2000 or i == count - 1:
                with store.sessions.begin() as session:
                    session.add_all(batch)
                batch = []
    finally:
        store.dispose()
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--database", required=True, help="e.g. sqlite:////tmp/history.sqlite3")
    parser.add_argument("--examples", metavar="FOLDER",
                        help="store the submissions of this folder's JSON files instead")
    args = parser.parse_args()
    chosen = list(examples(args.examples)) if args.examples else None
    outcomes = store_history(args.database, args.seed, args.count, chosen)
    stored = len(chosen) if chosen is not None else args.count
    print(f"{stored} submissions stored in {args.database}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
