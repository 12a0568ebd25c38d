"""analyze(): normalise -> clean -> quality, offsets back into the file as given."""
from summarylab.analysis import analyze

TRAD = ("前言：本站為你精心整理了工作總結範文，歡迎諮詢。\n"
        "一、主要做法\n全年共受理群眾投訴件，辦結率達９８.５％，對*舉報線索逐一核查。\n"
        "上一篇：其他總結\n")
SIMP = ("前言：本站为你精心整理了工作总结范文，欢迎咨询。\n"
        "一、主要做法\n全年共受理群众投诉件，办结率达98.5%，对*举报线索逐一核查。\n"
        "上一篇：其他总结\n")


def test_traditional_and_simplified_twins_agree():
    a, b = analyze(TRAD), analyze(SIMP)
    assert a.text == b.text == "一、主要做法\n全年共受理群众投诉件，办结率达98.5%，对*举报线索逐一核查。\n"
    assert (a.script, b.script) == ("traditional", "simplified")
    assert list(a.quality.kind) == list(b.quality.kind)


def test_quality_rows_point_into_text_and_original():
    a = analyze(TRAD)
    q = a.quality
    assert sorted(set(q.kind)) == ["boilerplate_removed", "redaction", "stripped_number"]
    for r in q.itertuples():
        assert 0 <= r.start <= r.end <= len(a.text)
        assert 0 <= r.orig_start <= r.orig_end <= len(TRAD)
    red = q[q.kind == "redaction"].iloc[0]
    assert a.text[red.start:red.end] == "*" == TRAD[red.orig_start:red.orig_end]
    i = a.text.index("98.5%")
    s, e = a.original_span(i, i + 5)
    assert TRAD[s:e] == "９８.５％"


def test_traditional_target():
    a = analyze(SIMP, target="traditional")
    assert "投訴件，辦結率達98.5%" in a.text and len(a.text) == len(analyze(SIMP).text)


def test_traditional_target_tables_quote_the_traditional_text():
    text = "一、鞏固脫貧成果\n（一）產業幫扶\n全年發放貸款1.2億元，惠及農戶三千五百戶。"
    a = analyze(text, target="traditional")
    assert a.indicators.quote.tolist() == ["1.2億元", "三千五百戶"]
    assert a.indicators.unit.tolist() == ["元", "户"]           # units stay simplified
    assert a.measures.title.tolist() == ["鞏固脫貧成果", "產業幫扶"]
    for r in a.indicators.itertuples():
        assert a.text[r.start:r.end] == r.quote
    for r in a.measures.itertuples():
        assert a.text[r.title_start:r.title_end] == r.title
    simp = analyze(text)
    assert simp.indicators.quote.tolist() == ["1.2亿元", "三千五百户"]


def test_removed_boilerplate_points_at_the_removed_text_in_the_original():
    a = analyze(TRAD)
    rows = a.quality[a.quality.kind == "boilerplate_removed"]
    removed = [TRAD[r.orig_start:r.orig_end] for r in rows.itertuples()]
    assert removed == ["前言：本站為你精心整理了工作總結範文，歡迎諮詢。\n", "上一篇：其他總結\n"]
    assert all(r.start == r.end for r in rows.itertuples())   # nothing of it is left in .text
