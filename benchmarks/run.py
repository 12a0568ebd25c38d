"""One command, one table: throughput of every stage of summarylab, next to segmentation alone.

Generates N reports (default 1,000, 10,000 and 100,000) from templates written
for this benchmark in the genre (eight themes, outline and enumeration
markers, numbers in Arabic and Chinese notation, slogans, citations; one in
six in traditional script, one in ten in GBK or Big5, some with site
boilerplate or stripped numbers: see ``report``), writes them to disk, and for
each size runs two fresh child processes, one per segmentation backend.

The jieba child runs the pipeline as a user does, ``analyze(read_document(p)
.text).tables()`` for every file, with the functions analyze() calls wrapped in
timers, so that one pass gives both the whole and its parts:

    read        read_document(path)
    normalise   normalise(text)            clean      clean(normalised)
    quality     find_quality_issues(...)   indicators extract_indicators(cleaned)
    measures    extract_measures(cleaned)  slogans    extract_slogans(cleaned)
    citations   extract_citations(cleaned)
    pipeline    read_document + analyze + every table (all extraction, no themes)

then, on the cleaned texts, with its backend (the rjieba child reads the texts
the jieba child wrote, untimed):

    segment     summarylab.segment(text, backend=...)     (domain lexicon)
    alone       jieba.lcut(text) / rjieba.Jieba().cut(text)  (the library alone)
    themes      ThemeModel().fit(all texts)  (k chosen; $SUMMARYLAB_SEGMENTER=backend)

Every figure is wall time summed over the documents (time.perf_counter);
chars/s counts the characters of the cleaned text for every stage, so rates
compare as times do. Peak memory is the child's ru_maxrss (the cleaned texts
of all documents are kept for the themes).

Also printed: OpenCC backend throughput (``bench_normalise``) on the generated
text, for the installed backend and, with ``--opencc-python``, for the
interpreter of another environment (the two OpenCC distributions cannot share
one); and, with ``--real DIR``, the same table on a folder of real reports
(read only, e.g. ../shared/realcorpus/gwr) followed by the token agreement of
rjieba with jieba on them (rjieba alone with the same dictionary, and the
``backend="rjieba"`` of summarylab.segment, which falls back to jieba where
the two differ).

Usage (under ``flock /tmp/summarylab-bench.lock`` so benchmarks never overlap)::

    python benchmarks/run.py                       # 1k, 10k, 100k reports (more than an hour)
    python benchmarks/run.py --sizes 300           # a quick look
    python benchmarks/run.py --sizes 1000 --real ../shared/realcorpus/gwr \\
        --opencc-python /tmp/venv-cpp/bin/python

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # bench_normalise, when imported from elsewhere

import bench_normalise  # noqa: E402

BACKENDS = ("jieba", "rjieba")
STAGES = ("read", "normalise", "clean", "quality", "indicators", "measures", "slogans",
          "citations", "pipeline", "segment", "alone", "themes")
BACKEND_STAGES = ("segment", "alone", "themes")
EXTRACTION = ("indicators", "measures", "slogans")

# ----------------------------------------------------------------------------- reports

_PLACES = [("东湖区", "区"), ("青山县", "县"), ("临江市", "市"), ("白石镇", "镇"), ("南岭乡", "乡"),
           ("新城街道", "街道"), ("北塘区", "区"), ("云溪县", "县")]
_THEMES = {
    "环境保护": dict(
        unit="生态环境局",
        work=["开展大气污染防治专项行动{a}次，关停“散乱污”企业{b}家",
              "全{place}空气质量优良天数达到{d}天，优良率{p}%，同比提高{q}个百分点",
              "新建污水处理厂{c}座，日处理能力{e}万吨，城镇污水处理率由{q}%提高到{p}%",
              "全面落实河长制，巡河{a}人次，清理河道垃圾{e}吨",
              "完成重点企业清洁生产审核{b}家，削减化学需氧量{e}吨"],
        slogans=["绿水青山就是金山银山", "三线一单", "蓝天保卫战"]),
    "安全生产": dict(
        unit="应急管理局",
        work=["组织安全生产大检查{a}次，排查整改隐患{f}处，整改率{p}%",
              "全年发生生产安全事故{b}起、死亡{c}人，同比分别下降{q}%和{r}%",
              "开展“安全生产月”活动，培训企业负责人{a}人次",
              "落实“党政同责、一岗双责”，签订责任书{b}份",
              "对{b}家企业实施停产整顿，罚款{e}万元"],
        slogans=["安全第一、预防为主、综合治理", "三管三必须", "打非治违"]),
    "教育发展": dict(
        unit="教育局",
        work=["新建改扩建中小学校{c}所，新增学位{f}个",
              "招聘教师{b}名，培训教师{a}人次，义务教育巩固率达{p}%",
              "发放学生资助资金{e}万元，惠及学生{f}人次",
              "推进“双减”工作，课后服务覆盖率达到{p}%",
              "投入{e}万元改善办学条件，建成标准化实验室{c}间"],
        slogans=["立德树人", "双减", "五育并举"]),
    "乡村振兴": dict(
        unit="农业农村局",
        work=["全{place}{b}个贫困村全部出列，{f}名建档立卡贫困人口稳定脱贫",
              "落实“四个不摘”要求，发放小额信贷{e}万元",
              "新建高标准农田{f}亩，粮食总产量{e}万吨，比上年增长{q}%",
              "农村居民人均可支配收入{f}元，增长{q}%",
              "培育新型农业经营主体{b}家，带动农户{f}户"],
        slogans=["两不愁三保障", "四个不摘", "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕"]),
    "招商引资": dict(
        unit="商务局",
        work=["全年引进项目{b}个，总投资{e}亿元，其中亿元以上项目{c}个",
              "实际利用外资{e}万美元，同比增长{q}%",
              "组织招商推介活动{c}场，签约项目{b}个",
              "开展“一对一”帮办服务，协调解决企业困难{a}个",
              "外贸进出口总额{e}亿元，增长{q}%"],
        slogans=["最多跑一次", "一企一策", "放管服"]),
    "党的建设": dict(
        unit="机关党委",
        work=["开展“两学一做”学习教育，组织专题学习{c}次",
              "发展党员{b}名，整顿软弱涣散基层党组织{c}个",
              "深入学习贯彻三个代表重要思想，开展主题党日活动{a}次",
              "查处违反中央八项规定精神问题{b}起，处理{c}人",
              "落实“三会一课”制度，开展谈心谈话{a}人次"],
        slogans=["三会一课", "两学一做", "不忘初心、牢记使命"]),
    "政务服务": dict(
        unit="行政审批局",
        work=["全年办理审批服务事项{f}件，按时办结率{p}%",
              "削减行政审批事项{b}项，平均办理时限由{c}个工作日缩短到{d}个工作日",
              "推行“一站式审批”，{b}项事项实现“一网通办”",
              "受理群众投诉{a}件，满意率达到{p}%",
              "“12345”热线接听来电{f}个，回访满意率{p}%"],
        slogans=["一网通办", "放管服", "接诉即办"]),
    "卫生健康": dict(
        unit="卫生健康局",
        work=["新建村卫生室{b}个，家庭医生签约{f}人，签约率{p}%",
              "完成疫苗接种{f}剂次，接种率{p}%",
              "孕产妇死亡率、婴儿死亡率分别下降到{r}/10万和{q}‰",
              "开展义诊活动{c}场，服务群众{a}人次",
              "投入{e}万元建设县域医共体，{b}家乡镇卫生院纳入统一管理"],
        slogans=["健康中国", "大病不出县", "三医联动"]),
}
_OPENING = [
    "{year}年，在{place}党委、政府的坚强领导下，我局坚持以人民为中心的发展思想，"
    "紧紧围绕年初确定的目标任务，扎实推进各项工作，取得了明显成效。现将有关情况总结如下：",
    "今年以来，{unit}在上级部门的精心指导下，认真贯彻落实各项决策部署，坚持“{slogan}”，"
    "狠抓工作落实，较好地完成了全年各项任务。",
]
_SECTIONS = ["（{n}）强化组织领导，压实工作责任", "（{n}）聚焦重点任务，推动工作落地",
             "（{n}）创新工作机制，提升服务水平", "（{n}）加强队伍建设，夯实工作基础",
             "（{n}）深化宣传引导，营造良好氛围", "（{n}）坚持问题导向，抓好整改落实",
             "（{n}）强化督导检查，确保取得实效", "（{n}）统筹协调推进，形成工作合力"]
_METHODS = ["成立由主要负责同志任组长的工作领导小组，定期研究解决重大问题",
            "坚持每月调度、每季通报、年终考核，确保各项任务按时序推进",
            "制定印发实施方案，明确责任单位和完成时限，层层压实责任",
            "建立问题清单、任务清单、责任清单，实行销号管理",
            "通过政务网站、微信公众号等平台广泛宣传，群众知晓率明显提高",
            "邀请专家开展业务培训，干部队伍的专业能力进一步增强",
            "加强与相关部门的沟通协作，形成了上下联动、齐抓共管的工作格局"]
_PROBLEMS = ["部分单位思想认识不到位，工作进展不平衡", "资金投入不足，保障能力有待加强",
             "专业人才缺乏，队伍能力与新形势要求还有差距", "制度执行不够严格，长效机制尚未完全建立",
             "信息化建设相对滞后，数据共享程度不高"]
_PLANS = ["坚持问题导向，补齐短板弱项", "加大资金投入，强化要素保障", "加强队伍建设，提升履职能力",
          "完善制度机制，推动工作常态长效", "深化改革创新，激发发展活力"]
_PREFACES = ["下面是小编为大家整理的{title}，供大家参考。", "本站为你精心整理了{title}，希望对你有帮助。"]
_FOOTERS = ["上一篇：{place}年度工作计划\n下一篇：{place}述职报告", "版权所有 某某范文网 备案号：京ICP备00000000号"]
_CN = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """0 <= n < 10000 in Chinese numerals (三十, 一百零五, 两千三百)."""
    if n < 10:
        return _CN[n]
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + ("两" if digit == 2 and value >= 1000 else _CN[digit]) + name
        zero = digit == 0 and bool(out)
    return out[1:] if out.startswith("一十") else out


def _numbers(rng: random.Random) -> dict:
    a = rng.randint(20, 9000)
    return dict(a=f"{a:,}" if a > 999 and rng.random() < 0.3 else a,
                b=rng.choice([rng.randint(2, 300), chinese_number(rng.randint(2, 99)) + rng.choice(["", "余"])]),
                c=rng.randint(2, 30), d=rng.randint(2, 20), e=round(rng.uniform(0.5, 900), 1),
                f=rng.randint(100, 90000), p=round(rng.uniform(60, 99.9), 1),
                q=round(rng.uniform(0.5, 30), 1), r=round(rng.uniform(1, 40), 1))


def _fill(rng: random.Random, template: str, ctx: dict) -> str:
    return template.format(**ctx, **_numbers(rng))


def _section(rng: random.Random, n: int, theme: dict, ctx: dict) -> list[str]:
    head = _SECTIONS[n % len(_SECTIONS)].format(n=chinese_number(n + 1))
    works = rng.sample(theme["work"], rng.randint(3, 5)) + rng.sample(_METHODS, rng.randint(1, 3))
    if rng.random() < 0.4:
        body = "".join(f"{chinese_number(i + 1)}是{_fill(rng, w, ctx)}；" for i, w in enumerate(works))
        body = body[:-1] + "。"
    else:
        body = "".join(_fill(rng, w, ctx) + "。" for w in works)
    return [head, body]


def _damage(rng: random.Random, text: str) -> str:
    """Now and then, what a website does to a report: numbers stripped, names redacted."""
    if rng.random() < 0.05:
        text = text.replace("1", "", 3).replace("2", "", 3)
    if rng.random() < 0.05:
        text = text.replace(text[:2], "××", 1)
    return text


def report(i: int) -> tuple[str, str]:
    """Report ``i`` (deterministic) and its script: 900 to 2,400 characters, 1,570 on average."""
    rng = random.Random(i)
    name, theme = rng.choice(list(_THEMES.items()))
    place, level = rng.choice(_PLACES)
    ctx = dict(place=level, unit=place + theme["unit"], year=2010 + i % 15,
               slogan=rng.choice(theme["slogans"]))
    title = f"{ctx['unit']}{ctx['year']}年{name}工作总结"
    lines = [title, rng.choice(_OPENING).format(**ctx), "一、主要工作及成效"]
    for n in range(rng.randint(4, 8)):
        lines += _section(rng, n, theme, ctx)
    lines += ["二、存在的问题", "".join(f"{chinese_number(k + 1)}是{p}；" for k, p in
                                       enumerate(rng.sample(_PROBLEMS, 3)))[:-1] + "。",
              "三、下一步工作打算"]
    lines += [f"{k + 1}.{p}。{_fill(rng, rng.choice(_METHODS), ctx)}。"
              for k, p in enumerate(rng.sample(_PLANS, rng.randint(2, 5)))]
    lines.append(f"我们将继续坚持“{ctx['slogan']}”，认真落实《{ctx['unit']}{ctx['year'] + 1}年工作要点》，"
                 "推动各项工作再上新台阶。")
    if rng.random() < 0.1:
        lines.insert(0, rng.choice(_PREFACES).format(title=title))
    if rng.random() < 0.1:
        lines.append(rng.choice(_FOOTERS).format(place=ctx["unit"]))
    text = _damage(rng, "\n".join(lines) + "\n")
    return (_traditional(text), "traditional") if i % 6 == 5 else (text, "simplified")


def _traditional(text: str) -> str:
    from summarylab.normalise import to_script

    return to_script(text, "traditional")


def write_corpus(folder: Path, n: int) -> list[Path]:
    """Reports 0..n-1 as files (1,000 a folder): UTF-8, or GBK / Big5 for one in ten."""
    paths = []
    for i in range(n):
        text, script = report(i)
        encoding = ("big5" if script == "traditional" else "gbk") if i % 10 == 3 else "utf-8"
        path = folder / f"g{i // 1000:03d}" / f"r{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding, errors="replace"))
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- child: timing

def _timed(acc: dict, stage: str, call):
    """``call()``, adding its wall time to ``acc[stage]``."""
    start = time.perf_counter()
    out = call()
    acc[stage] += time.perf_counter() - start
    return out


def _segmenter_alone(backend: str):
    """The library's own cut with its own dictionary (no summarylab lexicon)."""
    if backend == "rjieba":
        import rjieba

        return rjieba.Jieba().cut
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.lcut


# stage -> (module, function) timed while analyze() runs: the functions it calls
_INSIDE = {
    "normalise": ("summarylab.analysis", "normalise"),
    "clean": ("summarylab.analysis", "clean"),
    "quality": ("summarylab.analysis", "find_quality_issues"),
    "indicators": ("summarylab.indicators", "extract_indicators"),
    "measures": ("summarylab.measures", "extract_measures"),
    "slogans": ("summarylab.slogans", "extract_slogans"),
    "citations": ("summarylab.slogans", "extract_citations"),
}


def _instrument(acc: dict) -> None:
    """Wrap the stage functions analyze() calls, so one pass times stages and pipeline."""
    import importlib

    def wrap(stage: str, fn):
        return lambda *a, **k: _timed(acc, stage, lambda: fn(*a, **k))

    for stage, (module_name, name) in _INSIDE.items():
        module = importlib.import_module(module_name)
        setattr(module, name, wrap(stage, getattr(module, name)))


def _pipeline(path: Path, acc: dict, found: dict) -> str:
    """read_document + analyze + every table, timed as a whole and per stage; ``found``
    counts the indicators (their density decides what extraction costs)."""
    from summarylab.analysis import analyze
    from summarylab.readers import read_document

    start = time.perf_counter()
    doc = read_document(path)
    acc["read"] += time.perf_counter() - start
    analysis = analyze(doc.text)
    analysis.tables()
    acc["pipeline"] += time.perf_counter() - start
    found["indicators"] += len(analysis.indicators)
    return analysis.text


def _segmentation(texts: list[str], backend: str, acc: dict) -> None:
    from summarylab.segment import segment

    alone = _segmenter_alone(backend)
    segment(texts[0], backend=backend)  # dictionaries loaded before timing
    alone(texts[0])
    for text in texts:
        _timed(acc, "segment", lambda: segment(text, backend=backend))
        _timed(acc, "alone", lambda: alone(text))


def child(paths: list[Path], backend: str, texts_file: Path) -> dict:
    """The jieba child runs the pipeline over ``paths`` and writes the cleaned texts to
    ``texts_file``; the rjieba child reads them from there. Both then time segmentation
    and themes. Returns the figures."""
    from summarylab.analysis import analyze
    from summarylab.themes import ThemeModel

    acc: dict[str, float] = defaultdict(float)
    found: dict[str, int] = defaultdict(int)
    if backend == "jieba":
        analyze(report(5)[0]).tables()  # patterns and converters loaded before timing
        _instrument(acc)
        texts = [_pipeline(p, acc, found) for p in paths]
        with texts_file.open("w", encoding="utf-8") as out:  # a line each: no copy of them all
            out.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in texts)
    else:
        with texts_file.open(encoding="utf-8") as lines:
            texts = [json.loads(line) for line in lines]
    _segmentation(texts, backend, acc)
    model = _timed(acc, "themes", lambda: ThemeModel().fit(texts))
    return {"backend": backend, "docs": len(texts), "chars": sum(map(len, texts)),
            "seconds": dict(acc), "k": int(model.k_), "indicators": found["indicators"],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(paths_file: Path, backend: str) -> dict:
    """Run :func:`child` in a fresh interpreter (its own peak memory); parse its JSON."""
    cmd = [sys.executable, __file__, "--child", str(paths_file), "--backend", backend]
    env = dict(os.environ, SUMMARYLAB_SEGMENTER=backend)  # what ThemeModel() will use
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"benchmark child failed ({backend}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- tables

LABELS = {
    "read": "read (read_document)", "normalise": "normalise", "clean": "clean",
    "quality": "quality findings", "indicators": "indicators", "measures": "measures",
    "slogans": "slogans", "citations": "citations",
    "pipeline": "PIPELINE (read+analyze+tables)", "segment": "segment (domain lexicon)",
    "alone": "segmenter alone", "themes": "themes (ThemeModel().fit)",
}


def _cells(result: dict | None, stage: str) -> str:
    if result is None or stage not in result["seconds"]:
        return f"{'':>12} {'':>9} {'':>9}"
    s = result["seconds"][stage]
    return f"{result['chars'] / s:>12,.0f} {result['docs'] / s:>9,.1f} {1000 * s / result['docs']:>9.3f}"


def stage_table(results: dict[str, dict]) -> str:
    """Rows: stages; columns: chars/s, docs/s, ms/report per backend."""
    backends = [b for b in BACKENDS if b in results]
    head = f"{'stage':<32}" + "".join(f" | {b + ' chars/s':>12} {'docs/s':>9} {'ms/report':>9}"
                                      for b in backends)
    lines = [head, "-" * len(head)]
    for stage in STAGES:
        lines.append(f"{LABELS[stage]:<32}" + "".join(
            " | " + _cells(results[b] if stage in BACKEND_STAGES or b == "jieba" else None, stage)
            for b in backends))
    return "\n".join(lines)


RATIOS = {
    "pipeline throughput / segmenter alone": lambda sec, base: sec["alone"] / base["pipeline"],
    "pipeline throughput / segment": lambda sec, base: sec["segment"] / base["pipeline"],
    "extraction time / segment time (issue 3: < 0.2)":
        lambda sec, base: sum(base[s] for s in EXTRACTION) / sec["segment"],
    "  of which indicators / segment time":
        lambda sec, base: base["indicators"] / sec["segment"],
    "themes, minutes": lambda sec, base: sec["themes"] / 60,
}


def ratios(results: dict[str, dict]) -> str:
    """Pipeline and extraction (indicators+measures+slogans) against segmentation,
    with each backend; themes in minutes; k; peak memory of each child."""
    base = results["jieba"]["seconds"]
    lines = [f"{'':<50}" + "".join(f"{b:>10}" for b in results)]
    for label, fn in RATIOS.items():
        lines.append(f"{label:<50}" + "".join(f"{fn(r['seconds'], base):>10.2f}" for r in results.values()))
    lines.append(f"{'themes found (k)':<50}" + "".join(f"{r['k']:>10}" for r in results.values()))
    lines.append(f"{'peak memory of the child, MB':<50}" + "".join(f"{r['peak_mb']:>10,.0f}"
                                                                    for r in results.values()))
    return "\n".join(lines)


def flat_table(by_size: dict[int, dict[str, dict]]) -> str:
    """ms per report of every stage at every size: flat means linear in the corpus."""
    sizes = sorted(by_size)
    head = f"{'ms/report':<40}" + "".join(f"{n:>12,}" for n in sizes)
    lines = [head, "-" * len(head)]
    for b in BACKENDS:
        for stage in STAGES:
            got = [by_size[n].get(b, {}).get("seconds", {}).get(stage) for n in sizes]
            if any(g is not None for g in got) and (b == "jieba" or stage in BACKEND_STAGES):
                lines.append(f"{b + ': ' + LABELS[stage]:<40}" + "".join(
                    f"{1000 * g / n:>12.3f}" if g is not None else f"{'':>12}"
                    for g, n in zip(got, sizes)))
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main

def _have_rjieba() -> bool:
    import importlib.util

    return importlib.util.find_spec("rjieba") is not None


def run_size(paths: list[Path], workdir: Path, key: str, label: str) -> dict[str, dict]:
    """Both backends over ``paths``; prints and returns the results."""
    paths_file = workdir / f"paths-{key}.txt"
    paths_file.write_text("\n".join(map(str, paths)), encoding="utf-8")
    results = {"jieba": measure(paths_file, "jieba")}
    if _have_rjieba():
        results["rjieba"] = measure(paths_file, "rjieba")
    r = results["jieba"]
    print(f"\n== {label}: {r['docs']:,} reports, {r['chars']:,} chars of cleaned text, "
          f"{r['indicators']:,} indicators ({1000 * r['indicators'] / max(r['chars'], 1):.1f} per 1,000 chars)")
    print(stage_table(results))
    print(ratios(results))
    return results


def _matched(a: list[str], b: list[str]) -> int:
    """Tokens of ``a`` matched in order by equal tokens of ``b`` (difflib alignment)."""
    import difflib

    return sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def agreement(paths: list[Path]) -> str:
    """Token agreement of rjieba with jieba (domain lexicon) on the cleaned texts of ``paths``:
    rjieba alone with the same dictionary, and the rjieba backend with its jieba fallback."""
    import importlib

    from summarylab.analysis import analyze
    from summarylab.readers import read_document

    seg = importlib.import_module("summarylab.segment")
    texts = [analyze(read_document(p).text).text for p in paths]
    ref = [seg.segment(t) for t in texts]
    raw = [[w for w in seg._lexicon().fast().cut(t) if w.strip()] for t in texts]
    fast = [seg.segment(t, backend="rjieba") for t in texts]
    total = sum(map(len, ref))
    lines = [f"token agreement with jieba on {len(texts)} reports ({total:,} jieba tokens):"]
    for name, got in (("rjieba, same dictionary, no fallback", raw), ("backend='rjieba'", fast)):
        same = sum(_matched(a, b) for a, b in zip(ref, got))
        docs = sum(a == b for a, b in zip(ref, got))
        lines.append(f"  {name:<38} {same:,} tokens ({same / total:.6%}), {docs} of {len(texts)} reports identical")
    return "\n".join(lines)


def opencc_section(text: str, workdir: Path, others: list[str]) -> None:
    """The installed OpenCC backend here, each other interpreter in a subprocess."""
    rows = [bench_normalise.rates(text)]
    text_file = workdir / "opencc-text.txt"
    text_file.write_text(text, encoding="utf-8")
    for python in others:
        cmd = [python, str(HERE / "bench_normalise.py"), "--text-file", str(text_file), "--json"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"[{python}] failed:\n{done.stderr[-2000:]}")
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"\n== OpenCC backends on {len(text):,} chars of generated reports (mixed scripts)")
    print(bench_normalise.format_rates(rows))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000],
                    help="numbers of generated reports (default 1000 10000 100000)")
    ap.add_argument("--real", type=Path, help="also a folder of real reports (read only)")
    ap.add_argument("--opencc-python", nargs="*", default=[],
                    help="interpreters of other environments to time their OpenCC backend")
    ap.add_argument("--workdir", type=Path, help="where to write the corpus (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--backend", choices=BACKENDS, default="jieba", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def _machine() -> str:
    import platform

    return f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"


def benchmark(args: argparse.Namespace, workdir: Path) -> dict:
    print(f"{time.strftime('%Y-%m-%d %H:%M')}  {_machine()}  rjieba: {_have_rjieba()}")
    start = time.perf_counter()
    paths = write_corpus(workdir / "corpus", max(args.sizes))
    print(f"generated {len(paths):,} reports in {time.perf_counter() - start:.0f} s")
    opencc_section(bench_normalise.generated_text(min(300, len(paths))), workdir, args.opencc_python)
    by_size = {n: run_size(paths[:n], workdir, str(n), f"{n:,} generated") for n in sorted(args.sizes)}
    print("\n== time per report across corpus sizes")
    print(flat_table(by_size))
    out = {"generated": by_size}
    if args.real:
        real = sorted(p for p in args.real.rglob("*.txt") if p.is_file())
        out["real"] = run_size(real, workdir, "real", f"real corpus {args.real}")
        if _have_rjieba():
            out["agreement"] = agreement(real)
            print(out["agreement"])
    return out


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child:
        paths = [Path(p) for p in args.child.read_text(encoding="utf-8").splitlines()]
        print(json.dumps(child(paths, args.backend, args.child.with_suffix(".texts.json"))))
        return
    with tempfile.TemporaryDirectory(prefix="summarylab-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        out = benchmark(args, workdir)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
