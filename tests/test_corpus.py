"""analyze_corpus / analyze_document / assemble: ids, statuses, tables, themes, similar()."""
from __future__ import annotations

import pickle
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from summarylab import analysis, readers
from summarylab.normalisation import to_script
from summarylab.themes import ThemeModel
from summarylab.corpus import (DOCUMENT_COLUMNS, TABLES, THEME_COLUMNS, analyze_corpus,
                               analyze_document, assemble)
from test_themes import TEXTS, TRUTH

REPO = Path(__file__).resolve().parents[1]


def header(i: int) -> str:
    return f"关于第{i + 1}项重点工作的总结\n一、主要做法\n"


@pytest.fixture(scope="module")
def texts_result():
    return analyze_corpus([header(i) + t for i, t in enumerate(TEXTS)], seed=0)


def test_list_of_texts_gets_ids_columns_and_themes(texts_result):
    docs = texts_result.documents
    assert list(docs.columns) == DOCUMENT_COLUMNS
    assert docs.doc_id.tolist() == [f"doc{i:04d}" for i in range(1, 13)]
    assert (docs.status == "ok").all() and (docs.file == "").all()
    assert normalized_mutual_info_score(TRUTH, docs.theme) == pytest.approx(1.0)
    assert docs.title[0] == "关于第1项重点工作的总结"
    themes = texts_result.themes
    assert list(themes.columns) == THEME_COLUMNS and len(themes) == 3
    assert themes["size"].sum() == 12
    label_of = dict(zip(themes.theme, themes.label))
    assert all(docs.theme_label == docs.theme.map(label_of))
    reps = docs.set_index("doc_id").loc[themes.representative, "theme"].tolist()
    assert reps == themes.theme.tolist()


def test_tables_are_stacked_with_doc_id_first(texts_result):
    tables = texts_result.tables()
    assert set(tables) == {"documents", "themes", "theme_shares", "theme_years", "panel", *TABLES}
    for name in (*TABLES, "theme_shares"):
        assert tables[name].columns[0] == "doc_id"
    mea = texts_result.measures
    assert set(mea.doc_id) == set(texts_result.documents.doc_id)
    assert (mea.title == "主要做法").all()
    counts = mea.groupby("doc_id").size()
    docs = texts_result.documents.set_index("doc_id")
    assert (docs.loc[counts.index, "n_measures"] == counts).all()


def test_theme_shares_sum_to_one_per_document_and_name_the_dominant_theme(texts_result):
    shares = texts_result.theme_shares
    assert list(shares.columns) == ["doc_id", "theme", "share"] and (shares.share > 0).all()
    sums = shares.groupby("doc_id")["share"].sum()
    assert len(sums) == 12 and np.allclose(sums, 1.0)
    top = shares.sort_values("share", ascending=False).drop_duplicates("doc_id").set_index("doc_id")
    docs = texts_result.documents.set_index("doc_id")
    assert (top.loc[docs.index, "theme"] == docs.theme).all()
    themes = texts_result.themes
    assert {"broad", "broad_label", "examples"} <= set(themes.columns)
    assert all(1 <= len(e) <= 3 for e in themes.examples)
    assert texts_result.theme_years.empty          # texts without a file name carry no year


def test_theme_years_from_years_given_or_file_names():
    from summarylab.corpus import analyze_document, assemble
    from summarylab.readers import Document

    results = [analyze_document(Document(f"r{2020 + i % 2}_{i}.txt", text=t), f"r{2020 + i % 2}_{i}.txt")
               for i, t in enumerate(TEXTS)]
    by_name = assemble(results, k=3).theme_years
    assert sorted(set(by_name.year)) == [2020, 2021]
    assert np.allclose(by_name.groupby("year")["share"].sum(), 1.0)
    assert (by_name.groupby("year")["documents"].first() == 6).all()
    given = assemble(results, k=3, years=[2001] * 6 + [2002] * 6).theme_years
    assert sorted(set(given.year)) == [2001, 2002]


def test_similar_finds_same_theme_neighbours(texts_result):
    near = texts_result.similar("doc0001", n=3)
    assert list(near.columns) == ["doc_id", "score", "theme", "title"]
    assert len(near) == 3 and "doc0001" not in set(near.doc_id)
    assert near.score.is_monotonic_decreasing and near.score.between(0, 1).all()
    theme = texts_result.documents.theme[0]
    assert (near.theme == theme).all()
    with pytest.raises(KeyError):
        texts_result.similar("doc9999")


def write(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i, t in enumerate(TEXTS):
        enc = ("utf-8", "gbk", "big5")[i % 3]
        text = header(i) + t
        if enc == "big5":
            from summarylab.normalisation import to_script
            text = to_script(text, "traditional").replace("爲", "為")  # 爲 is not in Big5
        write(tmp_path / f"theme{TRUTH[i]}" / f"r{i:02d}.txt", text, enc)
    write(tmp_path / "empty.txt", "  \n")
    (tmp_path / "notes.md").write_text("不是报告", encoding="utf-8")
    return tmp_path


def test_folder_ids_statuses_and_failed_documents(folder):
    res = analyze_corpus(folder, seed=0)
    docs = res.documents.set_index("doc_id")
    assert "notes.md" not in docs.index
    assert "theme0/r00.txt" in docs.index and len(docs) == 13
    assert docs.loc["empty.txt", "status"] == "empty"
    assert docs.loc["empty.txt", "theme"] == -1 and docs.loc["empty.txt", "theme_label"] == ""
    ok = docs[docs.status == "ok"]
    truth = [int(i.split("/")[0][-1]) for i in ok.index]
    assert normalized_mutual_info_score(truth, ok.theme) == pytest.approx(1.0)
    assert set(ok.encoding) >= {"utf-8", "big5"}
    assert res.similar("empty.txt").empty
    again = analyze_corpus(folder, seed=0)
    pd.testing.assert_frame_equal(res.documents, again.documents)


def test_list_of_paths_relative_to_common_folder(folder):
    paths = [folder / "theme0" / "r00.txt", str(folder / "theme1" / "r04.txt"),
             folder / "missing.txt", "一段直接给出的报告正文。"]
    res = analyze_corpus(paths, k=2)
    docs = res.documents
    assert docs.doc_id.tolist() == ["theme0/r00.txt", "theme1/r04.txt", "missing.txt", "doc0001"]
    assert docs.status.tolist()[:3] == ["ok", "ok", "error"]
    assert docs.theme[2] == -1
    assert Path(docs.file[1]).name == "r04.txt"


def test_analysis_exception_becomes_error_status(monkeypatch):
    def boom(text, target="simplified"):
        raise RuntimeError("extractor broke")

    monkeypatch.setattr(analysis, "analyze", boom)
    r = analyze_document(readers.Document("x.txt", text="全年受理投诉486件。"), "x.txt")
    assert r.status == "error" and "RuntimeError: extractor broke" in r.error
    assert r.text == "" and all(list(df.columns) == ["doc_id"] for df in r.tables.values())


def test_non_ok_document_passes_through_and_pickles():
    doc = readers.Document("bad.txt", status="undecodable", error="no encoding fits")
    r = analyze_document(doc, "bad.txt")
    assert (r.status, r.error, r.text) == ("undecodable", "no encoding fits", "")
    copy = pickle.loads(pickle.dumps(r))
    assert copy.doc_id == "bad.txt" and copy.status == "undecodable"


@pytest.mark.parametrize("n_ok", [0, 1, 2])
def test_tiny_corpora_do_not_crash(n_ok):
    results = [analyze_document(readers.Document(f"{i}.txt", text=TEXTS[4 * i]), f"{i}.txt")
               for i in range(n_ok)]
    results.append(analyze_document(readers.Document("e.txt", status="empty"), "e.txt"))
    res = assemble(results)
    assert len(res.documents) == n_ok + 1
    assert res.documents.theme.tolist() == [0] * n_ok + [-1]
    assert len(res.themes) == (1 if n_ok else 0)
    assert (res.model is None) == (n_ok == 0)


def test_bad_arguments_raise_before_reading(tmp_path):
    with pytest.raises(ValueError, match="method"):
        analyze_corpus(tmp_path, method="lda")
    with pytest.raises(TypeError):
        analyze_corpus(42)
    with pytest.raises(TypeError):
        analyze_corpus(["正文", 3.5])
    with pytest.raises(TypeError, match="list"):
        analyze_corpus("今年新建污水处理厂三座。")          # one text, not in a list
    with pytest.raises(FileNotFoundError, match="no such folder"):
        analyze_corpus(tmp_path / "missing")
    with pytest.raises(FileNotFoundError, match="no such folder"):
        analyze_corpus(str(tmp_path / "missing"))


def test_traditional_target_keeps_themes(texts_result):
    res = analyze_corpus([header(i) + t for i, t in enumerate(TEXTS)], target="traditional")
    assert "總結" in res.documents.title[0]
    assert res.documents.theme.tolist() == texts_result.documents.theme.tolist()


@pytest.fixture(scope="module")
def sample():
    """The bundled corpus/ (24 team-written reports, 6 recorded themes), read and analysed once."""
    index = pd.read_csv(REPO / "corpus" / "index.csv")
    results = [analyze_document(readers.read_document(REPO / "corpus" / f), f) for f in index.file]
    return index, results


def test_sample_corpus_themes_match_recorded_themes(sample, capsys):
    index, results = sample
    res = assemble(results, seed=0)
    docs = res.documents
    assert docs.doc_id.tolist() == index.file.tolist() and (docs.status == "ok").all()
    nmi = normalized_mutual_info_score(index.theme, docs.theme)
    with capsys.disabled():
        print(f"\ncorpus/ themes: NMI {nmi:.3f} (k={res.model.k_}) labels={res.model.labels}")
    assert nmi >= 0.8
    assert docs.title.tolist() == index.title.map(lambda t: to_script(t, "simplified")).tolist()


def test_sample_corpus_labels_are_words_not_boilerplate(sample):
    from summarylab.segmentation import stop_words

    res = assemble(sample[1], seed=0)
    terms = [t for terms in res.themes.top_terms for t in terms]
    assert len(terms) == 10 * len(res.themes)
    assert not set(terms) & (stop_words() | {"工作", "加强", "进一步", "坚持", "因为", "我县", "一是"})
    assert not [t for t in terms if re.fullmatch(r"[0-9一二三四五六七八九十百千万亿余第]+.?", t)]
    label_of = dict(zip(sample[0].file, sample[0].theme))
    themes = res.documents.groupby("theme").doc_id.first().map(label_of)
    expected = {"environment": "污染", "safety": "安全", "education": "教", "poverty": "贫",
                "investment": "招商", "party": "党"}
    for theme, recorded in themes.items():
        top3 = res.themes.label[theme].split("、")
        assert any(expected[recorded] in t for t in top3), (recorded, top3)


def test_sample_corpus_is_deterministic_and_a_held_out_report_lands_with_its_theme(sample):
    index, results = sample
    first, again = assemble(results, seed=0), assemble(results, seed=0)
    pd.testing.assert_frame_equal(first.documents, again.documents)
    pd.testing.assert_frame_equal(first.themes, again.themes)
    held = index.groupby("theme").head(1).index      # the first report of each theme
    train = [i for i in index.index if i not in held]
    model = ThemeModel(seed=0).fit([results[i].tokens for i in train])
    found = dict(zip(train, model.labels_))
    cluster_of = {t: pd.Series([found[i] for i in train if index.theme[i] == t]).mode()[0]
                  for t in index.theme.unique()}
    got = model.predict([results[i].tokens for i in held])
    assert got.tolist() == [cluster_of[index.theme[i]] for i in held]


def test_tokens_from_workers_give_the_same_themes_as_text():
    results = [analyze_document(readers.Document("", text=t), f"d{i:02d}") for i, t in enumerate(TEXTS)]
    assert all(isinstance(r.tokens, list) and r.tokens for r in results)
    with_tokens = assemble(results, seed=0)
    for r in results:
        r.tokens = None
    from_text = assemble(results, seed=0)
    pd.testing.assert_frame_equal(with_tokens.documents, from_text.documents)
    pd.testing.assert_frame_equal(with_tokens.themes, from_text.themes)


def test_theme_cache_serves_a_second_assembly_without_fitting(tmp_path, monkeypatch):
    from summarylab import themes as themes_mod

    results = [analyze_document(readers.Document(f"r{i}.txt", text=header(i) + t), f"r{i}.txt")
               for i, t in enumerate(TEXTS)]
    cache = tmp_path / "themes.json"
    first = assemble(results, seed=0, theme_cache=cache)
    assert cache.is_file() and first.model is not None

    def no_fit(*args, **kwargs):
        raise AssertionError("refitted although the cache matched")

    monkeypatch.setattr(themes_mod.ThemeModel, "fit", no_fit)
    again = assemble(results, seed=0, theme_cache=cache)
    pd.testing.assert_frame_equal(again.documents, first.documents)
    pd.testing.assert_frame_equal(again.theme_shares, first.theme_shares)
    assert again.themes.drop(columns=["top_terms", "examples"]).equals(
        first.themes.drop(columns=["top_terms", "examples"]))
    assert again.themes.top_terms.tolist() == [list(t) for t in first.themes.top_terms]
    monkeypatch.undo()
    for broken in ("", "{", '{"key": 1}', "[]", pickle.dumps({"key": 1}).hex()):
        cache.write_text(broken, encoding="utf-8")                  # unparsable: absent
        assert assemble(results, seed=0, theme_cache=cache).documents.theme.tolist() == \
            first.documents.theme.tolist()
    changed = results[:-1]                                          # other documents: refit
    assert len(assemble(changed, seed=0, theme_cache=cache).documents) == 11


@pytest.mark.parametrize("fit_size", [8, 100])
def test_assemble_on_a_sample_themes_every_document(fit_size):
    results = [analyze_document(readers.Document("", text=t), f"d{i:02d}") for i, t in enumerate(TEXTS)]
    full = assemble(results, seed=0)
    sampled = assemble(results, seed=0, fit_size=fit_size)
    docs = sampled.documents
    assert (docs.theme >= 0).all() and adjusted_rand_score(TRUTH, docs.theme) == 1.0
    assert sampled.themes["size"].sum() == len(TEXTS)
    sums = sampled.theme_shares.groupby("doc_id").share.sum()
    assert len(sums) == len(TEXTS) and np.allclose(sums, 1.0)
    assert sampled.similar("d00").empty                    # no TF-IDF matrix kept
    if fit_size >= len(TEXTS):                             # the sample is the corpus: the same tables
        for name in ("documents", "themes", "theme_shares", "theme_years"):
            pd.testing.assert_frame_equal(getattr(full, name), getattr(sampled, name), obj=name)


def test_theme_cache_key_ignores_threads_but_not_parameters():
    """A batch re-run with another --jobs reuses the theme cache (n_jobs does not change the
    fit); another k does not."""
    from summarylab.corpus import _ThemeKey

    def key(**params) -> str:
        k = _ThemeKey(ThemeModel(**params))
        k.add("a.txt", "全县新建学校三所。")
        return k.hexdigest()

    assert key(k=3) == key(k=3, n_jobs=2)
    assert key(k=3) != key(k=4)
