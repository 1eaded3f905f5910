"""The province list (policies/provinces.yaml): what a submission's ``province`` is checked
against."""

import pytest
import yaml

from service.engine.jurisdiction import (
    PROVINCES_FILE,
    default_province,
    province_named,
    provinces,
    slugify,
)

DATA = yaml.safe_load(PROVINCES_FILE.read_text(encoding="utf-8"))


def test_63_units_before_the_merger_and_34_from_1_july_2025():
    before, after = DATA["until_2025_06_30"], DATA["from_2025_07_01"]
    assert len(before) == len({p["slug"] for p in before}) == 63
    assert len(after) == len({p["slug"] for p in after}) == 34
    assert sum(p["kind"] == "city" for p in after) == 6


@pytest.mark.parametrize("entry", DATA["until_2025_06_30"] + DATA["from_2025_07_01"],
                         ids=lambda e: e["slug"])
def test_every_slug_follows_the_rule(entry):
    assert slugify(entry["name"]) == entry["slug"]


def test_every_unit_merged_away_is_named_by_a_unit_of_the_new_list():
    before = {p["slug"] for p in DATA["until_2025_06_30"]}
    after = DATA["from_2025_07_01"]
    formed = {s for p in after for s in p.get("formed_from", [p["slug"]])}
    assert before - {"thua-thien-hue"} == formed - {"hue"}
    assert next(p for p in after if p["slug"] == "phu-tho")["formed_from"] == [
        "phu-tho", "vinh-phuc", "hoa-binh"]


@pytest.mark.parametrize("text, slug", [
    ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "cao-bang"),
    ("UỶ BAN NHÂN DÂN TỈNH NGHỆ AN", "nghe-an"),
    ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
    ("tỉnh Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
    ("Đắk Lắk", "dak-lak"),
    ("UBND TỈNH VĨNH PHÚC", "vinh-phuc"),
    ("ỦY BAN NHÂN DÂN HUYỆN TAM DƯƠNG", None),
])
def test_a_printed_name_gives_the_slug(text, slug):
    assert province_named(text) == slug


def test_known_on_any_date_and_the_default(monkeypatch):
    assert {"vinh-phuc", "phu-tho", "thua-thien-hue", "hue"} <= set(provinces())
    monkeypatch.delenv("TTHC_PROVINCE", raising=False)
    assert default_province() == "vinh-phuc"
    monkeypatch.setenv("TTHC_PROVINCE", "cao-bang")
    assert default_province() == "cao-bang"
    monkeypatch.setenv("TTHC_PROVINCE", "atlantis")
    with pytest.raises(ValueError, match="atlantis"):
        default_province()
