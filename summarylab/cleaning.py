"""Remove site boilerplate from a normalised report and say what was removed.

Reports copied from 范文 sites, document-sharing sites and government portals carry
text that is not the report. :func:`clean` removes it in two passes, records each
removal as a ``boilerplate_removed`` :class:`~summarylab.quality.Finding` whose
``detail`` is "<label>: <removed text>", and keeps an :class:`~summarylab.offsets.OffsetMap`
into its input (the two passes' maps composed).

1. Pinyin glosses put after characters as an anti-copy trick (现（xiàn）在, 学（xué）校,
   万（wan）人, 个（ge）（ge）) go first, so that numbers, units, words and the site lines
   they are spread over read whole. A gloss is a bracketed run of pinyin syllables right
   after a Chinese character (or another gloss): with tone marks (or a tone digit) up to
   four syllables, without them one lower-case syllable. (GDP), (PM2.5), (试行),
   (Hangzhou), (David Wang), 时间（min） stay.
2. Everything else, on the de-glossed text:

=================  =====================================================================
label              what goes
=================  =====================================================================
preface            site blurbs (本站为你精心整理了……欢迎咨询。, 导语：…欢迎参考。,
                   下面是…小编整理的…, 编者按：…请详见：) and a blurb's cut tail at the
                   start (，仅供参考学习。)
watermark, spam    site credits inside sentences (…网版权所有, 本文来自某某帮 with or
                   without its www address), keyword-stuffed page titles
promo              更多精彩范文请访问…, 猜你喜欢…
site_header        portal lines: a timestamp (某某搜 2021-07-27 17:30:25 政府报告), column
                   and metadata fields (时间：… 栏目：…, 索引号：), 我要投稿, 版权反馈,
                   breadcrumbs ending in a title
emoji              emoji clusters in sentences (全体师生👨🏼‍🦳积极参加): a post's or a spammer's
site_frame         a line of a site's frame words alone, in any order (data/site_words.txt:
                   打印此文 关闭窗口, 还没账号？立即注册, 市政府网站, 文号 浏览量)
paywall            （阅读全部图文内容，您需要先登录！）, 仅供预览, 还剩…页未读
doc_site           document-sharing sites: …由会员分享, notices, file sizes (- 10.27 KB),
                   customer-service QQ, 正文复制, .docx suffixes
char_count,        （全文18521字）, 本文共计2863字，下载所需积分：5; 下载本文, 【下载全文】;
download,          第1页共3页, …_第2页, chunk numbers a sharing site puts before the
page_marker        pieces it cuts a document into (1、… 2、道办事处…), a 范文 collection's
                   piece headers (某某报告共1 after …整理的某某报告共3篇…)
footer_line/…      header and footer lines, list blocks, licence tails, URL lines (kinds of
                   ``data/boilerplate.txt`` without a label), a teaser, a repeated title
jammer             random one- or two-character ASCII tokens a forum sprinkles between
                   lines (", _, X: p1 y/ B2 N4 q$ n& b")
punct_junk         commas put before other marks through a page (上榜，，至此 / 晋江市，、), a
                   backtick between two characters (除险加固的`水库), a dot inside a
                   phrase that recurs or is also written whole (经济.发展)
footnote           a statistical bulletin's footnote mark before a number or after a
                   percentage (生产总值[2]61.9亿元, 增长8.1%[3]); 研究[3]表明 stays
image              a scraped image tag as a line of its own (![标题](https://…))
markup             HTML tags left in a page saved as text (<h3>, </b></h1>,
                   <h1 style="text-align: center;">), when there are three or more
repeated_token     [编辑], 点击查看 … as lines of their own, again and again; a short
                   token with a small letter glued to the end of five lines or more (vfO)
pinyin_text        a passage spelled out in toneless pinyin (muqianlaikan，eguaduoer…)
filler             random characters a document site pours into a copy (涧孪锌钞妇撕撞…):
                   40+ characters without a mark, under 30% of them in a dictionary word
contents           a table of contents before the text whose entries come back as the
                   body's headings (一、工作完成情况 / （一）加强党建引领 / …); of a page cut
                   short (a paid 范文, a preview) the entries past the sections its body holds
                   stay, as the only copy of that part of the outline
pinyin_gloss       the glosses of pass 1, one finding per line ("3× （shí）（xiàn）…")
english_frame      a site's English frame around a Chinese text (an e-book viewer's Upgrade
                   Now / Go to new dashboard / Like / Share): runs of short English lines
                   holding its buttons' words, and a site's English translation after
                   each Chinese paragraph; an article's English title, abstract and
                   references, code and English in sentences stay
byline             a reprint's news dateline (某某网11月9日讯, 金融界6月7日消息; 新华社…电
                   stays) and a reporter's byline in brackets or with slashes
doubled            the second copies of runs a document site doubled (乡镇乡镇 20212021 …总结总结,
                   three or more close together) and of a short sentence written twice in a row
keywords           a page's line of search tags near its title (县某局 抽检 监管 提升 食品安全
                   under 县某局：以抽检促监管，提升食品安全工作效能)
template           a template's blank fields (编者：_____, 姓名：____) and notes where
                   the user puts names ((名称替换))
=================  =====================================================================

Patterns live in ``summarylab/data/boilerplate.txt`` (its header documents
the format: ``<kind>[:label] <regex>``); ``clean(text, patterns="extra.txt")`` adds a
user's file. The code-based rules (glosses, jammer, junk commas, chunk numbers, repeated
tokens, pinyin passages, random-character filler, teaser, repeated title) live here.

This module does not normalise characters (run :func:`summarylab.normalise`
first: the patterns are written for simplified, normalised text), does not
judge the report's own content, does not repair damage (a '?' left of a garbled gloss
stays for the quality checks), and never removes a line only because it is
repeated later unless it is one of the first lines and mostly a copy of what
follows (the teaser rule), a short title that the next line repeats, or a UI token.
Lines that hold a sentence end (。；) are kept by the header rules that could match
report text (dates, 浏览…次, file sizes, page counts).

Example
-------
>>> c = clean("前言：本站为你精心整理了工作总结，欢迎咨询。\\n一、主要做法\\n上一篇：其他总结")
>>> c.text
'一、主要做法\\n'
>>> [(f.start, f.detail[:7]) for f in c.findings]
[(0, 'preface'), (7, 'footer_')]
"""
from __future__ import annotations

import collections
import functools
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import ruledata
from ._trie import word_pattern
from .numerals import AMOUNT_AFTER
from .offsets import OffsetMap, Rewriter
from .quality import Finding
from .segmentation import is_person_name
from .titles import ends_like_a_title

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse

__all__ = ["Cleaned", "Pattern", "PIECEWISE_KINDS", "clean", "load_patterns", "names_line"]

KINDS = ("preface", "watermark", "footer_line", "footer_block", "footer_tail", "url")
MAX_FOOTER_LINE = 160   # longer lines are body text, never footers
MAX_BLOCK_TITLE = 40    # a footer block runs over the article titles (at most this long) after its header
MAX_TAIL = 1000         # a footer tail (licence notes) is removed only when this close to the end
MAX_URL_REST = 24       # a URL line may keep this many other characters
TEASER_LINES = 3        # the teaser rule looks at this many first non-empty lines
TEASER_MIN = 30         # ... of at least this many non-space characters
TEASER_CHUNK = 12       # ... cut into chunks of this size
MIN_FILLER = 40         # random characters: a run of Han characters without a mark this long ...
FILLER_SHARE = 0.3      # ... in which fewer of them make a word with a neighbour
FILLER_EDGE = 6         # the window that finds where text glued to it begins
TEASER_SHARE = 0.6      # ... and removes a line when this share of chunks recurs later
TEASER_WINDOW = 50_000  # ... within this many following characters
HEADLINE_CHARS = 40     # ... but not a line this short without a sentence end (a headline)
LONG_HEADLINE_CHARS = 60  # ... nor one this short without a comma either
NEED_GROUPS = 2         # a pattern is tried only on texts holding a literal of each of this many groups
NEED_WORDS = 4          # ... of at most this many literals (each is one scan of the text)
_SPACES = re.compile(r"\s+")
_PER_LINE = ("punct_junk", "jammer", "markup", "emoji")  # removals reported once per line (many small pieces)
#: removals reported a line at a time, whose ``source`` spans hold the kept text between their pieces
PIECEWISE_KINDS = _PER_LINE + ("pinyin_gloss",)
_NUMBERED_ITEM = re.compile(r"\s*([0-9]{1,2})\s?([.、．])(?![0-9])\s?((?:(?!\s+[0-9]{1,2}\s?[.、．])[^\n])+)")
_OUTLINE = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．]|第[一二三四五六七八九十]+[，,、]")


@dataclass(frozen=True)
class Pattern:
    """One boilerplate pattern: its kind (see ``KINDS``) and compiled regex.

    ``need`` holds groups of literals; every match contains one literal of each group
    (see ``_required_literals``): a text without them is not searched.
    """

    kind: str
    regex: re.Pattern
    need: tuple[tuple[str, ...], ...] = ()
    anchored: bool = False  # starts with ^: it can match only at a line start
    label: str = ""         # what the finding calls the removal ("paywall", "site_header" ...); kind if ""

    @property
    def name(self) -> str:
        return self.label or self.kind


@dataclass
class Cleaned:
    """Result of :func:`clean`.

    Attributes
    ----------
    text : the text with boilerplate removed.
    offsets : map from ``text`` back to the input of :func:`clean`.
    findings : one ``boilerplate_removed`` finding per removal, at the removal's
        position in ``text`` (start == end); ``detail`` is "<kind>: <removed text>".
    """

    text: str
    offsets: OffsetMap
    findings: list[Finding] = field(default_factory=list)


# --------------------------------------------------------------------------- patterns

# what this module reads of the rule data (summarylab.ruledata checks the file against it)
_PATTERNS = ruledata.Patterns("boilerplate.txt", KINDS, re.MULTILINE, labels=True)


def load_patterns(path: str | Path | None = None) -> tuple[Pattern, ...]:
    """Patterns from a file in the ``data/boilerplate.txt`` format (shipped file if None).

    Raises ValueError (:class:`~summarylab.ruledata.RuleDataError`) naming the line when a
    kind is unknown, a regex does not compile or a pattern is listed twice.
    """
    if path is None:
        return _shipped()
    return _patterns(path)


@functools.lru_cache(maxsize=1)
def _shipped() -> tuple[Pattern, ...]:
    return _patterns(None)


@functools.lru_cache(maxsize=16)
def _user(path: str) -> tuple[Pattern, ...]:
    return load_patterns(path)


def _patterns(path: str | Path | None) -> tuple[Pattern, ...]:
    out = []
    for tagged, rx, compiled in _PATTERNS.read(path):
        kind, _, label = tagged.partition(":")
        out.append(Pattern(kind, compiled, _required_literals(rx), _anchored(rx), label))
    return tuple(out)


def _required_literals(rx: str) -> tuple[tuple[str, ...], ...]:
    """What every match of ``rx`` contains: one literal of each group, () when unknown.

    A group is a run of plain characters at the top level of the regex, or the
    alternatives of a part whose every branch has one (``(?:首页|主页)>`` ->
    (("首页", "主页"), (">",))); a cheap ``in`` test then skips texts the regex
    cannot match, whatever it starts with.
    """
    try:
        seq = _sre_parse.parse(rx)
    except Exception:  # pragma: no cover - compiled above already
        return ()
    if seq.state.flags & re.IGNORECASE:
        return ()
    # the test runs on every text: keep the two groups likeliest to fail (long, few words)
    groups = [g for g in set(_needs(seq)) if len(g) <= NEED_WORDS]
    return tuple(sorted(groups, key=lambda g: (-min(map(len, g)), len(g), g))[:NEED_GROUPS])


def _anchored(rx: str) -> bool:
    seq = _sre_parse.parse(rx)
    return len(seq) > 0 and seq[0] == (_sre_parse.AT, _sre_parse.AT_BEGINNING)


def _needs(seq) -> list[tuple[str, ...]]:
    """Groups of literals: each match contains one literal of every group."""
    groups: list[tuple[str, ...]] = []
    run = ""
    for op, av in seq:
        if op is _sre_parse.LITERAL:
            run += chr(av)
            continue
        if run:
            groups.append((run,))
            run = ""
        if op is _sre_parse.SUBPATTERN and not av[1] & re.IGNORECASE:
            groups += _needs(av[3])
        elif op is _sre_parse.BRANCH:
            alts = [_needs(alt) for alt in av[1]]
            if all(alts):  # one group from each branch: the longest-worded
                best = [max(a, key=lambda g: min(map(len, g))) for a in alts]
                groups.append(tuple(sorted({x for g in best for x in g})))
    if run:
        groups.append((run,))
    return groups


def _may_match(p: Pattern, text: str) -> bool:
    return all(any(n in text for n in group) for group in p.need)


# --------------------------------------------------------------------------- detection

def _inline_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """Preface and watermark matches anywhere in the text; a removal between two marks takes
    the first with it (接待326人次，本文来自某某文库，办结率 -> 接待326人次，办结率)."""
    out = []
    for p in pats:
        if p.kind in ("preface", "watermark") and _may_match(p, text):
            spans = (_cut(m) for m in p.regex.finditer(text))
            out += [(s - _between_marks(text, s, e), e, p.name) for s, e in spans if e > s]
    return out


def _cut(m: re.Match) -> tuple[int, int]:
    """The part of a match that goes: its group ``cut`` when the pattern names one (a title
    stays before its fields: 某县老年大学报名火热(?P<cut> 作者：… 点击数：…)), else all of it."""
    return m.span("cut") if "cut" in m.re.groupindex else m.span()


def _between_marks(text: str, s: int, e: int) -> int:
    """1 when ``text[s:e]`` sits between a comma-like mark and another mark, else 0."""
    return int(s > 0 and text[s - 1] in "，、；" and e < len(text) and text[e] in "，、；。！？")


def _lines(text: str):
    """(start, end_without_newline, end_with_newline) of every line."""
    start = 0
    for m in re.finditer("\n", text):
        yield start, m.start(), m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text), len(text)


def _line_spans(text: str, pats: tuple[Pattern, ...],
                inline: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Whole header/footer/URL lines (judged without the ``inline`` removals).

    Only lines in which some pattern matches the whole text (a match starts there),
    or which an inline removal touches, are searched line by line: a match inside a
    line is also a match in the text, so no other line can be a footer line.
    """
    lines = [p for p in pats if p.kind in ("footer_line", "url") and _may_match(p, text)]
    footers = [p for p in lines if p.kind == "footer_line"]
    urls = [p.regex for p in lines if p.kind == "url"]
    todo = _match_lines(text, [p.regex for p in lines if not p.anchored])
    # tried at each line start only; all of them in one regex (compiled once: the same for every
    # text), the lines it finds are then judged by the patterns that may match this text
    anchored = tuple(p.regex for p in pats if p.kind in ("footer_line", "url") and p.anchored) if any(
        p.anchored for p in lines) else ()
    if anchored:
        one = _either(anchored)
        todo.update(s for s, e, _ in _lines(text) if e - s <= MAX_FOOTER_LINE and (
            one.match(text, s, e) if one is not None else any(r.match(text, s, e) for r in anchored)))
    breaks = _breaks(text) if inline else []
    for a, b, _ in inline:
        todo.add(_line_start(breaks, a))
        i = bisect_right(breaks, a - 1)
        while i < len(breaks) and breaks[i] < b:  # the lines it runs into
            todo.add(breaks[i] + 1)
            i += 1
    cover = _Cover(inline) if inline else None
    out = []
    for s, e, e_nl in _lines(text):
        if s not in todo or e - s > MAX_FOOTER_LINE or e == s:
            continue
        line = cover.without(text, s, e) if cover else text[s:e]
        footer = next((p for p in footers if p.regex.search(line)), None)
        if footer is not None:
            out.append((s, e_nl, footer.name))
        elif any(r.search(line) for r in urls) and _url_line(line, urls):
            out.append((s, e_nl, "url"))
    return out


@functools.lru_cache(maxsize=64)
def _either(regexes: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One regex that matches where one of ``regexes`` matches (None if they do not combine)."""
    try:
        return re.compile("|".join(f"(?:{r.pattern})" for r in regexes), re.MULTILINE)
    except re.error:  # e.g. a global flag such as (?i) inside a user's pattern
        return None


def _match_lines(text: str, regexes: list[re.Pattern]) -> set[int]:
    """Start offsets of the lines in which a match of one of ``regexes`` starts."""
    starts: set[int] = set()
    for r in regexes:
        pos = 0
        while (m := r.search(text, pos)) is not None:
            starts.add(text.rfind("\n", 0, m.start()) + 1)
            pos = text.find("\n", m.start()) + 1  # on to the next line
            if pos == 0:
                break
    return starts


def _block_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """A list header (推荐阅读, 热门文章) and the article titles under it; a line that is
    a footer or URL line of its own ends the block (it is reported on its own)."""
    heads = [p.regex for p in pats if p.kind == "footer_block" and _may_match(p, text)]
    label = next((p.name for p in pats if p.kind == "footer_block"), "footer_block")
    others = [p.regex for p in pats if p.kind in ("footer_line", "url")]
    lines = list(_lines(text)) if heads else []
    out, i = [], 0
    while i < len(lines):
        s, e, _ = lines[i]
        i += 1
        head = _first_match(heads, text, s, e) if e - s <= MAX_FOOTER_LINE else None
        if head is None:
            continue
        number = 0  # the last article number seen (1. … 2. …)
        if text[head.end():e].strip() and (number := _numbered_titles(text[head.end():e], 0)) is None:
            continue  # the header is followed on its line by something other than numbered titles
        while i < len(lines) and not any(r.search(text, lines[i][0], lines[i][1]) for r in others):
            line = text[lines[i][0]:lines[i][1]]
            if any(r.search(text, lines[i][0], lines[i][1]) for r in heads):
                break  # the next list's header: a block of its own
            if (n := _numbered_titles(line, number)) is not None:
                number = n
            elif not _title_like(line):
                break
            i += 1
        out.append((s, lines[i - 1][2], label))
    return out


def _first_match(regexes: list[re.Pattern], text: str, s: int, e: int) -> re.Match | None:
    for r in regexes:
        if (m := r.search(text, s, e)) is not None:
            return m
    return None


def _numbered_titles(line: str, last: int) -> int | None:
    """The number of the last item when ``line`` holds only numbered article titles that go on
    from item ``last`` (1. 街道信访工作总结 / 2.社区工作汇报 3.村务公开总结), else None.

    Numbers must run on one by one: a report's own outline after a list header (一、, (一),
    a lone 2. that does not follow 1.) still ends the block.
    """
    if len(line) > MAX_FOOTER_LINE:
        return None  # body text (and a bound on the regex's work)
    items = _NUMBERED_ITEM.findall(line.strip())
    if not items or _SPACES.sub("", "".join(n + sep + t for n, sep, t in items)) != _SPACES.sub("", line):
        return None
    for no, _, title in items:
        last += 1
        if int(no) != last or not _title_like(title):
            return None
    return last


def _tail_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """From the first line a footer_tail pattern matches to the end of the text, when that
    is at most ``MAX_TAIL`` characters (a site's licence note, split over many lines)."""
    lo = max(0, len(text) - MAX_TAIL)
    starts = [(m.start(), p.name) for p in pats if p.kind == "footer_tail" for m in [p.regex.search(text, lo)] if m]
    if not starts:
        return []
    first, name = min(starts)
    s = text.rfind("\n", 0, first) + 1
    return [(s, len(text), name)]


MAX_TEASER = 300   # a linked article's teaser under a list header, cut with ..., is at most this long


def _title_like(line: str) -> bool:
    """A line that reads as a linked article title (short, no sentence end, no outline marker)
    or its teaser cut short with dots (我是一名有着38年党龄的老党员，…我工作的某镇敬老院...)."""
    line = line.strip()
    if _OUTLINE.match(line) is not None:
        return False
    return (len(line) <= MAX_BLOCK_TITLE and not line.endswith(("。", "！", "？", "；", "：", ":"))
            or len(line) <= MAX_TEASER and line.endswith(("...", "…")))


def _url_line(line: str, urls: list[re.Pattern]) -> bool:
    """Little but an address: at most ``MAX_URL_REST`` other characters, none of them a
    sentence end (官网www.….cn上线运行。 is a sentence of the report)."""
    rest = line
    for r in urls:
        rest = r.sub("", rest)
    return (len(rest.strip()) <= MAX_URL_REST and not any(c in rest for c in "。；！？")
            and _OUTLINE.match(rest.strip()) is None)   # (一、工作情况 某某 www.…: a heading a site signed)


_LEADERS = re.compile(r"[.．…·]{3,}")   # a contents entry's dot leader


_ITEM_MARK = re.compile(r"[壹贰貳参參叁肆伍一二三四五六七八九十]、")


def _plain_headline(line: str) -> bool:
    """A long line that reads as a headline: Chinese almost all through (no site's English) and no
    list of headings (壹、… 贰、…)."""
    return len(_HAN_CHAR.findall(line)) >= 0.8 * len(line) and len(_ITEM_MARK.findall(line)) < 2


def _teaser_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Opening lines that are mostly a copy of the text after them."""
    out, seen = [], 0
    for s, e, e_nl in _lines(text):
        if seen >= TEASER_LINES:
            break
        own = _LEADERS.sub("", _SPACES.sub("", _without(text, s, e, removed)))
        if not own:
            continue
        seen += 1
        if len(own) < TEASER_MIN or _FULL_NAME.search(own) and not _CLAUSE_MARK.search(own):
            continue   # a document's name, whose words the body repeats (某某关于…执行情况的报告)
        bare = own.rstrip("！!")   # (an exclaimed headline: 某某活动成功举行！)
        if not _SENTENCE_MARK.search(bare) and (len(bare) <= HEADLINE_CHARS or len(bare) <= LONG_HEADLINE_CHARS
                                                and not _CLAUSE_MARK.search(bare) and _plain_headline(bare)):
            continue   # a news headline, which the lead repeats (某局：截至年底参保人数9.83亿人; 某管线项目投运暨
            #            某公司开栓供热 某某出席仪式: a long one, but no comma)
        later = _LEADERS.sub("", _SPACES.sub("", text[e_nl:e_nl + TEASER_WINDOW]))   # (not a contents' dots)
        chunks = [own[i:i + TEASER_CHUNK] for i in range(0, len(own) - TEASER_CHUNK + 1, TEASER_CHUNK)]
        found = sum(c in later for c in chunks)
        if found >= 2 and found >= TEASER_SHARE * len(chunks):
            out.append((s, e_nl, "teaser"))
    return out


_TITLE_FIELD = re.compile(r"^(?:文章|文档|文檔)?(?:标题|標題)\s?[：:]\s?")   # a page's field naming the title
_CLAUSE_MARK = re.compile(r"[。；！？，,]")   # a line holding one is a sentence, not a name
_SENTENCE_MARK = re.compile(r"[。；！？!?…]")


_NAMED_HEADER = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,10})\s?[-—–|｜_]\s?[\u4e00-\u9fff]{2,}")
SITE_NAME_LINES = 10   # the first lines where a site's name may stand alone again


BREADCRUMB_COLUMN = 6   # a breadcrumb's last step this short is a column's name, not the page's title
#: A story's dateline at a paragraph's start: the outlet's name, then 讯 (某网某站讯 今年以来…).
_DATELINE_NAME = re.compile(r"""
    ^[ \t\u3000]*                               # a paragraph's start
    (?P<name>[\u4e00-\u9fffA-Za-z]{2,10})讯      # the outlet's name, then 讯
    (?=[ \t\u3000（(]|[\u4e00-\u9fff])          # before the story's first words
    """, re.M | re.VERBOSE)
DATELINE_REACH = 1500   # characters from the top where a dateline names the site


def _site_name_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A site's name alone on a line near the top, when a removed header line gave it with
    its tagline (某某之窗 - 财经信息聚合平台, then 某某之窗) or a story's dateline opens with it
    (某网某站, then 某网某站讯 今年以来…), or a breadcrumb ends in it (首页>化工资讯, then 化工资讯): the
    name is no title."""
    names = {m.group("name") for a, b, label in removed if label == "site_header"
             if (m := _NAMED_HEADER.match(text, a, b)) is not None}
    names |= {m.group("name") for m in _DATELINE_NAME.finditer(text, 0, DATELINE_REACH)}
    names |= {step for a, b, label in removed if label in ("site_header", "footer_line") and (">" in text[a:b] or "＞" in text[a:b])
              if 2 <= len(step := re.split("[>＞]+", text[a:b].strip())[-1].strip()) <= BREADCRUMB_COLUMN}
    # 首页>化工资讯, then 化工资讯 (a column's short name; a crumb may end in the title itself)
    out = _above_crumb(text, removed)
    if not names:
        return out
    for n, (s, e, e_nl) in enumerate(_lines(text)):
        if n >= SITE_NAME_LINES:
            break
        if text[s:e].strip(" \t\u3000•·") in names:
            out.append((s, e_nl, "site_header"))
    return out


def _above_crumb(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The site's name as the only kept line above a removed 您现在的位置 breadcrumb that ends in
    no title (某某协会分会 / 您现在的位置：首页 > 资讯 > 正文 / 某市邮政管理工作成效…), perhaps said
    twice: the page's own title is below the crumb."""
    cover = _Cover(removed)
    kept: list[tuple[int, int]] = []   # the kept lines so far: one name, perhaps said twice
    for n, (s, e, e_nl) in enumerate(_lines(text)):
        if n >= SITE_NAME_LINES:
            return []
        line = text[s:e].strip()
        if not line:
            continue
        if not cover.without(text, s, e).strip():
            if kept and _HERE.match(line) and _TAIL_STEP.search(line):
                name = text[kept[0][0]:kept[0][1]].strip()
                if len(name) <= SITE_NAME_CHARS and not name.endswith(_SENTENCE_END) and not _FULL_NAME.search(name):
                    return [(a, b, "site_header") for a, b in kept]
            continue
        if kept and line != text[kept[0][0]:kept[0][1]].strip():
            return []
        kept.append((s, e_nl))
    return []


_HERE = re.compile(r"(?:您|你)?(?:现在|当前)的?(?:位置|所在位置)")   # 您现在的位置：… a breadcrumb's label
_TAIL_STEP = re.compile(r"[>＞»›]\s*(?:正文|列表|内容|详情|阅读)\s*$")   # … > 正文: a crumb that ends in no title
SITE_NAME_CHARS = 24


#: The first heading and its first word, glued to a title's repeat (某总结一、工作概述; not 某总结一、 alone).
_FIRST_HEADING = re.compile(r"(?:一、|[（(]一[)）]|1[、.．](?![0-9]))(?=[\u4e00-\u9fff])")


def _title_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A short title among the first lines repeated at the start of the next kept line, alone or
    followed by a space and the body (a site's page title above the article's own title line:
    环境整治工作总结 / 环境整治工作总结 一、活动的总体情况 …, or the first heading glued to it:
    某局工作总结 / 某局工作总结一、主要工作…), or given again as a field
    (文章标题：环境整治工作总结): the repeat goes, so the title keeps a line of its own and is
    said once."""
    kept: list[tuple[int, int, int, str]] = []
    for s, e, e_nl in _lines(text):
        if len(kept) > TEASER_LINES:
            break
        own = _SPACES.sub(" ", _without(text, s, e, removed)).strip()
        if own:
            kept.append((s, e, e_nl, own))
    out = []
    for (_, _, _, own), (s, e, e_nl, nxt) in zip(kept, kept[1:]):
        if _title_like(own) and _TITLE_FIELD.sub("", nxt, count=1) == own != nxt:
            out.append((s, e_nl, "repeated_title"))   # 文章标题：某总结, under 某总结
            continue
        if not _title_like(own) or not (nxt == own or nxt.startswith(own + " ")
                                        or nxt.startswith(own) and (h := _FIRST_HEADING.match(nxt, len(own)))
                                        and not nxt.startswith(own, h.end())):   # (某总结一、某总结: its heading)
            continue
        for a, b, _ in sorted(removed):  # the line's first kept character (after a preface)
            if a <= s < b:
                s = b
        m = _title_copy(own).match(text, s, e) or re.compile(r"\s*" + re.escape(own)).match(text, s, e)
        if m is not None and (m.end() == e or text[m.end() - 1].isspace() or _FIRST_HEADING.match(text, m.end())):
            # the repeat is written out there (no removal inside it)
            out.append((s, e_nl if m.end() == e else m.end(), "repeated_title"))
    return out


COLUMN_LINES = 8   # the first lines where a site's column name may stand above a title
_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,8}")   # a column's name: a few characters, no digit or mark
_NEWS_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,4}(?:动态|要闻|资讯|快讯|简讯|公告|新闻|时政)")   # 行业动态: a column over a story
_FULL_NAME = re.compile(r"(?:报告|总结|汇报|计划|方案|讲话|意见|通知|公报|年报|要点|材料|综述)(?:[（(](?:全文|摘要)[)）])?$")


def _column_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A site's column name as a line of its own among the first lines (政府报告, 汇报材料,
    预算绩效管理), next to a site line that went (a breadcrumb ending in it, metadata fields) or
    named again in one, with a document's fuller name in a later line, or right above a
    breadcrumb that went (毕业论文 / 您现在的位置：…>>正文) or above one that ends in it and is no
    document's name (发挥作用 / 你的位置：首页-发挥作用), or a news column's name (行业动态,
    通知公告): it goes, so that the name is the first line."""
    cover = _Cover(removed)
    lines = list(itertools.islice(_lines(text), COLUMN_LINES * 2))
    # lines that held text and lost all of it to the removals so far
    gone = [bool(text[s:e].strip()) and not cover.without(text, s, e).strip() for s, e, _ in lines]
    filled = [j for j, (s, e, _) in enumerate(lines) if text[s:e].strip()]
    out = []
    for k, (s, e, e_nl) in enumerate(lines):
        own = text[s:e].strip()
        if gone[k] or not _COLUMN.fullmatch(own):
            continue
        first_kept = all(gone[x] for x in filled[:filled.index(k)])
        beside = any(gone[j] and (abs(j - k) == 1 or own in text[a:b]
                                  or abs(filled.index(j) - filled.index(k)) == 1 and first_kept)
                     for j, (a, b, _) in enumerate(lines) if j in filled)   # (blank lines between: the first kept line)
        fuller = any(len(t := text[a:b].strip()) > len(own) + 2 and _FULL_NAME.search(t) and not gone[j]
                     for j, (a, b, _) in enumerate(lines) if j > k)
        crumbs = k + 1 < len(lines) and gone[k + 1] and ">" in text[lines[k + 1][0]:lines[k + 1][1]]
        crumbs = crumbs or not _FULL_NAME.search(own) and any(   # a breadcrumb below ending in it
            gone[j] and (t := text[a:b].strip()).endswith(own) and len(t) > len(own) + 2
            for j, (a, b, _) in enumerate(lines) if j > k)   # (你的位置：首页-发挥作用)
        again = any(text[a:b].strip() == own for a, b, _ in lines[k + 1:])   # the name said again as a
        # line: the page's title repeated (the later copies go as repeated_title, this one stays)
        if (beside and (fuller or crumbs) or _NEWS_COLUMN.fullmatch(own) and (beside or first_kept)) and not again:
            out.append((s, e_nl, "site_header"))
    return out


BULLET_FIELD = 20   # a portal's record field as a bulleted line is at most this long


#: A photo's caption in brackets as a line of its own (（某州成立银发人才工作站）): words, no figure, no
#: sentence's mark, no date.
_BRACKET_CAPTION = re.compile(r"^[ \t]*[（(](?P<words>[^（）()\n0-9０-９〇。；！？:：，,]{5,40})[)）][ \t]*$", re.MULTILINE)
_BODY_PARAGRAPH = re.compile(r"^[^\n]{30,}。[^\n]*$", re.MULTILINE)   # captions come after the body's first paragraph
MIN_CAPTIONS = 2         # ... and come in a series: a single bracketed line is a note (（讨论稿）)


def _bracket_caption_spans(text: str) -> list[tuple[int, int, str]]:
    r"""Photos' captions in brackets, each a line of its own after the body's first paragraph, two
    or more on the page (（某地成立工作站） / （志愿者到农村开展义诊活动）); a note under a title
    (（在全县大会上的讲话）) stands above the body and stays.

    >>> body = "今年以来，全县上下认真贯彻落实各项决策部署，各项工作稳步推进。"
    >>> text = f"标题\n（在大会上的讲话）\n{body}\n（某州成立人才工作站）\n{body}\n（专家到农村开展义诊活动）\n"
    >>> [text[s:e].strip() for s, e, _ in _bracket_caption_spans(text)]
    ['（某州成立人才工作站）', '（专家到农村开展义诊活动）']
    """
    if "（" not in text and "(" not in text:
        return []
    first = _BODY_PARAGRAPH.search(text)
    head_end = first.end() if first else len(text)
    found = [m for m in _BRACKET_CAPTION.finditer(text) if m.start() > head_end and _HAN.search(m.group("words"))]
    if len(found) < MIN_CAPTIONS:
        return []
    return [(m.start(), m.end() + (text[m.end():m.end() + 1] == "\n"), "image") for m in found]


#: A line that may be a linked headline: words and figures, no sentence's stop, no heading's number
#: (一、 （一） 1. 一是 4 香港…), no table cell.
_HEADLINE_LINE = re.compile(r"""
    (?! [一二三四五六七八九十]+[、是] | [（(] | [IVX]+\.                  # no heading's number,
      | [0-9]{1,2}(?:[、.．]|\s) | 第[一二三四五六七八九十]+                 # nor an item's,
      | [0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*$                          # nor a signature's date,
      | [\u4e00-\u9fff]{1,5}[人所址金源位称号码期间型别话箱]\s )          # nor a record's field (住所 某楼)
    [•·▪■◆●]? \s?                                                        # a list's bullet may lead
    [^\n。；;|｜]{8,40}                                                     # the headline: no stop, no cell
    (?<! [：:] )                                                          # not a field's name (截至目前：)
    """, re.VERBOSE)
_HEADLINE_CLAUSE = re.compile(r"[，,、；;]")   # a mark most headlines lack and wrapped prose holds
MIN_HEADLINES = 4          # headlines in a run with no other sign of a sidebar
MIN_HEADLINES_AFTER = 3    # ... or after the body's first paragraph
HEADLINE_SHARED = 0.25     # most headlines share at most this share of their character pairs with the page
HEADLINE_INNER = 0.3       # ... and, on average, at most this share with each other


def _pairs(line: str) -> set[str]:
    """The pairs of adjacent Chinese characters in ``line`` (什么 in 为什么): what two texts share."""
    han = "".join(_HAN.findall(line))
    return {han[i:i + 2] for i in range(len(han) - 1)}


#: A linked headline with its month and day after it (某某宣传文案10-10, 某地发放消费券 08-31).
_DATED_HEADLINE = re.compile(r"""
    [^\n。；;，,]{6,40}? (?<![0-9])                  # the headline: no stop, no clause mark
    [ \t]? (?:0[1-9]|1[0-2]) - (?:0[1-9]|[12][0-9]|3[01]) [ \t]*   # its month and day (10-10)
    """, re.VERBOSE)
MIN_DATED_HEADLINES = 2   # ... two or more of them on lines in a row: a sidebar's list
DATED_LINE = 50           # such a line is at most this long (40 for the headline, a blank and 10-10)


def _dated_headline_spans(text: str) -> list[tuple[int, int, str]]:
    r"""Linked headlines each followed by its date (MM-DD), two or more on lines in a row (blank
    lines between allowed): a sidebar's list, label site_header; one such line alone (a title with
    its date) stays.

    >>> t = "某县工作总结\n全年增长5%。\n某地宣传日文案10-10\n某县卫生日活动小结01-26\n"
    >>> [t[s:e].strip() for s, e, _ in _dated_headline_spans(t)]
    ['某地宣传日文案10-10', '某县卫生日活动小结01-26']
    """
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    for s, e, e_nl in [*_lines(text), (len(text), len(text), len(text))]:
        line = text[s:e]
        if not line.strip() and e < len(text):
            continue
        if len(line) <= DATED_LINE and line.rstrip()[-1:].isdigit() and _DATED_HEADLINE.fullmatch(line):
            run.append((s, e_nl))
            continue
        if len(run) >= MIN_DATED_HEADLINES:
            out += [(a, b, "site_header") for a, b in run]   # (the label of the patterns for such lists)
        run = []
    return out


def _headline_run_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    r"""Linked headlines of other stories with no list header above them: three or more short
    lines in a row (blank lines between them allowed) after the body's first paragraph, or four
    anywhere but the first line, that share few words with the page and with each other (房贷门槛
    提高 / 某中学举行誓师大会 / 某区再添一处公园). A report's own lists stay: headings share its words,
    wrapped prose holds commas, and numbered items (一是, 1.) are no headlines.

    >>> body = "今年以来，全县渔业生产稳中有进，水产品总产量达到1.2万吨，同比增长3.5%。"
    >>> text = (f"某县渔业工作总结\n{body}\n某市房贷利率上浮首付门槛提高\n某中学举行高三冲刺誓师大会\n\n"
    ...         f"高新区再添一处免费生态公园\n{body}\n")
    >>> [text[s:e].strip() for s, e, _ in _headline_run_spans(text, [])]
    ['某市房贷利率上浮首付门槛提高', '某中学举行高三冲刺誓师大会', '高新区再添一处免费生态公园']
    """
    cover = _Cover(removed)
    kept = [(s, e_nl, own) for s, e, e_nl in _lines(text) if (own := cover.without(text, s, e).strip())]
    first_body = next((k for k, (_, _, own) in enumerate(kept) if _BODY_PARAGRAPH.fullmatch(own)), len(kept))
    out, k = [], 1   # (the first kept line is the title: never a sidebar's)
    while k < len(kept):
        j = k
        while j < len(kept) and _HEADLINE_LINE.fullmatch(kept[j][2]):
            j += 1
        if j - k >= (MIN_HEADLINES_AFTER if k > first_body else MIN_HEADLINES) and _unrelated(kept, k, j):
            out += [(s, e_nl, "related_headlines") for s, e_nl, _ in kept[k:j]]
        k = max(j, k + 1)
    return out


def _unrelated(kept: list[tuple[int, int, str]], k: int, j: int) -> bool:
    """Do the lines ``kept[k:j]`` read as other stories' headlines: few with a clause's mark, most
    sharing little with the rest of the page, and little with each other?"""
    run = [own for _, _, own in kept[k:j]]
    if 4 * sum(_HEADLINE_CLAUSE.search(own) is not None for own in run) > len(run):
        return False
    page = set().union(*(_pairs(own) for _, _, own in kept[:k] + kept[j:]))
    pairs = [_pairs(own) for own in run]
    shared = sorted(len(p & page) / max(1, len(p)) for p in pairs)
    inner = [len(p & set().union(*(q for i, q in enumerate(pairs) if i != n))) / max(1, len(p))
             for n, p in enumerate(pairs)]
    return shared[len(shared) // 2] <= HEADLINE_SHARED and sum(inner) / len(inner) <= HEADLINE_INNER


def _bullet_record_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A portal's record given as bulleted lines without field names (• 0052/2020-00021, • 某市审计局,
    • 财政，审计, • 2019-12-26): when most of a run of short bulleted lines went already (its index
    number and dates), the rest of it goes too (the issuer and the category)."""
    cover = _Cover(removed)
    lines = [(s, e, e_nl) for s, e, e_nl in _lines(text)]
    out, run = [], []
    for s, e, e_nl in lines + [(len(text), len(text), len(text))]:
        own = text[s:e].strip()
        if own[:1] in "•·" and len(own) <= BULLET_FIELD:
            run.append((s, e, e_nl))
            continue
        gone = [not cover.without(text, a, b).strip() for a, b, _ in run]
        if len(run) >= 3 and 2 * sum(gone) >= len(run):
            out += [(a, c, "site_header") for (a, b, c), g in zip(run, gone) if not g]
        run = []
    return out


# A title written twice on one line, perhaps as a table's cell (某镇工作总结 某镇工作总结 |).
_DOUBLED = re.compile(r"[ \t]*(?P<t>[^\n|]{6,60}?)(?P<rest>[ \t]+(?P=t)[ \t]*\|?[ \t]*)$", re.MULTILINE)


def _doubled_title_spans(text: str) -> list[tuple[int, int, str]]:
    """The second copy of a title written twice on one of the first lines, with the cell
    mark after it, or glued to it (some copies, then the body): the title stays once."""
    out = []
    for s, e, _ in itertools.islice(_lines(text), TEASER_LINES * 2):
        m = _DOUBLED.match(text, s, e) or _GLUED_COPIES.match(text, s, e)
        if m is not None and _title_like(m.group("t")) and _HAN.search(m.group("t")):   # (not a rule of dashes)
            out.append((m.start("rest"), m.end("rest"), "repeated_title"))
    return out


#: A line that is one phrase of words written twice (海量免费资源 海量免费资源; a photo's alt text and
#: its caption glued, 某县发放伤残军人慰问金某县发放伤残军人慰问金): an app's or a gallery's labels.
#: Glued copies are long (not a table's doubled header cells: 时间频率时间频率).
_TWICE_LINE = re.compile(r"""
    [ \t]* (?: (?P<t>[\u4e00-\u9fff]{4,12}) [ \t]+ (?P=t)      # 图片转文字 图片转文字
             | (?P<g>[\u4e00-\u9fff]{8,40}) (?P=g) ) [ \t]*$  # a caption glued to its copy
    """, re.VERBOSE)


def _doubled_line_spans(text: str) -> list[tuple[int, int, str]]:
    r"""Whole lines that are one phrase written twice, below the first lines (where a title
    written twice keeps one copy, ``_doubled_title_spans``).

    >>> t = "某县工作总结\n一\n二\n三\n四\n五\n图片转文字 图片转文字\n全年完成投资3亿元。"
    >>> [t[s:e] for s, e, _ in _doubled_line_spans(t)]
    ['图片转文字 图片转文字']
    """
    return [(s, e, "doubled") for s, e, _ in itertools.islice(_lines(text), TEASER_LINES * 2, None)
            if (m := _TWICE_LINE.match(text, s, e)) is not None
            and not _DOUBLED_RUN.fullmatch(m.group("t") or m.group("g"))]   # (not a run of one word: 时间频率时间频率)


#: A title glued to copies of itself at a line's start (某报告某报告某报告各位代表：…): the copies go.
_GLUED_COPIES = re.compile(r"""
    [ \t]* (?P<t> [^\n，,。.．：:；;！？!?|\s]{6,40}? )   # a title, no mark or blank in it,
    (?P<rest> (?:(?P=t)){1,4} ) (?!(?P=t))             # then one to four copies glued to it, no more
    """, re.VERBOSE)


#: A document's name glued twice into a sentence (…养护里程某局上半年工作总结及下半年工作计划某局上半年工作
#: 总结及下半年工作计划。): a 范文 site's keywords stuffed into the text; both copies go.
_STUFFED_TITLE = re.compile(r"""
    (?<=[^\s])                                                          # inside a line
    (?P<t> [^\n，,。；;：:！？!?\s]{4,40}? (?:总结|汇报|计划|报告|方案|要点|材料) )   # a document's name,
    (?P=t)                                                               # then the same again
    """, re.VERBOSE)


#: A document's name as a whole clause inside a sentence (…其中团员617人，乡镇团委工作情况汇报。):
#: a 范文 site's keyword put in where the page's title stands too.
_TITLE_CLAUSE = re.compile(r"""
    (?<=[，,；;]) (?P<t> [^\n，,。；;：:！？!?\s]{4,30}? (?:总结|汇报|报告|计划|方案) ) (?=[。；;])
    """, re.VERBOSE)


def _stuffed_title_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A document's name glued twice into a line (…工作20xx某工作汇报20xx某工作汇报。), or put in
    as a clause of its own when the page names itself so elsewhere: spam.

    >>> t = "做好材料送交等工作某局工作汇报某局工作汇报。"
    >>> [t[s:e] for s, e, _ in _stuffed_title_spans(t)]
    ['某局工作汇报某局工作汇报']
    >>> t = "某镇团委工作汇报\n其中团员617人，某镇团委工作汇报。我镇团委下属30个支部。"
    >>> [t[s:e] for s, e, _ in _stuffed_title_spans(t)]
    ['，某镇团委工作汇报']
    """
    glued = [(m.start(), m.end(), "spam") for m in _STUFFED_TITLE.finditer(text)]
    return glued + [(m.start() - 1, m.end(), "spam") for m in _TITLE_CLAUSE.finditer(text)
                    if text.count(m.group("t")) >= 2]


def _title_copy(title: str) -> re.Pattern:
    """``title`` at a line start, any run of spaces inside it, and the spaces after it."""
    return re.compile(r"\s*" + r"\s+".join(map(re.escape, title.split(" "))) + r"(?:\s+|$)")


def _without(text: str, s: int, e: int, spans: list[tuple[int, int, str]]) -> str:
    """``text[s:e]`` minus the parts covered by ``spans``."""
    parts, pos = [], s
    for a, b, _ in sorted(x for x in spans if x[0] < e and x[1] > s):
        parts.append(text[pos:max(a, pos)])
        pos = max(pos, b)
    parts.append(text[pos:e] if pos < e else "")
    return "".join(parts)


def _whole_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Widen a removal that leaves only spaces on its line to the whole line."""
    out = []
    breaks = _breaks(text)
    for s, e, kind in spans:
        ls, le = _line_start(breaks, s), _line_end(breaks, e, len(text))
        if _blank(text, ls, s) and _blank(text, e, le):
            s, e = ls, min(le + 1, len(text))
        out.append((s, e, kind))
    return out


_NONSPACE = re.compile(r"\S")


def _blank(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is only white space (found at the first non-space, without a copy)."""
    return a >= b or _NONSPACE.search(text, a, b) is None


def _breaks(text: str) -> list[int]:
    """Offsets of the line breaks of ``text``."""
    return [m.start() for m in re.finditer("\n", text)]


def _line_start(breaks: list[int], pos: int) -> int:
    i = bisect_right(breaks, pos - 1) - 1  # the last break before pos
    return breaks[i] + 1 if i >= 0 else 0


def _line_end(breaks: list[int], pos: int, n: int) -> int:
    i = bisect_right(breaks, pos - 1)      # the first break at or after pos
    return breaks[i] if i < len(breaks) else n


class _Cover:
    """Disjoint, sorted removals, for what is left of a stretch of text."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.merged = _merge(spans)
        self.starts = [s for s, _ in self.merged]

    def without(self, text: str, s: int, e: int) -> str:
        i = max(bisect_right(self.starts, s) - 1, 0)
        parts, pos = [], s
        while i < len(self.merged) and self.merged[i][0] < e:
            a, b = self.merged[i]
            if b > pos:
                parts.append(text[pos:max(a, pos)])
                pos = max(pos, b)
            i += 1
        parts.append(text[pos:e] if pos < e else "")
        return "".join(parts)

    def touches(self, s: int, e: int) -> bool:
        """Whether a removal overlaps ``[s, e)``."""
        i = bisect_right(self.starts, s) - 1
        return (i >= 0 and self.merged[i][1] > s) or (i + 1 < len(self.merged) and self.merged[i + 1][0] < e)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e, _ in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _short(s: str, n: int = 40) -> str:
    s = _SPACES.sub(" ", s).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- pinyin glosses

# Every syllable of standard pinyin, tones left out (ü written v). A gloss must be made of them.
_PINYIN = frozenset("""
a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ra ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
""".split())
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_DETONE = str.maketrans(_TONED + "üÜ", "aaaaeeeeiiiioooouuuuvvvv" + "vv")
_WEAK = frozenset({"a", "e", "o"})  # also list markers: (a) (e) (o); a gloss only among other glosses
_UNITS = frozenset({"min", "ha"})   # toneless syllables that are units in headers: 时间（min）, 面积（ha）
MAX_GLOSS_SYLLABLES = 4             # a toned gloss may spell a word: 发展（fāzhǎn）
_GLOSS = re.compile(r"""
    (?P<open>[（(【]|[?？]) \s?            # an opening bracket (【nián】 too), or a '?' left of a garbled one
    (?P<py>[A-Za-z""" + _TONED + r"""üÜ]{1,24}[1-5]?) \s?   # the syllables, with or without tone marks (or a tone digit)
    [）)】]                                 # the closing bracket
""", re.VERBOSE)
_PUNCT_GLOSS = re.compile(r"([，。、；：！？,.;:!?])[（(]\1[）)]")   # a punctuation mark glossed by itself: ，（，）
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _syllable_count(word: str) -> int:
    """How many pinyin syllables ``word`` (toneless, lower case) splits into; 0 if it does not.

    >>> _syllable_count("fazhan"), _syllable_count("gdp")
    (2, 0)
    """
    best = [0] + [99] * len(word)  # fewest syllables covering word[:i]
    for i in range(1, len(word) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] < 99 and word[j:i] in _PINYIN:
                best[i] = min(best[i], best[j] + 1)
    return best[-1] if best[-1] < 99 else 0


def _gloss_kind(py: str) -> str:
    """'strong' (a gloss for sure), 'weak' (a gloss only among others) or '' (Latin text).

    Toned letters make a gloss of up to four syllables in any case (Zhōng, fāzhǎn); without
    tones only one lower-case syllable is taken (wan, ge): (GDP), (PM), (Li Ming), (Hangzhou),
    (design) stay.
    """
    digit = py[-1:].isdigit()
    py = py.rstrip("12345")
    plain = py.translate(_DETONE)
    toned = digit or plain != py.replace("ü", "v").replace("Ü", "v")
    if toned:
        word = plain.lower()
        ok = (py.islower() or py[:1].isupper() and py[1:].islower()) and 0 < _syllable_count(word) <= MAX_GLOSS_SYLLABLES
        return ("weak" if word in _WEAK else "strong") if ok else ""
    if not py.islower() or plain not in _PINYIN or plain in _UNITS:
        return ""
    return "weak" if plain in _WEAK else "strong"


def _gloss_spans(text: str) -> list[tuple[int, int, str]]:
    """Pinyin glosses put after characters (现（xiàn）, 学（xué）校, 万（wan）人, 个（ge）（ge）, 年【nián】):
    a bracketed syllable right after a Chinese character or after another gloss.

    A toned gloss inside a Latin acronym goes too (I(lǐng)CP: the site glossed every letter it
    took for a character). A '?' standing for a garbled character and its bracket (百?gòu)) opens a toned gloss too;
    the '?' stays (it is damage, for the quality checks). Weak glosses (a, e, o) go only when
    the text holds at least two strong ones.
    """
    if "(" not in text and "（" not in text and ")" not in text and "）" not in text and "【" not in text:
        return []
    found: list[tuple[int, int, str]] = []  # (start, end, strength)
    for m in _GLOSS.finditer(text):
        kind = _gloss_kind(m.group("py"))
        if not kind:
            continue
        s = m.start()
        if m.group("open") in "（(【":
            before = text[s - 1:s]
            after_gloss = bool(found) and found[-1][1] == s
            in_acronym = (before.isascii() and before.isupper() and text[m.end():m.end() + 1].isupper()
                          and any(c in _TONED for c in m.group("py")))   # 皖I(lǐng)CP备: inside an acronym
            if not (_HAN.match(before) or after_gloss or in_acronym):
                continue
        elif kind != "strong" or not any(c in _TONED + "12345" for c in m.group("py")):
            continue  # after a '?': toned glosses only, and the '?' stays
        else:
            s += 1
        found.append((s, m.end(), kind))
    strong = sum(1 for f in found if f[2] == "strong")
    out = [(s, e, "pinyin_gloss") for s, e, k in found if k == "strong" or strong >= 2]
    if out:  # punctuation glossed by itself only on a page that glosses
        out += [(m.end(1), m.end(), "pinyin_gloss") for m in _PUNCT_GLOSS.finditer(text)]
    return sorted(out)


# --------------------------------------------------------------------------- anti-copy junk

_LATIN_RUN = re.compile(r"""
    (?<![a-z]) [a-z]{2,}                        # a lower-case word, from its start (a long run of
                                                # letters is tried once, not from each of them)
    (?:[0-9.%，,。；;:：、（）() ]{1,12}[a-z]{2,})+  # more of them, with numbers and marks between
    [。.]?
""", re.VERBOSE)
MIN_PINYIN_TEXT = 30                            # letters in a run of pinyin text
_WORD = re.compile(r"[a-z]+")
_JAMMER = re.compile(r"""
    [!-~？](?<![!-~？][!-~？])             # a token's first character, not inside a longer ASCII run
    [!-~？]?[ \t]                          # (a class first: the scan skips other text fast)
    (?:[!-~？]{1,2}[ \t]){4,}[!-~？]{1,2}   # six or more tokens of one or two characters
    (?![!-~？])
""", re.VERBOSE)
_JAMMER_MARK = re.compile(r"[!-/:-@\[-`{-~？]")  # punctuation inside a token
_PUNCT_JUNK = re.compile(r"[，,](?=[，、。；])")   # a comma put before another mark: 上榜，，至此 / 晋江市，、
MIN_PUNCT_JUNK = 3                                # ... in at least this many places (one is a typo)
_CHUNK = re.compile(r"^(\d{1,3})、", re.MULTILINE)
MIN_CHUNK = 40                                    # characters of a piece (items of an outline are shorter)
CHUNK_HEAD_LINES = 3                              # a sharing site's title and notice lines before "1、"
CHUNK_HEAD_CHARS = 300
_SENTENCE_END = tuple("。！？；：”」』）)…")
_UI_LINE = re.compile(r"""
    ^[ \t]*(?:
      [\[【][^\]】\n]{1,8}[\]】]               # a token in square brackets: [编辑] 【图】
    | (?:点击|查看|展开|收起|下载|复制|分享|举报|评论|收藏|打印|编辑|更多|详情|全文|阅读|返回|顶部|关闭)+  # UI verbs
    )[ \t]*$
""", re.VERBOSE | re.MULTILINE)
MIN_UI_LINES = 2                                  # a UI token goes when it is a line of its own this often
# A short Latin token with a small letter glued to the end of line after line (各位代表：vfO):
# a copy's watermark; abbreviations (GDP, CPI) are capitals and are left alone.
# a short token glued to the end of a word: …工作回顾vfO, 各位代表：XLC, 市长某某GG6 各位代表
_GLUED_TOKEN = re.compile(r"(?<=[^\x00-\x7f])[A-Za-z0-9]{2,6}(?![A-Za-z0-9])")
_AT_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_LETTERS_AND_DIGITS = re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])")
MIN_TOKEN_LINES = 5                               # ... when the same token ends this many lines
TOKEN_BREAK_SHARE = 0.8                           # ... and, for capitals or digits, this share of its copies
_TAIL_START = re.compile(r"""
    \s*[，,、；]\s?                         # a clause cut off at its start
    [^\n。！!]{0,40}?(?:仅供|供大家|供您|欢迎(?:阅读|参考|借鉴|下载|收藏)|参考学习|希望(?:对|能|可以))
    [^\n。！!]{0,30}[。！!]?
""", re.VERBOSE)


def _jammer_spans(text: str) -> list[tuple[int, int, str]]:
    """Runs of random one- or two-character ASCII tokens a forum sprinkles between lines to spoil
    copies (", _, X: p1 y/ B2 N4 q$ n& b"): six or more tokens, two of them with punctuation."""
    out = []
    for m in _JAMMER.finditer(text):
        tokens = m.group().split()
        if sum(1 for t in tokens if _JAMMER_MARK.search(t)) >= 2 and any(c.isalpha() for c in m.group()):
            s, e = _skip_blanks_back(text, m.start()), m.end()
            while e < len(text) and text[e] in " \t":
                e += 1
            out.append((s, e, "jammer"))
    return out


#: Words of adult-video adverts a hacked page stuffs into lines and sentences; none of them is
#: said in a report. A chain of two or more such words (亚洲mv清码区免费入口, 欧美颜射内射…在线)
#: holds at least one of _ADULT; the milder _ADULT_NEAR words (欧美, 在线观看, 免费入口 …) only lengthen
#: a chain, since reports say 欧美市场 and 在线观看直播.
_ADULT = r"""(?:清码|无码|有码|码区|内射|口爆|颜射|喷潮|失禁合集|人妻|熟妇|熟女|乱伦|又伦|波多野|做受
    |巨乳|乳巨|一区二区|二区三区|三区四区|国产精品|精品国产|中文字幕|你懂的|无遮挡|麻豆|色综合|久久精品
    |久久久|[Aa][Vv]在线|三级片|成人影院|成人视频|夜夜骑|夜夜爽|夜夜夜|亚洲综合|欧美综合|亚洲欧美
    |欧美日韩|日韩欧美|日韩精品|黄色大片|黄色网址|黄色视频|黄片|宅男的天堂|福利片|三级免费|一二三区|自产拍|一级国产
    |色网站在线|综合色站|色自拍|自拍一区|大香线蕉|香蕉视频|伊人久久|人人揉|人人捏|人人添|免费[Vv]片|超碰|潮喷
    |色偷偷|婷婷久久|[Aa][VvⅤ]日韩|日韩[Aa][VvⅤ]|啪啪|不卡在线|激情网|精品久久
    |天天操|夜夜操|五月婷婷|丁香五月|欧美激情|禁止18岁|18岁禁止|狠狠综合|人人狠狠|成年人在线|毛片|天天干|四虎|久色|五月丁香|一级二级三级
    |久草|伊人网|黄色片|免费A片|A片下载|乱子伦|男人的天堂|亚洲激情|噜噜|茄子视频|天堂中文在线
    |爱爱网|欧美爱色|热精品|[Αα]片|鸡巴|日逼|天天爽|黄色在线|偷自拍|自拍偷|精品老妇)"""
_ADULT_NEAR = r"""(?:在线观看|免费观看|在线播放|免费入口|永久免费|在线|免费|入口|视频|亚洲|欧美|日韩|国产
    |精品|午夜|蜜桃|激情|高潮|合集|最大|丰满|未满|艳星|野外|疯狂|[Xx]{3,}|[Mm][Vv]|手机|日本|久久|网址|黄色
    |是多少|图片区|小说区|超清|高清|一本道|一道本)"""
_ADULT_CHAIN = re.compile(rf"""
    (?:{_ADULT_NEAR}[-_|A-Za-z0-9 ]{{0,4}})*               # milder words before (欧美亚洲…)
    {_ADULT}                                               # one word no report says
    (?:[-_|A-Za-z0-9\u4e00-\u9fff ]{{0,6}}?                # a short gap (a name, a letter, a dash)
       (?:{_ADULT}|{_ADULT_NEAR}))*                         # and more of either kind
""", re.VERBOSE)
_ADULT_WORD = re.compile(f"{_ADULT}|{_ADULT_NEAR}", re.VERBOSE)
_ADULT_STRONG = re.compile(_ADULT, re.VERBOSE)   # the scan's first pass: only lines holding one are read
ADULT_LINE_SHARE = 0.3   # a line without a sentence's end that chains cover this much of goes whole


def _adult_spam_spans(text: str) -> list[tuple[int, int, str]]:
    """Adult-video adverts: a line of them goes whole (波多野…在线观看,永久免费 未满蜜桃,…), a
    chain inside a sentence goes alone (诊疗人次95.5亿亚洲mv清码区免费入口,比上年… keeps the rest)."""
    out: list[tuple[int, int, str]] = []
    if _ADULT_STRONG.search(text) is None:   # most texts: no such word, no line to read
        return out
    for s, e, e_nl in _lines(text):
        if _ADULT_STRONG.search(text, s, e) is None:
            continue
        chains = [(m.start(), m.end()) for m in _ADULT_CHAIN.finditer(text, s, e)
                  if len(_ADULT_WORD.findall(m.group())) >= 2]   # (人口爆炸, 乱伦 in a history: one word)
        if not chains:
            continue
        covered = max(sum(b - a for a, b in chains),   # (色综合 图片区 小说区,国产在线超清日本一本,…:
                      sum(map(len, _ADULT_WORD.findall(text, s, e))))   # words apart, yet most of the line)
        strong = len(_ADULT_STRONG.findall(text, s, e))   # (…乱码在线观看,亚洲综合天堂…,…噜噜熟女: three)
        if not re.search("[。！？!?]", text[s:e]) and (covered >= ADULT_LINE_SHARE * (e - s) or strong >= 3):
            out.append((s, e_nl, "spam"))
        else:
            out += [(a, b, "spam") for a, b in chains]
    return out


def _pinyin_text_spans(text: str) -> list[tuple[int, int, str]]:
    """A passage spelled out in toneless pinyin without spaces (muqianlaikan，eguaduoer…), which
    spam pages paste beside the characters: 30 or more letters, every word of them pinyin.
    English, addresses (www.…) and codes do not split into syllables and stay."""
    out = []
    for m in _LATIN_RUN.finditer(text):
        words = _WORD.findall(m.group())
        if sum(map(len, words)) >= MIN_PINYIN_TEXT and all(_syllable_count(w) for w in words):
            out.append((m.start(), m.end(), "pinyin_text"))
    return out


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_LETTER_OR_BLANK = re.compile(r"[A-Za-z\s]")
#: Words of a site's buttons and notices in English (an e-book or document site's frame).
_UI_ENGLISH = frozenset("""upgrade download downloads share like likes read more follow followers following
    home explore published publications dashboard login sign register search menu previous print now free
    trial create later view version embed subscribe comments click fullscreen zoom skip sidebar footer
    content leave comment close show""".split())
_CODE_CHARS = re.compile(r"[{}();=<>\[\]；]")   # a line of program code is no site's button
UI_LINE_CHARS = 60           # a line of a site's English frame is at most this long
MIN_BUTTON_LINES = 2         # ... and a run of such lines holds at least two with a button's word
HAN_SHARE_OF_PAGE = 0.5      # ... on a page of more Chinese characters than English words
MIN_HAN_OF_PAGE = 200        # ... or that holds a Chinese text of this many characters


def _english_line(line: str) -> tuple[bool, bool]:
    """(is a short English line, holds a button's word) for a line of a site's English frame
    (Create a Flipbook Now, Published on Sep 21,2022, Read more): no Chinese character, at most
    60 characters, mostly letters, no program code (try{, query.next;)."""
    if not line or len(line) > UI_LINE_CHARS or _HAN.search(line) or _CODE_CHARS.search(line):
        return False, False
    words = [w.lower() for w in _ENGLISH_WORD.findall(line)]
    if not words or len(_LETTER_OR_BLANK.findall(line)) < 0.7 * len(line):
        return False, False
    return True, any(w in _UI_ENGLISH for w in words)


def _english_line_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines of a site's English frame around a Chinese page (an e-book site's Upgrade Now /
    Go to new dashboard / Like / Share): runs of short English lines (blank lines and lines
    other rules took between them allowed) of which two hold a button's word (see
    _UI_ENGLISH). A page without a Chinese text (200 characters, or more characters than
    English words) keeps its English; so do an article's English title, authors, abstract
    and references (no buttons), an abbreviation alone on a line (GDP) and English inside a
    Chinese sentence."""
    han = len(_HAN.findall(text))
    if han < MIN_HAN_OF_PAGE and han < HAN_SHARE_OF_PAGE * (han + len(_ENGLISH_WORD.findall(text))):
        return []
    starts, ends = sorted(s for s, _, _ in removed), sorted(e for _, e, _ in removed)
    out, run = [], []
    for s, e, e_nl in [*_lines(text), (None, None, None)]:
        line = text[s:e].strip() if s is not None else None
        taken = line is not None and _overlapped(starts, ends, s, e_nl)
        english, ui = (False, False) if taken or line is None else _english_line(line)
        if english or run and line is not None and (not line or taken):
            run.append((s, e_nl, english, ui))
            continue
        if sum(u for *_, u in run) >= MIN_BUTTON_LINES:
            out += [(a, b, "english_frame") for a, b, english, _ in run if english]
        run = []
    return out


MIN_TRANSLATED = 3            # a page that follows this many Chinese paragraphs with their English
TRANSLATED_CHARS = 40         # ... lines of at least this many characters, no Chinese in them, after
TRANSLATED_HAN = 20           # ... a paragraph of this many Chinese characters (not a reference's)
TRANSLATED_RATIO = 1.5        # ... and as long as a translation of it is (characters per character)
TRANSLATED_PARAGRAPH = 150    # ... or fewer pairs, when each Chinese paragraph is this long and no abstract
MIN_PROSE_WORDS = 8           # ... a line of prose: this many small words at least
_SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")
_REFERENCE_START = re.compile(r"[\[［(（0-9]|Fig|Tab")   # [13] Maechler M…, 4，Schneider…, Fig.2 …


def _translation_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A site's English translation put after each Chinese paragraph (…全县特殊教育学校3所。⏎
    Since 1991, the county…): every English line right after a Chinese paragraph goes when the
    page has at least MIN_TRANSLATED of them, or when each translates a long paragraph that is no
    abstract (an article's English abstract stays).

    >>> zh = "全县特殊教育工作稳步推进，残疾儿童入学率逐年提高。"
    >>> en = "Special education in the county has advanced steadily and enrolment has risen year by year."
    >>> len(_translation_spans("\n".join([zh, en] * 3)))
    3
    >>> _translation_spans(zh + "\n" + en)
    []
    """
    out, last, whole = [], "", True
    for s, e, e_nl in _lines(text):
        line = text[s:e].strip()
        if not line:
            continue
        english = (len(line) >= TRANSLATED_CHARS and not _HAN.search(line) and not _REFERENCE_START.match(line)
                   and len(_LETTER_OR_BLANK.findall(line)) >= 0.7 * len(line)
                   and len(_SMALL_WORD.findall(line)) >= MIN_PROSE_WORDS)   # prose, not a reference
        if english and (han := len(_HAN.findall(last))) >= TRANSLATED_HAN and len(line) >= TRANSLATED_RATIO * han:
            out.append((s, e_nl, "english_frame"))
            whole = whole and han >= TRANSLATED_PARAGRAPH and not _ABSTRACT.match(last) and not _ABSTRACT.match(line)
        last = line
    return out if len(out) >= MIN_TRANSLATED or out and whole else []


#: A paper's abstract and its English one: they stay (摘要：…, Abstract: …).
_ABSTRACT = re.compile(r"[【\[]?(?:摘要|内容摘要|内容提要|提要|Abstract|ABSTRACT|Summary|SUMMARY)")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % MIN_FILLER)


def _filler_spans(text: str) -> list[tuple[int, int, str]]:
    """Random characters a document site pours into a copy to spoil it (涧孪锌钞妇撕撞玛炉磕
    揪…): a run of 40 or more characters without a mark in which few neighbours make a word
    of the dictionary (under 30%, against 45% and more in every report, article and page
    measured); the words it is glued to at either end stay."""
    out = []
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        joined = _in_words(run)
        if sum(joined) >= FILLER_SHARE * len(run):
            continue
        s, e = 0, len(run)
        while e - s > FILLER_EDGE and sum(joined[s:s + FILLER_EDGE]) * 2 >= FILLER_EDGE:
            s += 1   # 牢牢把握改革发展|霍涅懈牟…: the text before it
        while e - s > FILLER_EDGE and sum(joined[e - FILLER_EDGE:e]) * 2 >= FILLER_EDGE:
            e -= 1   # …战寐|武汉市: the text after it
        while s < e and any(joined[s:s + 3]):
            s += 1   # 改革|涧孪…: a word at its edge, and a character of a name beside it
        while e > s and any(joined[max(s, e - 3):e]):
            e -= 1   # …寐|武汉市
        if e - s >= MIN_FILLER // 2:
            out.append((m.start() + s, m.start() + e, "filler"))
    return out


def _in_words(run: str) -> list[bool]:
    """For each character of ``run``: does it make a two-character word with a neighbour?"""
    from .segmentation import two_character_words

    words = two_character_words()
    flags = [False] * len(run)
    for i in range(len(run) - 1):
        if run[i:i + 2] in words:
            flags[i] = flags[i + 1] = True
    return flags


def _punct_junk_spans(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), "punct_junk") for m in _PUNCT_JUNK.finditer(text)]
    return found if len(found) >= MIN_PUNCT_JUNK else []


_WORD_DOT = re.compile(r"[.．](?<=[\u4e00-\u9fff]{2}[.．])(?=[\u4e00-\u9fff]{2})")   # 经济.发展 (the dot first: a fast scan)
MIN_WORD_DOTS = 2   # the same dotted phrase this often: an anti-copy dot, not a typo
# a paper's reference list, whose entries dot author, title and journal (陈某．某某研究．学报)
_REFERENCES = re.compile(r"参考文献|^[ \t]*[\[［]?[ \t]?\d{1,3}[ \t]?[\]］]", re.MULTILINE)


def _word_dot_spans(text: str) -> list[tuple[int, int, str]]:
    """A dot a site put inside a phrase to spoil copies, the same phrase dotted again and
    again (经济.发展 … 经济.发展). Not on a page whose dots between characters outnumber
    its 。 (its sentences end in '.') nor on one with a reference list; a sentence end
    typed as '.' (完成任务.全年…) and a phrase dotted once stay."""
    dots = list(_WORD_DOT.finditer(text))
    if not dots or len(dots) > text.count("。") or _REFERENCES.search(text):
        return []
    seen = collections.Counter(text[m.start() - 2:m.end() + 2] for m in dots)
    return [(m.start(), m.end(), "punct_junk") for m in dots
            if seen[text[m.start() - 2:m.end() + 2]] >= MIN_WORD_DOTS]


_PIECE_LINE = re.compile(r"^[ \t]*(?P<title>[^\n，。；：:]{4,40}?)共\d{1,2}[ \t]*$", re.MULTILINE)


_PIECE_NUMBERED = re.compile(r"""
    ^[ \t]*第[一二三四五六七八九十\d]{1,3}篇 [ \t]?[：:、]?[ \t]?   # 第一篇：
    (?P<title>[^\n]{4,60}?) (?:大全|范文|精选|汇编)? [ \t]*\n      # a piece's title, a site's word after it
    [ \t]*(?P=title)                                               # ... that the next line gives alone
    """, re.VERBOSE | re.MULTILINE)
_PIECE_CONTENTS = re.compile(r"""
    ^[ \t]*(?P<title>[^\n，。；]{4,40}?) [ \t]?篇\d{1,2}   # 某总结 篇1: the collection's first piece
    (?:[ \t]*(?P=title)[ \t]?篇\d{1,2}){2,}              # ... its title again with each next number
    (?:[ \t]*(?P=title))? [ \t]*$                        # ... and the last title without one
    """, re.VERBOSE | re.MULTILINE)


#: A document site's page line: the document's name and the page's number (某总结范文第2页).
_PAGE_LINE = re.compile(r"^[ \t]*[^\n。，,；;：:]{4,60}?[ \t_\-]?(?P<page>第\d{1,3}页)[ \t]*$", re.MULTILINE)


#: A site's article title dated in its code (20211025：5篇…范文) on a line of its own.
_DATED_LINE = re.compile(r"^[ \t]*(?P<code>20[0-9]{6}[ \t]?[：:][ \t]?)[^\n。；]{2,80}$", re.MULTILINE)


def _page_line_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A document site's page line and a site's dated article line: on the text's first line
    only the page number or the date code goes (the rest is the title), below it the whole
    line (a page header repeated, a list of the site's articles).

    >>> t = "某局工作总结第2页\n全年增长5%。\n某局工作总结第3页\n全年增长6%。"
    >>> [t[s:e] for s, e, _ in _page_line_spans(t)]
    ['第2页', '某局工作总结第3页']
    >>> t = "20210630：某中心2021年度工作总结\n全年增长5%。\n20211025：5篇工作总结范文"
    >>> [t[s:e] for s, e, _ in _page_line_spans(t)]
    ['20210630：', '20211025：5篇工作总结范文']
    """
    first = len(text) - len(text.lstrip())
    return ([(m.start("page") if m.start() <= first else m.start(), m.end(), "page_marker")
             for m in _PAGE_LINE.finditer(text)]
            + [(m.start(), m.end("code") if m.start() <= first and not _NAMED_BELOW.match(text, m.end()) else m.end(),
                "site_header") for m in _DATED_LINE.finditer(text)])


#: A document's name on the next line (20220315：6篇乡镇工作报告范文⏎2021年某乡人民政府工作报告): the
#: dated line above it is the site's, not the title.
_NAMED_BELOW = re.compile(r"\s*\n\s*[^\n。；！？]{4,60}(?:总结|报告|汇报|计划|方案|讲话|材料)[ \t]*(?:\n|$)")


#: A 范文 collection's piece header: its number, its title and 篇N (1.某社工作总结 篇一).
_PIECE_TITLE_LINE = re.compile(r"""
    ^[ \t]* [0-9]{1,2} [.、．] [ \t]?                                   # 1.
    [^\n。，；]{2,40}? (?:总结|报告|汇报|计划|方案|材料|范文|心得)        # 某社工作总结
    [ \t]? (?: 篇[一二三四五六七八九十0-9]{1,3} | 第[一二三四五六七八九十0-9]{1,3}篇 ) [ \t]* $   # 篇一, 第1篇
    """, re.MULTILINE | re.VERBOSE)


#: A piece's title with its number (某站工作总结篇1, 某方案1, 1.某职责 篇一) on a line of its own or
#: before the piece's first words.
_NUMBERED_COPY = re.compile(r"""
    ^[ \t]* (?:[0-9]{1,2}[.、．][ \t]?)?                         # 1. (the collection's own number)
    (?P<title>[^\n。，；：:]{4,40}?)                             # 某站工作总结: a line above gives it
    (?<!第) [ \t]? (?:篇[ \t]?)? (?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})  # 篇1, 1, 篇一 (not 第2: a page)
    (?=[ \t]|$)
    """, re.VERBOSE | re.MULTILINE)
NUMBERED_COPY_TAIL = 8   # the line above may add this much to the title (…(精选13篇), …4篇)


def _numbered_copy_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A 范文 page's pieces headed by the page's title and a number: the header goes when a
    line above it is that title, perhaps with the collection's count after it.

    >>> t = "某站工作总结4篇\n某站工作总结篇1 一、全年增长5%。\n某局供热方案\n某局供热方案1\n落实某方案2项任务。"
    >>> [t[a:b] for a, b, _ in _numbered_copy_spans(t)]
    ['某站工作总结篇1', '某局供热方案1']
    """
    found = [m for m in _NUMBERED_COPY.finditer(text) if len(_HAN_CHAR.findall(m.group("title"))) >= 2]
    by_head: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)   # lines by their first characters
    for s, e, _ in _lines(text) if found else ():
        line = text[s:e].strip()
        by_head[line[:4]].append((s, line))
    out = []
    for m in found:
        title = m.group("title").strip()
        if any(s < m.start() and line.startswith(title) and len(line) - len(title) <= NUMBERED_COPY_TAIL
               for s, line in by_head[title[:4]]):
            out.append((m.start(), m.end(), "page_marker"))
    return out


LIST_TAIL = 6        # a site's category this long after each title of a bulleted list ...
LIST_TAIL_LINES = 3  # ... on this many of its items: a list of links, not report text
SHORT_TAIL = 4       # a shorter tail (a site's name: …二号文库) ...
SHORT_TAIL_LINES = 5  # ... on this many items


def _tailed_list_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A 范文 site's list of related pieces, its category or its name after each title (- 某总结优秀
    开头工作总结报告, - 某计划10篇工作总结报告): bulleted lines without a sentence's marks that end in
    the same six characters or more, three or more of them, or in the same four, five or more of
    them (- 某某制度二号文库); label doc_site.

    >>> t = "- 年中总结开头工作总结报告\n- 学生会总结报告10篇工作总结报告\n- 物流企业年度总结工作总结报告\n一、加强管理"
    >>> len(_tailed_list_spans(t))
    3
    """
    items = [(s, e_nl, line) for s, e, e_nl in _lines(text)
             if (line := text[s:e].strip())[:1] in "-•·*" and len(line) > SHORT_TAIL + 2
             and not _LIST_SENTENCE.search(line)]
    if len(items) < LIST_TAIL_LINES:
        return []
    tails = collections.Counter(line[-LIST_TAIL:] for _, _, line in items if len(line) > LIST_TAIL + 2)
    short = collections.Counter(line[-SHORT_TAIL:] for _, _, line in items)
    return [(s, e_nl, "doc_site") for s, e_nl, line in items
            if (tails[line[-LIST_TAIL:]] >= LIST_TAIL_LINES and len(line) > LIST_TAIL + 2
                or short[line[-SHORT_TAIL:]] >= SHORT_TAIL_LINES) and _HAN_CHAR.fullmatch(line[-1])]


_LIST_SENTENCE = re.compile(r"[。，；！？：]")


#: A sidebar's headlines cut to one width (厨电逆势增长成炙手“香饽饽 / 莱索托矿区再挖掘出巨钻 重 / …):
#: CUT_LIST_LINES lines or more one after another, each without a sentence's marks or an outline's
#: number, whose display widths (a Han character counting two) lie within CUT_WIDTH_SPREAD of the
#: widest, which is CUT_MIN_WIDTH or more.
CUT_LIST_LINES = 5
CUT_WIDTH_SPREAD = 2
CUT_MIN_WIDTH = 20
_CUT_LINE_SKIP = re.compile(r"[。，；！？,;!?、\ufffd]|^(?:[一二三四五六七八九十]+、|[（(]|[0-9]{1,2}[.、．])|_第\d{1,3}页$")   # (某总结_第1页:
# a viewer's page images, whose rule keeps the name once)


def _display_width(line: str) -> int:
    """Columns a line takes on a screen, wide characters two (某某 -> 4, 某2 -> 3)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _cut_list_spans(text: str) -> list[tuple[int, int, str]]:
    r"""Runs of headlines a sidebar cut to one width, with no sentence's marks (see CUT_LIST_LINES):
    label site_header.

    >>> t = "全年增长5%。\n厨电逆势增长成炙手“香饽饽\n某某矿区再次挖掘出巨钻 重\n京东618城市接力赛活动狂欢\n比特币年内涨幅超过150% 中\n某某通讯科技公司将投资146\n"
    >>> len(_cut_list_spans(t))
    5
    """
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []   # the current run's lines, their widths within lo..hi
    lo = hi = 0
    for s, e, e_nl in [*_lines(text), (len(text), len(text), len(text))]:
        line = text[s:e].strip()
        width = _display_width(line) if line and not _CUT_LINE_SKIP.search(line) else 0
        if width < CUT_MIN_WIDTH - CUT_WIDTH_SPREAD or max(hi, width) - min(lo, width) > CUT_WIDTH_SPREAD:
            if len(run) >= CUT_LIST_LINES and hi >= CUT_MIN_WIDTH:
                out += [(a, b, "site_header") for a, b in run]
            run, lo, hi = [], width, width   # a line too short or too wide ends the run (it may open one)
        if width >= CUT_MIN_WIDTH - CUT_WIDTH_SPREAD:
            run.append((s, e_nl))
            lo, hi = min(lo, width), max(hi, width)
    return out


def _piece_header_spans(text: str) -> list[tuple[int, int, str]]:
    """The header of each piece of a 范文 collection: its title and number (某某自查报告共1,
    某某自查报告共2) where the page calls the collection by that title with its count
    (…整理的某某自查报告共3篇…), or its number and title (第一篇：某某新优势大全) right above
    the title itself, or its number, title and 篇N on a line (1.某社工作总结 篇一); and a line
    listing the pieces, one title numbered again and again (某总结 篇1某总结 篇2某总结 篇3)."""
    if "篇" not in text:
        return []   # every kind needs a 篇 (第一篇, …共3篇, 篇1) somewhere in the page
    numbered = [(m.start(), text.index("\n", m.start()), "page_marker") for m in _PIECE_NUMBERED.finditer(text)]
    numbered += [(m.start(), m.end(), "page_marker") for m in _PIECE_TITLE_LINE.finditer(text)]
    contents = [(m.start(), m.end(), "page_marker") for m in _PIECE_CONTENTS.finditer(text)]
    return numbered + contents + [(m.start(), m.end(), "page_marker") for m in _PIECE_LINE.finditer(text)
                                  if re.search(re.escape(m.group("title")) + r"共\d{1,2}篇", text)]


_MENU_ITEM = re.compile(r"""
    [ \t\u3000]* (?:[-•·][ \t]?)?            # (- 政策解读: a bulleted menu)
    (?=[0-9]{0,4}[\u4e00-\u9fff])             # a word, perhaps after a number (114全运在云林),
    [\u4e00-\u9fff0-9]{2,10} [ \t\u3000]*     # no mark (某医院某分院, 某县政府文化观光处)
    """, re.VERBOSE)
KEYWORD_LINES = 15   # a page's line of search tags is among its first this many lines
KEYWORD_TITLE = 60   # the title holding every tag is at most this long
#: A search tag: a short word or a year, no mark (抽检, 食品安全, 2021).
_KEYWORD = re.compile(r"[\u4e00-\u9fff0-9]{2,8}")


_SYMBOL_RUN = re.compile("[\u2190-\u2bff\U0001F300-\U0001FAFF]{3,8}")   # ◈✿✿★: arrows, shapes, dingbats, emoji
MIN_SYMBOL_COPIES = 3   # a run of symbols stamped this often through a copy is its watermark


def _symbol_watermark_spans(text: str) -> list[tuple[int, int, str]]:
    """One run of mixed symbols stamped again and again through the text, in sentences too
    (…坚强领导下◈✿✿★，教育系统…): a copy's watermark (★★★ alone, one symbol repeated, is a rating)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _SYMBOL_RUN.finditer(text):
        if len(set(m.group())) >= 2:
            found.setdefault(m.group(), []).append(m.span())
    return [(a, b, "watermark") for spans in found.values() if len(spans) >= MIN_SYMBOL_COPIES for a, b in spans]


#: A cluster of emoji: pictographs with their skin tones, joiners, variation selectors and the
#: signs joined to them (👨🏼‍🦳, 🤽🏽‍♀️, 🫰🏻👈🏿): no report's words (★ and ● alone are ratings and bullets).
_EMOJI = re.compile("[\u200d\ufe0f\u2600-\u27bf]*[\U0001F000-\U0001FAFF][\U0001F000-\U0001FAFF\u200d\ufe0f\u2600-\u27bf]*")


def _emoji_spans(text: str) -> list[tuple[int, int, str]]:
    """Emoji clusters (全体师生👨🏼‍🦳积极参加): a social post's or a spammer's, reported once a line.

    >>> [label for s, e, label in _emoji_spans("全体师生👨🏼‍🦳🤽🏽‍♀️积极参加活动，评定★★★农家乐。")]
    ['emoji']
    """
    return [(m.start(), m.end(), "emoji") for m in _EMOJI.finditer(text)] if _EMOJI_FIRST.search(text) else []


_EMOJI_FIRST = re.compile("[\U0001F000-\U0001FAFF]")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*)[^*\n]{1,80}(\*\*)(?=[ \t]*$|[ \t]*[：:])", re.M)


def _bold_mark_spans(text: str) -> list[tuple[int, int, str]]:
    """Markdown's bold marks around a whole line (**（一）政策宣传**) or a run-in heading before its
    colon (**1. 强化团队建设**：上半年…): the marks go, the words stay (**县 alone, a name withheld,
    is no bold mark)."""
    return [(m.start(g), m.end(g), "markup") for m in _BOLD_LINE.finditer(text) for g in (1, 2)]


_NAMES_LINE = re.compile(r"""
    ^[ \t]* (?P<open> [（(] [ \t]? )?                                    # a line of an opening bracket,
    (?P<names> [\u4e00-\u9fff]{1,6} (?: [ \t]+ [\u4e00-\u9fff]{1,4} ){0,3} )   # one to four words of 2-4
    (?(open) [ \t]? [)）] ) [ \t]* $                                     # characters (two glued: 5-6),
                                                                        # its closing bracket
    """, re.MULTILINE | re.VERBOSE)


#: A writer's name in brackets closing a paragraph (…等系列荣誉。（某某某）).
_NO_NAME_END = frozenset("镇乡村县区市省州局处站所厂院校完续稿")   # （胡集镇）, （全文完）: a place, an end mark
_NAME_AFTER_END = re.compile(r"(?<=[。！”])[ \t]?[（(](?P<name>[\u4e00-\u9fff]{2,3})[)）](?=[ \t]*$)", re.MULTILINE)


def names_line(line: str) -> bool:
    """``line`` holds only people's names, a byline (丁某某 张某某, （叶某某）), in simplified script.

    >>> names_line("王建国 李明华"), names_line("综合 治理")
    (True, False)
    """
    return bool(_name_byline_spans(line.strip()))


def _name_byline_spans(text: str) -> list[tuple[int, int, str]]:
    """A line holding only people's names in brackets (（ 叶某某）, （张某 李某某）, （胡 磊）), or two names or
    more without (丁某某 张某某), or one name in brackets closing a paragraph (…荣誉。（禹某某）): a news
    item's writers, read as names by jieba's tagger (not （草案）, （摘要）, （续）, nor a heading's
    spaced words).

    >>> [label for s, e, label in _name_byline_spans("全年完成。\\n（ 叶建军）\\n（草案）\\n王建国 李明华\\n（胡 磊）")]
    ['byline', 'byline', 'byline']
    >>> t = "获评先进单位。（禹建华）"
    >>> [t[s:e] for s, e, _ in _name_byline_spans(t)]
    ['（禹建华）']
    """
    out = []
    for m in _NAMES_LINE.finditer(text):
        names = m.group("names").split()
        if m.group("open") and 2 <= len(names) <= 3 and all(len(n) == 1 for n in names):
            names = ["".join(names)]   # （胡 磊）: one name spaced out
        if min(map(len, names)) < 2:
            continue
        if m.group("open") and len(names) == 1:
            names = _two_names(names[0]) or names   # （刘某万某某）: two names glued in the brackets
        if (m.group("open") or len(names) >= 2) and all(is_person_name(n) for n in names):
            out.append((m.start(), m.end(), "byline"))
    out += [(m.start(), m.end(), "byline") for m in _NAME_AFTER_END.finditer(text)
            if is_person_name(m.group("name")) and m.group("name")[-1] not in _NO_NAME_END]
    return out


def _two_names(run: str) -> list[str] | None:
    """Two names of two or three characters each glued into ``run`` (刘蓉万兴峰), or None."""
    for k in (2, 3):
        first, second = run[:k], run[k:]
        if 2 <= len(second) <= 3 and is_person_name(first) and is_person_name(second):
            return [first, second]
    return None


#: A breadcrumb written as a numbered list from 首页 (1. 首页 / 2. 农业经济管理): each step a line.
_NUMBERED_CRUMB = re.compile(r"""
    ^[ \t]* 1[.、．] [ \t]? (?:首页|首頁) [ \t]* \n                         # 1. 首页
    (?: [ \t]* [2-6][.、．] [ \t]? [^\n。，；,;]{2,12} [ \t]* (?:\n|$) )+    # 2. 农业经济管理 … (short steps)
    """, re.MULTILINE | re.VERBOSE)


def _numbered_crumb_spans(text: str) -> list[tuple[int, int, str]]:
    """A breadcrumb as a numbered list from 首页, each step on a line of its own."""
    return [(m.start(), m.end(), "site_header") for m in _NUMBERED_CRUMB.finditer(text)]


MIN_LINK_TOKENS = 6   # a line of this many numbered link names (视频1 视频21 推荐1 …) is a site's
_LINK_TOKEN = re.compile(r"(?P<word>[\u4e00-\u9fff]{1,6})[0-9]{1,6}")


def _numbered_link_spans(text: str) -> list[tuple[int, int, str]]:
    """A line of a site's numbered link names and nothing else (视频1 视频21 视频41 推荐1 推荐3
    …), two or more of them with one name: a template's placeholders, at any length."""
    out = []
    for s, e, e_nl in _lines(text):
        tokens = text[s:e].split()
        if len(tokens) < MIN_LINK_TOKENS:
            continue
        words = [m.group("word") for t in tokens if (m := _LINK_TOKEN.fullmatch(t)) is not None]
        if len(words) == len(tokens) and len(set(words)) < len(words):
            out.append((s, e_nl, "site_header"))
    return out


MIN_PIPED = 3        # a line of this many short pieces parted by | is a site's menu or footer bar
PIPED_PIECE = 16     # characters a piece of such a line holds at most
_PIPE = re.compile(r"\s*[|｜]\s*")
_NOT_MENU = re.compile(r"[0-9０-９。，,；;！？!?、]")   # a table's row (digits), a sentence's marks, or headings (一、)


def _piped_menu_spans(text: str, taken: list[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    r"""A line of three or more short pieces parted by ``|`` and nothing else (某某杂志社| 关于本网|
    版权声明| 联系我们|, 工作总结ppt | 工作总结怎么写 | 工作总结开头): a site's menu or footer bar; not a
    table's row, which holds figures (地区 | 2023年 | 增长), nor its header (a row of figures
    next to it), nor a sentence; nor a line another rule has a part of (``taken``).

    >>> t = "今年工作顺利。\n关于本网| 版权声明| 联系我们|\n指标 | 产值 | 增速\n全县 | 12亿元 | 5%\n"
    >>> [t[s:e] for s, e, _ in _piped_menu_spans(t)]
    ['关于本网| 版权声明| 联系我们|\n']
    """
    cover = _Cover(list(taken))
    lines = [(s, e, e_nl) for s, e, e_nl in _lines(text) if e > s]
    piped = ["|" in text[s:e] or "｜" in text[s:e] for s, e, _ in lines]
    gone = [p and cover.touches(s, e) for p, (s, e, _) in zip(piped, lines)]   # (another rule has a part of it)
    table = [p and not g and _NOT_MENU.search(text[s:e]) is not None
             for p, g, (s, e, _) in zip(piped, gone, lines)]   # (a portal's field rows another rule removes are none)
    out = []
    for i, (s, e, e_nl) in enumerate(lines):
        if (not piped[i] or gone[i] or table[i] or e - s > FRAME_LINE_CHARS * 4
                or any(table[i - 1:i] + table[i + 1:i + 2])):
            continue
        pieces = [p for p in _PIPE.split(text[s:e].strip()) if p]
        if len(pieces) >= MIN_PIPED and all(len(p) <= PIPED_PIECE for p in pieces) and _site_pieces(pieces):
            out.append((s, e_nl, "site_header"))
    return out


def _site_pieces(pieces: list[str]) -> bool:
    """Pieces of a line parted by | that a site's bar holds, not a table's header (指标 | 单位 | 数值):
    two or more frame words (关于本站, 联系我们), fields left empty (文号： | 所属主题：), or one
    word in all of them (总结模板 | 总结开头怎么写 | 总结结尾: a 范文 site's menu of one topic).

    >>> _site_pieces(["某某杂志社", "关于本站", "联系我们"]), _site_pieces(["指标", "单位", "数值"])
    (True, False)
    >>> _site_pieces(["总结模板", "总结开头怎么写", "总结结尾"]), _site_pieces(["文 号：", "所属主题：", "政策文件"])
    (True, True)
    """
    if sum(map(_frame_line, pieces)) >= 2 or sum(p[-1] in "：:" for p in pieces) >= 2:
        return True
    first = pieces[0]
    return any(all(first[i:i + 2] in p for p in pieces[1:]) for i in range(len(first) - 1))


STUFFED_WORD = 16   # a keyword a site stuffs between the pieces of a sentence is at most this long
#: A line of one keyword (no mark) between a line ending in a comma and one opening with one
#: (…在台重现，⏎某某按摩⏎，一度引起恐慌): a site's SEO stuffing, the sentence broken around it.
_STUFFED_WORD = re.compile(rf"""
    (?<=[，,]) [ \t]* \n \s{{0,4}}                          # a piece's comma, its line's end
    [^\s，,。；;：:！!？?、“”\n][^，,。；;：:！!？?、“”\n]{{0,{STUFFED_WORD - 1}}}   # the keyword's line
    [ \t]* \n \s{{0,4}} [，,]                                # the next piece's comma
    """, re.VERBOSE)


def _stuffed_word_spans(text: str) -> list[tuple[int, int, str]]:
    """Keywords a site stuffs between the pieces of a sentence, each on a line of its own between
    a comma and a comma (某地疫情重现，⏎某某代理⏎，一度引起恐慌): the keyword goes with the line
    breaks and the doubled comma, the sentence joined again (某地疫情重现，一度引起恐慌)."""
    return [(m.start(), m.end(), "spam") for m in _STUFFED_WORD.finditer(text)]


def _keyword_spans(text: str) -> list[tuple[int, int, str]]:
    """A page's line of search tags (街道 2021 上半年 工作总结 下半年 工作思路, near the title
    街道2021上半年工作总结及下半年工作思路 or at the page's end): three or more short words
    parted by blanks, no mark, every one of them inside one of the first lines (the title)."""
    heads = [text[s:e] for s, e, _ in itertools.islice((x for x in _lines(text) if x[1] > x[0]), KEYWORD_LINES)
             if e - s <= KEYWORD_TITLE]
    out = []
    for s, e, _ in _lines(text):
        if e - s > KEYWORD_TITLE or text.count(" ", s, e) < 2:
            continue
        words = text[s:e].split()
        if (len(words) >= 3 and all(_KEYWORD.fullmatch(w) for w in words)
                and any(h != text[s:e] and all(w in h for w in words) for h in heads)):
            out.append((s, e, "keywords"))
    return out


MIN_MENU = 6   # this many short lines of bare words in a row, before the first sentence: a site's menu
MIN_FRAMED_MENU = 3   # anywhere, this many when half of them at least are a site's frame words


def _menu_spans(text: str) -> list[tuple[int, int, str]]:
    """A site's menu saved as lines of bare words (施政报告 / 施政纲领 / 重点 / 网上广播 /
    新闻稿 / 资料库 …): six or more in a row before the page's first full stop, or three or
    more anywhere when half of them at least are a site's frame words (智能问答 / 便民地图 /
    数据中心 / 营商环境: a portal's footer menu after the text)."""
    stop = text.find("。")
    out, run, framed = [], [], 0
    for s, e, e_nl in itertools.chain(_lines(text), [(len(text), -1, -1)]):   # each line, then a stop
        if e_nl > e and _MENU_ITEM.fullmatch(text, s, e):   # (a whole line, its break after it)
            run.append((s, e_nl))
            framed += _frame_line(text[s:e].strip())
            continue
        if (len(run) >= MIN_MENU and 0 <= e and (stop < 0 or e <= stop)   # (a line after the run, before the stop:
                                                                      # not short lines leading to a sentence)
                or len(run) >= MIN_FRAMED_MENU and 2 * framed >= len(run)):
            out += [(a, b, "site_header") for a, b in run]
        run, framed = [], 0
    return out


_BAR_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")   # a menu's entry: a short word, no mark or figure
#: The kinds of document a 范文 site files its copies under (方案 计划 总结 报告 体会 …), one entry each.
_DOC_KIND = re.compile(r"""
    (?:最新|精选|热门)? (?: 范文 | 方案 | 计划 | 规划 | 总结 | 报告 | 汇报 | 讲话 | 发言 | 致辞 | 心得 | 体会
    | 事迹 | 倡议书 | 承诺书 | 申请书 | 制度 | 反思 | 演讲稿 | 述职 | 自查 | 入党 | 党课 | 主持词 | 作文 | 教案 )
    """, re.VERBOSE)
MIN_BAR_WORDS = 5   # entries of a menu bar written on one line, parted by blanks
MAX_BAR_LINE = 120  # ... on a line at most this long


#: A menu bar's entries parted by bars, after an optional label (商业资讯： 市场动态 | 国际新闻 | …); a
#: table's row opens with its bar (| 乡镇 | 面积 |), a menu's does not.
_PIPE_BAR = re.compile(r"""
    [ \t]* (?:[\u4e00-\u9fff]{2,6}[：:][ \t]?)?        # a label: 商业资讯：
    [\u4e00-\u9fff]{2,8} (?: [ \t]*[|｜][ \t]* [\u4e00-\u9fff]{2,8} ){4,}   # five entries or more
    [ \t]*""", re.VERBOSE)


def _word_bar_spans(text: str) -> list[tuple[int, int, str]]:
    r"""A site's menu bar on one line: five or more short words parted by bars (家庭养花 | 插花花艺 |
    科技之窗 | …: a table's row opens with a bar); or parted by blanks, two of them a site's frame
    words (项目简介 本网概况 联系我们 会员服务 免责声明 网站地图), or half of them the kinds of document
    a 范文 site files (最新范文 方案 计划 总结 报告 体会 事迹 讲话).

    >>> text = "某县工作总结\n最新范文 方案 计划 总结 报告 体会 事迹\n全年增长5%。\n张某 李某 王某 赵某 刘某\n"
    >>> menu = "辞职报告 实习报告 述职报告 调查报告 调研报告\n"
    >>> [menu[s:e] for s, e, _ in _word_bar_spans(menu)]
    ['辞职报告 实习报告 述职报告 调查报告 调研报告\n']
    >>> [text[s:e] for s, e, _ in _word_bar_spans(text)]
    ['最新范文 方案 计划 总结 报告 体会 事迹\n']
    >>> bar = "花卉资讯： 市场动态 | 行业新闻 | 价格行情 | 养花知识 | 病虫防治\n| 乡镇 | 面积 | 产量 | 产值 | 备注 |\n"
    >>> [bar[s:e] for s, e, _ in _word_bar_spans(bar)]
    ['花卉资讯： 市场动态 | 行业新闻 | 价格行情 | 养花知识 | 病虫防治\n']
    """
    _, _, word = _frame_patterns()
    out = []
    for s, e, e_nl in _lines(text):
        if e - s > MAX_BAR_LINE:
            continue
        if _PIPE_BAR.fullmatch(text, s, e) is not None:
            out.append((s, e_nl, "site_header"))
            continue
        pieces = text[s:e].split()
        if len(pieces) < MIN_BAR_WORDS or not all(_BAR_WORD.fullmatch(p) for p in pieces):
            continue
        framed = sum(word.search(p) is not None for p in pieces)
        kinds = sum(_DOC_KIND.fullmatch(p) is not None or _DOC_KIND.fullmatch(p, len(p) - 2) is not None
                    and len(p) <= 4 for p in pieces)   # (辞职报告 实习报告 述职报告: kinds with their qualifier)
        if framed >= 2 or 2 * kinds >= len(pieces):
            out.append((s, e_nl, "site_header"))
    return out


#: An outline heading on a line of its own, without a sentence: its marker and its words
#: (一、工作完成情况 / （二）全面加强疫情防控 / 1.某医院组建医联体), as a table of contents lists them.
_CONTENTS_ENTRY = re.compile(r"""
    [ \t\u3000]*
    (?P<marker> [一二三四五六七八九十]{1,3}[、.．]            # 一、
              | [（(][一二三四五六七八九十]{1,3}[)）]          # （一）
              | [0-9]{1,2}[、.．](?![0-9])                   # 1、 1.
              | [（(][0-9]{1,2}[)）]                          # （1）
              | 第[一二三四五六七八九十]{1,3}(?:章|节|部分|、)   # 第一章
              | [一二三四五六七八九十]{1,2}是 )                  # 一是 (an item a 提纲 lists under its heading)
    [ \t\u3000]*
    (?P<words> [^\n。；！？!?]{2,60}? )
    (?: (?: [ \t\u3000]+ | [.．…·]{2,}[ \t\u3000]* ) [0-9]{1,3} )?   # its page number, not part of its words
    [ \t\u3000]*""", re.VERBOSE)
MIN_CONTENTS = 4          # entries in a row, at least
CONTENTS_REPEATED = 0.6   # the share of them that must come back as the body's headings


def _contents_spans(text: str) -> list[tuple[int, int, str]]:
    """A table of contents a document site puts before the text: four or more heading lines
    in a row (一、工作完成情况 / （一）加强党建引领 / （二）…), most of which (60%) come back
    further down as the start of a heading line of the body ((一)加强党建引领，强化…); or
    three or more right under a line that says it is one (目录/提纲：). The entries go; a run
    of headings that the body does not repeat is the outline itself. A page cut short after
    the body's first headings counts when those are the first two entries, in order.

    >>> toc = "一、工作情况\\n（一）加强党建\\n（二）推进项目\\n二、明年打算\\n"
    >>> body = "一、工作情况\\n（一）加强党建，成效明显。\\n（二）推进项目，完成投资。\\n二、明年打算\\n"
    >>> clean(toc + "某局工作总结\\n" + body).text == "某局工作总结\\n" + body
    True
    """
    runs, heads, run, s, led = [], [], [], 0, False
    for line in text.splitlines(keepends=True):
        e = s + len(line)
        bare = line.strip()
        if (h := _CONTENTS_ENTRY.match(line)) is not None:   # every heading line, for the runs' test
            heads.append((s, line[h.end("marker"):].strip(), h.group("marker").strip()))
        m = _CONTENTS_ENTRY.fullmatch(line.rstrip("\r\n"))
        if m and run and (m.group("marker").strip(), m.group("words")) == (run[0][3], run[0][2]):
            runs.append((run, led))     # the list's first entry again: the body starts right after it
            run, led = [(s, e, m.group("words"), m.group("marker").strip())], False
        elif m:
            run.append((s, e, m.group("words"), m.group("marker").strip()))
        elif bare and not (run and _BARE_MARKER.fullmatch(bare)):   # a blank or a lone (四) inside
            runs.append((run, led))
            run, led = [], bool(_CONTENTS_HEAD.match(bare)) or (led and _BARE_MARKER.fullmatch(bare) is not None)
        s = e
    runs.append((run, led))
    last = {w[:k]: a for a, w, _ in heads for k in range(2, 7)}   # a heading's opening -> its last line
    starts = [a for a, _, _ in heads]
    # distinct entries: one heading said again and again is no table of contents
    return [span for run, led in runs if len({w for _, _, w, _ in run}) >= (MIN_CONTENTS - 1 if led else MIN_CONTENTS)
            for span in _repeated_entries(run, led, last, heads[bisect_left(starts, run[-1][1]):])]


_CONTENTS_HEAD = re.compile(r"(?:目录|提纲|目次)(?:[/／](?:目录|提纲))?\s?[：:]?")   # 目录/提纲：……
_BARE_MARKER = re.compile(r"[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|……|…")


SHARED_KEY = 12   # characters of an entry compared with the body's headings when another entry opens alike


def _repeated_entries(run: list[tuple[int, int, str, str]], led: bool, last: dict[str, int],
                      after: list[tuple[int, str, str]]) -> list[tuple[int, int, str]]:
    """The spans of ``run`` (entries of a table of contents, long enough to be one) when most
    of them open a heading line after the run (``last``: where each heading opening, of 2-6
    characters, is seen last), when the first two heading lines after it (``after``: the
    heading lines after the run) are its first two entries, or when a contents line ``led``
    them; else none. Of a page cut short, not those past the sections its body holds (_cut_short)."""
    end = run[-1][1]
    keys = [words[:6] for _, _, words, _ in run]
    again = [last.get(k, -1) >= end if keys.count(k) == 1
             else any(h.startswith(w[:SHARED_KEY]) for _, h, _ in after)   # entries opening alike (某某目标管理成灾率…
             for k, (_, _, w, _) in zip(keys, run)]                        # / 某某目标管理防治率…): read further
    opens = len(after) >= 2 and all(h.startswith(w[:6]) for (_, h, _), (_, _, w, _) in zip(after[:2], run[:2]))
    if not (led or opens) and (sum(again) < MIN_CONTENTS or sum(again) < CONTENTS_REPEATED * len(run)):
        return []   # (opens: the body starts on the first two entries, as a page cut short shows it)
    keep = _cut_short(run, again, after)
    return [(a, b, "contents") for i, (a, b, _, _) in enumerate(run) if i not in keep]


def _cut_short(run: list[tuple[int, int, str, str]], again: list[bool], after: list[tuple[int, str, str]]) -> set[int]:
    """Which entries of a table of contents ``run`` stay: none, unless the page stops before
    the sections of its last entries (a 范文 page's 提纲 whose text is paid for, a document
    site's preview). Then the entries from the next one at the level of the last entry the body
    repeats (``again``) stay, the only copy of that part of the outline (those before go: the
    body holds their section, cut, its items inline perhaps),
    provided no heading line after the list (``after``) bears the marker of one of them at the
    list's top level, or of the first of them when none is (目录 一、甲 （一）子 二、乙 三、丙, then
    一、甲 and its text, cut: 二、乙 三、丙 stay; a body that has its own 二、 of other words is
    whole, and the whole list goes).
    A list the body never repeats stays whole when no heading line follows it: the page is the list."""
    k = max((i + 1 for i, a in enumerate(again) if a), default=0)
    top = _NUMERALS.sub("", run[0][3])
    if k:   # past the items under the last repeated entry: its section is in the body, if cut (一是 inline)
        level = {top, _NUMERALS.sub("", run[k - 1][3])}
        while k < len(run) and _NUMERALS.sub("", run[k][3]) not in level:
            k += 1
    if k == len(run) or (k == 0 and after):
        return set()
    markers = {m for _, _, _, m in run[k:] if _NUMERALS.sub("", m) == top} or {run[k][3]}
    if any(m in markers for _, _, m in after):
        return set()
    return set(range(k, len(run)))


_NUMERALS = re.compile("[一二三四五六七八九十0-9]+")


_CARD_START = re.compile(r"^[ \t•·*]*(?:\[复制链接\]|TA的每日心情)\s*$", re.MULTILINE)
_CARD_END = re.compile(r"发表于\s?\d{4}-\d{1,2}-\d{1,2}")
CARD_LINES = 40   # a forum's user card runs at most this many lines
CARD_LINE_CHARS = 24


#: A run written twice in a row, as a PDF's bold text comes out of some document sites
#: (乡镇乡镇 20212021 年上半年妇联工作总结年上半年妇联工作总结): the run and its copy.
_DOUBLED_RUN = re.compile(r"(?P<x>[^\s，。、；：,.;:]{2,16}?)(?P=x)")
DOUBLED_RUNS = 3      # this many doubled runs ...
DOUBLED_REACH = 80    # ... each this near the last: the text was doubled, not a word said twice (研究研究)
DOUBLED_HEAD = 300    # ... in the text's first characters, its title (a table's cells repeat further on)
DOUBLED_SENTENCE = (4, 30)   # a sentence written twice in a row has this many characters before its 。


def _doubled_spans(text: str) -> list[tuple[int, int, str]]:
    """The second copies of runs a site doubled: three or more doubled runs close together
    in the title's lines (乡镇乡镇 20212021 …总结总结), and of a short sentence written twice
    in a row (一是某某。一是某某。); a word said twice alone (研究研究) stays."""
    runs = [m for m in _DOUBLED_RUN.finditer(text, 0, DOUBLED_HEAD) if len(set(m.group("x"))) > 1
            and (_HAN.search(m.group("x")) or len(m.group("x")) == 4 and m.group("x").isdigit())
            # (a year doubled, 20212021; not 2020 nor d(hkl)d(hkl) of a formula)
            and _twice(text, m.group("x"), m.start(), m.end())]
    out, cluster = [], []
    for m in runs + [None]:
        if m is not None and (not cluster or m.start() - cluster[-1].end() <= DOUBLED_REACH):
            cluster.append(m)
            continue
        if len(cluster) >= DOUBLED_RUNS:
            out += [(c.start() + len(c.group("x")), c.end(), "doubled") for c in cluster]
        cluster = [m] if m is not None else []
    return out + _doubled_sentences(text)


def _doubled_sentences(text: str) -> list[tuple[int, int, str]]:
    """The copy of a short sentence written twice in a row: the piece after a 。 up to the next
    。 that the text before the first 。 ends with (…。一是某某。|一是某某。), found 。 by 。."""
    lo, hi = DOUBLED_SENTENCE
    out = []
    i = text.find("。")
    while i >= 0:
        j = text.find("。", i + 1)
        if j < 0:
            break
        x = text[i + 1:j + 1]
        if (lo < len(x) <= hi + 1 and not any(c in x for c in "！？\n") and text.endswith(x, 0, i + 1)
                and _twice(text, x, i + 1 - len(x), j + 1)):
            out.append((i + 1, j + 1, "doubled"))
        i = j
    return out


def _twice(text: str, x: str, start: int, end: int) -> bool:
    """``x`` stands exactly twice in ``text[start:end]`` and not again on either side: a row of
    copies is the text's own."""
    return not text.startswith(x, end) and not text.endswith(x, 0, start)


def _forum_card_spans(text: str) -> list[tuple[int, int, str]]:
    """A forum's card of the poster between the post's title and its text ([复制链接] / TA的
    每日心情 / 签到天数: 720 天 / [LV.9]… / 1万 / 主题 / … / Rank: 7 / 发表于 2022-8-9 …): short
    lines from its first mark to the line of the post's date, all of them."""
    m = _CARD_START.search(text)
    if m is None:
        return []
    lines = text[m.start():].split("\n", CARD_LINES + 1)[:CARD_LINES]
    pos = m.start()
    for line in lines:
        if _CARD_END.search(line):
            return [(m.start(), min(len(text), pos + len(line) + 1), "site_header")]
        if len(line.strip()) > CARD_LINE_CHARS:
            return []
        pos += len(line) + 1
    return []


_OUTLINE_HEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", re.MULTILINE)


def _chunk_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Chunk numbers of a document-sharing site that cuts a document into numbered pieces
    ("1、…" at the start, after at most a few lines of the site's title and notice, not
    counting the lines other rules ``removed``, then "2、道办事处…" in mid-word): the numbers
    go when they run 1, 2, 3 … and at least one piece starts in the middle of a sentence."""
    marks = list(_CHUNK.finditer(text))
    if len(marks) < 2 or marks[0].group(1) != "1":
        return []
    head = _kept(text, marks[0].start(), removed)
    if sum(1 for line in head.splitlines() if line.strip()) > CHUNK_HEAD_LINES or len(head.strip()) > CHUNK_HEAD_CHARS:
        return []
    if _OUTLINE_HEAD.search(head):
        return []   # 一、工作情况 / （一）目标完成情况 / 1、某目标。: an outline's items under its headings
    if [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    if any(b.start() - a.start() < MIN_CHUNK for a, b in zip(marks, marks[1:])):
        return []  # an outline's items (1、加强组织领导), not pieces of a document
    cut = [not text[:m.start()].rstrip().endswith(_SENTENCE_END) for m in marks]
    if not any(cut[1:]):
        return []
    # a piece cut in mid-sentence goes on from the line before: its line break goes too (农网⏎3、改造)
    joins = [i > 0 and c and text[m.start() - 1] == "\n" for i, (m, c) in enumerate(zip(marks, cut))]
    return [(m.start() - 1 if join else m.start(), m.end(), "page_marker") for m, join in zip(marks, joins)]


def _kept(text: str, end: int, removed: list[tuple[int, int, str]]) -> str:
    """``text[:end]`` without the spans ``removed``."""
    keep = bytearray(b"\x01") * end
    for s, e, _ in removed:
        if s < end:
            keep[s:min(e, end)] = bytes(min(e, end) - s)
    return "".join(c for c, k in zip(text[:end], keep) if k)


# A random token after a blank at a line's end (…政府工作报告 LsMq&a-j2, 各位代表: (f"LD8MJ/): an
# anti-copy stamp that differs on every line; it mixes three of capitals, small letters, digits
# and marks, and a page carries many different ones.
_LINE_END_NOISE = re.compile(r"(?:(?<=\S)[ \t]+|^)([!-~]{3,12})[ \t]*$", re.MULTILINE)
MIN_NOISE_LINES = 5
NOISE_SHARE = 0.4
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _line_end_noise_spans(text: str) -> list[tuple[int, int, str]]:
    """Random ASCII stamps after a blank at the end of many lines, each different: on a page
    where at least MIN_NOISE_LINES, and NOISE_SHARE of its lines with Chinese, end in one
    (code and formulas in a paper's lines of their own are no such page)."""
    stamps, found = [m for m in _LINE_END_NOISE.finditer(text) if _mixed(m.group(1))], []
    for m in stamps:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not line.strip() or _HAN_CHAR.search(line):
            found.append(m)
    if len({m.group(1) for m in found}) < MIN_NOISE_LINES:
        return []
    han_lines = sum(1 for line in text.splitlines() if _HAN_CHAR.search(line))
    if len(found) < NOISE_SHARE * han_lines:
        return []
    return [(m.start(), m.end(), "jammer") for m in stamps]   # the page's English lines have them too


def _mixed(token: str) -> bool:
    """Three of: capitals, small letters, digits, marks (LsMq&a-j2, 6lr<, FhEfW7]0,)."""
    kinds = (any(c.isupper() for c in token), any(c.islower() for c in token),
             any(c.isdigit() for c in token), any(not c.isalnum() for c in token))
    return sum(kinds) >= 3


def _at_break(text: str, m: re.Match) -> bool:
    """The token ends its line, or one of letters and digits (GG6) stands before a blank
    that stood for a line break before blanks were squeezed (市长某某GG6 各位代表)."""
    return (_AT_LINE_END.match(text, m.end()) is not None
            or text[m.end():m.end() + 1] == " " and _LETTERS_AND_DIGITS.match(m.group()) is not None)


# A site's slogan glued to the end of many lines (…如下。EiW乡村百科--为乡村振兴助力): Latin
# letters and a site's word or a double dash in the shared tail.
_TAIL_SIGN = re.compile(r"(?=.*[A-Za-z]{2})(?=.*(?:--|网|百科|文库|范文|在线))")
MIN_TAIL_LINES = 3   # the same tail on this many lines, some with more text before it
TAIL_CHARS = (6, 40)   # a tail is this long


def _repeated_tail_spans(text: str) -> list[tuple[int, int, str]]:
    """The same site slogan glued to the end of MIN_TAIL_LINES or more lines, after each
    line's own text (…现将全年工作总结如下。EiW乡村百科--为乡村振兴助力): it goes there."""
    least, most = TAIL_CHARS
    by_end: dict[str, list[int]] = {}
    for s, e, _ in _lines(text):
        while e > s and text[e - 1] in " \t\u3000":
            e -= 1
        if e - s > least:
            by_end.setdefault(text[e - least:e], []).append(e)
    out = []
    for ends in by_end.values():
        if len(ends) < MIN_TAIL_LINES:
            continue
        n = least   # the shared tail, grown while every line has the same character before it
        while n < most and all(e - n - 1 >= 0 for e in ends) and len({text[e - n - 1] for e in ends}) == 1:
            n += 1
        tail = text[ends[0] - n:ends[0]]
        if "\n" in tail or not _TAIL_SIGN.match(tail):
            continue
        out += [(e - n, e, "spam") for e in ends]
    return out


def _line_end_token_spans(text: str) -> list[tuple[int, int, str]]:
    """The same short token glued to the end of many lines (…工作回顾vfO, 各位代表：XLC, or
    before a blank that stood for a line break: 市长某某GG6 各位代表): every copy goes.
    A token with a small letter needs MIN_TOKEN_LINES line ends; one of capitals or digits
    (XLC, GG6) also needs TOKEN_BREAK_SHARE of its copies at a break, so that an acronym of
    the report's own sentences (GDP, PPP) stays."""
    found: dict[str, list[tuple[int, int, bool]]] = {}
    for m in _GLUED_TOKEN.finditer(text):
        if m.group().isdigit():
            continue
        found.setdefault(m.group(), []).append((m.start(), m.end(), _at_break(text, m)))
    out = []
    for token, copies in found.items():
        breaks = sum(b for _, _, b in copies)
        if breaks < MIN_TOKEN_LINES or (not any(c.islower() for c in token)
                                        and breaks < TOKEN_BREAK_SHARE * len(copies)):
            continue
        out += [(s, e, "repeated_token") for s, e, _ in copies]
    return out


def _ui_line_spans(text: str) -> list[tuple[int, int, str]]:
    """Whole lines that are a bracketed token or a run of UI verbs ([编辑], 点击查看) repeated
    through the page."""
    lines: dict[str, list[tuple[int, int]]] = {}
    for m in _UI_LINE.finditer(text):
        end = m.end() + 1 if text[m.end():m.end() + 1] == "\n" else m.end()
        lines.setdefault(m.group().strip(), []).append((m.start(), end))
    return [(s, e, "repeated_token") for spans in lines.values() if len(spans) >= MIN_UI_LINES for s, e in spans]


# Words of a site talking about itself and its copies. A line that holds one of the first kind
# (words no report uses) and one more of either kind is the site's (下面由小编帮大家编辑的…，供您
# 参考，并请收藏本页！ / 资源预览文档简介为自动调取… / 剩余4页未读，查看更多内容需下载); a short
# line without a full stop holding one of the short-line words, or two site words and at most two
# other characters, is too (责编：某某, 收藏 分享(赏)).
_SITE_ONLY = ("小编 本页 收藏本页 文库 范文网 秘书网 未读 需下载 下载后 阅读全文 全文阅读 展开全文 文档简介 自动调取 该文档 免费预览 可编辑 最新修订 "
              "上一篇 下一篇 猜你喜欢 下载券 如何去写 怎样去写 怎么去写 为您带来 供您参考 欢迎阅读 请收藏 范文 本站 本网站 欢迎来到 责编 本版积分规则 小黑屋 复制下载").split()
_SITE_ALSO = ("预览 查看更多 更多内容 客服 分享到 扫码 二维码 公众号 付费 VIP 相关推荐 仅供参考 供大家参考 希望对 网友 编辑 "
              "版权 侵权 免责 原创 转载 下载 登录 注册 会员 参考 借鉴 收藏 阅读 整理 发布 精选 分享 点赞 打赏 举报 "
              "打印 上一主题 下一主题 支持 反对 微信 积分 快速回复 返回顶部 返回列表 回帖 立即注册 手机版 论坛 Archiver").split()
_SITE_WORD = re.compile(word_pattern(_SITE_ONLY + _SITE_ALSO))
_SITE_ONLY_SET = frozenset(_SITE_ONLY)
_SHORT_LINE_WORDS = frozenset("责编 责任编辑 小编 本页 未读 秘书网 范文网 本版积分规则 小黑屋".split())
_OTHER_CHARS = re.compile(r"[\W_\d]")   # marks, blanks, digits: what a line of buttons holds besides its words
SITE_TALK_CHARS = 150   # a line of site talk is at most this long
SHORT_SITE_LINE = 40    # a short line that site words mark is at most this long


def _mostly_site_words(line: str) -> bool:
    """A short line whose words are mostly a site's (收藏 分享(赏), 快速回复 返回顶部 返回列表,
    您需要登录后才可以回帖 登录 | 立即注册): at most two other characters, or at most as many as the
    site words hold."""
    rest = len(_OTHER_CHARS.sub("", _SITE_WORD.sub("", line)))
    return rest <= 2 or rest <= len(_OTHER_CHARS.sub("", line)) - rest


def _overlapped(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    """Does a removal (sorted ``starts`` and ``ends``) overlap [s, e)?"""
    return bisect_left(starts, e) - bisect_right(ends, s) > 0


_TITLE_TAG = re.compile(r"范文参考|参考范文|范文")


def _without_title_tag(line: str) -> str:
    """``line`` without a 范文 tag that follows a document's type: a title's, not a site's words.

    >>> _without_title_tag("街办创建工作方案范文参考一、背景分析")
    '街办创建工作方案一、背景分析'
    >>> _without_title_tag("更多范文参考请收藏本页")
    '更多范文参考请收藏本页'
    >>> _without_title_tag("写总结时，要多读总结范文")
    '写总结时，要多读总结范文'
    """
    m = _TITLE_TAG.search(line)
    if m is None or not ends_like_a_title(line[:m.start()]) or _CLAUSE_MARK.search(line, 0, m.start()):
        return line   # (在阅读总结范文时，…: a sentence about 范文)
    return line[:m.start()] + line[m.end():]


_FRAME_WORDS = ruledata.Words("site_words.txt")
FRAME_LINE_CHARS = 40   # a line of a site's frame words is at most this long
_FRAME_GLUE = r"[\s\d•·|｜/\\\-—–+>»:：?？!！()（）\[\]【】<>_=*#@、.…→←↑]"   # separators and counts between them


_SITE_NAME_TOKEN = r"[\u4e00-\u9fff]{1,10}网站?(?:首页)?"   # a site's name among its buttons (某某网首页|客户端)
MIN_FRAME_WORDS_WITH_NAME = 2   # a line naming a site holds at least this many of its frame words,
MIN_FRAME_WORDS_WITH_PORTAL = 1   # or one beside a name that says 网站 (某市政府门户网站 政务邮箱)


@functools.lru_cache(maxsize=1)
def _frame_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a whole line of a site's frame words (data/site_words.txt) with separators and counts
    between them, after at most one character naming a place's level (市政府网站); a site's name;
    one frame word)."""
    words = word_pattern(w for entry in _FRAME_WORDS.read() for w in entry)
    line = r"(?:[省市县区州镇乡](?={w}))?(?:{g}|{w})*(?:{w})(?:{g}|{w})*"
    return (re.compile(line.format(w=words, g=_FRAME_GLUE), re.IGNORECASE),
            re.compile(_SITE_NAME_TOKEN), re.compile(words, re.IGNORECASE))


def _frame_line(line: str) -> bool:
    """A short line made of a site's frame words only: its buttons, account links,
    navigation and counters, not a sentence (no 。，；); or of two of them at least and the
    site's names (某某网首页|客户端|官方微博 某某网).

    >>> [_frame_line(x) for x in ("打印此文 关闭窗口", "还没账号？立即注册", "• 长者版 | 无障碍阅读",
    ...                           "市政府网站", "分享到：1 相关阅读：", "iOS App下载", "某某网首页|客户端|官方微博 某某网")]
    [True, True, True, True, True, True, True]
    >>> [_frame_line(x) for x in ("投诉建议办理", "搜索引擎优化", "今天是个好日子", "更多，请关注", "2023年", "农村电网")]
    [False, False, False, False, False, False]
    """
    if len(line) > FRAME_LINE_CHARS:
        return False
    whole, name, word = _frame_patterns()
    if whole.fullmatch(line) is not None:
        return True
    if "网" not in line:
        return False
    rest = name.sub(" ", line)   # the site's names out first: one pass, no nested search
    least = MIN_FRAME_WORDS_WITH_PORTAL if "网站" in line else MIN_FRAME_WORDS_WITH_NAME
    return whole.fullmatch(rest) is not None and len(word.findall(rest)) >= least


def _stamped_name_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A site's name that opens a removed blurb or header line near the top (某某论坛 精品范文 …,
    某某论坛前言：我们精心挑选了…) and is stamped again through the text, at lines' starts and
    inside its words (政协某某论坛常委会, 某某论坛 具体做法：…): every copy goes (label spam)."""
    top = _lines_end(text, STAMP_LINES)
    names = {m.group("name") for a, b, label in removed
             if a < top and label in ("site_talk", "preface", "promo")
             and (m := _STAMP_NAME.match(text, a, b)) is not None}
    cover = _Cover(removed)
    out = []
    for name in names:
        copies = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)
                  if cover.without(text, m.start(), m.end()) == name]
        if len(copies) >= MIN_STAMPS:
            out += [(s, e + (text[e:e + 1] in " \t"), "spam") for s, e in copies]
    return out


#: The name opening a site's line: a few characters before a blank or its blurb's label.
_STAMP_NAME = re.compile(r"[ \t]*(?P<name>[\u4e00-\u9fff]{3,8}?)(?=[ \t]|前言|导读|导语)")
STAMP_LINES = 10   # the removed line that names the site is among the first lines
MIN_STAMPS = 2     # ... and the name is stamped at least this often through the rest


def _lines_end(text: str, n: int) -> int:
    """Where the first ``n`` lines of ``text`` end."""
    pos = 0
    for _ in range(n):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def _site_talk_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines of a site talking about itself (see _SITE_ONLY) that no other rule touched (those
    keep their own labels): label site_talk; lines of its frame words only (see _frame_line):
    label site_frame."""
    out = []
    starts = sorted(s for s, _, _ in removed)
    ends = sorted(e for _, e, _ in removed)
    for s, e, e_nl in _lines(text):
        line = text[s:e].strip()
        if not line or len(line) > SITE_TALK_CHARS:
            continue
        if _overlapped(starts, ends, s, e_nl):
            continue   # a removal overlaps the line
        words = set(_SITE_WORD.findall(_without_title_tag(line)))
        if (words & _SITE_ONLY_SET and len(words) >= 2
                or len(line) <= SHORT_SITE_LINE and "。" not in line and (
                    words & _SHORT_LINE_WORDS or len(words) >= 2 and _mostly_site_words(line))):
            out.append((s, e_nl, "site_talk"))
        elif _frame_line(line):
            out.append((s, e_nl, "site_frame"))
    return out


_SITE_END = re.compile(r"(?:网|帮|吧|文库|范文|站|\.com|\.cn|\.net)(?=\s?[，。；！？,\n])")
_SITE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.]{1,10}")
_CLAUSE_MARKS = "，。；！？,\n"
_INLINE_URL = re.compile(r"www\.[A-Za-z0-9-]{1,40}(?:\.[A-Za-z]{2,6}){1,2}(?:/[!-~]{0,80})?")
_SCHEME = re.compile(r"https?://$")
_URL_AFTER = re.compile(r"[\u4e00-\u9fff，。；！？]")
MIN_REPEATED_SITE = 3   # a site's name as a clause of its own this often is a watermark
MIN_REPEATED_URL = 2    # ... and an address inside sentences this often
MAX_WATERMARK_LEAD = 24  # the same text before each of those addresses goes with them


def _site_clauses(text: str):
    """(start, end) of clauses that are only a site's name or address: …工作，某某网，全年…"""
    for m in _SITE_END.finditer(text):
        s = m.start()
        while s > 0 and s > m.start() - 10 and text[s - 1] not in _CLAUSE_MARKS:
            s -= 1
        if s > 0 and text[s - 1] in _CLAUSE_MARKS and s < m.start():
            s += 1 if text[s] == " " else 0
            if _SITE_NAME.fullmatch(text, s, m.start()) or s == m.start():
                yield s, m.end()


def _inline_urls(text: str):
    """(start, end) of addresses put right after a Chinese character or a mark, or after one
    blank there (…每日更新 www.example.com170公里)."""
    for m in _INLINE_URL.finditer(text):
        s = m.start()
        scheme = _SCHEME.search(text, max(0, s - 8), s)
        s = scheme.start() if scheme else s
        b = s - 1 if s > 0 and text[s - 1] in " \u3000" else s
        if b > 0 and _URL_AFTER.match(text, b - 1):
            yield s, m.end()


def _common_lead(text: str, spans: list[tuple[int, int]]) -> int:
    """How many characters just before every span are the same in all of them (a site's
    name put before its address each time: 某某之家—资源每日更新 www.…), at most
    MAX_WATERMARK_LEAD, not across a line break or a sentence's end."""
    k = 0
    while k < MAX_WATERMARK_LEAD:
        before = {text[s - k - 1] if s - k - 1 >= 0 else None for s, _ in spans}
        if len(before) != 1 or None in before or before & set("\n。！？；"):
            break
        k += 1
    return k


def _repeated_site_spans(text: str) -> list[tuple[int, int, str]]:
    """A site's name put in as a clause of its own (…工作，某某网，全年…) or its address put
    inside sentences (…326人次www.example.com，…), again and again through the text."""
    out = []
    for found_in, least in ((_site_clauses, MIN_REPEATED_SITE), (_inline_urls, MIN_REPEATED_URL)):
        found: dict[str, list[tuple[int, int]]] = {}
        for s, e in found_in(text):
            found.setdefault(text[s:e].lower(), []).append((s, e))
        for spans in found.values():
            if len(spans) >= least:
                lead = _common_lead(text, spans) if found_in is _inline_urls else 0
                out += [(s - lead - _between_marks(text, s - lead, e), e, "spam") for s, e in spans]
    return out


# A site's code stamped through a copy (…工作报告F9f / …上F9f): three to eight ASCII letters and
# digits, a lower-case letter and a digit among them, standing apart from other ASCII.
_CODE_TOKEN = re.compile(r"""
    (?<![!-~])                      # not inside an ASCII run (a URL, a model number, 12km2)
    (?=[A-Za-z0-9]{0,7}[a-wyz])     # a lower-case letter (not x: 20xx年 is a placeholder) ...
    (?=[A-Za-z0-9]{0,7}[0-9]        # ... and a digit among its characters (F9f),
      | [a-z][A-Z]{2}(?![!-~]))      #     or one lower-case letter and two capitals (jZD)
    (?!iOS(?![!-~]))                # (a word, not a code)
    [A-Za-z0-9]{3,8}
    (?![!-~])
    """, re.VERBOSE)
MIN_CODE_TOKENS = 3   # the same code this often through a text is a watermark


# An HTML tag (<h3>, </b>, <p style="…">, <br/>), not 《》 nor a comparison (a<b).
_TAG = re.compile(r"""
    </?                                      # an opening or closing tag
    (?:h[1-6]|p|b|i|u|em|strong|span|div|font|br|hr|a|img|table|tr|td|th|tbody|thead|ul|ol|li
       |section|article|center|sup|sub|small|big|blockquote|pre|code|label|input|form|head|body|html
       |kbd|var|abbr|dl|dt|dd|ins|del|cite|dfn|time|address|em
       |object|tt|embed|noscript|iframe|nav|header|footer|aside|main|figure|figcaption|mark|q|s|strike
       |acronym|bdo|source|video|audio|canvas|button|select|option|textarea|fieldset|legend|caption
       |tfoot|menu|wbr|ruby|rt|rp|samp|details|summary|param)   # (spam pages hide links in these)
    (?:\s+[a-zA-Z-]{1,20}(?:=(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}'|[^\s<>]{1,60}))?){0,8}   # attributes
    \s*/?>
    """, re.VERBOSE | re.IGNORECASE)
MIN_TAGS = 3   # this many tags in a text: a page saved with its markup
#: a block's tag (</p>, <div>, <td>, <br/>): markup even alone, where an inline one (<b>120</b>) may be text
_BLOCK_TAG = re.compile(r"</?(?:p|div|td|tr|th|table|tbody|thead|li|ul|ol|br|hr|h[1-6]|section|article)\b", re.IGNORECASE)


# An attribute of a tag whose "<" is gone (…銆？a href="/footer/intro.shtml" target="_blank">关于我们).
_ATTRIBUTE = re.compile(r"""(?<![A-Za-z])(?:href|target|src|class|style|onclick)\s?=\s?["']""")
#: An empty element with a random id (<sup id="ubjy4"></sup>), or its opening tag ending a line
#: (<noframes id="ixm7d">): a spam page's marker, even alone.
_EMPTY_ELEMENT = re.compile(r"""
    <(?P<tag>[a-z]{1,8}) \s+ id=["'][A-Za-z0-9]{3,10}["'] \s*>   # a tag with a random id,
    (?: </(?P=tag)>                                               # closed at once,
      | (?=[ \t]*$) )                                             # or ending its line
    """, re.MULTILINE | re.VERBOSE)
MIN_ATTRIBUTES = 3   # this many on a line: a template's line of links (a footer's), removed whole
#: The end of a tag cut at a line's start: a meta tag's keywords (,东北,两岸,…,立法院" />).
_TAG_TAIL = re.compile(r"""^[^\n。<>"]{0,400}"\s?/>[ \t]*$""", re.MULTILINE)


def _markup_spans(text: str) -> list[tuple[int, int, str]]:
    """HTML tags of a page saved as text (<h3>…</h3>, <h1 style="…"><b>…</b></h1>), a block's tag
    or an empty element with an id alone (…总结如下。</p>, <sup id="ubjy4"></sup>), a line holding three or more tag
    attributes (a footer's links whose tags lost their "<"), and a line ending a cut tag
    (…,两岸,统一" />: a meta tag's keywords)."""
    found = [(m.start(), m.end(), "markup") for m in _TAG.finditer(text)]
    empty = [(m.start(), m.end(), "markup") for m in _EMPTY_ELEMENT.finditer(text)]
    lines = [(m.start(), m.end(), "markup") for m in re.finditer(r"[^\n]+", text)
             if len(_ATTRIBUTE.findall(m.group())) >= MIN_ATTRIBUTES and "。" not in m.group()]
    tails = [(m.start(), m.end(), "markup") for m in _TAG_TAIL.finditer(text)]
    alone = [t for t in found if _BLOCK_TAG.match(text, t[0])]
    return (found if len(found) >= MIN_TAGS else empty + alone) + lines + tails


def _code_token_spans(text: str) -> list[tuple[int, int, str]]:
    """A short code of letters and digits a site stamps through a copy again and again
    (政府工作报告F9f … 各位代表：F9f), with the blanks before it; labelled spam."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _CODE_TOKEN.finditer(text):
        found.setdefault(m.group(), []).append((m.start(), m.end()))
    return [(_skip_blanks_back(text, s), e, "spam") for spans in found.values()
            if len(spans) >= MIN_CODE_TOKENS for s, e in spans]


def _skip_blanks_back(text: str, i: int) -> int:
    """Where the spaces and tabs just before ``i`` begin."""
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i


def _tail_of_preface(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The rest of a blurb cut at its start (，仅供参考学习。) at the start of the text or right
    after a removed preface."""
    starts = [0] + [e for s, e, kind in spans if kind == "preface"]
    out = []
    for pos in starts:
        while pos < len(text) and text[pos] in " \t\n" :
            pos += 1
        m = _TAIL_START.match(text, pos)
        if m is not None and m.end() > pos and not any(s <= pos < e for s, e, _ in spans):
            out.append((pos, m.end(), "preface"))
    return out


_QUOTED = re.compile(r"“([^”\n]{4,40})”")


def _summary_before_preface(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A site's one-line summary of the report before its blurb, on the blurb's line and
    opening with the name the blurb quotes (某某督查报告显示，工作推进顺利。以下是为您整理的
    “某某督查报告”相关范文，供您参考！), or its lesson on writing one there, near the top and
    without a figure (…写工作总结对提升能力有很大好处。你知道怎么写吗？下面是小编整理的…)."""
    out = []
    for s, e, kind in spans:
        start = text.rfind("\n", 0, s) + 1
        if kind != "preface" or start == s:
            continue
        if (m := _QUOTED.search(text, s, e)) is not None and text[start:s].lstrip().startswith(m.group(1)):
            out.append((start, s, "preface"))
        elif (not _DIGIT.search(text, start, s) and text.count("\n", 0, start) < LESSON_LINES
              and (_LESSON.search(text, start, s) and s - start <= LESSON_CHARS
                   or text.count("。", start, s) == 1 and text[s - 1] == "。" and s - start <= SUMMARY_CHARS)):
            out.append((start, s, "preface"))   # 时间会一分一秒的溜走…写工作总结需要注意什么？为此，你可能需要看看…;
            # 强调全市安全工作的重要性，要求各部门协同合作。下面由网友为您整理…: a one-sentence summary
    return out


def _lesson_before_pieces(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A 范文 site's lesson as the first line, right above the first piece's title and its
    marker (制定计划能够帮助我们达到目标…才能取得预期的成果。⏎某中心工作总结及工作计划篇一):
    sentences to the reader, without a figure."""
    lines = [(s, e, e_nl) for s, e, e_nl in itertools.islice(_lines(text), 4) if text[s:e].strip()]
    if len(lines) < 2:
        return []
    (s, e, e_nl), (s2, e2, _) = lines[:2]
    marked = any(kind == "page_marker" and s2 < a and text[b:e2].strip() == "" for a, b, kind in spans)
    lesson = text[s:e]
    if (marked and e - s <= LESSON_CHARS and lesson.rstrip().endswith("。") and not _DIGIT.search(lesson)
            and _LESSON.search(lesson) and _READER.search(lesson)):
        return [(s, e_nl, "preface")]
    return []


# a 范文 site's lesson before its blurb, near the top: sentences on writing a summary or a report, no figure
_LESSON = re.compile(r"总结|报告|简报|范文|计划|方案|心得|体会|演讲|发言|讲话|怎么写|如何写|写好|写一篇")
_READER = re.compile(r"我们|你|您|大家")   # a lesson speaks to its reader
_DIGIT = re.compile(r"[0-9]")
LESSON_CHARS = 300
SUMMARY_CHARS = 150   # a site's one-sentence summary before its blurb is at most this long
LESSON_LINES = 12


def _emptied_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line breaks (and spaces) of lines that several removals emptied together
    (【下载全文】【收藏本文】, a preface and its cut tail), or left with only their bullet and
    item number (- 1、 before a removed site notice); label "" (not reported)."""
    cover = _Cover(spans)
    breaks = _breaks(text)
    lines = sorted({_line_start(breaks, s) for s, e in cover.merged if not (e > s and text[e - 1] == "\n")})
    out = []
    for ls in lines:
        le = _line_end(breaks, ls, len(text))
        if le >= len(text):
            continue  # the last line keeps no break to lose
        rest = cover.without(text, ls, le).strip()
        if (not rest or _LONE_MARK.fullmatch(rest)) and not _blank(text, ls, le):
            out.append((ls, le + 1, ""))   # emptied, or left with only its bullet and number (- 1、)
    return out


_LONE_MARK = re.compile(r"[-•·*]?\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s?[、.．]?")   # - 1、 left of a site line


WRAP_WIDTH = 16           # a page whose lines are cut at one width of at least this many characters,
WRAP_SHARE = 0.6          # this share of them at that width (two characters either way) and unfinished,
                          # was hard-wrapped (a PDF's lines): its breaks inside sentences go too


def _wrap_width(lines: list[str]) -> int:
    """The width most lines are cut at, unfinished (…但办理工作中仍存在一些共性 / 问题：一是…二是个别承 /
    办部门还存在…): a copy of a PDF that kept its line breaks; 0 when the lines are not so cut."""
    widths = collections.Counter(len(t) for t in lines if not t.endswith(_LINE_END_STOPS))
    if not widths:
        return 0
    width = max(widths, key=lambda w: (sum(widths[x] for x in range(w - 2, w + 3)), w))
    near = sum(widths[x] for x in range(width - 2, width + 3))
    return width if width >= WRAP_WIDTH and near >= WRAP_SHARE * len(lines) else 0


MIN_FRAGMENT_LINES = 12   # a page this long, ...
FRAGMENT_CHARS = 8        # ... most of whose lines are this short and unfinished, put words on lines
_LINE_END_STOPS = ("。", "；", "！", "？", "：", ":", ";")
_NUMBER_CELL = re.compile(r"[-+]?\d+(?:\.\d+%?|%)")   # 0.5, -9.7, 12% alone: a table's cell
_CONTENTS_END = re.compile(_LEADERS.pattern + r"[ \t]*\d{1,3}$")   # a contents entry's dot leader and page
_INT_CELL = re.compile(r"\d{1,9}")   # 441 alone on a line: a cell, whose neighbour in digits is another
# An item's marker at a line's start (一、 （一） 1、 1. 1） ① 一是 第一，): that line stands on its own.
# Wider than _OUTLINE (which decides list blocks and is left as it is): also 一是, 1）, ①, and not
# the 3. of 3.2亿元, which a line broken inside a number starts with.
_ITEM_START = re.compile(rf"""
      [一二三四五六七八九十]+ (?: [、.．] | 是 )          # 一、 二. 一是
    | [（(]? [一二三四五六七八九十0-9]+ [)）]             # （一） (1) 1）
    | [0-9]+ (?: 、 | [.．](?![0-9]) )                   # 1、 1. (not 3.2)
    | [0-9]{{1,2}} [.．] [0-9]{{1,2}} (?= [ \t]? [\u4e00-\u9fff] )   # 1.1 政策背景: a decimal heading
      (?! [ \t]? (?: {AMOUNT_AFTER} ) )                             # (not 3.2亿元, 6.8公顷)
    | 第[一二三四五六七八九十]+[，,、]                    # 第一，
    | [①-⑳⑴-⒇⒈-⒛]                                     # ① ⑴ ⒈
    """, re.VERBOSE)


#: A line break between a number's integer part and its point (外贸出口2⏎.5亿美元): no line
#: starts with a decimal point, so the break goes (unreported, like the joins below).
_POINT_BREAK = re.compile(r"(?<=[0-9])[ \t]*\n[ \t]*(?=[.．][0-9])")
#: A line broken right after an opening quote (实施“⏎十、百、万”高产示范工程): the quote goes on, a join.
_QUOTE_BREAK = re.compile(r"(?<=[“「『])[ \t]*\n[ \t]*(?=[^\s“”「」『』])")
#: A change word broken by a wrapped line, its figure right after (同比增⏎长46.6%, 下⏎降3%): a join.
_CHANGE_BREAK = re.compile(r"(?<=[增下提降减上])[ \t]*\n[ \t]*(?=[长降高低少加升]了?[0-9])")
#: A blank after a thousands comma (澳门居民有2, 785人): one number, its groups of three parted by a
#: comma only (a list's comma is written ，), the blank goes.
_THOUSANDS_BLANK = re.compile(r"(?<![0-9,.])[0-9]{1,3},(?P<blank>[ \t])[0-9]{3}(?![0-9])")


WHOLE_TITLE = (8, 60)   # a document's name written whole on its line is this long (乡镇2022年…工作总结汇报)


def _whole_title(line: str) -> bool:
    """A document's name written whole on its line: no clause inside, ending in its type."""
    return WHOLE_TITLE[0] <= len(line) <= WHOLE_TITLE[1] and not _CLAUSE_MARK.search(line) and ends_like_a_title(line)


def _fragment_joins(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line breaks of a page that put every few words on a line of their own (XX⏎镇⏎2023⏎
    年政府工作报告⏎…⏎特色农业提⏎质扩量⏎。): when most kept lines are short and unfinished, a
    break goes between two lines unless the first ends a sentence, either opens with an
    outline marker or is a number cell of a table, or a blank line parts them. Label "" (a
    join, not reported)."""
    cover = _Cover(spans)
    kept = [(s, e, t) for s, e, _ in _lines(text) if (t := cover.without(text, s, e).strip())]
    short = sum(1 for _, _, t in kept if len(t) <= FRAGMENT_CHARS and not t.endswith(_LINE_END_STOPS)
                and not _ITEM_START.match(t) and not _NUMBER_CELL.fullmatch(t))   # pieces of words
    if len(kept) < MIN_FRAGMENT_LINES:
        return []
    width = 0 if 2 * short >= len(kept) else _wrap_width([t for _, _, t in kept])
    if 2 * short < len(kept) and not width:
        return []
    out = []
    for (_, e1, t1), (s2, _, t2) in zip(kept, kept[1:]):
        if s2 != e1 + 1 or t1.endswith(_LINE_END_STOPS) or _ITEM_START.match(t1) or _ITEM_START.match(t2):
            continue
        if width and len(t1) < width - 2:
            continue   # a hard-wrapped page: a line short of the width ends its paragraph (a title, a heading)
        if _NUMBER_CELL.fullmatch(t1) or _NUMBER_CELL.fullmatch(t2) or _CONTENTS_END.search(t1):
            continue   # (…规模和结构………… 3⏎1.2设施设备: a contents entry's page number ends its line)
        if _whole_title(t1) or _whole_title(t2):
            continue   # 乡镇⏎2022⏎…⏎汇报⏎乡镇2022年…工作总结汇报: the title written whole stays a line
        if t1[-1].isdigit() and t2[0].isdigit() and (_INT_CELL.fullmatch(t1) or _INT_CELL.fullmatch(t2)):
            continue   # 441⏎411: two cells of a table's column, not one number (收入1⏎2248元 joins)
        out.append((e1, e1 + 1, ""))
    return out


def _remove(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    removals = _merge(spans)
    rw, pos = Rewriter(text), 0
    for s, e in removals:
        rw.keep(pos, s)
        rw.replace(s, e, "")
        pos = e
    rw.keep(pos, len(text))
    out, offsets = rw.finish()
    return out, offsets, removals


# --------------------------------------------------------------------------- entry point

def clean(text: str, patterns: str | Path | None = None) -> Cleaned:
    """Remove site boilerplate from normalised, simplified ``text``.

    Parameters
    ----------
    text : output of :func:`summarylab.normalise` (any str works, but the
        shipped patterns are written for simplified, normalised text).
    patterns : path of an extra pattern file (same format as
        ``data/boilerplate.txt``), used in addition to the shipped patterns.

    Returns a :class:`Cleaned` with the text, an offset map into ``text`` and
    one finding per removed piece (pinyin glosses and junk commas: one per line).

    Pinyin glosses go first (现（xiàn）在 -> 现在), so that the site lines they are spread
    over are recognised and the numbers and words after them read whole.

    >>> clean("今年已世界公文网版权所有，通过验收。").text
    '今年已，通过验收。'
    >>> clean("新增就业1.2万（wàn）人").text
    '新增就业1.2万人'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, got {type(text).__name__}")
    pats = _shipped() + (_user(str(patterns)) if patterns else ())
    glosses = _gloss_spans(text)
    work, first, gone = _remove(text, glosses) if glosses else (text, None, [])
    inline = _whole_lines(work, _inline_spans(work, pats) + _jammer_spans(work) + _repeated_site_spans(work)
                                   + _adult_spam_spans(work) + _symbol_watermark_spans(work) + _bold_mark_spans(work)
                                   + _code_token_spans(work) + _markup_spans(work)
                                   + _doubled_title_spans(work) + _stuffed_title_spans(work))
    spans = (inline + _line_spans(work, pats, inline) + _block_spans(work, pats) + _tail_spans(work, pats)
             + _ui_line_spans(work) + _line_end_token_spans(work) + _line_end_noise_spans(work)
             + _repeated_tail_spans(work)
             + _punct_junk_spans(work) + _pinyin_text_spans(work) + _filler_spans(work)
             + _word_dot_spans(work) + _piece_header_spans(work) + _numbered_copy_spans(work) + _tailed_list_spans(work) + _cut_list_spans(work) + _page_line_spans(work) + _menu_spans(work)
             + _contents_spans(work) + _word_bar_spans(work) + _forum_card_spans(work) + _keyword_spans(work) + _stuffed_word_spans(work) + _numbered_link_spans(work)
             + _doubled_spans(work) + _doubled_line_spans(work) + _name_byline_spans(work) + _numbered_crumb_spans(work)
             + _bracket_caption_spans(work) + _emoji_spans(work) + _dated_headline_spans(work))
    spans += _chunk_spans(work, spans)
    spans += _piped_menu_spans(work, spans)
    spans += _site_talk_spans(work, [x for x in spans if x[2] != "emoji"])   # (🔗更多内容请下载文档: the line's)
    spans += _stamped_name_spans(work, spans)
    spans += _english_line_spans(work, spans)
    spans += _translation_spans(work)
    spans += _tail_of_preface(work, spans)
    spans += _summary_before_preface(work, spans)
    spans += _lesson_before_pieces(work, spans)
    spans += _teaser_spans(work, spans)
    spans += _site_name_spans(work, spans)
    spans += _title_spans(work, spans)
    spans += _column_spans(work, spans)
    spans += _column_spans(work, spans)   # a column under a column that went (新闻动态 / 镇街动态 / 某镇：…)
    spans += _bullet_record_spans(work, spans)
    spans += _headline_run_spans(work, spans)
    spans += _emptied_lines(work, spans)
    spans += _fragment_joins(work, spans)
    spans += [(m.start(), m.end(), "") for m in _POINT_BREAK.finditer(work)]   # 出口2⏎.5亿美元: a join
    spans += [(m.start(), m.end(), "") for m in _CHANGE_BREAK.finditer(work)]   # 同比增⏎长46.6%: a join
    spans += [(m.start(), m.end(), "") for m in _QUOTE_BREAK.finditer(work)]   # 实施“⏎十、百、万”: a join
    spans += [(*m.span("blank"), "") for m in _THOUSANDS_BLANK.finditer(work)]   # 2, 785人: a join
    out, offsets, removals = _remove(work, spans)
    findings = _findings(work, spans, removals)
    if first is None:
        return Cleaned(out, offsets, findings)
    findings = [replace(f, source=first.span(*f.source)) for f in findings]  # sources into clean()'s input
    findings += _gloss_findings(text, glosses, gone, removals)
    findings.sort(key=lambda f: (f.start, f.source))
    return Cleaned(out, first.then(offsets), findings)


def _gloss_findings(text: str, glosses, gone, removals) -> list[Finding]:
    """One finding per line holding glosses, at its first gloss's place in the cleaned text;
    none for a line that the second pass removed whole (that removal is reported)."""
    out: list[Finding] = []
    pos1 = _positions([s for s, _, _ in glosses], gone)
    for (s, e, _), p1 in zip(glosses, pos1):
        final = _shift(p1, removals)
        if final is None:
            continue
        last = out[-1] if out else None
        if last is not None and "\n" not in text[last.source[1]:s]:
            n, shown = last.detail.split(": ", 1)[1].split("× ", 1)
            out[-1] = replace(last, detail=f"pinyin_gloss: {int(n) + 1}× {_short(shown + text[s:e], 30)}",
                              source=(last.source[0], e))
            continue
        out.append(Finding("boilerplate_removed", final, final, f"pinyin_gloss: 1× {text[s:e]}", (s, e)))
    return out


def _positions(starts: list[int], removals: list[tuple[int, int]]) -> list[int]:
    """Where each offset of ``starts`` (sorted, each the start of a removal) lands after ``removals``."""
    out, gone, j = [], 0, 0
    for s in starts:
        while j < len(removals) and removals[j][1] <= s:
            gone += removals[j][1] - removals[j][0]
            j += 1
        out.append(s - gone - (s - removals[j][0] if j < len(removals) and removals[j][0] < s else 0))
    return out


def _shift(pos: int, removals: list[tuple[int, int]]) -> int | None:
    """``pos`` after ``removals`` (sorted, disjoint); None when a removal covers it."""
    gone = 0
    for s, e in removals:
        if e <= pos:
            gone += e - s
        elif s < pos:
            return None
        else:
            break
    return pos - gone


def _findings(text: str, spans, removals) -> list[Finding]:
    """One finding per detected span, at its position in the cleaned text.

    A span inside an earlier, larger one is not reported again, except inside a
    teaser (a preface spliced into a teaser line is worth its own finding).
    Footer and teaser lines are reported even when they contain a preface or
    watermark match (the larger span comes first).
    """
    findings: list[Finding] = []
    outer = (-1, -1, "")
    gone, j = 0, 0  # characters removed before the current span; removals passed
    for s, e, kind in sorted(set(spans), key=lambda x: (x[0], -x[1], x[2])):  # fixed order: same run, same findings
        if s >= outer[0] and e <= outer[1] or not kind:
            continue
        if kind != "teaser" and e > outer[1]:
            outer = (s, e, kind)
        while j < len(removals) and removals[j][1] <= s:
            gone += removals[j][1] - removals[j][0]
            j += 1
        pos = s - gone - (s - removals[j][0] if j < len(removals) and removals[j][0] < s else 0)
        last = findings[-1] if findings else None
        if (kind in _PER_LINE and last is not None and last.detail.startswith(kind + ":")
                and "\n" not in text[last.source[1]:s]):
            findings[-1] = replace(last, detail=f"{kind}: {_short(last.detail.split(': ', 1)[1] + text[s:e])}",
                                   source=(last.source[0], e))
            continue
        findings.append(Finding("boilerplate_removed", pos, pos, f"{kind}: {_short(text[s:e])}", (s, e)))
    return findings
