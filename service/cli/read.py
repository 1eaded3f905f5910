"""``tthc-rules read``: read a department's draft decision (Word or HTML), and its Tờ trình,
into a submission; show what was read; with ``--check``, evaluate it, with what the reading
could not settle (its open points: READ-01, READ-02), so never «Đạt» while one remains.

Exit status: 0 when the files were read; 4 when a file cannot be read (the reason is
printed). With ``--check``: the verdict's status as ``tthc-rules check`` gives it (0 accepted,
1 needs_review, 2 rejected, 3 no_policy), or 4 when what was read is not yet a complete
submission (what is missing is printed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from service.cli.common import EXIT, EXIT_BAD_INPUT

TIER_VI = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}
KIND_VI = {"publication": "quyết định công bố danh mục TTHC",
           "internal_procedure": "quyết định phê duyệt quy trình nội bộ",
           "internal_procedure_amendment": "quyết định sửa đổi, bổ sung quy trình nội bộ",
           "electronic_procedure": "quy trình điện tử"}
SIGNED_VI = {"self": "Chủ tịch ký", "on_behalf": "KT. Chủ tịch (ký thay)",
             "for_committee": "TM. Ủy ban nhân dân", "by_order": "TL. Chủ tịch (thừa lệnh)",
             "by_authorisation": "TUQ. Chủ tịch (thừa ủy quyền)"}


@click.command("read")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True,
              help="Print exactly {\"submission\": …, \"reading\": …} as JSON.")
@click.option("--check", "evaluate", is_flag=True,
              help="Also evaluate the submission read (exit status as `tthc-rules check`).")
@click.option("--province", default=None, metavar="SLUG",
              help="The province, when the document does not name it (e.g. cao-bang).")
def read_command(files: tuple[str, ...], as_json: bool, evaluate: bool,
                 province: str | None) -> None:
    """Read FILE… (.docx or .html: a draft decision and its Tờ trình) into one submission."""
    from service.documents import Unreadable, read_paths
    from service.engine.jurisdiction import known

    if province is not None and not known(province):
        _fail(as_json, "--province", f"«{province}» không phải tỉnh đã biết (viết như "
              "vinh-phuc, cao-bang).", f"{province!r} is not a known province slug.")
    from service.config import read_bounds
    from service.untrusted.sandbox import Exceeded, run

    try:  # in a process of its own, with a memory and a time limit
        out = run(read_paths, list(files), province, bounds=read_bounds())
    except Unreadable as exc:
        _fail(as_json, exc.file, exc.vi, exc.en, exc.reason)
    except Exceeded as exc:
        _fail(as_json, ", ".join(Path(f).name for f in files), exc.vi, exc.en,
              f"too_much_{exc.what}")
    verdict = None
    if evaluate:
        if not out["reading"]["contract"]["valid"]:
            if as_json:
                click.echo(json.dumps({**out, "verdict": None}, ensure_ascii=False, indent=2))
            else:
                print_reading(out)
            click.echo("Chưa đánh giá được: hồ sơ đọc ra còn thiếu thông tin bắt buộc "
                       "(xem mục «Chưa đủ để kiểm tra»).", err=True)
            sys.exit(EXIT_BAD_INPUT)
        from service.cli.check import print_verdict
        from service.contract.schemas import load_submission
        from service.engine import evaluate as evaluate_submission

        submission = load_submission(out["submission"])
        verdict = evaluate_submission(submission)
        if as_json:
            out["verdict"] = verdict
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print_reading(out)
        if verdict is not None:
            click.echo("")
            print_verdict(verdict, "vi", submission)
    sys.exit(EXIT[verdict["outcome"]] if verdict is not None else 0)


def _fail(as_json: bool, where: str, vi: str, en: str, reason: str = "bad_option") -> None:
    if as_json:
        click.echo(json.dumps({"errors": {where or "files": [vi, en]}, "reason": reason},
                              ensure_ascii=False, indent=2))
    click.echo(f"{where}: {vi}" if where else vi, err=True)
    sys.exit(EXIT_BAD_INPUT)


def _days(duration: dict | None) -> str:
    """A duration as it was printed: «4,5 ngày làm việc», «36 giờ làm việc»."""
    from service.documents.durations import spoken

    return spoken(duration)


def _total(duration: dict | None) -> str:
    """A sum of durations as a civil servant counts it: «21 ngày làm việc» for 168 working
    hours, «12 ngày 1 giờ làm việc»."""
    from service.engine.wording import duration_of

    return duration_of(duration, "vi")


def print_reading(out: dict) -> None:
    from rich.table import Table

    from service.cli.common import Console

    console = Console(highlight=False, soft_wrap=True)
    sub, reading = out["submission"], out["reading"]
    for f in reading["files"]:
        what = {"decision": "Quyết định", "to_trinh": "Tờ trình"}.get(f["document"],
                                                                      "Văn bản chưa rõ loại")
        line = f"[bold]{f['file']}[/]: {what}"
        if f.get("number"):
            line += f" số {f['number']}"
        if f.get("date"):
            line += f" ngày {f['date'][8:10]}/{f['date'][5:7]}/{f['date'][:4]}"
        console.print(line)
        if f.get("signature"):
            sig = f["signature"]
            console.print("  Ký: " + " / ".join(sig.get("lines_as_printed") or []), markup=False)
    summary = Table("", "", show_header=False, box=None)
    summary.add_row("Loại hồ sơ", KIND_VI.get(sub.get("kind"), "—"))
    summary.add_row("Tỉnh", _province(sub.get("province")))
    summary.add_row("Cơ quan trình", (sub.get("submitter") or {}).get("name") or "—")
    summary.add_row("Số tờ trình", sub.get("reference") or "—")
    day = sub.get("submitted_on") or ""
    summary.add_row("Ngày trình", f"{day[8:10]}/{day[5:7]}/{day[:4]}" if day else "—")
    approver = sub.get("approver")
    summary.add_row("Người ký", (SIGNED_VI[approver.get("signed_as", "self")] + " — "
                                 + approver.get("signer", "")) if approver else "—")
    console.print(summary)
    procedures = Table("Mã", "Thủ tục", "Cấp", "Trường hợp", "Số bước", "Tổng thời gian",
                       title="Quy trình nội bộ đã đọc", title_justify="left")
    names = {p["code"]: p["name"] for p in sub.get("procedures", [])}
    from service.documents.durations import total_of

    for ip in sub.get("internal_procedures", []) + sub.get("electronic_procedures", []):
        total = total_of([s["duration"] for s in ip["steps"]
                          if s.get("counted", True) and s.get("duration")])
        procedures.add_row(ip["procedure_code"], _cut(names.get(ip["procedure_code"], ""), 60),
                           TIER_VI[ip["tier"]], _cut(ip.get("variant") or "", 40),
                           str(len(ip["steps"])), _total(total))
    if procedures.row_count:
        console.print(procedures)
    else:
        console.print("\n[bold]Chưa có quy trình nội bộ nào gắn được mã thủ tục.[/]")
    tables = [u for u in reading["unplaced"] if u.get("kind") == "table"]
    if tables:
        console.print(f"\n[bold yellow]Bảng chưa đặt được vào thủ tục nào ({len(tables)})[/]")
        for u in tables:
            console.print(f"  {u['place']}: {_cut(' '.join(u['procedures']) or '—', 90)} — "
                          f"{len(u['steps'])} bước. {u['message']['vi']}", markup=False)
    for u in reading["unplaced"]:
        if u.get("kind") == "row":
            console.print(f"  {u['place']}: «{' | '.join(u['cells'])}» — {u['message']['vi']}",
                          markup=False)
    differ = [t for t in reading["totals"] if t["agrees"] is False]
    if differ:
        console.print("\n[bold yellow]Tổng in trong bảng khác tổng các bước[/]")
        for t in differ:
            console.print(f"  {t['place']}: in {_days(t['printed'])}, cộng các bước "
                          f"{_total(t['summed'])}", markup=False)
    points = sub.get("open_points") or []
    if points:
        console.print(f"\n[bold yellow]Điểm việc đọc chưa xác định được ({len(points)})[/]: "
                      "được đưa vào hồ sơ kiểm tra, nên kết quả kiểm tra không thể là «Đạt» "
                      "khi còn một điểm chưa được người xem xác định.")
        for p in points:
            console.print("  " + _point_words(p), markup=False)
    abolished = [p["code"] for p in sub.get("procedures", []) if p.get("change") == "abolished"]
    if abolished:
        console.print(f"\nThủ tục bị bãi bỏ ({len(abolished)}): {', '.join(abolished)}: không "
                      "cần quy trình nội bộ.", markup=False)
    console.print(f"\n[bold]Ghi chú khi đọc ({len(reading['notes'])})[/]")
    for n in reading["notes"]:
        where = f" [{n['place']}]" if n.get("place") else ""
        console.print(f"  • {n['message']['vi']}{where}", markup=False)
    contract = reading["contract"]
    if not contract["valid"]:
        console.print("\n[bold red]Chưa đủ để kiểm tra[/]: cần bổ sung trước khi đánh giá:")
        for field, messages in contract["errors"].items():
            console.print(f"  {_field_vi(field)}: {' '.join(messages)}", markup=False)


def _point_words(point: dict) -> str:
    """One open point as a reviewer reads it."""
    heading = f" «{_cut(point['heading'], 90)}»" if point.get("heading") else ""
    if point["kind"] == "unplaced_table":
        return f"{point['place']}: bảng{heading} chưa gắn với thủ tục, cấp thực hiện nào."
    case = f", {point['variant']}" if point.get("variant") else ""
    return (f"{point['place']}: quy trình {TIER_VI[point['tier']]} của thủ tục "
            f"{point['procedure_code']}{case}: tổng in {_days(point['printed'])}, cộng các bước "
            f"{_total(point['summed'])}.")


def _province(slug: str | None) -> str:
    from service.engine.jurisdiction import provinces

    if not slug:
        return "— (mặc định của hệ thống)"
    return provinces()[slug].full_name if slug in provinces() else slug


def _field_vi(path: str) -> str:
    if path == "procedures":
        return "Danh sách thủ tục (chưa có thủ tục nào có mã)"
    if path.startswith("procedures"):
        return "Thủ tục"
    if path.startswith("internal_procedures"):
        return "Quy trình nội bộ"
    return {"submitter": "Cơ quan trình", "addressed_to": "Nơi nhận tờ trình",
            "submitted_on": "Ngày trình", "kind": "Loại hồ sơ"}.get(path.split(".")[0], path)


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
