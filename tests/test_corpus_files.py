"""Checks on the bundled sample corpus (``corpus/``) and its ``index.csv``.

Self-contained: reads only ``corpus/`` (no summarylab import), so it guards the
data files themselves: every file is listed, decodes with the encoding the index
records, is really in that encoding (not UTF-8 mislabelled), and is in the
script (traditional / simplified) the index records.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
INDEX = CORPUS / "index.csv"
COLUMNS = ["file", "theme", "script", "encoding", "title", "notes"]
NAME = re.compile(r"^(\d{2})_([a-z]+)_[a-z0-9_]+\.txt$")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _rows() -> list[dict[str, str]]:
    with INDEX.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()


def _text(row: dict[str, str]) -> str:
    return (CORPUS / row["file"]).read_bytes().decode(row["encoding"])


def _t2s():
    import opencc

    try:
        return opencc.OpenCC("t2s")
    except Exception:  # the C++ binding wants the config file name
        return opencc.OpenCC("t2s.json")


def _traditional_share(text: str, conv) -> float:
    """Share of Han characters that t2s conversion changes."""
    han = HAN.findall(text)
    converted = conv.convert("".join(han))
    changed = sum(a != b for a, b in zip(han, converted))
    return changed / max(len(han), 1)


def test_index_has_the_documented_columns():
    with INDEX.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS


def test_index_and_folder_list_the_same_files():
    listed = [r["file"] for r in ROWS]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    on_disk = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert sorted(listed) == on_disk


def test_corpus_size_and_balance():
    assert len(ROWS) >= 12
    assert len({r["script"] for r in ROWS}) >= 2
    themes = Counter(r["theme"] for r in ROWS)
    assert len(themes) >= 2
    assert min(themes.values()) >= 3, themes


def test_index_values_are_from_the_known_sets():
    for r in ROWS:
        assert r["script"] in {"simplified", "traditional"}, r["file"]
        codecs.lookup(r["encoding"])  # raises LookupError for an unknown name
        assert r["title"].strip() and r["notes"].strip(), r["file"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["file"])
def test_file_name_carries_its_theme(row):
    m = NAME.match(row["file"])
    assert m, row["file"]
    assert m.group(2) == row["theme"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["file"])
def test_file_decodes_with_recorded_encoding_and_holds_its_title(row):
    text = _text(row)
    assert len(HAN.findall(text)) >= 1000, "too short for a work report"
    assert row["title"] in text
    if row["encoding"] != "utf-8-sig":
        assert not text.startswith("\ufeff"), "BOM present but encoding says no BOM"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["file"])
def test_recorded_encoding_is_the_real_one(row):
    """A file labelled GBK/Big5/GB18030 must not be UTF-8 in disguise, a BOM must be
    recorded as utf-8-sig, and a GB18030 file must need more than GBK."""
    data = (CORPUS / row["file"]).read_bytes()
    enc = codecs.lookup(row["encoding"]).name
    if enc.startswith("utf-8"):
        assert data.startswith(codecs.BOM_UTF8) == (enc == "utf-8-sig")
    else:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    if enc == "gb18030":  # otherwise the file is plain GBK and should say so
        with pytest.raises(UnicodeDecodeError):
            data.decode("gbk")


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["file"])
def test_recorded_script_matches_the_text(row):
    share = _traditional_share(_text(row), _t2s())
    if row["script"] == "traditional":
        assert share > 0.15, f"only {share:.1%} of Han characters are traditional-only"
    else:
        assert share < 0.02, f"{share:.1%} of Han characters are traditional-only"


def test_traditional_share_separates_scripts():
    """The check above can fail: it tells a converted text from its source."""
    conv = _t2s()
    simplified = "我县坚持以脱贫攻坚统揽经济社会发展全局，实现贫困人口稳定脱贫。"
    traditional = "我縣堅持以脫貧攻堅統攬經濟社會發展全局，實現貧困人口穩定脫貧。"
    assert _traditional_share(simplified, conv) == 0
    assert _traditional_share(traditional, conv) > 0.4
