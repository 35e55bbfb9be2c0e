"""vocabulary: word tables read from data/ and compiled into patterns."""

from __future__ import annotations

import re

import pytest

from orchestration.extraction import vocabulary


@pytest.fixture
def words_dir(tmp_path, monkeypatch):
    """A data folder of one's own, with its words/ tables."""
    (tmp_path / "words").mkdir()
    monkeypatch.setattr(vocabulary, "_DATA", tmp_path)
    return tmp_path / "words"


def test_a_plain_space_stands_for_any_whitespace() -> None:
    assert vocabulary.phrase_source(" sạt  lở đất ") == r"sạt\s+lở\s+đất"
    assert re.fullmatch(vocabulary.phrase_source("sạt lở"), "sạt\n lở")


def test_read_table_gives_rows_in_file_order(tmp_path, monkeypatch) -> None:
    (tmp_path / "kho.csv").write_text('ten,so\nkho Bắc Kạn,2\n"kho, bãi",3\n', encoding="utf-8")
    monkeypatch.setattr(vocabulary, "_DATA", tmp_path)
    assert vocabulary.read_table("kho.csv") == [{"ten": "kho Bắc Kạn", "so": "2"}, {"ten": "kho, bãi", "so": "3"}]


def test_a_row_split_by_an_unquoted_comma_is_refused(tmp_path, monkeypatch) -> None:
    # "trâu{1,2}" unquoted would silently become a shorter pattern and a stray field
    (tmp_path / "kho.csv").write_text("words,note\ntrâu{1,2},gia súc\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "_DATA", tmp_path)
    with pytest.raises(ValueError, match=r"kho\.csv line 2"):
        vocabulary.read_table("kho.csv")


def test_every_shipped_table_has_no_row_longer_than_its_header() -> None:
    for table in sorted(vocabulary._DATA.rglob("*.csv")):
        vocabulary.read_table(str(table.relative_to(vocabulary._DATA)))


def test_a_word_table_becomes_one_alternation_in_row_order(words_dir) -> None:
    (words_dir / "gia_suc.csv").write_text("words\ngia súc\n\\btrâu\\b\n\\bbò\\b\n", encoding="utf-8")
    assert vocabulary.word_source("gia_suc") == r"gia\s+súc|\btrâu\b|\bbò\b"
    pattern = vocabulary.word_pattern("gia_suc", re.IGNORECASE)
    assert pattern.findall("Chết 5 con TRÂU, 3 con bò và 20 gia  súc") == ["TRÂU", "bò", "gia  súc"]
    assert pattern.search("bò sát") is not None and pattern.search("bỏ") is None


def test_word_list_keeps_the_words_as_written(words_dir) -> None:
    (words_dir / "cong_trinh.csv").write_text("words\nnhà văn hóa\ncầu\n", encoding="utf-8")
    assert vocabulary.word_list("cong_trinh") == ("nhà văn hóa", "cầu")


def test_keyed_tables_group_rows_by_key_in_first_seen_order(words_dir) -> None:
    (words_dir / "thiet_hai.csv").write_text(
        "impact,words\nmissing,mất tích\ndeaths,tử vong\nmissing,mất liên lạc\n", encoding="utf-8"
    )
    assert vocabulary.keyed_word_lists("thiet_hai", "impact") == {
        "missing": ("mất tích", "mất liên lạc"),
        "deaths": ("tử vong",),
    }
    keyed = vocabulary.keyed_word_patterns("thiet_hai", "impact")
    assert [(key, rx.pattern) for key, rx in keyed] == [
        ("missing", r"mất\s+tích|mất\s+liên\s+lạc"),
        ("deaths", r"tử\s+vong"),
    ]


def test_a_row_without_words_is_refused(words_dir) -> None:
    (words_dir / "rong.csv").write_text('words\nlúa\n\n""\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"rong\.csv"):
        vocabulary.word_pattern("rong")


def test_every_shipped_word_table_compiles() -> None:
    tables = sorted((vocabulary._DATA / "words").glob("*.csv"))
    assert tables
    for table in tables:
        header = table.read_text(encoding="utf-8").splitlines()[0].split(",")
        keys = [column for column in header if column not in ("words", "note")]
        if keys:
            assert vocabulary.keyed_word_patterns(table.stem, keys[0])
        else:
            vocabulary.word_pattern(table.stem)


def test_a_space_made_optional_may_be_left_out() -> None:
    # "ta ?luy": the table's writer means "taluy" or "ta luy"; "\s+?" would still need the space
    assert vocabulary.phrase_source("ta ?luy") == r"ta\s*luy"
    assert re.fullmatch(vocabulary.phrase_source("thương mại ?- ?dịch vụ"), "thương mại-dịch vụ")
    assert re.fullmatch(vocabulary.phrase_source("thương mại ?- ?dịch vụ"), "thương mại - dịch vụ")
