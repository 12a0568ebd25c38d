"""summarylab._dictcache: jieba's prefix dictionary cached as plain data in the user's folder."""
from __future__ import annotations

import os

import jieba
import pytest

from summarylab import _dictcache


@pytest.fixture(scope="module")
def built():
    """jieba's own build of its default dictionary, to compare with."""
    tk = jieba.Tokenizer()
    with tk.get_dict_file() as fh:
        return tk.gen_pfdict(fh)


def _cached(tmp_path, monkeypatch):
    monkeypatch.setenv(_dictcache.ENV_CACHE, str(tmp_path))
    return _dictcache.frequencies(jieba.Tokenizer())


def _files(folder):
    return [p for p in folder.iterdir() if p.suffix == ".dict"]


def test_written_then_read_back_the_same(tmp_path, monkeypatch, built):
    first = _cached(tmp_path, monkeypatch)       # built and written
    (path,) = _files(tmp_path)
    assert path.stat().st_size > 1_000_000
    second = _dictcache._read(path)              # read, not built
    assert first == second == built
    assert second[0]["中国"] == built[0]["中国"] and second[1] == built[1]


def test_folder_is_private_when_made(tmp_path, monkeypatch):
    folder = tmp_path / "made"
    monkeypatch.setenv(_dictcache.ENV_CACHE, str(folder))
    _dictcache.frequencies(jieba.Tokenizer())
    if os.name == "posix":
        assert folder.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("damage", [
    lambda b: b[:-8],                          # cut short
    lambda b: b"not our file" + b[12:],        # wrong magic
    lambda b: b[:200] + b"\xff\xfe" + b[202:],  # words not UTF-8
    lambda b: b"",                             # empty
], ids=["truncated", "magic", "encoding", "empty"])
def test_damaged_file_is_rebuilt(tmp_path, monkeypatch, built, damage):
    _cached(tmp_path, monkeypatch)
    (path,) = _files(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    assert _dictcache._read(path) is None
    assert _cached(tmp_path, monkeypatch) == built   # built again, and written again
    assert _dictcache._read(path) == built


def test_unwritable_folder_still_gives_the_dictionary(tmp_path, monkeypatch, built):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(_dictcache.ENV_CACHE, str(blocker / "sub"))   # a folder under a file
    assert _dictcache.frequencies(jieba.Tokenizer()) == built


def test_default_place_is_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(_dictcache.ENV_CACHE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _dictcache.cache_dir() == tmp_path / "summarylab"
