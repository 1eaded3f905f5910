"""The §CHUNG coverage report on a small registry whose figures were worked out by hand."""

from datetime import date
from pathlib import Path

import pytest

from generators.registry_sample import sample_registry
from service.registry.coverage import ElectronicProcedureRecord as EP
from service.registry.coverage import InternalProcedureRecord as IP
from service.registry.coverage import ProcedureRecord as P
from service.registry.coverage import (
    coverage_report,
    gaps_to_csv,
    percentage,
    render_tables,
    report_to_csv,
    responsible_agency,
)
from service.registry.importer import parse_file

STP, NNMT, SXD = "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"

# Six TTHC. 1.000005 is abolished; 1.000004 is managed by Sở Xây dựng but handled at province
# tier by Sở Nông nghiệp và Môi trường (§QTNB-5); 1.000006 says neither field nor agency.
PROCEDURES = [
    P("1.000001", "Đăng ký khai sinh", ("province", "commune"), "in_force", "Hộ tịch", STP,
      f"{STP}; UBND cấp xã"),
    P("1.000002", "Đăng ký khai tử", ("commune",), "in_force", "Hộ tịch", STP, "UBND cấp xã"),
    P("1.000003", "Đăng ký đất đai lần đầu", ("province",), "in_force", "Đất đai", NNMT, NNMT),
    P("1.000004", "Thẩm định quy hoạch chi tiết", ("province", "commune"), "in_force",
      "Quy hoạch xây dựng", SXD, NNMT),
    P("1.000005", "Cấp giấy phép đã bãi bỏ", ("province",), "abolished", "Hộ tịch", STP, STP),
    P("1.000006", "Thủ tục chưa rõ cơ quan", ("province",)),
]
INTERNAL = [
    IP("1.000001", "province", "10/QĐ-UBND", date(2025, 8, 1)),
    IP("1.000001", "commune", "10/QĐ-UBND", date(2025, 8, 1)),
    IP("1.000002", "commune", "11/QĐ-UBND", date(2025, 8, 2), needs_amendment=True),
    IP("1.000003", "province", "12/QĐ-UBND", date(2025, 8, 3)),
    IP("1.000004", "province", "13/QĐ-UBND", date(2025, 8, 4)),
    IP("1.000005", "province", "14/QĐ-UBND", date(2024, 1, 5)),
    IP("9.999999", "province", "15/QĐ-UBND", date(2025, 8, 6)),
]
ELECTRONIC = [
    EP("1.000001", "province", "shared_one_stop", True),
    EP("1.000001", "commune", "shared_one_stop", True),
    EP("1.000002", "commune", "shared_one_stop", False),
    EP("1.000004", "province", "shared_one_stop", True),
    EP("1.000004", "commune", "shared_one_stop", True),
    EP("1.000006", "province", "other", None),
    EP("1.000003", "commune", "shared_one_stop", True),
]


@pytest.fixture(scope="module")
def report():
    return coverage_report(PROCEDURES, INTERNAL, ELECTRONIC, as_of=date(2025, 12, 1))


def figures(row):
    return (row["key"], row["tthc"], row["procedure_tiers"], row["with_internal_procedure"],
            row["with_electronic_procedure"], row["with_both"], row["pct_internal_procedure"],
            row["pct_electronic_procedure"], row["pct_both"])


# Worked by hand. Procedure-tiers in force (agency; IP; EP):
#   1.000001 province (STP; yes; yes)   1.000001 commune (STP; yes; yes)
#   1.000002 commune  (STP; needs amendment; yes)
#   1.000003 province (NNMT; yes; no)
#   1.000004 province (NNMT, handling; yes; yes)   1.000004 commune (SXD, managing; no; yes)
#   1.000006 province (unknown; no; yes)
# A TTHC has X in a group when all its tiers in the group have X.

def test_totals(report):
    # 5 TTHC; IP: 1, 3 → 2; EP: 1, 2, 4, 6 → 4; both: 1 → 1.
    assert figures(report["totals"]) == ("all", 5, 7, 2, 4, 1, 40.0, 80.0, 20.0)


def test_by_agency(report):
    assert [figures(r) for r in report["by_agency"]] == [
        (NNMT, 2, 2, 2, 1, 1, 100.0, 50.0, 50.0),
        (STP, 2, 3, 1, 2, 1, 50.0, 100.0, 50.0),
        (SXD, 1, 1, 0, 1, 0, 0.0, 100.0, 0.0),
        ("(chưa rõ cơ quan)", 1, 1, 0, 1, 0, 0.0, 100.0, 0.0),
    ]


def test_by_tier(report):
    assert [figures(r) for r in report["by_tier"]] == [
        ("province", 4, 4, 3, 3, 2, 75.0, 75.0, 50.0),
        ("commune", 3, 3, 1, 3, 1, 33.3, 100.0, 33.3),
    ]


def test_by_field(report):
    assert [figures(r) for r in report["by_field"]] == [
        ("Đất đai", 1, 1, 1, 0, 0, 100.0, 0.0, 0.0),
        ("Hộ tịch", 2, 3, 1, 2, 1, 50.0, 100.0, 50.0),
        ("Quy hoạch xây dựng", 1, 2, 0, 1, 0, 0.0, 100.0, 0.0),
        ("(chưa rõ lĩnh vực)", 1, 1, 0, 1, 0, 0.0, 100.0, 0.0),
    ]


def test_gaps(report):
    assert [(g["code"], g["tier"], g["agency"], g["missing"]) for g in report["gaps"]] == [
        ("1.000002", "commune", STP, ["internal_procedure_amendment"]),
        ("1.000003", "province", NNMT, ["electronic_procedure"]),
        ("1.000004", "commune", SXD, ["internal_procedure"]),
        ("1.000006", "province", "(chưa rõ cơ quan)", ["internal_procedure"]),
    ]
    assert report["gaps"][0]["name"] == "Đăng ký khai tử"


def test_records_that_match_no_tthc_in_force_are_listed(report):
    assert [(u["kind"], u["code"], u["tier"], u["reason"]) for u in report["unmatched"]] == [
        ("internal_procedure", "1.000005", "province", "the TTHC is abolished"),
        ("internal_procedure", "9.999999", "province", "no such TTHC in the registry"),
        ("electronic_procedure", "1.000003", "commune", "the TTHC is not handled at this tier"),
    ]


def test_report_is_json_ready_and_echoes_the_date(report):
    import json

    assert json.loads(json.dumps(report, ensure_ascii=False)) == report
    assert report["as_of"] == "2025-12-01"
    assert set(report["definitions"]) >= {"scope", "group_count", "agency", "percentages"}


def test_csv(report):
    lines = report_to_csv(report, "keys").splitlines()
    assert lines[0] == ("group,key,tthc,procedure_tiers,with_internal_procedure,"
                        "with_electronic_procedure,with_both,pct_internal_procedure,"
                        "pct_electronic_procedure,pct_both")
    assert lines[1] == "total,all,5,7,2,4,1,40.0,80.0,20.0"
    assert "tier,commune,3,3,1,3,1,33.3,100.0,33.3" in lines
    assert len(lines) == 1 + 1 + 4 + 2 + 4
    gaps = gaps_to_csv(report, "keys").splitlines()
    assert gaps[1] == f"1.000002,commune,Đăng ký khai tử,{STP},Hộ tịch," \
                      "internal_procedure_amendment"


def test_empty_registry():
    empty = coverage_report([])
    assert figures(empty["totals"]) == ("all", 0, 0, 0, 0, 0, None, None, None)
    assert empty["by_agency"] == [] and empty["gaps"] == []
    assert report_to_csv(empty, "keys").splitlines()[1] == "total,all,0,0,0,0,0,,,"


@pytest.mark.parametrize("part, whole, pct", [
    (1, 3, 33.3), (2, 3, 66.7), (1, 8, 12.5), (1, 16, 6.3), (5, 5, 100.0), (0, 5, 0.0),
    (1999, 2000, 99.9), (1, 3000, 0.1), (0, 0, None),
])
def test_percentages_round_half_up_and_never_hide_a_gap(part, whole, pct):
    assert percentage(part, whole) == pct


def test_responsible_agency():
    both = PROCEDURES[0]
    assert responsible_agency(both, "province") == STP
    assert responsible_agency(both, "commune") == STP
    elsewhere = PROCEDURES[3]
    assert responsible_agency(elsewhere, "province") == NNMT
    assert responsible_agency(elsewhere, "commune") == SXD
    commune_only = P("1.000009", "x", ("commune",), handling_agency="UBND cấp xã")
    assert responsible_agency(commune_only, "commune") == "UBND cấp xã"
    unmanaged = P("1.000010", "x", ("province", "commune"),
                  handling_agency=f"{NNMT}; UBND cấp xã")
    assert responsible_agency(unmanaged, "commune") == NNMT
    assert responsible_agency(unmanaged, "province") == NNMT


def test_spellings_of_one_field_are_one_group():
    procedures = [P("1.000001", "a", ("province",), field="Hộ tịch"),
                  P("1.000002", "b", ("province",), field="hộ  tịch"),
                  P("1.000003", "c", ("province",), field="Hộ tịch"),
                  P("1.000004", "d", ("province",), field="Chứng thực")]
    report = coverage_report(procedures)
    assert [(r["key"], r["tthc"]) for r in report["by_field"]] == [("Chứng thực", 1),
                                                                    ("Hộ tịch", 3)]


def test_rich_tables(report):
    from rich.console import Console

    console = Console(record=True, width=160, color_system=None)
    for table in render_tables(report, lang="vi"):
        console.print(table)
    text = console.export_text()
    assert "Sở Nông nghiệp và Môi trường" in text and "Cấp xã" in text
    assert "2 (40.0%)" in text and "1 (20.0%)" in text
    assert "QTNB cần sửa đổi" in text and "Còn thiếu (4)" in text
    english = Console(record=True, width=160, color_system=None)
    for table in render_tables(report, lang="en", max_gaps=1):
        english.print(table)
    assert "and 3 more" in english.export_text()


def test_sample_registry_report_adds_up():
    rows = parse_file(Path(__file__).resolve().parent / "data" / "sample_tthc_list.csv").rows
    registry = sample_registry(rows, seed=1)
    report = coverage_report(registry.procedures, registry.internal_procedures,
                             registry.electronic_procedures)
    totals = report["totals"]
    in_force = [r for r in rows if r.status == "in_force"]
    assert totals["tthc"] == len(in_force)
    assert totals["procedure_tiers"] == sum(len(r.tiers) for r in in_force)
    assert sum(r["procedure_tiers"] for r in report["by_agency"]) == totals["procedure_tiers"]
    assert sum(r["tthc"] for r in report["by_tier"]) >= totals["tthc"]
    assert 0 < totals["with_both"] < totals["with_internal_procedure"] < totals["tthc"]
    gaps = len(report["gaps"])
    assert gaps == sum(1 for r in in_force for t in r.tiers) - sum(
        1 for ip in registry.internal_procedures if not ip.needs_amendment and any(
            ep.code == ip.code and ep.tier == ip.tier for ep in registry.electronic_procedures))
