"""Hostile input: every public function, fed text that scraped reports really hold.

Inputs (KINDS): long runs of one outline/number marker (、 一是 “ 第 digits), NUL
and other control characters, lone surrogates, zero-width characters, and a
mix of scripts. Every name of ``summarylab.__all__`` maps in PUBLIC to an
adapter that calls it on one text (classes through what builds them:
Analysis through analyze, Document through read_document, ThemeModel and
CorpusResult through analyze_corpus); a new public name without one fails
``test_every_public_name_is_exercised``. The functions are imported from their
modules (summarylab.normalisation, .cleaning, .segmentation …).

What is asserted:

* time linear in the input, per adapter and kind: the best of 3 CPU timings
  (``time.thread_time``: never wall-clock, which a busy machine stretches) on 4n
  bytes is under 8x the best of 3 on n bytes (4x expected, 16x for a quadratic
  step), in one of up to 3 attempts; when a plainly linear pass over the same
  texts (encode and decode) itself grows more than 4x (4n past the CPU caches),
  the bound is twice that pass's ratio instead, at most 12x. No absolute time is asserted. n doubles from 4 KB until one call
  takes FLOOR (10 ms) and three times the call on a single unit (so a fixed
  per-call cost cannot hide growth), with 4n at most 4 MB; calls still under
  FLOOR there are timed in loops. So the cheap functions are timed on 1 to
  4 MB, the costly ones (analyze, segment, to_script) on tens of KB. The
  corpus functions (analyze_corpus with its ThemeModel, CorpusResult) cost
  tens of ms per call whatever the text, so they are timed once, on all kinds
  at once, and with one OpenMP thread;
* a full megabyte (UTF-8) of each marker goes through ``analyze`` and every
  table, with offsets inside the text and each quote equal to its span;
* a 10 MB single line goes through the cheaper functions only (normalise,
  detect_script, clean, extract_measures, extract_slogans, extract_citations,
  parse_number): analyze, extract_indicators and segment would take minutes of
  CI on it, and their linearity is covered above;
* no exception but a documented one (parse_number: NumberError, whose message
  stays short); ``run_batch`` over a folder holding one file of each kind runs
  without an "error" status (its time is process and file overhead, so it is
  checked for robustness only).

Hostile files, names, folders and output folders (zip bombs, FIFOs, crafted
caches, links, locks, CSV injection) are in ``test_hostile_files.py``.
"""
from __future__ import annotations

import gc
import math
import random
import time
from pathlib import Path

import pandas as pd
import pytest
from threadpoolctl import threadpool_limits

import summarylab
from summarylab.analysis import Analysis, analyze
from summarylab.batch import run_batch
from summarylab.cleaning import clean
from summarylab.corpus import analyze_corpus
from summarylab.indicators import extract_indicators
from summarylab.measures import extract_measures, render_tree
from summarylab.normalisation import detect_script, normalise, to_script
from summarylab.numerals import NumberError, parse_number
from summarylab.readers import Document, read_document
from summarylab.segmentation import Tokenizer, segment
from summarylab.slogans import extract_citations, extract_slogans, shared_formulations, slogan_matrix

KINDS = {
    "dun": "、",
    "yishi": "一是",
    "quote": "“",
    "di": "第",
    "digits": "0123456789",
    "control": "工作\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f总结\r",
    "surrogates": "推进\ud800改革\udfff\udc80",
    "zero_width": "政务\u200b公开\u200c\u200d\ufeff\u2060\u00ad",
    "mixed": "政府工作報告 Report отчёт تقرير 😀𠀀１２３％ΑΒΓ ﬁ ①\t",
}
MARKERS = ["dun", "yishi", "quote", "di", "digits"]
MB = 2 ** 20


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def make(kind: str, nbytes: int) -> str:
    """The unit of ``kind`` repeated to about ``nbytes`` bytes of UTF-8."""
    return repeat_to(KINDS[kind], nbytes)


def _two_docs(text: str) -> pd.Series:
    half = text[: len(text) // 2]
    tables = {"a": extract_slogans(text), "b": extract_slogans(half)}
    return pd.Series([slogan_matrix(tables), shared_formulations(tables)])


def _read(text: str, tmp: Path) -> Document:
    path = tmp / "hostile.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return read_document(path)


def _analyze(text: str, tmp: Path):
    analysis = analyze(text, target="traditional")
    return analysis.tables(), analysis.original_span(0, len(analysis.text))


def _corpus(text: str, tmp: Path):
    # one OpenMP thread: KMeans' thread start-up costs 0.2 s a fit on a busy 2-core
    # machine whatever the input, which would hide any growth with the text
    with threadpool_limits(1):
        result = analyze_corpus([text, text[: len(text) // 2], "深化放管服改革"], k=2)
    return result.themes, result.similar("doc0001")


# one call on one text per distinct code path; documented errors in ERRORS
ADAPTERS = {
    "analyze": _analyze,
    "normalise": lambda t, tmp: normalise(t),
    "detect_script": lambda t, tmp: detect_script(t),
    "to_script": lambda t, tmp: to_script(t, "traditional"),
    "clean": lambda t, tmp: clean(t),
    "segment": lambda t, tmp: segment(t),
    "Tokenizer": lambda t, tmp: Tokenizer()(t),
    "parse_number": lambda t, tmp: parse_number(t),
    "extract_indicators": lambda t, tmp: extract_indicators(t),
    "extract_measures": lambda t, tmp: render_tree(extract_measures(t)),
    "extract_slogans": lambda t, tmp: extract_slogans(t),
    "extract_citations": lambda t, tmp: extract_citations(t),
    "slogan_tables": lambda t, tmp: _two_docs(t),
    "read_document": lambda t, tmp: _read(t, tmp).text,
    "corpus": _corpus,
}
# public name -> the adapter that exercises it (classes through what builds them)
PUBLIC = {name: name for name in ADAPTERS if name in summarylab.__all__} | {
    "Analysis": "analyze", "render_tree": "extract_measures", "slogan_matrix": "slogan_tables",
    "shared_formulations": "slogan_tables", "Document": "read_document",
    "ThemeModel": "corpus",  # fitted inside analyze_corpus
    "analyze_corpus": "corpus", "CorpusResult": "corpus", "run_batch": None,  # see the last test
    "add_words": None,  # changes the rule data of the process: tests/test_ruledata.py
}
ERRORS = {"parse_number": NumberError}
# The corpus adapter costs tens of ms per call whatever the text: its growth is
# measured on all hostile units at once instead of once per kind.
PER_KIND = [name for name in ADAPTERS if name != "corpus"]
ALL_KINDS = "".join(KINDS.values())


def test_every_public_name_is_exercised():
    assert set(PUBLIC) == set(summarylab.__all__) - {"__version__"}
    assert set(PUBLIC.values()) - {None} == set(ADAPTERS)


def call(name: str, text: str, tmp: Path):
    """Run one adapter; a documented error counts as a result."""
    try:
        return ADAPTERS[name](text, tmp)
    except ERRORS.get(name, ()) as exc:
        return exc


def per_call(name: str, text: str, tmp: Path, loops: int = 1, repeat: int = 3) -> float:
    """Best of ``repeat`` timings of ``loops`` calls, per call (garbage collector off)."""
    best = float("inf")
    for _ in range(repeat):
        gc.disable()
        try:
            start = time.thread_time()   # CPU time: waiting for a busy CPU does not count
            for _ in range(loops):
                call(name, text, tmp)
            best = min(best, (time.thread_time() - start) / loops)
        finally:
            gc.enable()
    return best


def repeat_to(unit: str, nbytes: int) -> str:
    return unit * max(1, nbytes // utf8_size(unit))


FLOOR = 0.01  # seconds a timing must last to rise above timer and scheduler noise
CAP = 4 * MB  # largest 4n: cheap calls grow past the CPU caches, whose edge alone can double a time


def assert_linear(name: str, unit: str, tmp: Path) -> None:
    """Best-of-3 time on 4n bytes < 8x that on n, n found as the module docstring says."""
    call(name, repeat_to(unit, 4096), tmp)  # warm caches and lazy imports
    fixed = per_call(name, unit, tmp)
    n, once = 4096, per_call(name, repeat_to(unit, 4096), tmp, repeat=1)
    while 4 * n < CAP and once < max(FLOOR, 3 * fixed):
        n *= 2
        once = per_call(name, repeat_to(unit, n), tmp, repeat=1)
    loops = min(20, math.ceil(FLOOR / max(once, 1e-6)))
    seen = []
    for _ in range(3):  # a busy machine can spoil one attempt; a quadratic step fails all
        small = per_call(name, repeat_to(unit, n), tmp, loops)
        big = per_call(name, repeat_to(unit, 4 * n), tmp, loops)
        memory = memory_ratio(unit, n)
        seen.append(f"{n} bytes {small:.4f}s, {4 * n} bytes {big:.4f}s (memory x{memory:.1f})")
        if big < 2 * min(6.0, max(4.0, memory)) * small:
            return
    pytest.fail(f"{name} grows faster than linearly: " + "; ".join(seen))


def memory_ratio(unit: str, n: int, repeat: int = 5) -> float:
    """How much longer a plainly linear pass (encode and decode) takes on 4n bytes than
    on n: above 4 when 4n outgrows the CPU caches. The allowed ratio is twice it, kept
    within 8 to 12: a quadratic step (16x, more past a cache edge) still fails."""
    def best(text: str) -> float:
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            text.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
            times.append(time.thread_time() - start)
        return min(times)
    return best(repeat_to(unit, 4 * n)) / max(best(repeat_to(unit, n)), 1e-9)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("name", PER_KIND)
def test_time_is_linear_in_the_input(name, kind, tmp_path):
    assert_linear(name, KINDS[kind], tmp_path)


def test_corpus_time_is_linear_in_the_input(tmp_path):
    assert_linear("corpus", ALL_KINDS, tmp_path)


def distinct_principle_lists(count: int) -> str:
    """``count`` different 甲乙、丙丁、戊己的方针 lists: no repeated unit can build this."""
    rng = random.Random(count)
    chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    return "".join("坚持" + "、".join(rng.choice(chars) + rng.choice(chars) for _ in range(3))
                   + "的方针。" for _ in range(count))


def test_slogans_time_is_linear_in_distinct_principle_lists():
    """Each list before 方针 is looked up again in the whole text; that must stay linear."""
    small, big = distinct_principle_lists(1500), distinct_principle_lists(6000)
    extract_slogans(small)
    seen = []
    for _ in range(3):
        t_small = min(timed(extract_slogans, small) for _ in range(3))
        t_big = min(timed(extract_slogans, big) for _ in range(3))
        seen.append(f"{t_small:.3f}s -> {t_big:.3f}s")
        if t_big < 8 * t_small:
            return
    pytest.fail("extract_slogans grows faster than linearly: " + "; ".join(seen))


def timed(function, text: str) -> float:
    start = time.thread_time()
    function(text)
    return time.thread_time() - start


def assert_offsets_inside(analysis: Analysis) -> None:
    size = len(analysis.text)
    for table_name, table in analysis.tables().items():
        for col in ("start", "end", "title_start", "title_end", "sentence_start", "sentence_end"):
            if col in table and len(table):
                assert table[col].between(0, size).all(), (table_name, col)
        if "quote" in table and len(table):
            assert [analysis.text[s:e] for s, e in zip(table.start, table.end)] == list(table.quote)


@pytest.mark.parametrize("kind", MARKERS)
def test_a_megabyte_of_one_marker_through_analyze(kind):
    text = make(kind, MB)
    assert utf8_size(text) > MB - 16
    analysis = analyze(text)
    assert_offsets_inside(analysis)
    assert len(analysis.text) <= len(text)


def test_a_ten_megabyte_line_through_the_cheaper_functions():
    unit = "全年共受理群众投诉486件，“放管服”改革深入推进，一是加强领导；二是完善制度。第三批项目投资1.2亿元、《政务公开条例》"
    line = unit * (10 * MB // utf8_size(unit))
    assert "\n" not in line and utf8_size(line) > 10 * MB - 200
    norm = normalise(line)
    assert norm.text == line  # already normal: nothing to change, nothing lost
    assert detect_script(line) == "simplified"
    assert clean(line).text == line
    measures = extract_measures(line)
    assert set(measures["title_end"] - measures["title_start"]) <= set(range(1, 200))
    assert extract_slogans(line).set_index("slogan").loc["放管服", "count"] == line.count("放管服")
    assert extract_citations(line)["count"].tolist() == [line.count("《政务公开条例》")]
    with pytest.raises(NumberError) as error:
        parse_number(line)
    assert len(str(error.value)) < 200 and f"{len(line):,} characters" in str(error.value)


@pytest.mark.parametrize("kind", ["control", "surrogates", "zero_width", "mixed"])
def test_invisible_and_foreign_characters_do_not_leak_into_offsets(kind):
    text = "一、主要做法\n" + make(kind, 2000) + "\n全年受理投诉486件。"
    analysis = analyze(text)
    assert_offsets_inside(analysis)
    assert analysis.indicators["quote"].tolist()[-1] == "486件"
    assert not set(analysis.text) & set("\x00\x01\x07\x1b\u200b\ufeff\u2060\ud800\udfff")
    start, end = analysis.original_span(*analysis.indicators.iloc[-1][["start", "end"]])
    assert text[start:end] == "486件"


def test_lone_surrogates_become_replacement_characters_reported_as_mojibake():
    text = "一、主要做法\n（一）推进\ud800改革；“放管\udfff服”。"
    analysis = analyze(text)
    assert analysis.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    mojibake = analysis.quality.query("kind == 'mojibake'")
    assert [analysis.text[s:e] for s, e in zip(mojibake.start, mojibake.end)] == ["\ufffd"] * 2
    assert analysis.measures["title"].tolist() == ["主要做法", "推进\ufffd改革"]
    assert analysis.slogans["slogan"].tolist() == ["放管\ufffd服"]


def test_run_batch_on_a_folder_of_hostile_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for kind in KINDS:
        body = "一、主要做法\n" + make(kind, 20_000) + "\n全年受理投诉486件。"
        (corpus / f"{kind}.txt").write_bytes(body.encode("utf-8", "surrogatepass"))
    summary = run_batch(corpus, tmp_path / "out", quiet=True, k=2)
    assert sum(summary.counts.values()) == len(KINDS)
    assert summary.counts.get("error", 0) == 0, summary.counts
