"""Batch runs over a folder: every file accounted for, cache, engines, formats."""
from __future__ import annotations

import json
import os
import random

import numpy as np
import pandas as pd
import pytest

from summarylab.batch import (
    MANIFEST, TABLES, BatchUsageError, display_path, read_manifest, read_table, run_batch, write_table,
)
from summarylab.store import CACHE_NAME, ResultStore

# Our own sentences in the genre, one theme per entry: (title, practice, result, slogan).
TOPICS = [
    ("生态环境保护工作总结", "全面推行“河长制”，新建污水处理厂{a}座，整治黑臭水体{b}条",
     "全年空气质量优良天数比例达到{p}%，同比提高{q}个百分点", "绿水青山就是金山银山"),
    ("政务服务改革工作总结", "深化“放管服”改革，削减行政审批事项{a}项，{b}个事项实现网上办理",
     "企业开办时间压缩到{q}个工作日，群众满意率达{p}%", "最多跑一次"),
    ("乡村振兴工作总结", "落实“四个不摘”要求，建成高标准农田{a}万亩，培育农民合作社{b}家",
     "农村居民人均可支配收入增长{p}%，脱贫人口收入增长{q}%", "产业兴旺"),
    ("安全生产工作总结", "开展“打非治违”专项行动，检查企业{a}家，整改隐患{b}处",
     "生产安全事故起数下降{p}%，死亡人数下降{q}%", "安全第一、预防为主"),
]


def report(i: int) -> str:
    """A short, deterministic report in the genre (varies with ``i``)."""
    rng = random.Random(i)
    title, practice, result, slogan = TOPICS[i % len(TOPICS)]
    fill = dict(a=rng.randint(2, 300), b=rng.randint(2, 90), p=round(rng.uniform(1, 99), 1),
                q=rng.randint(1, 9))
    return (f"{title}（第{i}号）\n一、主要做法\n今年以来，我们{practice.format(**fill)}。"
            f"一是健全工作机制；二是强化督促检查；三是坚持“{slogan}”理念。\n"
            f"二、工作成效\n{result.format(**fill)}。\n三、存在问题\n部分单位责任落实不到位。\n")


def write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def make_docx(path, text: str) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(path)


EXPECTED = {
    "utf8.txt": ("ok", "utf-8"), "bom.txt": ("ok", "utf-8-sig"), "gbk.txt": ("ok", "gb18030"),
    "gb18030.text": ("ok", "gb18030"), "big5/trad.txt": ("ok", "big5"),
    "utf16.txt": ("ok", "utf-16-le"), "truncated.txt": ("ok", "utf-8"),
    "page.htm": ("ok", "utf-8"), "report.docx": ("ok", "docx"),
    "empty.txt": ("empty", "utf-8"), "binary.txt": ("undecodable", ""),
    "huge.txt": ("too_large", ""), "scan.pdf": ("unsupported", ""),
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder with every encoding and every failure, plus a sparse 50 MB file."""
    root = tmp_path_factory.mktemp("mixed")
    write(root, "utf8.txt", report(0).encode("utf-8"))
    write(root, "bom.txt", report(1).encode("utf-8-sig"))
    write(root, "gbk.txt", report(2).encode("gbk"))
    write(root, "gb18030.text", (report(3) + "𠮷家村完成改造。\n").encode("gb18030"))
    write(root, "big5/trad.txt", "生態環境保護工作總結\n一、主要做法\n新建污水處理廠三座，整治黑臭水體十二條。\n"
          .encode("big5"))
    write(root, "utf16.txt", report(5).encode("utf-16"))
    write(root, "truncated.txt", report(6).rstrip("\n").encode("utf-8")[:-1])
    write(root, "page.htm", (f"<html><head><title>网页版总结</title></head><body><nav>首页</nav>"
                             f"<p>{report(7).replace(chr(10), '</p><p>')}</p></body></html>").encode())
    make_docx(root / "report.docx", report(8))
    write(root, "empty.txt", b"  \n")
    write(root, "binary.txt", b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 4)
    write(root, "scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with open(root / "huge.txt", "wb") as fh:   # 50 MB, sparse: created instantly, never read
        fh.truncate(50 * 2**20)
    return root


@pytest.fixture(scope="module")
def mixed_run(mixed, tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed_out")
    return run_batch(mixed, out, quiet=True), out


def test_every_file_is_in_documents_with_its_status(mixed_run):
    summary, out = mixed_run
    docs = read_table(out, "documents").set_index("doc_id")
    assert sorted(docs.index) == sorted(EXPECTED)
    got = {d: (docs.at[d, "status"], docs.at[d, "encoding"]) for d in EXPECTED}
    assert got == EXPECTED
    assert docs.at["page.htm", "title"] == "网页版总结"
    assert "52428800 bytes" in docs.at["huge.txt", "error"]
    assert summary.counts == {"empty": 1, "ok": 9, "too_large": 1, "undecodable": 1,
                              "unsupported": 1}
    assert summary.exit_code == 1


def test_reader_warnings_reach_the_documents_table(mixed_run):
    _, out = mixed_run
    docs = read_table(out, "documents").set_index("doc_id")
    assert docs.at["truncated.txt", "error"] == "truncated utf-8 tail dropped"


def test_ok_documents_have_extracted_rows(mixed_run):
    _, out = mixed_run
    docs = read_table(out, "documents").set_index("doc_id")
    indicators = read_table(out, "indicators")
    assert (docs.loc[[d for d, (s, _) in EXPECTED.items() if s == "ok"], "chars"] > 0).all()
    assert {"gbk.txt", "utf16.txt", "report.docx"} <= set(indicators["doc_id"])
    assert set(indicators["doc_id"]) <= {d for d, (s, _) in EXPECTED.items() if s == "ok"}


def test_manifest_records_parameters_counts_rows_and_timings(mixed_run):
    summary, out = mixed_run
    manifest = read_manifest(out)
    assert manifest["parameters"]["format"] == "parquet" and manifest["files"] == len(EXPECTED)
    assert manifest["statuses"] == summary.counts and manifest["exit_code"] == 1
    assert manifest["computed"] == len(EXPECTED) and manifest["cached"] == 0
    assert set(manifest["tables"]) == set(TABLES)
    for name in TABLES:
        assert manifest["tables"][name]["rows"] == len(read_table(out, name))
    assert set(manifest["timings"]) >= {"scan", "analyze", "load", "assemble", "write", "total"}
    assert manifest["started"] <= manifest["finished"]
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]       # atomic writes


def test_leftovers_of_a_killed_write_are_removed(plain, tmp_path):
    (tmp_path / ".documents.parquet.12345.tmp").write_bytes(b"half a file")
    run_batch(plain, tmp_path, quiet=True, k=2)
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """Eight ok reports in two folders, for engine and format comparisons."""
    root = tmp_path_factory.mktemp("plain")
    for i in range(8):
        write(root, f"{'county' if i % 2 else 'city'}/r{i:02d}.txt", report(i).encode("utf-8"))
    return root


@pytest.fixture(scope="module")
def reference(plain, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref")
    summary = run_batch(plain, out, jobs=1, quiet=True, k=2)
    assert summary.exit_code == 0 and summary.counts == {"ok": 8}
    return out


def assert_same_tables(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(a, name), read_table(b, name), obj=name)


def test_two_processes_give_the_same_tables(plain, reference, tmp_path):
    import gc

    summary = run_batch(plain, tmp_path, jobs=2, quiet=True, k=2)
    assert summary.computed == 8
    assert_same_tables(reference, tmp_path)
    assert gc.get_freeze_count() == 0   # objects frozen for the forked workers are thawed


def test_dask_local_cluster_gives_the_same_tables(plain, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    summary = run_batch(plain, tmp_path, jobs=2, engine="dask", quiet=True, k=2)
    assert summary.computed == 8
    assert_same_tables(reference, tmp_path)


def test_dask_scheduler_address_gives_the_same_tables(plain, reference, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_batch(plain, tmp_path, engine="dask", scheduler=cluster.scheduler_address,
                            quiet=True, k=2)
    assert summary.computed == 8
    assert_same_tables(reference, tmp_path)


def test_dask_themes_fitted_on_a_sample_are_assigned_on_the_workers(plain, tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    from summarylab import batch
    from summarylab.themes import assign_chunk

    monkeypatch.setattr(batch, "THEME_FIT_SIZE", 6)   # 8 reports: 6 fitted, all 8 assigned
    calls = []
    mapper = batch.dask_theme_mapper
    monkeypatch.setattr(batch, "dask_theme_mapper", lambda *a: calls.append(a) or mapper(*a))
    out = tmp_path / "out"
    assert run_batch(plain, out, jobs=2, engine="dask", quiet=True, k=2).exit_code == 0
    assert calls
    docs = read_table(out, "documents")
    themed = docs[docs.theme >= 0]     # a report with no word of the sample's vocabulary gets -1
    assert len(themed) >= 6 and themed.theme.nunique() == 2
    assert read_table(out, "themes")["size"].sum() == len(themed)
    sums = read_table(out, "theme_shares").groupby("doc_id").share.sum()
    assert sorted(sums.index) == sorted(themed.doc_id) and np.allclose(sums, 1.0)
    on_workers = {name: read_table(out, name) for name in TABLES}
    # again, the chunks assigned in this process (results cached: no cluster at all)
    monkeypatch.setattr(batch, "dask_theme_mapper",
                        lambda *a: lambda model, chunks: (assign_chunk(model, c) for c in chunks))
    (out / batch.THEME_CACHE).unlink()
    run_batch(plain, out, jobs=2, engine="dask", quiet=True, k=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(on_workers[name], read_table(out, name), obj=name)


def test_empty_folder_and_all_broken_folder_still_write_every_table(tmp_path):
    (tmp_path / "in").mkdir()
    empty = run_batch(tmp_path / "in", tmp_path / "out1", quiet=True)
    assert empty.n_files == 0 and empty.exit_code == 1          # nothing analysed
    assert set(empty.tables) == set(TABLES) and empty.tables["documents"] == 0
    write(tmp_path / "in", "blank.txt", b"")
    write(tmp_path / "in", "notes.md", "# 备忘".encode())
    broken = run_batch(tmp_path / "in", tmp_path / "out2", quiet=True, fmt="csv")
    assert broken.counts == {"empty": 1, "unsupported": 1} and broken.exit_code == 1
    assert read_table(tmp_path / "out2", "themes").empty


def test_out_path_that_is_a_file_is_a_usage_error(plain, tmp_path):
    (tmp_path / "taken").write_text("x")
    with pytest.raises(BatchUsageError, match="not a folder"):
        run_batch(plain, tmp_path / "taken", quiet=True)


def test_csv_round_trips_like_parquet_including_list_columns(plain, reference, tmp_path):
    run_batch(plain, tmp_path, fmt="csv", quiet=True, k=2)
    assert_same_tables(reference, tmp_path)
    themes = read_table(tmp_path, "themes")
    assert all(isinstance(t, list) and t and all(isinstance(w, str) for w in t)
               for t in themes["top_terms"])
    raw = (tmp_path / "themes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                          # BOM for Excel
    first = pd.read_csv(tmp_path / "themes.csv", encoding="utf-8-sig")["top_terms"][0]
    assert json.loads(first) == themes["top_terms"][0]


def test_write_table_keeps_nested_values_in_both_formats(tmp_path):
    df = pd.DataFrame({"slogan": ["三个结合", "放管服"], "expansion": [["学", "做"], []],
                       "count": [2, 1], "share": [0.5, float("nan")], "flag": [True, False]})
    for fmt in ("parquet", "csv"):
        out = tmp_path / fmt
        out.mkdir()
        entry = write_table(df, out, "slogans", fmt)
        (out / MANIFEST).write_text(json.dumps({"tables": {"slogans": entry}}))
        pd.testing.assert_frame_equal(read_table(out, "slogans"), df, obj=fmt)


def test_rerun_uses_the_cache_and_recomputes_only_changed_files(plain, tmp_path):
    first = run_batch(plain, tmp_path, quiet=True, k=2)
    second = run_batch(plain, tmp_path, quiet=True, k=2)
    assert (first.computed, first.cached) == (8, 0)
    assert (second.computed, second.cached) == (0, 8)
    changed = plain / "city" / "r00.txt"
    original = changed.read_bytes()
    try:
        changed.write_bytes(original + "四、下步打算\n继续推进“河长制”。\n".encode())
        third = run_batch(plain, tmp_path, quiet=True, k=2)
        assert (third.computed, third.cached) == (1, 7)
        traditional = run_batch(plain, tmp_path, quiet=True, k=2, target="traditional")
        assert traditional.computed == 8                     # target changes per-doc results
        docs = read_table(tmp_path, "documents")
        assert docs.loc[docs.doc_id == "city/r00.txt", "chars"].item() > 0
    finally:
        changed.write_bytes(original)
    with ResultStore(tmp_path / CACHE_NAME) as store:
        assert store.count() == 8 + 1 + 8
    refreshed = run_batch(plain, tmp_path, quiet=True, k=2, refresh=True)
    assert (refreshed.computed, refreshed.cached) == (8, 0)
    with ResultStore(tmp_path / CACHE_NAME) as store:
        assert store.count() == 8 + 1 + 8                    # rows replaced, not added


@pytest.mark.parametrize("kwargs, message", [
    (dict(fmt="xlsx"), "format"), (dict(jobs=0), "jobs"), (dict(engine="spark"), "engine"),
    (dict(target="cantonese"), "target"), (dict(max_bytes=0), "max_bytes"), (dict(k=0), "k"),
    (dict(scheduler="tcp://127.0.0.1:8786"), "engine='dask'"),
])
def test_bad_arguments_are_usage_errors(plain, tmp_path, kwargs, message):
    with pytest.raises(BatchUsageError, match=message):
        run_batch(plain, tmp_path, quiet=True, **kwargs)
    assert not (tmp_path / CACHE_NAME).exists()


def test_missing_corpus_is_a_usage_error(tmp_path):
    with pytest.raises(BatchUsageError, match="not found"):
        run_batch(tmp_path / "nope", tmp_path / "out")


def test_output_folder_inside_the_corpus_is_not_read_as_input(plain, tmp_path):
    corpus = tmp_path / "corpus"
    for path in sorted(plain.rglob("*.txt"))[:2]:
        write(corpus, path.name, path.read_bytes())
    run_batch(corpus, corpus / "out", quiet=True, fmt="csv")
    summary = run_batch(corpus, corpus / "out", quiet=True, fmt="csv")
    assert summary.n_files == 2 and summary.cached == 2


def test_gbk_encoded_file_names_get_readable_doc_ids(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    gbk_name = os.fsencode(corpus) + b"/" + "信访工作总结.txt".encode("gbk")
    with open(gbk_name, "wb") as fh:
        fh.write(report(2).encode("utf-8"))
    write(corpus, "a.txt", report(1).encode("utf-8"))
    summary = run_batch(corpus, tmp_path / "out", quiet=True, fmt="csv")
    docs = read_table(tmp_path / "out", "documents")
    assert summary.counts == {"ok": 2}
    assert docs["doc_id"].tolist() == ["a.txt", "信访工作总结.txt"]
    assert docs["file"].str.endswith("信访工作总结.txt").sum() == 1
    assert run_batch(corpus, tmp_path / "out", quiet=True, fmt="csv").cached == 2


def test_display_path_decodes_gbk_names_and_escapes_the_rest():
    name = os.fsdecode("报告.txt".encode("gbk"))           # as os.listdir returns it
    assert display_path(f"Permission denied: '{name}'") == "Permission denied: '报告.txt'"
    assert display_path(os.fsdecode(b"\xff\xff.txt")) == "\\xff\\xff.txt"
    assert display_path("a/报告.txt") == "a/报告.txt"


def test_a_crash_while_writing_leaves_the_previous_table_whole(plain, tmp_path, monkeypatch):
    run_batch(plain, tmp_path, quiet=True, k=2)
    before = (tmp_path / "measures.parquet").read_bytes()

    def crash(self, path, *args, **kwargs):      # half a file, then the process "dies"
        with open(path, "wb") as fh:
            fh.write(b"PAR1 half written")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", crash)
    with pytest.raises(OSError, match="disk full"):
        run_batch(plain, tmp_path, quiet=True, k=2)
    assert (tmp_path / "measures.parquet").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))
    assert not (tmp_path / MANIFEST).exists()          # the folder says: run incomplete
    monkeypatch.undo()
    run_batch(plain, tmp_path, quiet=True, k=2)
    assert read_manifest(tmp_path)["cached"] == 8


def test_progress_bar_only_when_asked_or_on_a_terminal(plain, tmp_path, capfd):
    run_batch(plain, tmp_path / "a", quiet=True, k=2, progress=True)
    run_batch(plain, tmp_path / "b", k=2)   # stderr is not a terminal here
    assert capfd.readouterr().err == ""
    run_batch(plain, tmp_path / "c", k=2, progress=True)
    err = capfd.readouterr().err
    assert "analyse" in err and "8/8" in err


def test_store_batch_commits_what_it_holds_when_the_block_fails(tmp_path):
    import sqlite3

    with ResultStore(tmp_path / CACHE_NAME) as store:
        with pytest.raises(KeyboardInterrupt):
            with store.batch():
                for i in range(50):
                    store.put(store.key(f"d{i}.txt", "ab", {}), {"i": i})
                raise KeyboardInterrupt
        with sqlite3.connect(tmp_path / CACHE_NAME) as other:     # what another process sees
            assert other.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 50
        assert store.get(store.key("d7.txt", "ab", {})) == {"i": 7}


def test_batch_tables_equal_analyze_corpus_tables(plain, reference):
    from summarylab.corpus import analyze_corpus

    direct = analyze_corpus(plain.resolve(), k=2).tables()
    # both give ``file`` relative to the corpus folder (it travels with the output)
    assert not any(os.path.isabs(f) for f in direct["documents"]["file"])
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(reference, name), direct[name], obj=name)


def test_a_cached_result_unpickles_to_the_same_tables():
    import pickle

    from summarylab.corpus import analyze_document
    from summarylab.readers import Document

    result = analyze_document(Document("r.txt", text=report(3)), "r.txt")
    copy = pickle.loads(pickle.dumps(result))
    assert set(copy.tables) == set(result.tables) and copy.tokens == result.tokens
    for name, df in result.tables.items():
        assert len(df) or name in ("quality", "citations")
        pd.testing.assert_frame_equal(copy.tables[name], df, obj=name)


@pytest.mark.parametrize("arrivals, shown", [
    # (docs arrived, seconds) -> what the bar says; a 3 s start-up before the first document
    ([(1, 3.0)], ["<estimating"]),
    ([(1, 3.0), (4, 3.3), (6, 3.5)], ["<estimating", "<estimating", "<00:07"]),
    # two workers: documents arrive in chunks of five
    ([(5, 4.0), (10, 4.5), (15, 5.0)], ["<estimating", "<00:06", "<00:06"]),
    ([(1, 0.0), (72, 13.0)], ["<estimating", "<00:00"]),
])
def test_first_estimate_is_not_thrown_off_by_the_start_up(arrivals, shown):
    """72 reports: the start-up is not counted as the first document's time (03:49 for a
    13 s run, once); rate from the first arrival, over 5 documents and 0.5 s at least."""
    from summarylab.batch import _Eta
    eta = _Eta(72)
    assert [eta.update(n, t) for n, t in arrivals] == shown


def test_progress_says_what_runs_after_the_analysis(plain, tmp_path, capfd):
    run_batch(plain, tmp_path / "c", k=2, progress=True)
    err = capfd.readouterr().err
    done = err.rindex("8/8")
    assert "fitting the theme model on 8 documents" in err[done:] or "themes fitted" in err[done:]
    assert "themes fitted; writing the tables" in err[done:]


def test_chunks_deal_every_file_once_largest_first_ending_on_single_files(tmp_path):
    from summarylab.batch import _chunks

    sizes = [170, 3, 90, 2, 60, 45, 40, 8, 30, 25, 12, 20, 6, 15, 5, 4]   # KB, like a folder of reports
    items = []
    for i, kb in enumerate(sizes):
        path = tmp_path / f"{i:02d}.txt"
        path.write_bytes(b"x" * kb * 1024)
        items.append((str(path), f"{i:02d}", path.name))
    chunks = _chunks(items, 2)
    dealt = [item for chunk in chunks for item in chunk]
    assert sorted(dealt) == sorted(items)                               # each file once
    assert [os.path.getsize(p) for p, _, _ in dealt] == sorted((kb * 1024 for kb in sizes), reverse=True)
    assert chunks[0][0][1] == "00" and [len(c) for c in chunks[-3:]] == [1, 1, 1]
    assert len(_chunks([items[-1]] * 2000, 2)[0]) == 64                # many files: full chunks
