"""The generated corpus of the benchmarks: reports written for them, in the genre.

``report(i)`` is report ``i`` (deterministic): eight themes, outline and enumeration
markers, numbers in Arabic and Chinese notation, slogans, citations; one in six in
traditional script, some with site boilerplate or stripped numbers, now and then a
number stripped or a name redacted (see ``_damage``); 900 to 2,400 characters.
``write_corpus(folder, n)`` writes reports 0..n-1 as files, one in ten in GBK or Big5.

Usage::

    python benchmarks/generate.py OUT -n 1000     # write 1,000 reports under OUT
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

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
    from summarylab.normalisation import to_script

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    args = ap.parse_args()
    print(f"{len(write_corpus(args.out, args.n)):,} reports written under {args.out}")


if __name__ == "__main__":
    main()
