"""Why the verdicts of a replay moved: each finding a re-evaluation gains or loses, put down to
the change of the catalogue that explains it.

``tthc-rules replay --format json`` says which submissions gain or lose which rule's finding
and how outcomes move; this reads the stored submissions of those moves and names, for each
(submission, rule, gained or lost), the change of catalogue v3 that accounts for it, so that a
reviewer can check the replay rule by rule. A move no cause explains is counted under
«unexplained»: there should be none.

    DATABASE_URL=sqlite:////tmp/history-v2.sqlite3 .venv/bin/tthc-rules replay \\
        --policies policies --format json > /tmp/replay.json
    .venv/bin/python -m bench.replay_causes /tmp/replay.json \\
        --database sqlite:////tmp/history-v2.sqlite3
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

MERGER = date(2025, 7, 1)
HUE = date(2025, 1, 1)
TT01 = date(2019, 1, 6)
DIRECTIVE = date(2019, 11, 29)
APPROVAL = {"QTNB-05", "QTNB-06", "QTNB-07", "QTNB-13", "CB-01", "QTNB-15"}
IP_EP_RULES = {"QTNB-01", "QTNB-02", "QTNB-03", "QTNB-04", "QTNB-14", "ND61-01", "ND61-02",
               "ND118-01", "ND118-02", "CHUNG-02", "CHUNG-03", "REG-01", "QTNB-13",
               *(f"QTDT-0{i}" for i in range(1, 10))}
HA_NOI_DELEGATION = date(2025, 3, 25)


def _ended(slug: str | None, day: date) -> bool:
    from service.engine.jurisdiction import ended_by

    return slug is not None and ended_by(slug, day) is not None


def cause(rule: str, gained: bool, body: dict) -> str:
    """The change of catalogue v3 that makes ``rule`` gain (or lose) its finding on ``body``."""
    day = date.fromisoformat(body["submitted_on"])
    named = body.get("province")
    province = named or "vinh-phuc"  # the history's deployment is Vĩnh Phúc's
    abolished = any(p.get("change") == "abolished" for p in body["procedures"])
    delegated = named == "ha-noi" and day >= HA_NOI_DELEGATION and \
        "provincial_centre" in {(body.get("approver") or {}).get("type"),
                                (body.get("addressed_to") or {}).get("type")}
    if rule == "JUR-01" and gained:
        return "names a province that had ended by its date (JUR-01)"
    if rule == "JUR-02" and gained:
        return "names no province; the deployment's Vĩnh Phúc had ended: Phú Thọ's rules (JUR-02)"
    if rule in APPROVAL:
        if not gained and delegated:
            return "Hà Nội: the centre approves under delegation 1716/QĐ-UBND (QTNB-05/07)"
        if gained and rule in ("QTNB-05", "QTNB-07") and named == "ha-noi" and \
                day < HA_NOI_DELEGATION and \
                (body.get("approver") or {}).get("type") == "provincial_centre":
            return "Hà Nội: the centre approved before its delegation of 25/03/2025"
        if gained and province != "vinh-phuc":
            return "the approval dossier is national since v3: another province's dossier"
        if gained and day >= MERGER:
            return "the approval dossier is national since v3: it outlives the 9579 pack"
        if gained and TT01 <= day < DIRECTIVE:
            return "the approval dossier is national from 06/01/2019 (Thông tư 01/2018)"
        if not gained and day >= MERGER and province == "vinh-phuc":
            return "the 9579 pack ended on 30/06/2025 (QTNB-13 then reads the national pack)"
    if not gained and province == "vinh-phuc" and day >= MERGER:
        return "Văn bản 9579/UBND-KSTT ends on 30/06/2025 (Vĩnh Phúc joined Phú Thọ)"
    if not gained and abolished and rule in IP_EP_RULES:
        return "no rule about an abolished procedure's internal or electronic procedure"
    if named == "thua-thien-hue" and day >= HUE:
        return "Thừa Thiên Huế became the city of Huế on 01/01/2025"
    return "unexplained"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", help="the JSON of tthc-rules replay --format json")
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))

    from service.storage import Store
    from service.storage.models import Submission

    store = Store(args.database)
    ids = {i for moved in report["by_rule"].values() for side in moved.values() for i in side}
    bodies: dict[str, dict] = {}
    with store.sessions() as session:
        for chunk in range(0, len(ids), 500):
            wanted = sorted(ids)[chunk:chunk + 500]
            for row in session.scalars(select(Submission).where(Submission.id.in_(wanted))):
                bodies[row.id] = row.body
    store.dispose()

    print(f"{report['evaluated']} submissions re-evaluated; {report['changed']} verdicts "
          f"change, {report['outcome_changed']} in outcome.\n")
    print("| outcome move | submissions |\n|---|---|")
    for move, moved in sorted(report["by_outcome"].items(), key=lambda kv: -len(kv[1])):
        print(f"| {move} | {len(moved):,} |")
    delegated = [b for b in _stored(args.database)
                 if b.get("province") == "ha-noi" and b["submitted_on"] >= "2025-03-25"
                 and (b.get("approver") or {}).get("type") == "provincial_centre"]
    flagged = {i for rule in ("QTNB-05", "QTNB-07")
               for i in report["by_rule"].get(rule, {}).get("gained", [])}
    print(f"\nHà Nội dossiers sent to and approved by the centre under the delegation: "
          f"{len(delegated)}, of which {sum(b['_id'] in flagged for b in delegated)} gain "
          f"QTNB-05 or QTNB-07.")
    print("\n| rule | gains | loses | why |\n|---|---|---|---|")
    for rule, moved in sorted(report["by_rule"].items()):
        why: dict[str, Counter] = defaultdict(Counter)
        for side in ("gained", "lost"):
            for i in moved[side]:
                why[side][cause(rule, side == "gained", bodies[i])] += 1
        said = "; ".join(f"{'+' if side == 'gained' else '−'}{n:,} {text}"
                         for side in ("gained", "lost")
                         for text, n in why[side].most_common())
        print(f"| {rule} | {len(moved['gained']):,} | {len(moved['lost']):,} | {said} |")


def _stored(database: str) -> list[dict]:
    """Every stored submission's body, with its id under ``_id``."""
    from service.storage import Store
    from service.storage.models import Submission

    store = Store(database)
    try:
        with store.sessions() as session:
            return [{**row.body, "_id": row.id}
                    for row in session.scalars(select(Submission))]
    finally:
        store.dispose()


if __name__ == "__main__":
    main()
