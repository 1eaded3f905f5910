"""The coverage page and its CSV take ``?province=`` through to the registry of that
province."""

from datetime import date

import pytest

from service.registry.importer import parse_csv
from service.registry.store import RegistryStore

pytestmark = pytest.mark.database

LIST = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Cơ quan thực hiện,Số quyết định,Ngày quyết định\n"
        "1.000001,Cấp phép X,Cấp tỉnh,Sở Xây dựng,10/QĐ-UBND,2025-08-01\n"
        "1.000002,\"=HYPERLINK(\"\"http://evil.example\"\")\",Cấp xã,Sở Xây dựng,10/QĐ-UBND,"
        "2025-08-01\n")


def test_the_page_and_its_csv_read_the_province_asked_for(client, store):
    RegistryStore(store).import_list(parse_csv(LIST), province="cao-bang",
                                     today=date(2025, 8, 1))
    own = client.get("/coverage?as_of=2025-12-01&province=cao-bang&lang=vi")
    assert own.status_code == 200
    html = own.get_data(as_text=True)
    assert "Cấp phép X" in html and 'name="province" value="cao-bang"' in html
    assert "/coverage/gaps.csv?as_of=2025-12-01&amp;province=cao-bang" in html
    default = client.get("/coverage?as_of=2025-12-01").get_data(as_text=True)
    assert "Cấp phép X" not in default
    csv = client.get("/coverage/gaps.csv?as_of=2025-12-01&province=cao-bang")
    assert "coverage-gaps-cao-bang-2025-12-01.csv" in csv.headers["Content-Disposition"]
    text = csv.get_data(as_text=True)
    assert text.startswith("\ufeffMã TTHC,Cấp") and "1.000001,Cấp tỉnh,Cấp phép X" in text
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text.replace('"', "")
    wrong = client.get("/coverage?province=atlantis")
    assert wrong.status_code == 400 and "atlantis" in wrong.get_data(as_text=True)
