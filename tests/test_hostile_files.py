"""Hostile files and folders for the batch path (issue 19, issue 18 item 8).

The companion of ``test_hostile.py`` (hostile *text*): here the files, names,
folders and output folders themselves are hostile. Each test builds what it
needs (a crafted pickle row, a zip bomb, a FIFO, names that decode alike, a lock
held by another run …) and checks that the batch reads only what it should,
never runs code, never hangs, and gives every entry exactly one row.

Tests that could hang on a broken implementation (a FIFO, /dev/zero) run under
``signal.alarm``: a hang fails the test instead of blocking the suite.
"""
from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import json
import os
import pickle
import signal
import sqlite3
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from summarylab.analysis import analyze
from summarylab.batch import (
    LOCK_NAME, MANIFEST, BatchBusyError, BatchUsageError, BatchWriteError, ManifestError,
    read_manifest, read_table, run_batch, unique_ids, write_table,
)
from summarylab.cli import main
from summarylab.numerals import NumberError, parse_number
from summarylab.readers import decode_bytes, read_document
from summarylab.store import CACHE_NAME, ResultStore, decode_result, encode_result

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, flock and symlinks: POSIX")

# Our own sentences in the genre (simplified, traditional).
REPORT = "县政务服务中心工作总结\n一、主要做法\n全年受理群众投诉486件，办结率98.5%。\n二、下步打算\n深化“放管服”改革。\n"
REPORT_TRAD = "縣政務服務中心工作總結\n一、主要做法\n全年受理群眾投訴486件，辦結率98.5%。\n"


@contextlib.contextmanager
def deadline(seconds: int = 60):
    """Fail (TimeoutError) instead of hanging when a call blocks on a FIFO or a device."""
    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds}s: blocked on a FIFO or device?")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def corpus_of(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def statuses(out: Path) -> dict[str, str]:
    docs = read_table(out, "documents")
    return dict(zip(docs["doc_id"], docs["status"]))


# ----------------------------------------------------------------------------- 1. cache

class _Payload:
    """Unpickling this runs code: it writes a marker file (what an attacker would do)."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('code ran')",))


@pytest.mark.parametrize("crafted", ["pickle", "json_wrong_types", "json_other_doc", "garbage"])
def test_a_crafted_cache_row_runs_no_code_and_the_file_is_analysed_again(tmp_path, crafted):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT, "b.txt": REPORT_TRAD})
    out = tmp_path / "out"
    first = run_batch(corpus, out, quiet=True, k=1)
    marker = tmp_path / "pwned"
    good = read_table(out, "indicators")
    with sqlite3.connect(out / CACHE_NAME) as db:
        (blob,) = db.execute("SELECT result FROM results WHERE doc_id='a.txt'").fetchone()
        payload = json.loads(blob)
        if crafted == "pickle":
            blob = pickle.dumps(_Payload(marker))
        elif crafted == "json_wrong_types":   # parses, but a count column holds text
            payload["tables"]["indicators"]["values"][-1] = ["1; DROP"] * len(
                payload["tables"]["indicators"]["values"][-1])
            payload["chars"] = "many"
            blob = json.dumps(payload).encode()
        elif crafted == "json_other_doc":     # a valid row of another document under a.txt
            payload["doc_id"] = "b.txt"
            blob = json.dumps(payload).encode()
        else:
            blob = b'{"format":"summarylab-result/1","kind":"document",' + os.urandom(64)
        db.execute("UPDATE results SET result=? WHERE doc_id='a.txt'", (blob,))
    second = run_batch(corpus, out, quiet=True, k=1)
    assert not marker.exists(), "unpickling the cache ran code"
    assert first.counts == second.counts == {"ok": 2}
    pd.testing.assert_frame_equal(read_table(out, "indicators"), good)
    with ResultStore(out / CACHE_NAME) as store, sqlite3.connect(out / CACHE_NAME) as db:
        (blob,) = db.execute("SELECT result FROM results WHERE doc_id='a.txt'").fetchone()
        assert decode_result(blob).doc_id == "a.txt"   # the row was replaced by a good one
        assert store.count() == 2


def test_decode_result_refuses_pickles_without_loading_them(tmp_path):
    marker = tmp_path / "pwned"
    assert decode_result(pickle.dumps(_Payload(marker))) is None
    assert decode_result(pickle.dumps({"a": 1})) is None
    assert not marker.exists()
    assert decode_result(encode_result({"pairs": [(1, 2)], "text": "推进\ud800改革"})) == {
        "pairs": [(1, 2)], "text": "推进\ud800改革"}


# ----------------------------------------------------------------------------- 2. zip bomb, dead workers

def make_bomb(path: Path, inflated: int = 100 * 2**20) -> None:
    """A .docx whose word/document.xml inflates to ``inflated`` bytes (small on disk)."""
    para = "<w:p><w:r><w:t>全年受理群众投诉486件，办结率98.5%。</w:t></w:r></w:p>".encode()
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                    '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                    '</Types>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = para * (2**20 // len(para))
            written = len(head)
            while written < inflated:
                fh.write(block)
                written += len(block)
            fh.write(b"</w:body></w:document>")


def test_a_docx_zip_bomb_is_too_large_without_being_inflated(tmp_path):
    bomb = tmp_path / "in" / "bomb.docx"
    bomb.parent.mkdir()
    make_bomb(bomb)
    assert bomb.stat().st_size < 2 * 2**20          # small on disk, 100 MB inside
    with deadline(60):
        doc = read_document(bomb, max_bytes=20 * 2**20)
    assert doc.status == "too_large" and "word/document.xml" in doc.error and doc.text == ""
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    with deadline(120):
        summary = run_batch(tmp_path / "in", tmp_path / "out", quiet=True, k=1)
    assert statuses(tmp_path / "out") == {"a.txt": "ok", "bomb.docx": "too_large"}
    assert summary.tables["indicators"] < 10


def test_the_standard_library_docx_reader_stops_at_the_limit_while_streaming(tmp_path):
    from summarylab.readers import TooLarge, _read_docx_xml

    bomb = tmp_path / "bomb.docx"
    make_bomb(bomb, inflated=4 * 2**20)
    with zipfile.ZipFile(bomb) as zf, pytest.raises(TooLarge, match="inflates past"):
        _read_docx_xml(zf, max_bytes=2**20)
    with zipfile.ZipFile(bomb) as zf:
        assert _read_docx_xml(zf, max_bytes=8 * 2**20).count("486件") > 10_000


def test_a_worker_that_dies_costs_one_file_recorded_and_skipped_on_resume(tmp_path, monkeypatch):
    import summarylab.batch as batch

    corpus = corpus_of(tmp_path / "in", {f"r{i}.txt": REPORT.replace("486", str(400 + i))
                                         for i in range(5)})
    (corpus / "killer.txt").write_text(REPORT, encoding="utf-8")
    analyse = batch._analyze_one

    def dies_on_the_killer(path, *args, **kwargs):   # inherited by the forked workers
        if path.endswith("killer.txt"):
            os.kill(os.getpid(), signal.SIGKILL)      # as the out-of-memory killer does
        return analyse(path, *args, **kwargs)

    monkeypatch.setattr(batch, "_analyze_one", dies_on_the_killer)
    first = run_batch(corpus, tmp_path / "out", quiet=True, k=1, jobs=2)
    found = statuses(tmp_path / "out")
    assert found == {**{f"r{i}.txt": "ok" for i in range(5)}, "killer.txt": "error"}
    docs = read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert "worker process died" in docs.loc["killer.txt", "error"]
    assert first.exit_code == 1
    again = run_batch(corpus, tmp_path / "out", quiet=True, k=1, jobs=2)   # resume: no new death
    assert (again.computed, again.cached) == (0, 6) and statuses(tmp_path / "out") == found


# ----------------------------------------------------------------------------- 3, 8. CSV

CELLS = ["=HYPERLINK(\"http://example.invalid\",\"点击查看\")", "=1+1", "+86 10 1234", "-3.5",
         "@SUM(A1:A2)", "\tTAB", "\rCR", "'=already quoted", "''@two", "普通文本", "", "a\r\nb,\"c\""]


def test_csv_cells_that_look_like_formulas_are_neutralised_and_read_back_exactly(tmp_path):
    df = pd.DataFrame({"text": CELLS, "value": [-3.5 - i for i in range(len(CELLS))],
                       "n": list(range(-len(CELLS), 0))})
    entry = write_table(df, tmp_path, "cells", "csv")
    (tmp_path / MANIFEST).write_text(json.dumps({"tables": {"cells": entry}}), encoding="utf-8")
    with open(tmp_path / "cells.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == len(CELLS) + 1
    for text, value, n in rows[1:]:
        assert not text.startswith(("=", "+", "-", "@", "\t", "\r")), text
        assert float(value) < 0 and value.startswith("-") and int(n) < 0   # numbers stay numbers
    pd.testing.assert_frame_equal(read_table(tmp_path, "cells"), df)


def test_formula_titles_and_names_in_a_batch_are_neutralised_in_csv_exact_in_parquet(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    title = '=HYPERLINK("http://example.invalid","点击查看")'
    (corpus / "page.html").write_text(f"<html><head><title>{title}</title></head><body>"
                                      f"<p>{REPORT}</p></body></html>", encoding="utf-8")
    (corpus / "=1+1.txt").write_text(REPORT, encoding="utf-8")
    for fmt in ("csv", "parquet"):
        run_batch(corpus, tmp_path / fmt, quiet=True, k=1, fmt=fmt)
        docs = read_table(tmp_path / fmt, "documents").set_index("doc_id")
        assert docs.loc["page.html", "title"] == title and docs.loc["=1+1.txt", "file"] == "=1+1.txt"
    raw = (tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(raw, newline="")) for cell in row]
    assert "'" + title in cells and "'=1+1.txt" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]


def test_cr_lf_and_quotes_in_file_names_are_quoted_per_rfc_4180(tmp_path):
    names = ["a\rb.txt", "c\nd.txt", 'q"uote,comma.txt', "plain.txt"]
    corpus = corpus_of(tmp_path / "in", {name: REPORT for name in names})
    run_batch(corpus, tmp_path / "out", quiet=True, k=1, fmt="csv")
    docs = read_table(tmp_path / "out", "documents")
    assert sorted(docs["file"]) == sorted(names) and sorted(docs["doc_id"]) == sorted(names)
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == len(names) + 1


# ----------------------------------------------------------------------------- 4. only regular files

def test_fifos_and_device_links_get_a_status_and_never_block(tmp_path):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "random.htm").symlink_to("/dev/urandom")
    with deadline(60):
        assert read_document(corpus / "fifo.txt").status == "not_regular"
        doc = read_document(corpus / "zero.txt")
        assert doc.status == "not_regular" and "character device" in doc.error
        assert read_document("/dev/zero").status in ("unsupported", "not_regular")
        run_batch(corpus, tmp_path / "out", quiet=True, k=1)
        run_batch(corpus, tmp_path / "follow", quiet=True, k=1, follow_symlinks=True)
    assert statuses(tmp_path / "out") == {"a.txt": "ok", "fifo.txt": "not_regular",
                                          "random.htm": "outside", "zero.txt": "outside"}
    assert statuses(tmp_path / "follow") == {"a.txt": "ok", "fifo.txt": "not_regular",
                                             "random.htm": "not_regular", "zero.txt": "not_regular"}


# ----------------------------------------------------------------------------- 5. doc_id

def test_names_that_decode_alike_get_distinct_doc_ids_and_their_own_rows(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    base = os.fsencode(corpus) + b"/"
    files = {"报告.txt".encode("utf-8"): "一、甲\n全年受理投诉101件。\n",
             "报告.txt".encode("gbk"): "一、乙\n全年受理投诉202件。\n",
             b"\\xff.txt": "一、丙\n全年受理投诉303件。\n",
             b"\xff.txt": "一、丁\n全年受理投诉404件。\n"}
    for name, text in files.items():
        with open(base + name, "wb") as fh:
            fh.write(text.encode("utf-8"))
    summary = run_batch(corpus, tmp_path / "out", quiet=True, k=1)
    docs = read_table(tmp_path / "out", "documents")
    assert summary.counts == {"ok": 4} and docs["doc_id"].is_unique and len(docs) == 4
    assert {"报告.txt", "\\xff.txt"} <= set(docs["doc_id"])
    values = read_table(tmp_path / "out", "indicators").groupby("doc_id")["value"].sum()
    assert sorted(values) == [101, 202, 303, 404]          # each file's own result, once
    assert values["报告.txt"] == 101 and values["\\xff.txt"] == 303   # exact names keep theirs


@pytest.mark.parametrize("names, ids", [
    (["a.txt", "a.txt#2", os.fsdecode(b"a.txt")], None),
    (["报告.txt", os.fsdecode("报告.txt".encode("gbk")), "报告.txt#2"],
     ["报告.txt", "报告.txt#3", "报告.txt#2"]),
])
def test_unique_ids_never_collide_with_a_literal_suffix(names, ids):
    out = unique_ids(names)
    assert len(set(out)) == len(out)
    if ids:
        assert out == ids


# ----------------------------------------------------------------------------- 6. lock

def test_a_second_run_into_a_locked_output_folder_stops_with_a_clear_message(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT)   # what a running run holds
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, b"4242\n")
        with pytest.raises(BatchBusyError, match="another summarylab run .pid 4242. is writing"):
            run_batch(corpus, out, quiet=True, k=1)
        assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 2
        assert "another summarylab run" in capsys.readouterr().err
        assert not (out / MANIFEST).exists() and not (out / CACHE_NAME).exists()
    finally:
        os.close(fd)
    assert run_batch(corpus, out, quiet=True, k=1).counts == {"ok": 1}   # released: runs


# ----------------------------------------------------------------------------- 7. numerals

@pytest.mark.parametrize("text", ["完成投资一" + "亿" * 39 + "元", "一亿" * 1000,
                                  "完成投资1" + "亿" * 39 + "元", "完成投資一" + "億" * 39 + "元",
                                  "全年投资" + "9" * 40 + "元"],
                         ids=["yi39", "yiyi1000", "1yi39", "trad_yi39", "digits40"])
def test_absurd_numerals_are_not_indicators_and_never_crash(text):
    analysis = analyze(text)
    values = analysis.indicators["value"] if len(analysis.indicators) else pd.Series([], dtype=float)
    assert (values.abs() <= 1e20).all()
    with pytest.raises(NumberError):
        parse_number(text.strip("完成投资投資全年元"))


def test_absurd_numerals_in_a_batch_leave_the_document_ok(tmp_path):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT + "完成投资一" + "亿" * 39 + "元。" + "一亿" * 1000})
    assert run_batch(corpus, tmp_path / "out", quiet=True, k=1).counts == {"ok": 1}


# ----------------------------------------------------------------------------- 9. every entry a row

def test_every_entry_gets_a_row_and_links_outside_are_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密：全年受理投诉999件。\n", encoding="utf-8")
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT, "..txt": REPORT, "...txt": REPORT,
                                         ".hidden/x.txt": REPORT, "sub/b.txt": REPORT_TRAD})
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "linked").symlink_to(corpus / "sub")
    (corpus / "away").symlink_to(tmp_path)
    (corpus / "broken.txt").symlink_to(tmp_path / "nothing-here")
    deep = long_path(corpus / "deep")
    run_batch(corpus, tmp_path / "out", quiet=True, k=1)
    found = statuses(tmp_path / "out")
    assert {k: v for k, v in found.items() if not k.startswith("deep/")} == {
        "a.txt": "ok", "sub/b.txt": "ok", "..txt": "hidden", "...txt": "hidden", ".hidden/": "hidden",
        "passwd.txt": "outside", "linked/": "link", "away": "outside", "broken.txt": "error"}
    assert [v for k, v in found.items() if k.startswith("deep/")] == ["error"], deep
    assert "999" not in read_table(tmp_path / "out", "indicators")["quote"].str.cat()
    run_batch(corpus, tmp_path / "follow", quiet=True, k=1, follow_symlinks=True)
    followed = statuses(tmp_path / "follow")
    assert followed["passwd.txt"] == "ok" and followed["linked/"] == "link"   # sub/ listed once


def long_path(top: Path) -> str:
    """Folders nested past PATH_MAX (made through folder descriptors), a file at the bottom."""
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    depth = 0
    try:
        while depth * 201 < 4200:
            os.mkdir("d" * 200, dir_fd=fd)
            new = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd, depth = new, depth + 1
        file_fd = os.open("r.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.write(file_fd, REPORT.encode())
        os.close(file_fd)
    finally:
        os.close(fd)
    return f"{depth} levels"


# ----------------------------------------------------------------------------- 10. --out and CORPUS

def test_out_equal_to_the_corpus_is_refused_and_inside_it_is_skipped(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    with pytest.raises(BatchUsageError, match="is the corpus folder itself"):
        run_batch(corpus, corpus, quiet=True)
    assert main(["analyze", str(corpus), "--out", str(corpus), "--quiet"]) == 2
    assert "corpus folder itself" in capsys.readouterr().err
    assert sorted(os.listdir(corpus)) == ["a.txt"]
    for _ in range(2):
        run_batch(corpus, corpus / "out", quiet=True, k=1, fmt="csv")
        (corpus / "out" / "report.html").write_text("<p>全年受理投诉1件</p>", encoding="utf-8")
    assert statuses(corpus / "out") == {"a.txt": "ok"}


# ----------------------------------------------------------------------------- 11. marks, NUL

@pytest.mark.parametrize("mark", ["\u0301", "\ufe0f", "\U000e0041", "\U000e0100", "\u20dd"])
@pytest.mark.parametrize("text, value", [("完成投资1{m}000万元", 1e7), ("完成投資１{m}０００萬元", 1e7),
                                         ("办结率98{m}.5%", 98.5)])
def test_marks_inside_a_number_are_dropped_not_read_as_zero(mark, text, value):
    analysis = analyze(text.format(m=mark))
    assert analysis.indicators["value"].tolist() == [value]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_a_stray_nul_byte_is_dropped_and_the_rest_read(tmp_path, encoding):
    text = REPORT_TRAD if encoding == "big5" else REPORT
    data = text.encode(encoding)
    data = data[:20] + b"\x00" + data[20:]
    decoded = decode_bytes(data)
    assert decoded.text == text and "1 NUL byte(s) dropped" in decoded.warning
    (tmp_path / "r.txt").write_bytes(data)
    doc = read_document(tmp_path / "r.txt")
    assert doc.status == "ok" and "486" in doc.text


# ----------------------------------------------------------------------------- 12. write errors

def test_a_parquet_write_error_is_reported_not_rewritten(tmp_path, monkeypatch, capsys):
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    real = pd.DataFrame.to_parquet
    calls = []

    def vanishes_once(self, path, *args, **kwargs):   # the temp file removed under us, once
        calls.append(path)
        if len(calls) == 1:
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", vanishes_once)
    with pytest.raises(BatchWriteError, match="could not write the tables"):
        run_batch(corpus, tmp_path / "out", quiet=True, k=1)
    assert len(calls) == 1 and not (tmp_path / "out" / MANIFEST).exists()
    calls.clear()
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 3
    assert "could not write the tables" in capsys.readouterr().err


# ----------------------------------------------------------------------------- 13. report

@pytest.mark.parametrize("where", ["absolute", "parent", "link"])
def test_report_reads_only_tables_inside_the_output_folder(tmp_path, where, capsys):
    secret = tmp_path / "secrets.csv"
    secret.write_text("password\nhunter2-secret\n", encoding="utf-8")
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    out = tmp_path / "out"
    run_batch(corpus, out, quiet=True, k=1, fmt="csv")
    manifest = read_manifest(out)
    if where == "absolute":
        manifest["tables"]["quality"]["file"] = str(secret)
    elif where == "parent":
        manifest["tables"]["quality"]["file"] = "../secrets.csv"
    else:
        (out / "quality.csv").unlink()
        (out / "quality.csv").symlink_to(secret)
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ManifestError):
        read_table(out, "quality")
    html = tmp_path / "report.html"
    assert main(["report", str(out), "-o", str(html)]) == 2
    assert "output folder" in capsys.readouterr().err
    assert not html.exists() or "hunter2" not in html.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- issue 18 item 8

def test_a_file_as_corpus_is_analysed_with_its_name_as_doc_id(tmp_path):
    corpus = corpus_of(tmp_path / "in", {"gbk_report.txt": REPORT, "other.txt": REPORT})
    summary = run_batch(corpus / "gbk_report.txt", tmp_path / "out", quiet=True, k=1)
    docs = read_table(tmp_path / "out", "documents")
    assert summary.counts == {"ok": 1}
    assert docs[["doc_id", "file"]].values.tolist() == [["gbk_report.txt", "gbk_report.txt"]]


def test_an_empty_folder_says_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["analyze", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "holds no files" in err and "0 files ()" not in err


def test_manifest_names_text_columns_alike_and_file_is_relative(tmp_path):
    corpus = corpus_of(tmp_path / "in", {"sub/a.txt": REPORT, "b.txt": REPORT_TRAD})
    run_batch(corpus, tmp_path / "out", quiet=True, k=1)
    tables = read_manifest(tmp_path / "out")["tables"]
    kinds = {kind for meta in tables.values() for kind in meta["columns"].values()}
    assert "object" not in kinds and {"str", "int64"} <= kinds
    assert tables["documents"]["columns"]["doc_id"] == tables["indicators"]["columns"]["quote"] == "str"
    assert tables["slogans"]["columns"]["occurrences"] == "list"
    assert sorted(read_table(tmp_path / "out", "documents")["file"]) == ["b.txt", "sub/a.txt"]


def test_analyze_corpus_on_a_folder_reads_no_link_outside_it_and_no_fifo(tmp_path):
    from summarylab.corpus import analyze_corpus

    secret = tmp_path / "secret.txt"
    secret.write_text("机密：全年受理投诉999件。\n", encoding="utf-8")
    corpus = corpus_of(tmp_path / "in", {"a.txt": REPORT})
    (corpus / "passwd.txt").symlink_to(secret)
    os.mkfifo(corpus / "fifo.txt")
    with deadline(60):
        result = analyze_corpus(corpus, k=1)
    assert result.documents["doc_id"].tolist() == ["a.txt"]
