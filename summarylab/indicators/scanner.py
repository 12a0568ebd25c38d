"""The scan: :func:`extract_indicators` and the checks that keep or reject each hit.

=========================== =================================================
step                        functions
=========================== =================================================
scan                        ``_lexicon().scan.finditer``; :func:`_indicator`
                            turns one hit into a row (or None)
joins                       numbers split by layout (:func:`_broken_head`,
                            :func:`_space_grouped`), units split by a break
                            (:func:`_join_unit`), a unit shared by a list
                            (:func:`_shared_unit`, :func:`_bare_chain`)
filters                     :func:`_rejected`: years and dates, ordinals,
                            structure and discourse counts (三个代表, 一是),
                            exclusions, Latin neighbours (PM2.5), recaps
look-back                   :func:`_lookback`: the change and approximation
                            words before the number (比上年增长, 约)
period                      :class:`_Document`: sentences and their periods
columns                     :func:`summarylab.panel.add_columns`
=========================== =================================================

This module does not compute values (:mod:`.values`) or subjects (:mod:`.subject`),
and compiles no rule data (:mod:`.lexicon`).

>>> extract_indicators("受理投诉486件")[["quote", "value", "unit"]].values.tolist()
[['486件', 486.0, '件']]
"""
from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from .._table import records_frame
from ..numerals import ARABIC, NumberError, parse_number, parse_range, scale
from ..panel import NEW_COLUMNS, add_columns
from ..periods import _SENTENCE_END as _TIMELINE_SENTENCE_END
from .lexicon import (
    _BARE, _CLAUSE_PUNCT, _Hit, _LARGE, _Lexicon, _lexicon, _LIST_JOINS, _ONE, _PERIOD,
    _SENTENCE_END, _SMALL_CN, _TEN)
from .subject import (_base_and_subject, _bracket_part, _breakdown, _clause_start, _counts_days, _inherited, _respective,
                      _respective_plan, _respective_share,
                      _subject_and_change)
from .values import (
    _approx, _as_percent, _COMPARED, _factor, _FAN, _form_one, _is_threshold, _multiplied,
    _POINTS, _values, _word_form)

COLUMNS = ["quote", "value", "value_max", "unit", "approx", "change", "subject", "start", "end",
           "sentence_start", "sentence_end", "period", *NEW_COLUMNS]   # the last ones: summarylab.panel
_DTYPES = {"value": "float64", "value_max": "float64", "approx": "bool", "start": "int64",
           "end": "int64", "sentence_start": "int64", "sentence_end": "int64"}
_NOT_APPROX = {"约": "节制简预契条合公规婚隐", "約": "節制簡預契條合公規婚隱",
               "近": "最附邻靠亲贴鄰親貼", "超": "赶高趕"}
_THRESHOLD = frozenset(("以上", "以下"))
_DISCOURSE_AFTER = frozenset("是都就也，,。：:；;最")
_SESSION = ("会议", "全会", "全体会议", "代表大会", "會議", "全體會議", "代表大會")


def _compared(text: str, start: int) -> bool:
    """The period at ``start`` is the term of a comparison (比2002年, 较上年), not the
    report's own period."""
    return text[start - 1:start] in ("比", "较", "較")


class _Document:
    """Per-text indexes: sentence ends, built once, and the period mentions of each sentence
    that has an indicator, found when first asked for (a period never spans a sentence end,
    so a sentence's mentions are those a scan of the whole text finds in it)."""

    def __init__(self, text: str):
        self.text = text
        self.ends = list(map(re.Match.end, _SENTENCE_END.finditer(text)))
        # sentence start -> (start, end, the words, whether a comparison: 比2002年) of each
        # period mention in the sentence
        self.periods: dict[int, list[tuple[int, int, str, bool]]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def period(self, pos: int, s_start: int, s_end: int) -> str:
        """The last period of the sentence ending before ``pos`` that is not a comparison,
        else the first one starting at or after ``pos``, else ""."""
        mentions = self.periods.get(s_start)
        if mentions is None:
            text = self.text
            mentions = self.periods[s_start] = [(m.start(), m.end(), m.group(), _compared(text, m.start()))
                                                for m in _PERIOD.finditer(text, s_start, s_end)]
        found = ""
        for a, b, words, compared in mentions:   # in text order: those before come first
            if b <= pos:
                found = found if compared else words
            elif a >= pos:
                return found or words
        return found


def extract_indicators(text: str, year: int | None = None) -> pd.DataFrame:
    """Numeric indicators of ``text``, one row per indicator (columns: see module docstring).

    Raises TypeError when ``text`` is not a str. Empty text gives an empty frame
    with all the columns.

    >>> df = extract_indicators("收到群众投诉486件，近千条意见，30至50家企业。")
    >>> df[["value", "value_max", "unit", "approx"]].values.tolist()
    [[486.0, nan, '件', False], [1000.0, nan, '条', True], [30.0, 50.0, '家', False]]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_indicators() takes a str, got {type(text).__name__}")
    lex = _lexicon()
    original, text = text, _with_decimal_points(text)   # the same length: every offset holds
    doc = _Document(text)
    rows: list[dict] = []
    for m in lex.scan.finditer(text):
        row = _indicator(m, doc, lex, rows[-1] if rows else None)
        if row is None and m.group("unit") in _POINTS:   # 设立20个点: 20 个
            bare = lex.scan.match(text, m.start(), m.start("unit") + 1)
            row = bare and _indicator(bare, doc, lex, rows[-1] if rows else None)
        elif row is None and m.group("unit") == "人" and _multiplied(*m.group("n1", "mult")):   # 六亿多|人民
            bare = lex.scan.match(text, m.start(), m.start("unit"))
            row = bare and _indicator(bare, doc, lex, rows[-1] if rows else None)
        if row is not None:
            rows.extend(row.pop("_bare", ()))
            rows.append(row)
    ends = doc.ends if _SENTENCE_END.pattern == _TIMELINE_SENTENCE_END.pattern else None   # the same ends
    if text is not original:
        for row in rows:   # the quote as the page wrote it (3、19亿元), read as 3.19亿元
            row["quote"] = original[row["start"]:row["end"]]
    return records_frame(add_columns(rows, text, year, sentence_ends=ends),   # year: the document's
                         COLUMNS, _DTYPES)


#: A decimal point a page wrote as 、 (3、19亿元, 33、7%): a number, 、, one to three digits, an
#: amount or percent; not after another number or 、 (a list: 1、2、3), not a list's 0、.
_COMMA_DECIMAL = re.compile(r"(?<![0-9.、])[1-9][0-9]{0,5}(、)[0-9]{1,3}(?=%|％|万|亿|元)")
_DECIMAL = re.compile(r"[0-9][.．][0-9]")
COMMA_DECIMALS = 3   # a page writes its decimal points as 、 when this many read so and none as .


def _with_decimal_points(text: str) -> str:
    """``text`` with the 、 it writes for decimal points made points, when the whole page does
    so (three such numbers or more, and not one decimal point); else ``text`` itself.

    >>> _with_decimal_points("收入3、19亿元，增长33、7%，人均4、48万元。")
    '收入3.19亿元，增长33.7%，人均4.48万元。'
    >>> _with_decimal_points("投资分别为1、2、3亿元，增长3.5%，其中5、10%。")[-8:]
    '其中5、10%。'
    """
    marks = [m.start(1) for m in _COMMA_DECIMAL.finditer(text)]
    if len(marks) < COMMA_DECIMALS or _DECIMAL.search(text):
        return text
    chars = list(text)
    for i in marks:
        chars[i] = "."
    return "".join(chars)


#: Trillions before an amount in 亿 or 万 (2兆1720亿元): 兆 as Taiwan writes 10^12 (not 兆瓦, a unit).
_TRILLIONS_BEFORE = re.compile(r"(?<![0-9.])([0-9]{1,4}(?:\.[0-9]+)?)兆$")


def _indicator(m: re.Match, doc: _Document, lex: _Lexicon, prev: dict | None) -> dict | None:
    """One row for a scanner hit, or None when the hit is not an indicator."""
    h = _Hit(m, lex)
    text = doc.text
    grouped = _space_grouped(text, h) if text[h.start - 1] in _GROUP_SPACES else -1   # [-1]: see there
    n1 = None
    if grouped >= 0:   # 5 000人次: the hit is the last group, the number starts before it
        h.start, n1 = grouped, text[grouped:m.end("n1")]
    elif text[h.start - 1] in _BREAKS and h.start:   # 收入1⏎2248元, 98. 5%: a number split by layout
        head = _broken_head(text, h)
        if head is not None:
            h.start, n1 = head.start(), head.group().replace(" ", "") + h.n1
    if h.unit_s and not h.post and h.unit_s in lex.unit_prefixes:   # a longer unit may be split
        if text[h.end:h.end + 1] in _BREAKS:   # 628007人 次
            _join_unit(text, h, lex)
        else:   # 5 个百 分点
            _join_unit_inside(text, h, lex)
    if (h.unit_s or h.mult) and text[h.end:h.end + 1] in _LIST_JOINS:   # 0.63个、2.34个、3.73个百分点
        _shared_unit(text, h, lex)
    if h.unit_s and (rate := _PER.match(text, h.end)) is not None:   # 735元/人/月: the rate's "per" goes
        h.end = rate.end()                                         # into the quote; the unit stays 元
    s, e = h.start, h.end
    values = None if _rejected(text, h, lex) else _values(m, h.chinese, n1)
    if values is None:
        return None
    if h.chinese and _comma_range(text, h):   # 四、五十亿元 = 40-50亿元
        s -= 2
        values = _values(m, True, text[s] + h.n1)
    if h.mult and (trillions := _TRILLIONS_BEFORE.search(text, max(0, s - 12), s)) is not None:
        s = trillions.start()   # 2兆1720亿元 (a Taiwanese page's 兆, a million millions): 2.172e12 元
        extra = float(trillions.group(1)) * 1e12
        values = tuple(None if v is None else v + extra for v in values)
    q_start, apx, change = _lookback(text, s, lex)
    if not apx and (h.pct or h.unit is not None and h.unit.base == "%") and _ABOUT_SHARE.search(text, max(0, q_start - 24), q_start):
        apx = "约"   # 资助面约占在园幼儿总数的10%: 约 before the share's verb
    if (q_start == s and not change and not h.chinese and _SIGNED.fullmatch(text, max(0, s - 3), s)   # 增长率为-0.13‰
            and (h.pct or h.unit is not None and h.unit.base in _SIGNED_UNITS)
            and not _RANGE_DASH.search(text, max(0, s - 6), s)):   # (3元-14元: a range's dash, no sign)
        q_start -= 1
        values = tuple(None if v is None else -v for v in values)          # a level below zero
    if q_start == s and h.chinese and h.n1[0] not in _TEN and _BARE.issuperset(h.n1):   # 上千人次
        q_start -= next((len(w) for w in lex.bare_ok if text.endswith(w, 0, s)), 0)
    if h.unit_s in _POINTS and not (change or "." in h.n1 or _COMPARED.search(text, _clause_start(text, q_start), q_start)):
        return None   # 设立20个点: a count of places (extract_indicators reads it as 个)
    if h.unit is not None and h.unit.base == "番":   # 翻了两番: the quote starts at 翻, a rise
        q_start, change = text.rindex("翻", 0, q_start + 1), "increase"
    if h.unit is not None and h.unit.base in ("番", "倍") and text.startswith("多", e):   # 翻了一番多, 两倍多:
        e, apx = e + 1, apx or "多"                                                        # more than that
    if _no_quantity(text, h, q_start, change, lex):
        return None
    s_start, s_end = doc.sentence(s)
    chain = _bare_chain(text, q_start) if q_start == s and not (h.chinese or h.n2 or h.pct) else []
    lead, lead_apx = q_start, None
    if chain:   # 分别增长8.5、7.2和6.1%: the bare numbers before share the unit
        lead, lead_apx, lead_change = _lookback(text, chain[0].start(), lex)
        change = change or lead_change
    subject, change, pair = _subject_and_change(text, h, lead, change, prev, s_start, lex)
    items, k = _respective(text, h, q_start, s_start, prev, lex, len(chain))
    base, subject = _base_and_subject(text, h, items[-1] if items else subject, lex)   # 人数: 万 people
    if not base:
        return None
    if items:   # 城镇、农村居民人均可支配收入分别达到23894元和14620元: subjects in order
        subject = _inherited(items[k], prev, s_start) if k else items[k]   # 基金总收入、总支出分别为
        if base == "%" and (plan := _respective_plan(text, q_start)):
            subject = f"{subject}完成{plan}比例"   # 甲4474人，乙2006人，分别完成年计划的76.5%、89.5%
        elif base == "%" and (whole := _respective_share(text, q_start)):
            subject = f"{subject}占{whole}比重"   # 甲7.6万人、乙52万人，分别占总人口的12.6%和87.4%
    elif not pair:
        subject = _inherited(subject, prev, s_start)   # 基金总收入…，总支出: the fund's
    subject, owner = _breakdown(text, subject, q_start, base, prev) if not items else (subject, ())
    subject, total = _bracket_part(text, q_start, s_start, prev, subject)   # （洪广镇|1199户，…）
    if (_COMPARED_ONLY.fullmatch(subject) or _compared_time(text, subject, q_start)) \
            and prev is not None and prev["sentence_start"] == s_start:
        subject = prev["subject"]   # …550万头，较六个月前调查时增加6.7万头: the level compared, its subject
    if subject in _INVOLVES and (topic := _topic_before(text, q_start)):
        subject = topic + subject   # 某公路征迁改造项目，涉及17户: what the project involves
    if not change and subject:
        change = _verb_change(text, subject, q_start)   # 减少贫困人口3858人: a fall
    if not change and (h.pct or h.unit is not None and h.unit.base == "%") \
            and (rate := _RATE_BEFORE.search(text, max(0, q_start - 6), q_start)):
        fall = rate.group("fall") or text[q_start:q_start + 1] in "-－−"
        change = "decrease" if fall else "increase"   # 同比增幅14%, 增速为-2%, 减幅4%
    if not change and prev is not None and prev["change"] and prev["sentence_start"] == s_start \
            and prev["unit"] not in _RATES and (h.unit is None or h.unit.base not in _RATES) and not h.pct \
            and (_NOUN_THEN_JOIN.fullmatch(text, prev["end"], q_start)
                 or _JOIN_THEN_NOUN.fullmatch(text, prev["end"], q_start) and not _CHANGE_LED.match(prev["quote"])):
        change = prev["change"]   # 新增50辆公交车和|6条线路, 减少贫困户120户、贫困人口|300人: one verb, two counts
    lo, hi = values
    form = _word_form(text, h, q_start, change)
    if form:   # 近两成, 三分之一, 翻一番, 增长1.5倍: percentages
        values = _as_percent(form, h, lo, hi)
        if values is None:
            return None
        (lo, hi), base = values, "%"
    if not form:
        q_start, base, subject = _rate_before(text, q_start, base, subject, lex)   # 收购价每斤|3.5元
    period = doc.period(s, s_start, s_end)
    row = dict(quote=text[q_start:e], value=lo, value_max=hi, unit=base,
               approx=_approx(h, apx, hi), change=change, subject=subject,
               start=q_start, end=e, sentence_start=s_start, sentence_end=s_end,
               period=period, _items=items, _k=k, _owner=owner, _total=total,
               _sent=(prev["_sent"] if prev is not None and prev["sentence_start"] == s_start else []) + [subject])
    if chain and not form:
        factor = _factor((m.group("mult") or "").strip() + (m.group("mult2") or ""))
        row["_bare"] = [dict(row, quote=text[a:b], value=scale(parse_number(x.group(1)), factor),
                             approx=bool(lead_apx) and j == 0, start=a, end=b,
                             subject=items[k - len(chain) + j] if items else subject)
                        for j, x in enumerate(chain)
                        for a, b in [(lead if j == 0 else x.start(), x.end(1))]]
    return row


#: A price's "per" written before the number (收购价每斤3.5元, 流转价格每亩400元/亩).
_PER_BEFORE = re.compile(r"(?:每|每一)(?P<per>[\u4e00-\u9fff]{1,3})$")


def _rate_before(text: str, q_start: int, base: str, subject: str, lex: _Lexicon) -> tuple[int, str, str]:
    """(quote start, unit, subject) of a price whose "per" stands before its number: the unit is
    the price unit when the lexicon has it, and the "per" leaves the subject for the quote.

    >>> from summarylab.indicators.lexicon import _lexicon
    >>> _rate_before("鲜辣椒收购价每斤3.5元", 8, "元", "鲜辣椒收购价每斤", _lexicon())
    (6, '元/斤', '鲜辣椒收购价')
    >>> _rate_before("流转价格每亩400元/亩", 6, "元/亩", "流转价格每亩", _lexicon())
    (4, '元/亩', '流转价格')
    >>> _rate_before("为每人300元", 3, "元", "为每人", _lexicon())[1]   # per person: no price unit
    '元'
    """
    per = _PER_BEFORE.search(text, max(0, q_start - 4), q_start)
    if per is None:
        return q_start, base, subject
    rate = base if base.endswith("/" + per.group("per")) else f"{base}/{per.group('per')}"
    unit = lex.units.get(rate)
    if unit is None or unit.base != rate or not subject.endswith(per.group()):
        return q_start, base, subject
    return per.start(), rate, subject[:-len(per.group())] or subject


#: A subject that only says what is compared with (较六个月前, 如与一年前同期, 较上期底): no noun of its own.
_COMPARED_ONLY = re.compile(r"""
    (?:如与|与|較|较|比) [\u4e00-\u9fff]{0,8}? (?:前|时|時|底|末|期|同期) (?:调查|調查)? (?:时|時)?   # 较六个月前调查时
  | 相比较? | 相比較 | 相较 | 相較                                        # 与…126583万人相比，|增加了4045万人
    """, re.VERBOSE)
#: A subject that is the time compared with, after 比/较/与 in its clause (比2010年第六次人口普查时的2.90人).
_COMPARED_TIME = re.compile(r"(?:普查|调查|調查|统计|統計)?(?:时|時)(?:的|相)?$")
_COMPARING = re.compile(r"(?:^|[^无無对對相攀好])(?:比|较|較|与|與)")


def _compared_time(text: str, subject: str, q_start: int) -> bool:
    """``subject`` names only the time a level is compared with (人口普查时): 比, 较 or 与 opens
    the comparison in the clause before the number.

    >>> _compared_time("户均人口为2.73人，比上次普查时的2.90人减少0.17人", "普查时", 22)
    True
    >>> _compared_time("农忙时投入劳力300人", "农忙时投入劳力", 7)
    False
    """
    if not _COMPARED_TIME.search(subject):
        return False
    clause = text[_clause_start(text, q_start):q_start]
    return bool(_COMPARING.search(clause[:max(0, clause.rfind(subject[:2]))]))


#: Verbs a count of what a thing takes in follows, the thing named in the clause before
#: (某公路征迁改造项目，涉及17户, 该工程，惠及群众3万人 names its group after the verb).
_INVOLVES = frozenset(("涉及", "共涉及", "涉及到", "包括", "覆盖"))
TOPIC_CHARS = (4, 30)   # the clause before naming the thing is this long, without a figure
_TOPIC = re.compile(r"[\u4e00-\u9fff“”《》（）]+(?:项目|工程|区块|片区|地块|小区|社区|街道|公路|道路|村|镇|乡)")   # a project, a place


def _topic_before(text: str, q_start: int) -> str:
    """The clause before the one holding ``q_start`` when it only names a thing (某某改造项目，|涉及17户)."""
    cs = _clause_start(text, q_start)
    if cs < 1 or text[cs - 1] not in "，,":
        return ""
    ps = _clause_start(text, cs - 1)
    topic = text[ps:cs - 1].strip()
    return topic if TOPIC_CHARS[0] <= len(topic) <= TOPIC_CHARS[1] and _TOPIC.fullmatch(topic) else ""


#: Verbs that change a quantity when its noun comes between them and the number
#: (减少贫困人口3858人, 削减审批事项86项, 增加就业岗位1200个).
_VERB_CHANGES = {**dict.fromkeys(("减少", "削减", "压减", "减轻", "減少", "壓減", "減輕"), "decrease"),
                 **dict.fromkeys(("增加",), "increase")}


# between two counts one change verb leads: the first's noun and a join (新增50辆|公交车和|6条), or a
# join and the second's noun (减少贫困户120户|、贫困人口|300人), when the verb stands before the first
# noun, not in the first quote (增加约1.5万亿元、规模|近9.8万亿元: a level after a change)
_NOUN_THEN_JOIN = re.compile(r"[\u4e00-\u9fff]{1,10}(?:和|及|与|以及|、)")
_JOIN_THEN_NOUN = re.compile(r"(?:和|及|与|以及|、)[\u4e00-\u9fff]{1,10}")
_CHANGE_LED = re.compile(r"[^0-9０-９一二两三四五六七八九十百千万亿约近超逾]")   # a quote led by its verb
_RATES = ("%", "百分点", "‰", "倍")
_RATE_BEFORE = re.compile(r"(?:增幅|涨幅|增速|增长率|增长速度|(?P<fall>降幅|减幅|跌幅|下降幅度))(?:为|达|达到|是)?$")   # a rate's word


def _verb_change(text: str, subject: str, q_start: int) -> str:
    """The change a verb right before the subject gives (减少|贫困人口|3858人 -> decrease), else ""."""
    i = text.rfind(subject, max(0, q_start - len(subject) - 8), q_start)
    if i < 2 or text[i + len(subject):q_start].strip(" \u3000共达计了"):
        return ""
    return _VERB_CHANGES.get(text[i - 2:i], "")


# a bare Arabic number and a list join right before a hit (8.5、7.2和|6.1%)
_BARE_ITEM = re.compile(f"(?<![0-9０-９.．,，A-Za-z%％])({ARABIC})[、和及与]$")


def _bare_chain(text: str, q_start: int) -> list[re.Match]:
    """分别增长8.5、7.2和|6.1%, 分别高4.2和|0.7个百分点: the bare numbers listed right before
    a hit, in text order, which share its unit (not an outline marker 1、 at a line start,
    not after 第)."""
    if text[q_start - 1:q_start] not in _LIST_JOINS or not q_start:
        return []
    chain: list[re.Match] = []
    pos = q_start
    while len(chain) < 12:
        m = _BARE_ITEM.search(text, max(0, pos - 24), pos)
        if m is None:
            break
        chain.append(m)
        pos = m.start()
    before = text[pos - 1:pos] if pos else ""
    if not chain or before in ("", "第", "、", "－", "-") or before.isspace():
        return []
    return chain[::-1]


_GROUP_SPACES = " \u2009\u202f"
_BREAKS = " \u3000\n"
# the digits before a layout break that cannot stand alone: after a character of running
# text (not a digit, space, letter or 第), the number's start or its integer part and point
_HEAD = re.compile(r"""
    (?: (?<=[\u4e00-\u9fff]\x20)                     # after a word and a blank (增长 36. 8%):
        [0-9０-９]{1,3} (?P<point_after_blank> [.．] )   # only a point's integer part
      | (?<![\s0-9０-９.．,，A-Za-z第#№])               # after running text
    (?: (?P<spaced>
            [0-9０-９] (?: \x20 [0-9０-９] )*                # digits spaced out (4 9 2 5 0万吨)
            (?: \x20 [.．] \x20? | [.．] \x20 )             # with a point spaced off (1 0 ．0 6 ‰, 9 ．8 3 ‰)
            [0-9０-９] (?: \x20 [0-9０-９] )*
          | [0-9０-９] (?: \x20 [0-9０-９] )+ )               # or without one
      | [0-9０-９]{1,9}                             # or the digits of a number
    )
    (?P<point> [.．] )? )                           # its integer part and point: 12.⏎5
    (?= [ \u3000\n] $ )                             # right before the layout break
    """, re.VERBOSE)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# The "per" of a rate after its unit (735元/人/月, 120 元 / 亩, 3.2元/人·年, 420元/人月), blanks allowed.
_PER = re.compile(r"""
    (?: \x20? [/／] \x20?                                      # a slash,
        (?: 人 | 户 | 亩 | 吨 | 月 | 年 | 天 | 日 | 次 | 间 | 套 | 台 | 头 | 只 | 公斤 | 斤 | 平方米 | 平米 )   # then what it is per
        (?: [·.]? (?: 年 | 月 | 天 | 日 ) )? ){1,2}               # (人·年, 人月: per person and year)
    """, re.VERBOSE)


def _broken_head(text: str, h: _Hit) -> re.Match | None:
    """The first piece of a number split by a line break or a stray space (收入1⏎2248元 ->
    12248, 98. 5% -> 98.5), when it cannot stand alone: it has no unit, is no year and,
    across a space, is a point's integer part or at most three digits (so 2019年 5月,
    3个 5项 and 收入42170 8.2% stay apart)."""
    if h.chinese or h.pct or not h.start:
        return None
    brk = text[h.start - 1]
    head = _HEAD.search(text, max(0, h.start - 24), h.start)
    if head is None or head.end() != h.start - 1 or _YEAR.fullmatch(head.group()):
        return None
    point = head.group("point") or head.group("point_after_blank") or re.search("[.．]", head.group("spaced") or "")
    if point and ("." in h.n1 or "．" in h.n1):   # two points: two numbers
        return None
    if not point and ("." in h.n1 or "．" in h.n1) and len(head.group()) > 2:   # 收入42170⏎8.2%
        return None
    if brk != "\n" and not point and len(head.group()) > 3 and not head.group("spaced"):
        return None
    return head


def _shared_unit(text: str, h: _Hit, lex: _Lexicon) -> None:
    """0.63个、2.34个和3.73个百分点: the items of a list whose last item spells the unit in
    full (个 -> 个百分点) share it (the hit is changed in place; its quote stays)."""
    pos, own = h.end, h.unit_s or ""   # 10.6万、3.8万、3.3万平方公里: a 万 count takes the unit
    for _ in range(12):
        if text[pos:pos + 1] not in _LIST_JOINS:
            return
        nxt = lex.scan.match(text, pos + 1)
        unit = nxt and (nxt.group("unit") or "")
        if nxt is None or (own and not unit.startswith(own)) or (not own and unit and not nxt.group("mult")):
            return
        if unit != own:
            if unit in lex.units:
                h.unit = lex.units[unit]
            return
        pos = nxt.end()


def _join_unit(text: str, h: _Hit, lex: _Lexicon) -> None:
    """628007人 次 -> 人次: a unit split by a break or a stray space, when the two pieces
    make a longer unit (the hit is changed in place)."""
    at = h.end + 1
    for n in range(min(lex.longest_unit, len(text) - at), 0, -1):
        unit = lex.units.get(h.unit_s + text[at:at + n])
        if unit is not None:
            h.unit_s, h.unit, h.end = h.unit_s + text[at:at + n], unit, at + n
            return


def _join_unit_inside(text: str, h: _Hit, lex: _Lexicon) -> None:
    """5 个百 分点 -> 个百分点: a longer unit with a stray space or break inside the part
    after the matched unit (the hit is changed in place)."""
    tail = text[h.end:h.end + lex.longest_unit + 1]
    cuts = [i for i in (tail.find(" "), tail.find("\n"), tail.find("\u3000")) if i > 0]
    if not cuts:
        return
    cut = min(cuts)
    joined = tail[:cut] + tail[cut + 1:]
    for n in range(len(joined), cut, -1):
        unit = lex.units.get(h.unit_s + joined[:n])
        if unit is not None:
            h.unit_s, h.unit, h.end = h.unit_s + joined[:n], unit, h.end + n + 1
            return


# the groups before the last of a number grouped by spaces (5 |000, 12 600 |000)
_GROUP_HEAD = re.compile(r"(?<![0-9０-９.．,，])[0-9０-９]{1,3}(?:[ \u2009\u202f][0-9０-９]{3})*[ \u2009\u202f]$")
_GROUP = re.compile(r"[0-9０-９]{3}(?![0-9０-９])")


def _space_grouped(text: str, h: _Hit) -> int:
    """Start of a number whose thousands are grouped by spaces (GB/T 15835: 5 000人次,
    12 600 000元) when the hit is its last group, else -1; a year before a count
    (2019 120个) is no group."""
    if not h.start or h.chinese or not _GROUP.match(h.n1):   # at 0, text[-1] was read
        return -1
    head = _GROUP_HEAD.search(text, max(0, h.start - 32), h.start)
    return head.start() if head else -1


def _no_quantity(text: str, h: _Hit, q_start: int, change: str, lex: _Lexicon) -> bool:
    """A time unit without a change word or 万/亿 (历时5天; 服务4.3万小时 is a quantity),
    a yearbook's volume (2017卷), or a threshold naming a category that is counted next
    (十亿元以上企业九家)."""
    e, unit = h.end, h.unit
    if (h.unit_s == "卷" and _YEAR.fullmatch(h.n1 or "") and text[h.start - 1:h.start] in ("（", "(")
            and text[e:e + 1] in ("）", ")")):
        return True   # 《某年鉴》（2017卷）: a yearbook's volume, no count of volumes
    if unit is not None and unit.change_only and not (change or lex.change.match(text, e)
                                                      or _multiplied(h.n1, h.mult)
                                                      or _counts_days(text, q_start)):
        return True
    if not h.post and text[e:e + 1] == "\n" and text[e + 1:e + 3] in _THRESHOLD:   # 500 万元⏎以上农业…项目
        return _is_threshold(text, e + 3, lex)                                       # (a wrapped line)
    if text[e:e + 1] == "的" and _EXCEEDS.search(text, max(0, q_start - 3), q_start):
        return _is_threshold(text, e, lex)   # 其中过 10 亿元的项目 1 个: the bound of a counted category
    if (unit is not None and unit.base not in ("%", "成") and not h.pct
            and (_RANGE_TO_CLASS.match(text, e) or _RANGE_FROM.search(text, max(0, q_start - 8), q_start)
                 and text[e:e + 1] == "的" and _HAN_NOUN_AFTER.match(text, e + 1))):
        return True   # 律师11人至20人的律师事务所: a size class's bounds, the count of the class follows
    if unit is not None and unit.base in ("毫米", "厘米") and _GAUGE_NOUN.match(text, e):
        return True   # 16毫米拷贝, 35毫米电影: a gauge naming a kind, no length reported
    if h.post in _THRESHOLD and text[e:e + 1] == "的" and _HAN_NOUN_AFTER.match(text, e + 1) \
            and not h.pct and (unit is None or unit.base not in ("%", "成")):
        return True   # 死亡3人以上的较大事故, 500万元以上的项目: the bound of a category, no count
        # (not 七成以上的行政村: a share of them)
    return h.post in _THRESHOLD and _is_threshold(text, e, lex)


#: A class's bounds written with both units (11人至20人的律师事务所): the first bound, its second
#: and 的 and a noun after it; the second bound, its first before it.
_RANGE_TO_CLASS = re.compile(r"""
    [ \t]? (?:至|到|-|—|～|~) [ \t]?            # to
    [0-9]{1,6} [\u4e00-\u9fff]{1,2}             # the second bound and its unit (20人)
    的 (?![有是占为為]) [\u4e00-\u9fff]          # 的 and the noun of the class (not 的有: a count follows)
    """, re.VERBOSE)
_RANGE_FROM = re.compile(r"[0-9]{1,6}[\u4e00-\u9fff]{1,2}[ \t]?(?:至|到|-|—|～|~)[ \t]?$")
_GAUGE_NOUN = re.compile(r"(?:电影|電影|拷贝|拷貝|胶片|膠片|放映|口径|口徑|胶卷|膠卷)")   # 16毫米|拷贝
#: After 以上的: a noun the bound qualifies (not 有, 是: 500人以上的有3个 is a count that follows).
_HAN_NOUN_AFTER = re.compile(r"(?![有是占为為])[\u4e00-\u9fff]")


def _line_split(text: str, h: _Hit) -> bool:
    """A break between the number and its multiplier or unit (工业总产值 23⏎亿元, 共占地
    50⏎亩) is kept only for Arabic digits inside a line of text: a number alone on its line
    (a list marker, a table cell) or in Chinese numerals stands alone."""
    m = h.m
    if "\n" not in m.group() or (m.group("mbr") is None and m.group("ubr") is None):
        return False
    if h.chinese or h.pct or h.n2:
        return True
    before = text[max(0, h.start - 1):h.start]
    return before in ("", "\n") or before.isspace() and text[max(0, h.start - 2):h.start - 1] in ("", "\n")


_AGE_BOUND = re.compile(r"""
    及?(?:以上|以下|以内) | 至 | 到 | \s?[-—～~]                          # after 岁: an age group's bound (60岁以上, 65岁~74岁)
  | (?:儿童|兒童|幼儿|幼兒|婴幼儿|嬰幼兒|学童|學童|学生|學生|青少年|老年人|人群|女性|男性|妇女|婦女|孩子|组|組)
                                                                      # or the group it names (5岁儿童龋患率, 12岁组)
    """, re.VERBOSE)
_AGE_FROM = re.compile(r"[岁歲]\s?(?:至|到|[-—～~])\s?$")     # before a number: 18岁到(35岁)
_PLACE_MEASURES = frozenset("座台里门道棵间眼岔")   # measure words in place names (三座楼, 五台县, 十里铺; not 三次|入村)
#: After a numeral and its measure word, the rest of a place's name (三座|楼村, 五台|县, 十里|铺村).
_PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]{1,2}(?:村|庄|屯|铺|寨)|[县市](?!级|场|民|区|直|属|委|政)")
_DEFINING = frozenset(("小于", "大于", "低于", "高于"))   # a definition's bound before a value and 的
_PERSON_AGED = re.compile(r"""
    的? (?: 村民 | 老人 | 老大爷 | 大爷 | 大妈 | 奶奶 | 爷爷 | 老太太 | 老太 | 老伯 | 阿姨 | 老党员 | 老汉 | 婆婆
          | 男子 | 女子 | 老兵 | 高龄 | 老伴 | 女孩 | 男孩 | 患者 ) (?! [0-9０-９]|[有约共达]) # 73岁村民某某, 78岁高龄 (not
                                                                              # 65岁老人有2000人: a group)
  | (?: [、，,] [0-9]{1,3}[岁歲] )* [，,、] \s? [男女] [)），,、]                   # （63岁、65岁，女）: a person's card
    """, re.VERBOSE)
_AGE_REACHED = re.compile(r"(?:年满|满|滿|未满|未滿|不满|不滿)\s?$")   # before it: who qualifies (满65岁老人)


_DOUBLED_DIGIT = re.compile(r"([一二三四五六七八九])\1")


def _rejected(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """True for hits that are not indicators whatever their value (see the module docstring)."""
    if _line_split(text, h):
        return True
    if h.n1 in ("零", "〇", "○") and h.start and "\u4e00" <= text[h.start - 1] <= "\u9fff":
        return True   # 清零|项目, 归零: a word holding 零, no count of nothing
    if _DOUBLED_DIGIT.fullmatch(h.n1):
        return True   # 唯一一家, 一一落实: a digit said twice is no number (十一 is eleven)
    unit, chinese = h.unit, h.chinese
    if h.unit_s:
        if unit is None:
            return True
        unit_end = h.end - len(h.post or "")
        if (text.startswith(unit.not_before, unit_end) or _is_structure(text, h, unit_end, lex)
                or (chinese and _arabic_only(text, h))):
            return True
        if unit.base == "番" and not _FAN.search(text, max(0, h.start - 4), h.start):   # 一番努力
            return True
        if unit.base == "岁" and (h.n2 or _AGE_BOUND.match(text, unit_end)
                                  or _AGE_FROM.search(text, max(0, h.start - 3), h.start)
                                  or _AGE_REACHED.search(text, max(0, h.start - 3), h.start)):
            return True   # 0-17岁, 18至59岁, 60岁以上, 18岁到35岁, 满65岁: an age group names a category
        if unit.base == "岁" and _PERSON_AGED.match(text, unit_end):
            return True   # 73岁村民某某, 已有78岁高龄, （63岁、女）: one person's age
        if chinese and h.unit_s in _PLACE_MEASURES and _PLACE_NAMED.match(text, unit_end):
            return True   # 三座|楼村, 五台|县: a numeral and a measure word inside a place's name
        if (text[max(0, h.start - 2):h.start] in _DEFINING and text[h.start - 3:h.start - 2] != "不"
                and text.startswith("的", h.end) and unit.base not in ("%", "‰", "百分点")):
            # (低于13%左右的预期目标: a target's share; 不低于50元的标准: a standard)
            return True   # 厚度小于0.025毫米的|塑料袋: a bound inside a definition, no result
        if (unit.base in _WORD_AFTER and "." in h.n1 and not h.mult and not h.n2
                and text[unit_end:unit_end + 1] in _WORD_AFTER[unit.base]):
            return True   # 1.1项目背景, 6.1人力资源配置: a decimal heading's number before a word, no count
        if unit.base == "篇" and _PIECES_TAG.search(text, max(0, h.start - 10), h.start) \
                and (text[h.end:h.end + 1] in "】）)]" or text[h.end:h.end + 1] in "\n"):
            return True   # 工作总结【3篇】, 汇编（范文5篇）, 工作报告多篇4篇⏎: a collection's count in its title
        if unit.base == "篇" and _TITLE_COUNT.search(text, max(0, h.start - 12), h.start) and (
                text[h.end:h.end + 1] not in "，,。；;" and _NAMES_LINE.search(text, max(0, h.start - 60), h.start)
                and not _WRITE_VERB.search(text, text.rfind("\n", 0, h.start) + 1, h.start)
                or text[h.end:h.end + 1] in ("”", "》", "」", "』")
                and not _WRITE_VERB.search(text, max(0, h.start - 20), h.start)):
            return True   # 2024年环境保护工作总结5篇⏎, 幼儿园工作总结 三篇, - 某总结(39篇)工作总结报告 on a line
            # of names (no clause mark before it on its line), or quoted: a collection's title
    if _skip_number(text, h):
        return True
    if _IN_BOOK_TITLE.search(text, max(0, h.start - BOOK_TITLE_REACH), h.start) and "》" in text[h.end:h.end + BOOK_TITLE_REACH]:
        return True   # 《国企十条》, 《关于…的二十条意见》: a number inside a document's name
    if unit is not None and unit.base in _LENGTHS and _FROM_PLACE.search(text, max(0, h.start - 14), h.start):
        return True   # 学校距县城22公里: where a place lies, not a quantity reported
    if not chinese:
        return _in_exclusions(text, h, lex)   # 全国1%人口抽样调查: a survey's name
    if not h.pct and not (_bare_ok(text, h.n1, h.start, lex) or _bare_some(h) or _form_one(text, h)):
        return True
    return _excluded(text, h, lex) or _recaps_list(text, h, lex)


def _arabic_only(text: str, h: _Hit) -> bool:
    """宝钢三期 is a phase; 培训班3期, 培训班十五期 (a Chinese numeral after 班) and 5万期 are counts."""
    unit = h.unit
    if not unit.arabic_only or h.n1[-1] in _LARGE:
        return False
    return not (unit.chinese_after and text.endswith(unit.chinese_after, 0, h.start))


def _small_count(h: _Hit) -> bool:
    """A one- or two-character Chinese numeral with no multiplier or range (两个, 十三项)."""
    return not (h.mult or h.n2) and _SMALL_CN.fullmatch(h.n1) is not None


# the last character before a list that ends it (the list a count may sum up starts after)
_LAST_LIST_STOP = re.compile("(?s:.*)[，,。；;：:！？\n（(“]")


def _recaps_list(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """土地、信贷两个闸门; 甲、乙和丙三项: a small count that only sums up the list before it.
    A list whose items carry their own counts (道路5条、桥梁两座) is a list of counts."""
    if h.pct or h.unit_s == "次" or not _small_count(h):
        return False
    s = h.start
    lo = max(0, s - 30)
    stop = _LAST_LIST_STOP.match(text, lo, s)
    seg = text[stop.end() if stop else lo:s]
    if "、" not in seg or seg.endswith("、"):   # 两次降低…、两次下调: a new item, no recap
        return False
    if any(seg.startswith("、", x.end()) for x in lex.scan.finditer(seg)):   # 学校3所、医院两所
        return False
    items = seg.count("、") + 1 + any(j in seg.rsplit("、", 1)[1] for j in "和与及")
    try:
        return parse_number(h.n1) == items
    except NumberError:
        return False


#: 至少 a few words before a number in its clause (每个县至少组建1个, 至少新增就业5000人): a lower
#: bound, so approximate, with the verb between left to the subject.
_AT_LEAST = re.compile(r"(?:至少|起码)[^，。；：,;:！？\n0-9]{1,6}$")


def _lower_bound(text: str, s: int) -> str | None:
    """至少 or 起码 when it stands a few words before the number at ``s`` in its clause."""
    bound = _AT_LEAST.search(text, max(0, s - 8), s)
    return bound.group()[:2] if bound else None


def _lookback(text: str, s: int, lex: _Lexicon) -> tuple[int, str | None, str]:
    """(quote start, approximation word, change) from the words right before the number."""
    if not s or text[s - 1] not in lex.lookback_ends:   # most numbers: no word to search for
        return s, _lower_bound(text, s), ""
    look = lex.lookback.search(text, max(0, s - 16), s)
    apx = look.group("apx") or _lower_bound(text, s)
    if apx and look.start("apx") and text[look.start("apx") - 1] in _NOT_APPROX.get(apx, ""):
        apx = None  # 节约, 制约: not 约
    q_start = look.start("chg") if look.group("chg") else (look.start("apx") if look.group("apx") else s)
    change = ""
    if look.group("cw"):
        change = "increase" if look.group("cw") in lex.increase else "decrease"
    elif look.group("cw1") or look.group("cw2"):
        change = "increase" if (look.group("cw1") or look.group("cw2"))[0] in "增多" else "decrease"
    elif look.group("cmp"):
        change = "increase"               # 同比11.4%: growth, as bulletins write it
    if change and look.group("sign") in _MINUS:
        change = "decrease" if change == "increase" else "increase"   # 增长-3.1%: a fall of 3.1%
    return q_start, apx, change


#: 约 before 占 and the whole a share is of (约占全县总人口的, 約佔…的): the share after it is approximate.
_ABOUT_SHARE = re.compile(r"(?<![节節制契预預])(?:约|約)(?:占|佔)[^，,。；;：:\n]{0,20}?的?$")
_MINUS = ("-", "−", "－")
#: A minus sign right before a number, after a Chinese character or a mark that opens a value,
#: perhaps with a blank between (为-0.13‰, ：-2.1%, 收支差额 -90万元), not between two numbers
#: (5-8个, 5 -8万元) nor after a Latin letter (A-1): the three characters before the number.
_SIGNED = re.compile(r".?[\u4e00-\u9fff：:，,（(][ \u3000]?[-−－]")
_RANGE_DASH = re.compile(r"[0-9][万亿千百]?(?:%|‰|元|美元|℃)[-−－]$")   # 3元-|14元: a value and its unit before the dash
_SIGNED_UNITS = frozenset(("%", "‰", "百分点", "千分点", "元", "美元", "℃"))   # what may fall below zero
_TIME_WORDS_BEFORE = frozenset("当前 目前 此前 之前 提前 以前 事前 眼前 空前 年前 日前 月前 会前 节前 赛前 "
                               "此后 之后 随后 以后 先后 最后 然后 今后 其后 事后 会后 节后 赛后 饭后".split())
_ORDINAL_LIST = re.compile("第[0-9０-９一二三四五六七八九十、和至]+$")


def _skip_number(text: str, h: _Hit) -> bool:
    """Ordinals (第三批, 前5名), indefinite 几十/数百, numbers glued to Latin letters (PM2.5)."""
    s = h.start
    before = text[s - 1:s] if s else ""
    if before == "第" or (h.chinese and before in ("几", "幾", "数", "數")):  # 几十座: no value
        return True
    if before in (" ", "\u3000") and text[s - 2:s - 1] == "第":   # 第 9 位: a spaced ordinal
        return True
    if before == "每" and _RULE_VERB.match(text, h.end):   # 村道每3公里配备一名养护员: a rule's base
        return True
    if before in ("、", "和", "至") and _ORDINAL_LIST.search(text, max(0, s - 16), s):   # 第1、2名
        return True
    if before in ("前", "后") and h.unit_s in ("位", "名") and text[s - 2:s] not in _TIME_WORDS_BEFORE:
        return True   # 前5名: a ranking (not 当前|2名工作人员, 随后|3名队员: a time word)
    if h.chinese:
        return False
    n1_end = h.m.end("n1")
    return _latin(before) or (_latin(text[n1_end:n1_end + 1])   # 3200m²: a unit, not a code
                              and not (h.unit_s and h.m.start("unit") == n1_end))


def _latin(c: str) -> bool:
    """``c`` (one character or "") is a Latin letter A-Z, a-z."""
    return c.isascii() and c.isalpha()


_STRUCTURE_MODIFIERS = ("明显", "显著", "突出", "鲜明", "重要", "主要", "基本", "重大")   # 三个明显特点, 四个重要阶段


def _is_structure(text: str, h: _Hit, e: int, lex: _Lexicon) -> bool:
    """Counts describing the campaign's own structure (十个方面, 分三批, 分三个片区, 前两批, 四个阶段) and the
    numbered sessions of congresses (五届人大三次会议); ``e`` is the unit's end."""
    if text.startswith(_STRUCTURE_MODIFIERS, e) and h.chinese:
        e += 2   # 三个|明显|特点: a kind of part with a word of weight before it
    if (text[e:e + 1] in lex.structure_firsts and text.startswith(lex.structure, e)
            or _is_discourse(text, h, e, lex)):
        return True
    base, s = h.unit.base, h.start
    if base in ("批", "步", "轮") and text[s - 1:s] == "分":
        return True
    if h.chinese and _small_count(h) and (text[s - 1:s] == "分" and base == "个" or   # 分三个片区召开
                                          text[s - 1:s] == "前" and base in ("批", "期", "轮", "届")):
        return True   # 前两批: the first batches of the campaign, no count of things
    return h.chinese and base == "次" and text.startswith(_SESSION, e)


def _is_discourse(text: str, h: _Hit, e: int, lex: _Lexicon) -> bool:
    """Small counts that organise the speech, not the world: 这四个问题, 这两项是…,
    关键是三条：. A demonstrative count of concrete things (这两家企业) stays."""
    if not h.chinese or not _small_count(h) or _multiplied(h.n1, h.mult):
        return False
    s = h.start
    after = text[e:e + 1]
    if text.endswith(("这", "那", "此", "上述", "以上", "这些"), max(0, s - 2), s):
        return after in _DISCOURSE_AFTER or text.startswith(lex.reference, e)
    return text[s - 1:s] in ("是", "有") and after in "：:。"


def _bare_ok(text: str, n1: str, s: int, lex: _Lexicon) -> bool:
    """A bare multiplier (千, 万, 千万) counts only after 近/上/逾…, and after 突破/超过
    unless it is a lone 万 or 亿 (超过万元: digits stripped); a bare 一 never counts."""
    if n1 in _ONE:
        return False
    if n1[0] in _TEN or not _BARE.issuperset(n1):   # 十亿多人口 has a value
        return True
    return (text.endswith(lex.bare_ok, max(0, s - 2), s)
            or (n1 not in _LARGE and text.endswith(lex.bare_ok_compound, max(0, s - 2), s)))


def _bare_some(h: _Hit) -> bool:
    """千余户, 百多条, 万余人次: a bare multiplier with 余/多 after it and a unit is a count."""
    return bool(h.unit_s and not h.n2 and h.n1 not in _ONE
                and h.m.group("sfx") in ("余", "多", "餘"))


#: A count's measure word that opens a word with the next character (项目, 人力): after a decimal
#: (no count of things has one) it is a heading's number and its title (1.1项目背景).
_WORD_AFTER = {"项": "目", "人": "力才文工口员居"}
#: Types of document a site counts the pieces of (工作总结5篇, 汇编（范文3篇）).
_DOC_KIND = "总结|總結|报告书?|報告書?|汇编|匯編|范文|範文|材料|计划书?|計劃書?|讲话|講話|方案|汇报|匯報|心得|体会|體會|反思"
#: The bracket after a document type that opens a title's count: 工作总结【, 汇编（范文
_PIECES_TAG = re.compile(rf"""
    (?: (?: {_DOC_KIND} )                                      # a document type ...
        (?: [【（(\[] (?:范文|範文|精选|精選|合集|共|优秀|優秀|优质|優質|通用|精品|热门|熱門|模板)?   # ... then the bracket
                                                               # of a count: 【, （范文, (优秀, (模板
          | 多篇 | 范文 | 範文 )                                  # or 多篇 / 范文 right before it
      | (?:精选|精選|大全|汇总|匯總|合集) [【（(\[] )              # or a site's tag and the bracket (某制度精选(九篇))
    $""", re.VERBOSE)


_RULE_VERB = re.compile("配备|配置|设置|设立|安排|建设|建立|安装|聘请|聘用|确定|明确")   # 每3公里|配备…
_EXCEEDS = re.compile(r"(?:超过|过|過|超|逾)\s?$")   # 过 10 亿元的|项目1个
_WRITE_VERB = re.compile("撰写|完成|编写|形成|上报|报送|发表|刊发|起草|编发|编印|征集|收到|提交|收集|评选|获")   # 全年撰写调研报告|6篇
_NAMES_LINE = re.compile(r"(?:^|\n)[^\n，,。；;：:！？!?]*$")   # a line's start, no clause mark after it
_TITLE_COUNT = re.compile(f"""
    (?:{_DOC_KIND})                                               # …总结|5篇, …范文通用|5篇:
    (?: 范文|範文|范例|範例|精选|精選|通用|汇总|匯總|合集|大全|精品|模板   # a document type, then up to
      | 最新|优秀|優秀|实用|實用|优质|優質|热门|熱門|推荐|推薦|参考|參考|集合 ){{0,3}}   # three of a site's tags,
    [ \t\u3000]? [（(]? $                                          # a blank or a bracket (工作总结 三篇, 总结(6篇)
    """, re.VERBOSE)
BOOK_TITLE_REACH = 30   # characters to a document name's opening 《 and its closing 》
_IN_BOOK_TITLE = re.compile(r"《[^《》\n]*$")   # an open 《 before the number, not closed yet
_LENGTHS = frozenset(("公里", "千米", "米"))
_FROM_PLACE = re.compile(r"(?:距|距离|離|离)[\u4e00-\u9fff]{1,10}(?:约|約)?$")   # 距县城(约)|22公里
QUOTED_LIST_REACH = 24   # characters back to the opening quote of a list of formulations
_IN_QUOTED_LIST = re.compile(r"[“「][^“”「」，,。；;：:\n]*、$")   # “一个中心、|两条主线
_QUOTED_LIST_END = re.compile(r"[^“”「」，,。；;：:\n]{0,24}[”」]")   # …主线、三项重点”
_QUOTED_NAME = re.compile(r"[“「][^“”「」，,。；;：:\n]{1,8}[”」](?=[，,。；;：:、！!？?\n]|$)")   # 三个“新”，
_DO_WELL = frozenset("做好实足活大强优")   # 做好|三篇文章: a task to do well (not 写|三篇文章: papers)


def _in_exclusions(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """The number stands inside a phrase of indicator_exclusions.txt (一心一意, 全国1%人口抽样调查)."""
    s, e = h.m.span("n1")
    pattern, longest = lex.exclusions
    return any(x.start() < e and x.end() > s
               for x in pattern.finditer(text, max(0, s - longest), min(len(text), e + longest)))


#: A session's number (某镇第六届人大五次、六次会议, 县委十三届五次全会, 十届六次常委会议, 二届四次
#: 全体会员大会): an ordinal, no count.
_SESSION_BEFORE = re.compile("(?:届|屆|人大|政协|政協|党代会|黨代會|常委会|常委會)$")
_SESSION_AFTER = re.compile(r"""
    (?:、[一二三四五六七八九十]{1,3}次)*                            # 五次、六次
    (?: (?:常委|全委|理事|主席|执委|執委|全体会员|全體會員|全体|全體|代表)?   # the body met
        (?:[（(](?:扩大|擴大)[)）])?                                   # 全委（扩大）会议
        (?:会议|會議|全会|全會|大会|大會|扩大会议|擴大會議) )
    """, re.VERBOSE)


def _session(text: str, h: _Hit) -> bool:
    """人大五次会议: the numeral counts sessions of a body in office, after 届 or the body."""
    return (h.unit is not None and h.unit.base == "次" and h.chinese
            and _SESSION_BEFORE.search(text, max(0, h.start - 3), h.start) is not None
            and _SESSION_AFTER.match(text, h.end) is not None)


def _excluded(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """Idioms and formulations: lexicon phrases, quoted numbered phrases, phrases before 即;
    a session's number (人大五次会议)."""
    if _in_exclusions(text, h, lex) or _session(text, h):
        return True
    if not h.unit_s or not _small_count(h):
        return False
    s = h.m.start("n1")
    try:
        if parse_number(h.n1) > 10:
            return False
    except NumberError:
        return False
    if ((h.unit.base in ("个", "条", "项") or h.unit.base == "篇" and h.chinese and text[s - 1:s] in _DO_WELL)
            and text.startswith(lex.formula_head, h.end)):   # 两个翻番, 两条底线, 做实四篇文章
        return True
    if text[s - 1:s] in ("“", "「", "\""):
        return True
    if h.chinese and h.unit.base in ("个", "条", "项") and _QUOTED_NAME.match(text, h.end):
        return True   # 突出三个“新”，: a numeral's quoted name closes the clause (not 六家“三无企业”)
    if _IN_QUOTED_LIST.search(text, max(0, s - QUOTED_LIST_REACH), s) and _QUOTED_LIST_END.match(text, h.end):
        return True   # “一个中心、两条主线、三项重点”: an item of a quoted list of formulations
    tail = text[h.end:h.end + 8]
    for i, c in enumerate(tail):
        if c in "”」\"":
            return True
        if c == "即" or (c in "，,：:" and tail[i + 1:i + 2] == "即"):
            return True
        if c in _CLAUSE_PUNCT:
            break
    return False


def _comma_range(text: str, h: _Hit) -> bool:
    """二、三百亿度, 四、五十亿元: a colloquial range written with a 、 inside."""
    s = h.start
    return (s >= 2 and text[s - 1] == "、" and not h.n2
            and parse_range(text[s - 2] + h.n1) is not None)
