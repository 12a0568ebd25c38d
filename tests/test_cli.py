"""The command line: help, exit statuses, options, the report hook, kill-and-resume."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pandas as pd
import pytest

from summarylab.batch import TABLES, read_manifest, read_table, run_batch
from summarylab.cli import main
from summarylab.store import CACHE_NAME

REPO = Path(__file__).resolve().parents[1]

PARTS = [("城市管理", "整治占道经营{n}处，新增停车泊位{m}个", "“门前三包”"),
         ("教育发展", "新建改扩建学校{n}所，新增学位{m}个", "“双减”"),
         ("医疗卫生", "建成社区卫生服务站{n}个，培训村医{m}人", "“健康守门人”")]


def report(i: int) -> str:
    topic, done, slogan = PARTS[i % len(PARTS)]
    return (f"{topic}工作总结\n一、主要做法\n全年{done.format(n=i + 3, m=10 * i + 7)}，"
            f"深入开展{slogan}行动。\n二、下步打算\n一是巩固成果；二是完善制度。\n")


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(report(i), encoding="utf-8")
    return folder


def cli(*args: str, env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "summarylab", *args], cwd=REPO,
                            env=dict(os.environ, **(env or {})), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_python_m_summarylab_help_reads_well():
    proc = cli("--help")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    for expected in ("analyze", "report", "examples:", "exit status", "summarylab analyze reports/"):
        assert expected in out
    proc = cli("analyze", "--help")
    out, _ = proc.communicate(timeout=60)
    for option in ("--out", "--jobs", "--format", "--k", "--lang", "--engine", "--scheduler",
                   "--max-mb", "--refresh", "--quiet"):
        assert option in out


@pytest.mark.parametrize("argv", [
    ["analyze"],                                         # no corpus, no --out
    ["analyze", "c", "--out", "o", "--jobs", "0"],
    ["analyze", "c", "--out", "o", "--format", "xlsx"],
    ["analyze", "c", "--out", "o", "--max-mb", "-1"],
    ["frobnicate"],
])
def test_bad_command_lines_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_corpus_exits_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err


def test_exit_0_when_all_ok_and_1_when_a_file_is_not(tmp_path, capsys):
    corpus = make_corpus(tmp_path / "c", 3)
    out = tmp_path / "o"
    assert main(["analyze", str(corpus), "--out", str(out), "--format", "csv", "--k", "2"]) == 0
    assert "3 files (3 ok)" in capsys.readouterr().err
    assert (out / "documents.csv").exists() and read_manifest(out)["parameters"]["k"] == 2
    (corpus / "notes.xlsx").write_bytes(b"PK\x03\x04")
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 0   # listed only
    (corpus / "blank.txt").write_bytes(b"\n")
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 1
    assert capsys.readouterr().err == ""
    assert read_manifest(out)["statuses"] == {"empty": 1, "ok": 3, "unsupported": 1}


def test_max_mb_and_lang_reach_the_batch(tmp_path):
    corpus = make_corpus(tmp_path / "c", 2)
    (corpus / "long.txt").write_text(report(5) * 40, encoding="utf-8")      # about 4 KB
    out = tmp_path / "o"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--max-mb", "0.002",
                 "--lang", "traditional"]) == 1
    docs = read_table(out, "documents").set_index("doc_id")
    assert docs.at["long.txt", "status"] == "too_large"
    assert read_manifest(out)["parameters"]["max_bytes"] == int(0.002 * 2**20)
    assert read_manifest(out)["parameters"]["target"] == "traditional"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--max-mb", "0.002"]) == 1
    assert read_manifest(out)["computed"] == 3             # another script: no cache hits


def test_report_subcommand_calls_write_report_lazily(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("summarylab.report")
    fake.write_report = lambda out_dir, html_path: calls.append((out_dir, html_path))
    monkeypatch.setitem(sys.modules, "summarylab.report", fake)
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 0
    assert calls == [(str(tmp_path), str(tmp_path / "r.html"))]


def test_report_subcommand_without_the_module_exits_1(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "summarylab.report", None)        # import -> ImportError
    assert main(["report", str(tmp_path)]) == 1
    assert "not available" in capsys.readouterr().err


def cached_rows(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:        # table not created yet
        return 0


def test_killed_run_resumes_without_recomputing_and_gives_identical_tables(tmp_path):
    n = 10
    corpus = make_corpus(tmp_path / "c", n)
    out = tmp_path / "killed"
    proc = cli("analyze", str(corpus), "--out", str(out), "--quiet",
               env={"SUMMARYLAB_SLOW_PER_DOC": "0.4"})
    deadline = time.monotonic() + 120
    while cached_rows(out / CACHE_NAME) < 3 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    done = cached_rows(out / CACHE_NAME)
    assert 3 <= done < n                                   # killed part-way
    assert not (out / "manifest.json").exists()            # an unfinished run has no manifest

    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 0
    manifest = read_manifest(out)
    assert (manifest["cached"], manifest["computed"]) == (done, n - done)

    fresh = tmp_path / "fresh"
    run_batch(corpus, fresh, quiet=True)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(fresh, name), obj=name)


def run_on_terminal(args: list[str]) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what the terminal showed."""
    import pty

    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 x 100
    proc = subprocess.Popen([sys.executable, "-m", "summarylab", *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:          # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_progress_bar_on_a_terminal_and_not_with_quiet_or_a_pipe(tmp_path):
    corpus = make_corpus(tmp_path / "c", 4)
    shown = run_on_terminal(["analyze", str(corpus), "--out", str(tmp_path / "o1")])
    assert "analyse" in shown and "4/4" in shown and "4 files (4 ok)" in shown
    assert run_on_terminal(["analyze", str(corpus), "--out", str(tmp_path / "o2"), "--quiet"]) == ""
    proc = cli("analyze", str(corpus), "--out", str(tmp_path / "o3"))   # stderr is a pipe
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "4/4" not in err and "4 files (4 ok)" in err
