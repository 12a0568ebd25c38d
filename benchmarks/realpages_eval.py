"""What the pipeline leaves of site junk on real web pages (a folder of saved pages).

Usage (from the repository root)::

    PYTHONPATH=. python benchmarks/realpages_eval.py /work/realpages/clean [more folders]
        [--show N] [--json out.json] [--files p001,p014]

Each ``*.txt`` / ``*.html`` / ``*.docx`` file is read with :func:`summarylab.read_document`
and run through :func:`summarylab.analyze`. For every page it prints:

- the boilerplate removals, counted by label (the part of ``detail`` before ":");
- junk left in ``a.text``: lines matching the checklist ``JUNK`` below (kinds of site junk,
  written independently of ``data/boilerplate.txt`` so that the measure does not just
  repeat the rules);
- indicators whose quote or subject touches junk (a checklist hit on the indicator's own
  line, or Latin letters of a gloss inside the quote or subject);
- the title the corpus table would show.

Totals close the output; ``--json`` writes them with the per-page rows so that two runs
(before / after a change: run once with ``PYTHONPATH=/path/to/old/checkout``) can be
compared. The pages are others' texts: keep them outside the repository.
``benchmarks/realpages_sources.tsv`` lists the queries and URLs of the set collected by
the cleaning work, so it can be rebuilt.

The checklist counts candidates, not proven junk: a report that talks about 会员 or
下载 is counted too. ``--show N`` prints up to N matched lines per kind for a human to judge.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import summarylab
from summarylab import readers
from summarylab.corpus import _title

# kind -> pattern searched on each line of the cleaned text
JUNK: dict[str, re.Pattern] = {k: re.compile(v) for k, v in {
    # a CJK character followed by a bracketed Latin syllable: 现（xiàn）, 万(wan)
    "pinyin_gloss": r"[\u4e00-\u9fff）)][（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[）)]",
    # a long run of lowercase Latin letters: a transliterated paragraph
    "pinyin_text": r"[a-z]{25,}",
    # anti-copy jammer tokens: runs of 1-2 printable ASCII characters between spaces
    "jammer": r"(?:^|\s)(?:[!-~]{1,2} ){5,}[!-~]{1,2}(?:\s|$)",
    # a portal header: date and clock time, or a bare ISO date on a short line
    "timestamp": r"\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]?\d{1,2}:\d{2}|^.{0,20}\d{4}-\d{1,2}-\d{1,2}.{0,20}$",
    "column_label": r"^\s*[•·\-*]?\s*(?:时间|日期|栏目|来源|作者|发布|录入|编辑|浏览|点击|索引号|发文字号|主题分类)\s?[：:]"
                    r"|我要投稿|版权反馈|参与评论|阅读模式|浏览\d+次|推荐度",
    "paywall": r"登录|VIP|付费|预览|未读|全部显示|免费阅读|阅读全部|开通会员|需先",
    "blurb": r"小编|导语|编者按|欢迎(?:参考|阅读|借鉴)|供大家|仅供参考|猜你|由我整理|参考学习",
    "doc_site": r"由会员分享|可在线阅读|上传|下载|\d\s?[KM]B\b|QQ|客服|正文复制|相关推荐|收藏本文|精品文档|好文档",
    "char_count": r"全文\s?\d+\s?字|共计?\s?\d+\s?字|积分",
    "page_marker": r"第\s?\d+\s?页|共\s?\d+\s?页|_第\d+页",
    "breadcrumb": r"\S\s?(?:>|＞|»|>>)\s?\S.{0,40}(?:>|＞|»)",
    "url": r"https?://|www\.",
    "statement": r"声明[：:]|侵权|版权",
    "ui_token": r"^\s*(?:\[编辑\]|点击查看|跳转到内容|展开全文|返回顶部|×|\|)\s*$|加入我们|<image>",
    "punct_junk": r"，[，、。；]",
}.items()}

GLOSS_IN_VALUE = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,}")


def pages(folders: list[str], only: set[str]) -> list[Path]:
    out = []
    for folder in folders:
        for p in sorted(Path(folder).iterdir()):
            if p.suffix.lower() in (".txt", ".html", ".htm", ".docx") and not p.name.startswith("_"):
                if not only or any(p.name.startswith(o) for o in only):
                    out.append(p)
    return out


def line_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def evaluate(path: Path) -> dict:
    doc = summarylab.read_document(path)
    a = summarylab.analyze(doc.text)
    removed = Counter(d.split(":")[0] for d in a.quality.loc[a.quality.kind == "boilerplate_removed", "detail"])
    junk: dict[str, list[str]] = {}
    junk_lines: list[tuple[int, int]] = []
    for s, e, line in line_spans(a.text):
        hit = False
        for kind, rx in JUNK.items():
            if rx.search(line):
                junk.setdefault(kind, []).append(line.strip()[:80])
                hit = True
        if hit:
            junk_lines.append((s, e))
    bad = []
    for row in a.indicators.itertuples():
        on_junk = any(s <= row.start < e for s, e in junk_lines)
        if on_junk or GLOSS_IN_VALUE.search(str(row.quote)) or GLOSS_IN_VALUE.search(str(row.subject)):
            bad.append(f"{row.quote} | {row.subject}")
    return {
        "file": path.name,
        "chars": len(a.text),
        "removed": dict(removed),
        "junk": {k: len(v) for k, v in junk.items()},
        "junk_lines": junk,
        "indicators": len(a.indicators),
        "bad_indicators": bad,
        "title": _title(doc, a.text, "simplified"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--show", type=int, default=0, help="print up to N junk lines per kind and page")
    ap.add_argument("--json", help="write the rows and totals to this file")
    ap.add_argument("--files", default="", help="comma-separated file-name prefixes to keep")
    args = ap.parse_args(argv)
    only = {f for f in args.files.split(",") if f}
    rows = [evaluate(p) for p in pages(args.folders, only)]
    tot_removed, tot_junk = Counter(), Counter()
    for r in rows:
        tot_removed.update(r["removed"])
        tot_junk.update(r["junk"])
        print(f"{r['file']}: chars {r['chars']} · removed {sum(r['removed'].values())} "
              f"{dict(sorted(r['removed'].items()))} · junk lines {sum(r['junk'].values())} "
              f"{dict(sorted(r['junk'].items()))} · indicators {r['indicators']} "
              f"(on junk {len(r['bad_indicators'])}) · title {r['title']!r}")
        for b in r["bad_indicators"][: args.show]:
            print(f"    indicator on junk: {b}")
        for kind, lines in sorted(r["junk_lines"].items()):
            for line in lines[: args.show]:
                print(f"    {kind}: {line}")
    totals = {
        "pages": len(rows),
        "removals": sum(tot_removed.values()),
        "removals_by_label": dict(sorted(tot_removed.items())),
        "junk_lines": sum(tot_junk.values()),
        "junk_by_kind": dict(sorted(tot_junk.items())),
        "pages_with_junk": sum(1 for r in rows if r["junk"]),
        "indicators": sum(r["indicators"] for r in rows),
        "indicators_on_junk": sum(len(r["bad_indicators"]) for r in rows),
    }
    print("\nTOTAL " + json.dumps(totals, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps({"totals": totals, "rows": rows}, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
