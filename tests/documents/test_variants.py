"""Generated drafts, in Word and in HTML, with the variety real decisions have: headers
phrased and ordered differently, extra columns, merged cells, totals (right and wrong),
phase rows, odd codes, cases, groups, two tiers, codes only in the list annex, decoy
tables, odd durations, every signature form, provinces printed every way, a dossier of a
Tờ trình and its draft, amendments, publications."""

from __future__ import annotations

import json

import pytest

from generators.decisions import (
    LEFT,
    SIMPLE_STEPS,
    STANDARD_HEADER,
    UP,
    Draft,
    Sheet,
    as_file,
    steps_sheet,
    to_docx,
)
from service.documents import read_files

from .conftest import TODAY, assert_contract, durations, ips, note_kinds, read_draft

FORMATS = ("docx", "html")
ANNEX_TITLE = ["QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ",
               "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/12/2025 của Chủ tịch UBND tỉnh)"]
PROVINCE_TIER = ["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"]


def draft(*annex, **front) -> Draft:
    return Draft(annex=[*ANNEX_TITLE, *annex], **front)


SIMPLE_DURATIONS = [(4, "working_hours"), (0.5, "working_days"), (2, "working_days"),
                    (0.5, "working_days"), (None, False)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plain_decision(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Cấp giấy phép hoạt động (Mã TTHC: 1.001806)",
                           steps_sheet(SIMPLE_STEPS, total="3 ngày làm việc 04 giờ")), fmt)
    sub = out["submission"]
    assert sub["province"] == "cao-bang"
    assert sub["kind"] == "internal_procedure"
    assert sub["submitter"] == {"name": "Sở Y tế", "type": "department"}
    assert sub["reference"] == "45/TTr-SYT" and sub["submitted_on"] == "2025-12-01"
    assert sub["approver"] == {"type": "ppc_chairman", "signed_as": "on_behalf",
                               "signer": "PHÓ CHỦ TỊCH Nguyễn Văn An"}
    # the Tờ trình the decision cites by its number is the dossier's (its file was not read)
    assert sub["documents"] == ["to_trinh", "draft_internal_procedure_decision"]
    ip = ips(out)[("1.001806", "province", None)]
    assert durations(ip) == SIMPLE_DURATIONS
    assert ip["steps"][0]["action"] == "Tiếp nhận, số hóa hồ sơ"
    assert ip["steps"][0]["responsible"] == "Công chức Trung tâm Phục vụ hành chính công tỉnh"
    assert ip["drafted_by"] == sub["submitter"]
    assert ip["coordinating"] == [{"name": "Trung tâm Phục vụ hành chính công tỉnh",
                                   "type": "provincial_centre"}]
    procedure = sub["procedures"][0]
    assert procedure["tiers"] == ["province"] and procedure["reception"] == "provincial_centre"
    assert {"managing_agency", "addressed_to_route", "proposal_cited"} <= set(note_kinds(out))
    for n in out["reading"]["notes"]:  # every note says what and, where it can, where
        assert n["message"]["vi"] and n["message"]["en"]
        if "where" in n:
            assert n["where"]["file"] == f"du-thao.{fmt}" and n["place"].startswith("tệp ")


STEPS4 = [("Bước 1", "Tiếp nhận hồ sơ", "Bộ phận một cửa", "0,5 ngày"),
          ("Bước 2", "Thẩm định hồ sơ", "Phòng Nghiệp vụ", "3 ngày"),
          ("Bước 3", "Phê duyệt", "Lãnh đạo Sở", "1 ngày"),
          ("Bước 4", "Trả kết quả", "Bộ phận một cửa", "Không tính thời gian")]
WANT4 = [(0.5, "working_days"), (3, "working_days"), (1, "working_days"), (None, False)]
LAYOUTS = {
    "step-action-responsible-time-form": (
        ["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian", "Biểu mẫu/Kết quả"],
        lambda s: [s[0], s[1], s[2], s[3], "Mẫu 01"]),
    "tt-trinh-tu-as-action": (
        ["TT", "Trình tự", "Trách nhiệm", "Thời gian thực hiện", "Sản phẩm"],
        lambda s: [s[0].replace("Bước ", "B"), s[1], s[2], s[3], "Phiếu"]),
    "reordered": (
        ["Thời gian thực hiện", "Người thực hiện", "Nội dung", "STT"],
        lambda s: [s[3], s[2], s[1], s[0].replace("Bước ", "")]),
    "trinh-tu-as-label": (
        ["Trình tự", "Mô tả công việc", "Đơn vị thực hiện", "Thời gian xử lý", "Ghi chú"],
        lambda s: [s[0], s[1], s[2], s[3], ""]),
    "action-with-result-and-a-second-agency": (
        ["STT", "Nội dung công việc/Kết quả", "Đơn vị chủ trì", "Đơn vị phối hợp",
         "Thời gian giải quyết"],
        lambda s: [s[0], s[1], s[2], "Văn phòng Sở", s[3]]),
    "cac-buoc-label": (
        ["Các bước", "Công việc", "Cán bộ thực hiện", "Thời hạn"],
        lambda s: [s[0].replace("Bước ", "") + ".", s[1], s[2], s[3]]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_columns_renamed_reordered_and_extra(fmt, layout):
    header, row = LAYOUTS[layout]
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục cấp phép (1.001806)",
                           Sheet([header] + [row(s) for s in STEPS4])), fmt)
    ip = ips(out)[("1.001806", "province", None)]
    assert durations(ip) == WANT4
    assert [s["action"] for s in ip["steps"]] == [s[1] for s in STEPS4]
    assert [s["responsible"] for s in ip["steps"]] == [s[2] for s in STEPS4]
    assert note_kinds(out).count("time_bare_day") == 1  # one note for the table's steps
    table = out["reading"]["tables"][0]
    assert table["columns"]["time"] == next(h for h in header if h.startswith("Thời"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_number_takes_the_unit_of_its_header(fmt):
    sheet = Sheet([["STT", "Nội dung công việc", "Người thực hiện", "Thời gian (giờ làm việc)"],
                   ["1", "Tiếp nhận", "Văn thư", "4"], ["2", "Xử lý", "Chuyên viên", "16"],
                   ["3", "Trả kết quả", "Văn thư", ""]])
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", sheet), fmt)
    assert durations(ips(out)[("1.001806", "province", None)]) == [
        (4, "working_hours"), (16, "working_hours"), (None, False)]
    assert {"time_unit_from_header", "time_empty"} <= set(note_kinds(out))


@pytest.mark.parametrize("fmt", FORMATS)
def test_merged_cells(fmt):
    sheet = steps_sheet([
        ["Bước 1", "Bộ phận một cửa", "Tiếp nhận hồ sơ", "04 giờ"],
        ["Bước 2", "Phòng Nghiệp vụ", "Thẩm định hồ sơ, dự thảo kết quả", "2 ngày làm việc"],
        [UP, UP, UP, "1 ngày làm việc"],  # merged with the row above, its own time
        ["Bước 3", "Lãnh đạo Sở", "Ký duyệt", "1 ngày làm việc"],
        ["Bước 4", "Văn thư", "Vào sổ, đóng dấu", UP],  # the time cell merged down
        ["Bước 5", "Bộ phận một cửa", "Trả kết quả", "Không tính thời gian"],
    ])
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", sheet), fmt)
    ip = ips(out)[("1.001806", "province", None)]
    assert durations(ip) == [(4, "working_hours"), (2, "working_days"), (1, "working_days"),
                             (1, "working_days"), (None, False), (None, False)]
    assert ip["steps"][2]["action"] == "Thẩm định hồ sơ, dự thảo kết quả"
    assert ip["steps"][2]["responsible"] == "Phòng Nghiệp vụ"
    labels = [s["label"] for s in out["reading"]["tables"][0]["steps"]]
    assert labels == ["Bước 1", "Bước 2", "", "Bước 3", "Bước 4", "Bước 5"]
    assert {"merged_row_own_time", "time_merged_down"} <= set(note_kinds(out))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_wrong_printed_total_is_kept_and_compared(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                           steps_sheet(SIMPLE_STEPS, total="03 ngày làm việc")), fmt)
    (total,) = out["reading"]["totals"]
    assert total["printed"] == {"value": 3, "unit": "working_days"}
    assert total["summed"] == {"value": 28, "unit": "working_hours"}
    assert total["agrees"] is False and total["printed_text"] == "03 ngày làm việc"
    assert "total_differs" in note_kinds(out)
    ip = ips(out)[("1.001806", "province", None)]
    assert ip["time_limit"] == {"value": 3, "unit": "working_days"}
    assert len(ip["steps"]) == 5  # the total row is not a step


@pytest.mark.parametrize("fmt", FORMATS)
def test_phase_rows_and_part_totals_are_not_steps(fmt):
    header = ["TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian"]
    sheet = Sheet([header,
                   ["Giai đoạn 1: Tại Ủy ban nhân dân cấp xã", LEFT, LEFT, LEFT],
                   ["Bước 1", "Công chức một cửa cấp xã", "Tiếp nhận", "04 giờ"],
                   ["Bước 2", "Công chức văn hóa", "Xác minh", "12 giờ"],
                   ["Tổng thời gian tại cấp xã", LEFT, LEFT, "16 giờ"],
                   ["Giai đoạn 2: Tại Sở Y tế", LEFT, LEFT, LEFT],
                   ["Bước 3", "Chuyên viên Sở", "Thẩm định", "20 giờ"],
                   ["Bước 4", "Trung tâm Phục vụ hành chính công tỉnh", "Trả kết quả",
                    "Giờ hành chính"],
                   ["Tổng thời gian tại Sở", LEFT, LEFT, "20 giờ"],
                   ["Tổng thời gian giải quyết", LEFT, LEFT, "36 giờ"]])
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", sheet), fmt)
    ip = ips(out)[("1.001806", "province", None)]
    assert durations(ip) == [(4, "working_hours"), (12, "working_hours"),
                             (20, "working_hours"), (None, False)]
    table = out["reading"]["tables"][0]
    assert [p["text"] for p in table["phases"]] == ["Giai đoạn 1: Tại Ủy ban nhân dân cấp xã",
                                                    "Giai đoạn 2: Tại Sở Y tế"]
    totals = out["reading"]["totals"]
    assert [(t["scope"], t["agrees"]) for t in totals] == [("part", True), ("part", True),
                                                          ("whole", True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_printed_oddly(fmt):
    out = read_draft(draft(
        *PROVINCE_TIER,
        "1. Thủ tục cấp phép A (Mã TTHC: 1.014.111)", steps_sheet(SIMPLE_STEPS),
        "2. Thủ tục cấp phép B (1.001806)", steps_sheet(SIMPLE_STEPS),
        "3. Mã số: 3000410 - Thủ tục cấp phép C", steps_sheet(SIMPLE_STEPS),
        "4. Thủ tục D, mã TTHC 1.014461.H35", steps_sheet(SIMPLE_STEPS)), fmt)
    assert set(ips(out)) == {("1.014111", "province", None), ("1.001806", "province", None),
                             ("3.000410", "province", None), ("1.014461.H35", "province", None)}
    odd = [n for n in out["reading"]["notes"] if n["kind"] == "code_odd"]
    assert [n["procedure_code"] for n in odd] == ["1.014111", "3.000410"]
    names = {p["code"]: p["name"] for p in out["submission"]["procedures"]}
    assert names["1.014111"] == "Thủ tục cấp phép A"
    assert names["1.001806"] == "Thủ tục cấp phép B"


@pytest.mark.parametrize("fmt", FORMATS)
def test_case_headings_give_variants(fmt):
    out = read_draft(draft(
        *PROVINCE_TIER, "1. Thủ tục công nhận (Mã TTHC: 1.001806)",
        "a) Trường hợp không thành lập hội đồng", "Tổng thời gian giải quyết: 3 ngày 04 giờ",
        steps_sheet(SIMPLE_STEPS),
        "b) Trường hợp thành lập hội đồng", steps_sheet(SIMPLE_STEPS[:3])), fmt)
    found = ips(out)
    assert set(found) == {("1.001806", "province", "a) Trường hợp không thành lập hội đồng"),
                          ("1.001806", "province", "b) Trường hợp thành lập hội đồng")}
    assert "variant_continues" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_table_for_a_group_of_procedures(fmt):
    out = read_draft(draft(
        *PROVINCE_TIER, "1. Nhóm 03 TTHC, gồm:", "1.1. Thủ tục A (1.000001)",
        "1.2. Thủ tục B (1.000002)", "1.3. Thủ tục C (Mã TTHC: 1.000003)",
        steps_sheet(SIMPLE_STEPS)), fmt)
    found = ips(out)
    assert set(found) == {(c, "province", None) for c in ("1.000001", "1.000002", "1.000003")}
    assert len({str(ip["steps"]) for ip in found.values()}) == 1
    assert "group" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_group_with_a_member_without_code_keeps_it_unplaced(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Nhóm 02 TTHC, gồm:", "1.1. Thủ tục A (1.000001)",
                           "1.2. Thủ tục B chưa có mã", steps_sheet(SIMPLE_STEPS)), fmt)
    assert set(ips(out)) == {("1.000001", "province", None)}
    (u,) = out["reading"]["unplaced"]
    assert u["reason"] == "group_members_without_code"
    assert u["procedures"] == ["1.2. Thủ tục B chưa có mã"] and len(u["steps"]) == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_serving_province_and_commune(fmt):
    out = read_draft(draft("C. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ",
                           "1. Thủ tục A không phụ thuộc địa giới hành chính (1.001806)",
                           steps_sheet(SIMPLE_STEPS)), fmt)
    assert set(ips(out)) == {("1.001806", "province", None), ("1.001806", "commune", None)}
    assert out["submission"]["procedures"][0]["tiers"] == ["province", "commune"]
    assert "two_tiers" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_tiers_from_section_headings(fmt):
    out = read_draft(draft(
        "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "I. LĨNH VỰC Y TẾ", "1. Thủ tục A (1.000001)",
        steps_sheet(SIMPLE_STEPS), "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "1. Thủ tục B (1.000002)",
        steps_sheet(SIMPLE_STEPS), "2. Thủ tục công nhận cấp tỉnh cho xã (1.000003)",
        steps_sheet(SIMPLE_STEPS)), fmt)
    assert set(ips(out)) == {("1.000001", "province", None), ("1.000002", "commune", None),
                             ("1.000003", "commune", None)}


LIST_ANNEX = ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG LĨNH VỰC Y TẾ",
              Sheet([["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
                      "Cơ quan thực hiện"],
                     ["THỦ TỤC HÀNH CHÍNH CẤP TỈNH", LEFT, LEFT, LEFT, LEFT],
                     ["1", "1.001806", "Cấp giấy phép hành nghề khám bệnh, chữa bệnh",
                      "10 ngày làm việc", "Trung tâm Phục vụ hành chính công tỉnh"],
                     ["2", "1.001807", "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh",
                      "05 ngày làm việc", "Sở Y tế"]]),
              "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA SỞ Y TẾ"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_from_the_decisions_own_list_by_name(fmt):
    out = read_draft(draft(*LIST_ANNEX,
                           "1. Cấp giấy phép hành nghề khám bênh, chữa bệnh",  # a typo
                           steps_sheet(SIMPLE_STEPS),
                           "2. Thủ tục cấp lại giấy phép hành nghề khám bệnh, chữa bệnh.",
                           steps_sheet(SIMPLE_STEPS[:3]),
                           title="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG VÀ PHÊ "
                                 "DUYỆT QUY TRÌNH NỘI BỘ LĨNH VỰC Y TẾ"), fmt)
    assert set(ips(out)) == {("1.001806", "province", None), ("1.001807", "province", None)}
    assert note_kinds(out).count("code_from_list") == 2
    sub = out["submission"]
    assert sub["kind"] == "publication"
    assert sub["documents"] == ["to_trinh", "draft_publication_decision",
                                "draft_internal_procedure_decision"]
    by_code = {p["code"]: p for p in sub["procedures"]}
    assert by_code["1.001806"]["change"] == "amended"
    assert by_code["1.001806"]["time_limit"] == {"value": 10, "unit": "working_days"}
    assert by_code["1.001806"]["reception"] == "provincial_centre"
    assert by_code["1.001807"]["name"] == "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_listed_without_code_and_one_abolished_are_not_matched(fmt):
    annex = ["PHỤ LỤC I", "I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH",
             Sheet([["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết"],
                    ["1", "Thủ tục cấp giấy chứng nhận doanh nghiệp", "15 ngày"]]),
             "II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ",
             Sheet([["STT", "Mã TTHC", "Tên thủ tục hành chính"],
                    ["1", "2.002278", "Thủ tục cấp giấy chứng nhận doanh nghiệp"]]),
             "PHỤ LỤC II", "1. Thủ tục cấp giấy chứng nhận doanh nghiệp",
             steps_sheet(SIMPLE_STEPS)]
    out = read_draft(draft(*annex, title="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, "
                                         "BỊ BÃI BỎ VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ"), fmt)
    assert ips(out) == {}
    (u,) = out["reading"]["unplaced"]
    assert u["reason"] == "listed_without_code" and len(u["steps"]) == 5
    assert [(p["code"], p["change"]) for p in out["submission"]["procedures"]] == [
        ("2.002278", "abolished")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_decoy_tables_are_not_step_tables(fmt):
    decoys = [Sheet([["TT", "Tên giấy tờ", "Số lượng"], ["1", "Đơn đề nghị", "01 bản chính"]]),
              Sheet([["TT", "Nội dung", "Mức thu"], ["1", "Phí thẩm định", "500.000 đồng"]]),
              Sheet([["Thời gian", "Địa điểm", "Ghi chú"],
                     ["Thứ Hai hằng tuần", "Trụ sở tiếp công dân", ""]])]
    out = read_draft(draft(*PROVINCE_TIER, "Thành phần hồ sơ:", decoys[0],
                           "1. Thủ tục A (Mã TTHC: 1.001806)", decoys[1],
                           steps_sheet(SIMPLE_STEPS), "Lịch tiếp công dân:", decoys[2]), fmt)
    assert len(out["reading"]["tables"]) == 1
    assert durations(ips(out)[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert note_kinds(out).count("table_not_steps") == 3


ODD = [("1/4 ngày", (0.25, "working_days")), ("½ ngày làm việc", (0.5, "working_days")),
       ("2 ngày", (2, "working_days")), ("Giờ hành chính", (None, False)),
       ("Trong ngày", (None, False)), ("30 phút", (0.5, "working_hours")),
       ("Theo quy định", (None, False)), ("Sau khi nhận được ý kiến", (None, False)),
       ("01 (một) ngày làm việc", (1, "working_days")), ("0.5 ngày làm việc", (0.5, "working_days")),
       ("Không tính thời gian (15 ngày hoàn thiện hồ sơ)", (None, False)),
       ("04 giờ làm việc", (4, "working_hours")), ("", (None, False))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_odd_durations(fmt):
    rows = [[f"Bước {k + 1}", "Chuyên viên", f"Việc {k + 1}", text] for k, (text, _) in enumerate(ODD)]
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(rows)),
                     fmt)
    assert durations(ips(out)[("1.001806", "province", None)]) == [want for _, want in ODD]
    assert {"time_fraction", "time_bare_day", "time_minutes", "time_prose",
            "time_empty"} <= set(note_kinds(out))


SIGNATURES = [
    (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"), "on_behalf", "PHÓ CHỦ TỊCH Trần Văn Bình"),
    (("KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Văn Bình"), "on_behalf",
     "PHÓ CHỦ TỊCH Trần Văn Bình"),
    (("CHỦ TỊCH", "Lê Thị Cúc"), "self", "CHỦ TỊCH Lê Thị Cúc"),
    (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Cúc"), "for_committee", "CHỦ TỊCH Lê Thị Cúc"),
    (("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Văn Dũng"), "for_committee",
     "PHÓ CHỦ TỊCH Đỗ Văn Dũng"),
    (("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Minh Đức"), "by_order",
     "CHÁNH VĂN PHÒNG Phạm Minh Đức"),
    (("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Hoàng Văn Em"), "by_authorisation",
     "GIÁM ĐỐC SỞ NỘI VỤ Hoàng Văn Em"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, signed_as, signer", SIGNATURES)
def test_every_signature_form(fmt, lines, signed_as, signer):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           signature=lines), fmt)
    assert out["submission"]["approver"] == {"type": "ppc_chairman", "signed_as": signed_as,
                                             "signer": signer}
    assert out["reading"]["files"][0]["signature"]["lines_as_printed"] == list(lines)


PROVINCES = [
    (("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"), "ho-chi-minh", True),
    (("UBND TỈNH BÀ RỊA -", "VŨNG TÀU"), "ba-ria-vung-tau", True),
    (("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",), "dak-lak", True),
    (("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "-------"), "thua-thien-hue", True),
    (("ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"), "phu-tho", False),
    (("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"), "ha-noi", False),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, slug, as_table", PROVINCES)
def test_provinces_printed_every_way(fmt, lines, slug, as_table):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           province_lines=lines, header_table=as_table,
                           place_date="Thành phố X, ngày 05 tháng 12 năm 2025"), fmt)
    assert out["submission"]["province"] == slug


def test_the_province_option_overrides_and_is_noted():
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS)),
                     province="lang-son")
    assert out["submission"]["province"] == "lang-son"
    assert "province_option" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_procedure_printed_inside_the_table(fmt):
    header = ["TT", "Đơn vị/ người thực hiện", "Nội dung công việc", "Thời gian thực hiện"]
    rows = [header] + [[s[0], s[1], s[2], s[3]] for s in SIMPLE_STEPS] + [
        ["Tổng thời gian giải quyết TTHC", LEFT, LEFT, "3,5 ngày làm việc"],
        ["2. Thủ tục cấp lại giấy phép (Mã TTHC: 1.001807)", LEFT, LEFT, LEFT], header] + [
        [s[0], s[1], s[2], s[3]] for s in SIMPLE_STEPS[:3]]
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục cấp giấy phép (Mã TTHC: 1.001806)",
                           Sheet(rows)), fmt)
    found = ips(out)
    assert durations(found[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert durations(found[("1.001807", "province", None)]) == SIMPLE_DURATIONS[:3]
    assert out["reading"]["totals"][0]["agrees"] is True


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_whose_code_is_nowhere_is_kept_unplaced(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục chưa có mã", steps_sheet(SIMPLE_STEPS)),
                     fmt)
    assert ips(out) == {}
    (u,) = out["reading"]["unplaced"]
    assert u["reason"] == "no_code" and u["procedures"] == ["1. Thủ tục chưa có mã"]
    assert [s["duration"] for s in u["steps"]][:2] == [{"value": 4, "unit": "working_hours"},
                                                      {"value": 0.5, "unit": "working_days"}]
    assert out["reading"]["contract"]["valid"] is False


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_table_for_the_same_procedure_is_unplaced(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           "2. Thủ tục A lần nữa (1.001806)", steps_sheet(SIMPLE_STEPS[:2])), fmt)
    assert durations(ips(out)[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert [u["reason"] for u in out["reading"]["unplaced"]] == ["duplicate"]


TO_TRINH = Draft(kind_word="TỜ TRÌNH", province_lines=("UBND TỈNH CAO BẰNG", "SỞ Y TẾ"),
                 number="Số: 45/TTr-SYT", place_date="Cao Bằng, ngày 01 tháng 12 năm 2025",
                 title="Về việc đề nghị phê duyệt quy trình nội bộ giải quyết thủ tục hành chính "
                       "lĩnh vực y tế",
                 annex=["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng",
                        "Sở Y tế trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, phê duyệt."])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dossier_of_a_to_trinh_and_its_draft_reads_as_one(fmt):
    decision = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                     steps_sheet(SIMPLE_STEPS), number="Số:        /QĐ-UBND",
                     place_date="Cao Bằng, ngày      tháng     năm 2025",
                     proposal="Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số     /TTr-SYT "
                              "ngày    /12/2025.")
    out = read_files([as_file(TO_TRINH, fmt), as_file(decision, fmt)], today=TODAY)
    assert_contract(out)
    sub = out["submission"]
    assert sub["documents"] == ["to_trinh", "draft_internal_procedure_decision"]
    assert sub["reference"] == "45/TTr-SYT" and sub["submitted_on"] == "2025-12-01"
    assert sub["addressed_to"] == {"name": "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng",
                                   "type": "ppc_chairman"}
    assert sub["submitter"] == {"name": "Sở Y tế", "type": "department"}
    assert [f["document"] for f in out["reading"]["files"]] == ["to_trinh", "decision"]
    assert out["reading"]["files"][1]["number"] is None  # a draft: the number is blank
    assert "no_to_trinh" not in note_kinds(out)
    from service.contract.schemas import load_submission
    from service.engine import get_engine

    verdict = get_engine().evaluate(load_submission(sub))
    assert verdict["outcome"] in ("accepted", "needs_review", "rejected")
    assert not [f for f in verdict["findings"] if f["rule_id"] == "QTNB-06"]  # both documents


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_draft_without_any_date_is_evaluated_as_of_today(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           place_date="Cao Bằng, ngày    tháng    năm 2025",
                           proposal="Theo đề nghị của Giám đốc Sở Y tế."), fmt)
    assert out["submission"]["submitted_on"] == TODAY.isoformat()
    assert "submitted_on_today" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_amendment_names_the_decision_it_amends(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           title="VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC "
                                 "HÀNH CHÍNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 1933/QĐ-UBND NGÀY "
                                 "28/6/2025 CỦA CHỦ TỊCH UBND TỈNH"), fmt)
    assert out["submission"]["kind"] == "internal_procedure_amendment"
    ip = ips(out)[("1.001806", "province", None)]
    assert ip["amends"] == {"decision": "1933/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_publication_lists_its_procedures_and_changes(fmt):
    annex = ["PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC Y TẾ",
             Sheet([["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện"],
                    ["1", "1.001806", "Thủ tục A", "Y tế", "Tỉnh"],
                    ["2", "1.001807", "Thủ tục B", "Y tế", "Xã"]])]
    out = read_draft(Draft(annex=annex, title="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH "
                                              "LĨNH VỰC Y TẾ"), fmt)
    sub = out["submission"]
    assert sub["kind"] == "publication"
    assert sub["documents"] == ["to_trinh", "draft_publication_decision"]
    assert [(p["code"], p["change"], p["tiers"], p.get("field")) for p in sub["procedures"]] == [
        ("1.001806", "new", ["province"], "Y tế"), ("1.001807", "new", ["commune"], "Y tế")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_electronic_procedure_decision(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           "Quy trình được thiết lập trên Hệ thống thông tin giải quyết thủ tục "
                           "hành chính tỉnh.",
                           title="PHÊ DUYỆT QUY TRÌNH ĐIỆN TỬ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH "
                                 "LĨNH VỰC Y TẾ"), fmt)
    sub = out["submission"]
    assert sub["kind"] == "electronic_procedure" and "addressed_to" not in sub
    (ep,) = sub["electronic_procedures"]
    assert ep["platform"] == "shared_one_stop" and ep["lead"] == sub["submitter"]
    assert durations(ep) == SIMPLE_DURATIONS


def test_word_and_html_read_alike():
    d = draft(*LIST_ANNEX, "1. Cấp giấy phép hành nghề khám bệnh, chữa bệnh",
              steps_sheet(SIMPLE_STEPS, total="3 ngày"))
    a, b = read_draft(d, "docx"), read_draft(d, "html")
    assert json.loads(json.dumps(a["submission"], ensure_ascii=False).replace(
        "du-thao.docx", "du-thao.html")) == b["submission"]  # the places name their file
    def strip(notes):
        return [(n["kind"], str(n["message"]).replace(".html", ".docx"), n.get("words"))
                for n in notes]
    assert strip(a["reading"]["notes"]) == strip(b["reading"]["notes"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_code_printed_on_its_own_line_under_the_name(fmt):
    out = read_draft(draft(*PROVINCE_TIER, "1. Cấp giấy phép hoạt động", "Mã số TTHC: 1.001806",
                           steps_sheet(SIMPLE_STEPS)), fmt)
    assert set(ips(out)) == {("1.001806", "province", None)}
    assert out["submission"]["procedures"][0]["name"] == "Cấp giấy phép hoạt động"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_broken_across_a_page_is_one_table(fmt):
    first = steps_sheet(SIMPLE_STEPS[:3])
    rest = Sheet([list(r) for r in SIMPLE_STEPS[3:]]
                 + [["Tổng thời gian giải quyết TTHC", LEFT, LEFT, "3,5 ngày làm việc"]])
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", first, rest), fmt)
    assert durations(ips(out)[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert out["reading"]["totals"][0]["agrees"] is True
    assert "table_continues" in note_kinds(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lowercase_heading_gives_the_tier(fmt):
    out = read_draft(draft("Quy trình nội bộ giải quyết thủ tục hành chính cấp xã",
                           "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS),
                           title="PHÊ DUYỆT QUY TRÌNH NỘI BỘ LĨNH VỰC Y TẾ"), fmt)
    assert set(ips(out)) == {("1.001806", "commune", None)}


def test_hours_written_with_h():
    rows = [["Bước 1", "Văn thư", "Tiếp nhận", "04h"], ["Bước 2", "Chuyên viên", "Xử lý", "8 h"]]
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(rows)))
    assert durations(ips(out)[("1.001806", "province", None)]) == [(4, "working_hours"),
                                                                   (8, "working_hours")]


def test_a_page_laid_out_in_a_table_is_read_inside_it():
    from generators.decisions import to_html
    from service.documents import read_files

    page = to_html(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)", steps_sheet(SIMPLE_STEPS)))
    body = page[page.index("<body>") + 6: page.index("</body>")]
    wrapped = (page[: page.index("<body>") + 6] + '<table><tr><td class="menu">Trang chủ</td>'
               f"<td>{body}</td></tr></table></body></html>")
    out = read_files([("trang.html", wrapped.encode())], today=TODAY)
    assert_contract(out)
    assert durations(ips(out)[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert out["submission"]["approver"]["signed_as"] == "on_behalf"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_with_only_extra_columns_is_kept_unplaced(fmt):
    header = STANDARD_HEADER + ["Biểu mẫu/Kết quả"]
    rows = [[*s, "Mẫu 01"] for s in SIMPLE_STEPS[:2]] + [["", "", "", "", "Ghi chú: mẫu 02 kèm theo"]]
    out = read_draft(draft(*PROVINCE_TIER, "1. Thủ tục A (1.001806)",
                           steps_sheet(rows, header=header)), fmt)
    assert len(ips(out)[("1.001806", "province", None)]["steps"]) == 2
    (row,) = out["reading"]["unplaced"]
    assert row["kind"] == "row" and row["cells"][-1] == "Ghi chú: mẫu 02 kèm theo"
    assert row["where"]["row"] == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_row_inside_the_table_names_the_procedure(fmt):
    sheet = steps_sheet(SIMPLE_STEPS)
    sheet.rows.insert(0, ["Quy trình giải quyết thủ tục cấp phép A (Mã TTHC: 1.001806)",
                          LEFT, LEFT, LEFT])
    out = read_draft(draft(*PROVINCE_TIER, sheet,
                           proposal="Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
                                    "45/TTr-SYT ngày 01/12/2025."), fmt)
    assert durations(ips(out)[("1.001806", "province", None)]) == SIMPLE_DURATIONS
    assert out["submission"]["reference"] == "45/TTr-SYT"


def test_headings_numbered_by_word_itself():
    """Word's own numbering prints «1.» without it being in the text."""
    import io

    import docx

    from service.documents import read_files

    document = docx.Document(io.BytesIO(to_docx(draft(*PROVINCE_TIER))))
    document.add_paragraph("Cấp giấy phép hoạt động khám bệnh", style="List Number")
    table = document.add_table(rows=len(SIMPLE_STEPS) + 1, cols=4)
    for r, row in enumerate([STANDARD_HEADER, *SIMPLE_STEPS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Cấp lại giấy phép hoạt động khám bệnh", style="List Number")
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate([STANDARD_HEADER, *SIMPLE_STEPS[:2]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    stream = io.BytesIO()
    document.save(stream)
    annex = ["PHỤ LỤC I", Sheet([["STT", "Mã TTHC", "Tên thủ tục hành chính"],
                                 ["1", "1.001806", "Cấp giấy phép hoạt động khám bệnh"],
                                 ["2", "1.001807", "Cấp lại giấy phép hoạt động khám bệnh"]]),
             "PHỤ LỤC II"]
    out = read_files([("danh-muc.docx", to_docx(annex)), ("qd.docx", stream.getvalue())],
                     today=TODAY)
    assert_contract(out)
    assert set(ips(out)) == {("1.001806", "province", None), ("1.001807", "province", None)}
