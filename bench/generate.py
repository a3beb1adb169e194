"""Synthetic articles about clinical studies, with the facts each one states written beside it.

    python -m bench.generate 1000 /tmp/articles --seed 7
    # /tmp/articles/000000.txt ... and /tmp/articles/expected.jsonl (one line of facts per file)

Every article is built from facts drawn first (a topic from ``topics.yaml``, an enrolled
n, arms, a measure's mean ± SD at baseline and follow-up, p-values, adverse events), then
written in one of several templates: simplified-Chinese news, traditional-Chinese news, an
English abstract and an English press release, each with two or three phrasings of the
numbers (mean ± SD, mean (SD), n (%), 95% CI, P values). Because the facts are known, a
set of generated articles doubles as an extraction test at scale
(``tests/test_bench_generate.py``, ``expected_facts``/``score``). The same seed always
gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

TOPICS_FILE = Path(__file__).with_name("topics.yaml")
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
EXPECTED = "expected.jsonl"


@lru_cache(maxsize=1)
def topics() -> dict:
    with open(TOPICS_FILE, encoding="utf-8") as f:
        return yaml.safe_load(f)


@dataclass
class Facts:
    """What one generated article states, in the record's canonical terms."""

    file: str
    template: str
    language: str
    doi: str
    condition: str
    intervention: str
    enrolled: int
    follow_up: tuple  # (value, unit)
    arms: list = field(default_factory=list)  # [{"name", "n"}]; empty for a single-arm study
    # {"measure", "group", "time_days", "value", "sd"}: the group is "all" or an arm name
    measurements: list = field(default_factory=list)
    p_values: list = field(default_factory=list)
    adverse_events: list = field(default_factory=list)  # [{"event", "n", "pct"}]


DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


def _num(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}"


def _p_text(p: float) -> str:
    return f"{p:.3f}".rstrip("0") if p >= 0.001 else "0.001"


def draw_facts(rng: random.Random, index: int, template: str, language: str) -> tuple[Facts, dict]:
    """Draw the facts of one study; returns them and the names to write them with."""
    topic = rng.choice(topics()["topics"])
    measures = rng.sample(topic["measures"], k=min(len(topic["measures"]), rng.choice((1, 2))))
    two_arms = template.startswith("en_abstract")
    unit = "week" if template == "en_abstract_b" else "month"
    follow = rng.choice((12, 24)) if unit == "week" else rng.choice((3, 6, 12))
    enrolled = rng.randrange(24, 400)
    if two_arms:
        n1 = enrolled // 2 + rng.randrange(0, 3)
        arms = [{"name": "treatment", "n": n1}, {"name": "control", "n": enrolled - n1}]
    else:
        arms = []
    facts = Facts(
        file=f"{index:06d}.txt", template=template, language=language,
        doi=f"10.5555/bench.{index:06d}", condition=topic["condition"],
        intervention=topic["intervention"]["en"], enrolled=enrolled,
        follow_up=(follow, unit), arms=arms,
    )
    groups = [a["name"] for a in arms] or ["all"]
    seen_values: set[str] = set()
    for m in measures:
        d = m["decimals"]
        for group in groups:
            while True:  # distinct printed values, so a fact is identified by its number
                before = round(rng.uniform(m["low"], m["high"]), d)
                change = (m["high"] - m["low"]) * rng.uniform(0.05, 0.3) * rng.choice((1, -1))
                after = round(min(max(before + change, m["low"]), m["high"]), d)
                texts = {_num(before, d), _num(after, d)}
                if len(texts) == 2 and not texts & seen_values:
                    seen_values |= texts
                    break
            for days, value in ((0.0, before), (round(follow * DAYS[unit], 2), after)):
                sd = round(rng.uniform(0.08, 0.3) * (m["high"] - m["low"]) / 2, d) or 0.1
                facts.measurements.append({"measure": m["name"], "group": group, "time_days": days,
                                           "value": value, "sd": sd})
        facts.p_values.append(rng.choice((0.001, 0.002, 0.004, 0.01, 0.02, 0.03, 0.04, 0.12, 0.35)))
    for ae in rng.sample(topics()["adverse_events"], k=rng.choice((1, 2))):
        n = rng.randrange(1, max(2, enrolled // 4))
        facts.adverse_events.append({"event": ae["name"], "n": n, "pct": round(100 * n / enrolled, 1)})
    names = {"topic": topic, "measures": {m["name"]: m for m in measures},
             "events": {a["name"]: a for a in topics()["adverse_events"]}}
    return facts, names


# ---------------------------------------------------------------- templates
# Each takes (facts, names, rng) and returns the article text. Sentences are generated;
# none is copied from a real article.


def _values(facts: Facts, measure: str, group: str = "all") -> tuple[dict, dict]:
    rows = [m for m in facts.measurements if m["measure"] == measure and m["group"] == group]
    return rows[0], rows[1]


def zh_news_a(facts: Facts, names: dict, rng: random.Random, script: str = "zh") -> str:
    t = names["topic"]
    cond, drug = t[script], t["intervention"][script]
    follow, _ = facts.follow_up
    hant = script == "zh_hant"
    lines = [
        f"{drug}治療{cond}：{follow}個月隨訪結果公布" if hant else f"{drug}治疗{cond}：{follow}个月随访结果公布",
        (f"近日，一項單臂臨床研究（DOI: {facts.doi}）報告了{drug}治療{cond}的療效與安全性。" if hant else
         f"近日，一项单臂临床研究（DOI: {facts.doi}）报告了{drug}治疗{cond}的疗效与安全性。"),
        (f"研究共納入{facts.enrolled}名{cond}患者，全部接受治療並完成隨訪。" if hant else
         f"研究共纳入{facts.enrolled}名{cond}患者，全部接受治疗并完成随访。"),
    ]
    for (name, m), p in zip(names["measures"].items(), facts.p_values):
        before, after = _values(facts, name)
        d = m["decimals"]
        label = m[script]
        lines.append(
            (f"治療前{label}為{_num(before['value'], d)}±{_num(before['sd'], d)}，"
             f"治療後{follow}個月為{_num(after['value'], d)}±{_num(after['sd'], d)}（P={_p_text(p)}）。") if hant else
            (f"治疗前{label}为{_num(before['value'], d)}±{_num(before['sd'], d)}，"
             f"治疗后{follow}个月为{_num(after['value'], d)}±{_num(after['sd'], d)}（P={_p_text(p)}）。"))
    for ae in facts.adverse_events:
        ev = names["events"][ae["event"]][script]
        lines.append(f"安全性方面，{ae['n']}名患者（{ae['pct']}%）出現{ev}。" if hant else
                     f"安全性方面，{ae['n']}名患者（{ae['pct']}%）出现{ev}。")
    lines.append("研究者表示，仍需更大規模的隨機對照試驗加以驗證。" if hant else
                 "研究者表示，仍需更大规模的随机对照试验加以验证。")
    return "\n\n".join(lines) + "\n"


def zh_news_b(facts: Facts, names: dict, rng: random.Random) -> str:
    t = names["topic"]
    cond, drug = t["zh"], t["intervention"]["zh"]
    follow, _ = facts.follow_up
    lines = [
        f"{cond}患者迎来新希望：{drug}临床研究结果发表",
        f"该研究（doi:{facts.doi}）为开放标签、单臂的临床试验，最终{facts.enrolled}例患者入组。",
    ]
    for (name, m), p in zip(names["measures"].items(), facts.p_values):
        before, after = _values(facts, name)
        d = m["decimals"]
        lines.append(f"结果显示，{m['zh']}从基线的{_num(before['value'], d)} (±{_num(before['sd'], d)}) "
                     f"变为{follow}个月时的{_num(after['value'], d)} (±{_num(after['sd'], d)}) "
                     f"(p={_p_text(p)})。")
    events = "，".join(f"{names['events'][a['event']]['zh']}{a['n']}例（{a['pct']}%）"
                      for a in facts.adverse_events)
    lines.append(f"随访期间报告的不良事件包括{events}，均为轻度。")
    return "\n\n".join(lines) + "\n"


def zh_hant_news(facts: Facts, names: dict, rng: random.Random) -> str:
    return zh_news_a(facts, names, rng, script="zh_hant")


def en_abstract_a(facts: Facts, names: dict, rng: random.Random) -> str:
    t = names["topic"]
    follow, unit = facts.follow_up
    treat, control = facts.arms
    drug = t["intervention"]["en"]
    lines = [
        f"{drug.capitalize()} versus placebo in {t['condition']}: a randomized controlled trial",
        f"doi:{facts.doi}",
        f"METHODS: In this randomized, double-blind trial, {facts.enrolled} patients with {t['condition']} "
        f"were randomly assigned to {drug} (n = {treat['n']}) or placebo (n = {control['n']}) "
        f"and followed for {follow} {unit}s.",
    ]
    results = []
    for (name, m), p in zip(names["measures"].items(), facts.p_values):
        d = m["decimals"]
        tb, ta = _values(facts, name, "treatment")
        cb, ca = _values(facts, name, "control")
        results.append(
            f"Mean (SD) {m['en']} went from {_num(tb['value'], d)} ({_num(tb['sd'], d)}) to "
            f"{_num(ta['value'], d)} ({_num(ta['sd'], d)}) in the {drug} group and from "
            f"{_num(cb['value'], d)} ({_num(cb['sd'], d)}) to {_num(ca['value'], d)} ({_num(ca['sd'], d)}) "
            f"in the placebo group at {follow} {unit}s (P = {_p_text(p)}).")
    for ae in facts.adverse_events:
        results.append(f"{names['events'][ae['event']]['en'].capitalize()} occurred in {ae['n']} "
                       f"patients ({ae['pct']}%).")
    lines.append("RESULTS: " + " ".join(results))
    lines.append(f"CONCLUSIONS: {drug.capitalize()} was well tolerated; larger trials are needed.")
    return "\n\n".join(lines) + "\n"


def en_abstract_b(facts: Facts, names: dict, rng: random.Random) -> str:
    t = names["topic"]
    follow, unit = facts.follow_up
    treat, control = facts.arms
    drug = t["intervention"]["en"]
    lines = [
        f"Efficacy and safety of {drug} for {t['condition']}: a {follow}-week randomised trial",
        f"Background: Treatments for {t['condition']} remain limited. DOI: {facts.doi}",
        f"Methods: We enrolled {facts.enrolled} participants; {treat['n']} received {drug} and "
        f"{control['n']} received placebo.",
    ]
    for (name, m), p in zip(names["measures"].items(), facts.p_values):
        d = m["decimals"]
        tb, ta = _values(facts, name, "treatment")
        cb, ca = _values(facts, name, "control")
        diff = round(ta["value"] - tb["value"] - (ca["value"] - cb["value"]), d)
        half = round(abs(diff) / 2 + 0.1, d)
        lines.append(
            f"Results: At baseline, {m['en']} was {_num(tb['value'], d)} ± {_num(tb['sd'], d)} with {drug} "
            f"and {_num(cb['value'], d)} ± {_num(cb['sd'], d)} with placebo; at week {follow} it was "
            f"{_num(ta['value'], d)} ± {_num(ta['sd'], d)} and {_num(ca['value'], d)} ± {_num(ca['sd'], d)}, "
            f"respectively (difference {_num(diff, d)}; 95% CI {_num(diff - half, d)} to {_num(diff + half, d)}; "
            f"P = {_p_text(p)}).")
    events = "; ".join(f"{names['events'][a['event']]['en']}, {a['n']} ({a['pct']}%)" for a in facts.adverse_events)
    lines.append(f"Adverse events included {events}. No participant died.")
    return "\n\n".join(lines) + "\n"


def en_press_release(facts: Facts, names: dict, rng: random.Random) -> str:
    t = names["topic"]
    follow, _ = facts.follow_up
    drug = t["intervention"]["en"]
    lines = [
        f"New study reports {drug} results in {t['condition']}",
        f"FOR IMMEDIATE RELEASE. Researchers today published a single-arm study (DOI {facts.doi}) "
        f"of {drug} in {facts.enrolled} patients with {t['condition']}.",
    ]
    for (name, m), p in zip(names["measures"].items(), facts.p_values):
        d = m["decimals"]
        before, after = _values(facts, name)
        lines.append(f"The mean {m['en']} changed from {_num(before['value'], d)} ± {_num(before['sd'], d)} "
                     f"at baseline to {_num(after['value'], d)} ± {_num(after['sd'], d)} at {follow} months "
                     f"(p = {_p_text(p)}).")
    for ae in facts.adverse_events:
        lines.append(f"{ae['n']} patients ({ae['pct']}%) reported {names['events'][ae['event']]['en']}.")
    lines.append("Media contact: press office.")
    return "\n\n".join(lines) + "\n"


TEMPLATES = {
    "zh_news_a": ("zh", zh_news_a),
    "zh_news_b": ("zh", zh_news_b),
    "zh_hant_news": ("zh", zh_hant_news),
    "en_abstract_a": ("en", en_abstract_a),
    "en_abstract_b": ("en", en_abstract_b),
    "en_press_release": ("en", en_press_release),
}


def article(index: int, seed: int = 0, templates=None) -> tuple[str, Facts]:
    """The text and facts of article ``index``; each article has its own random stream,
    so article 5 is the same whether 10 or 100,000 are generated.

    >>> text, facts = article(3, seed=1)
    >>> text == article(3, seed=1)[0] and str(facts.enrolled) in text
    True
    """
    rng = random.Random(f"{seed}:{index}")
    template = rng.choice(sorted(templates or TEMPLATES))
    language, write = TEMPLATES[template]
    facts, names = draw_facts(rng, index, template, language)
    return write(facts, names, rng), facts


def generate(count: int, out_dir, seed: int = 0) -> Path:
    """Write ``count`` articles and ``expected.jsonl`` into ``out_dir``; returns the folder."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / EXPECTED, "w", encoding="utf-8") as expected:
        for i in range(count):
            text, facts = article(i, seed)
            (out / facts.file).write_text(text, encoding="utf-8")
            expected.write(json.dumps(asdict(facts), ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------- MEDLINE files

MEDLINE_TEMPLATES = ("en_abstract_a", "en_abstract_b")
FIRST_PMID = 90_000_001  # above every real PMID of today, so a generated one never names a real article


def medline_article(index: int, seed: int = 0) -> bytes:
    """One ``<PubmedArticle>`` of a generated English abstract: PMID, title, abstract,
    journal, year and publication type, as a MEDLINE baseline file writes them."""
    from xml.sax.saxutils import escape

    text, facts = article(index, seed, MEDLINE_TEMPLATES)
    title, _, abstract = text.partition("\n")
    kind = "Randomized Controlled Trial" if facts.arms else "Clinical Trial"
    return (f"<PubmedArticle><MedlineCitation Status=\"MEDLINE\"><PMID Version=\"1\">{FIRST_PMID + index}</PMID>"
            f"<Article><Journal><JournalIssue><PubDate><Year>2025</Year></PubDate></JournalIssue>"
            f"<Title>Journal of Generated Trials</Title></Journal><ArticleTitle>{escape(title)}</ArticleTitle>"
            f"<Abstract><AbstractText>{escape(abstract.strip())}</AbstractText></Abstract>"
            f"<PublicationTypeList><PublicationType>{kind}</PublicationType></PublicationTypeList></Article>"
            f"</MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">{FIRST_PMID + index}"
            f"</ArticleId><ArticleId IdType=\"doi\">{escape(facts.doi)}</ArticleId></ArticleIdList></PubmedData>"
            f"</PubmedArticle>\n").encode()


def write_medline(count: int, path, seed: int = 0, first: int = 0) -> Path:
    """A gzipped MEDLINE-style file of ``count`` generated abstracts (articles ``first`` on),
    written as it is generated: a 30,000-article file never sits in memory.

    >>> import gzip, tempfile, os
    >>> p = write_medline(3, os.path.join(tempfile.mkdtemp(), "pubmed.xml.gz"))
    >>> gzip.open(p).read().count(b"<PubmedArticle>")
    3
    """
    import gzip

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wb", compresslevel=6) as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>\n')
        for i in range(first, first + count):
            f.write(medline_article(i, seed))
        f.write(b"</PubmedArticleSet>\n")
    return path


def load_expected(folder) -> list[dict]:
    with open(Path(folder) / EXPECTED, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ---------------------------------------------------------------- scoring


def _close(a, b, tol=1e-6) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol


def score(expected: dict, record: dict) -> dict[str, tuple[int, int]]:
    """(found, stated) per kind of fact: measurement values per time point, enrolled n, p-values.

    A measurement counts when the record has the same measure at the same time point with
    the same value. Groups are not compared: the printed values of one article are
    distinct, and the extractor names arms as written ("placebo"), not as drawn.
    """
    studies = record.get("studies") or []
    study = studies[0] if studies else {}
    got_m = study.get("measurements") or []

    def found_measurement(m) -> bool:
        for g in got_m:
            time = g.get("time") or {}
            days = (time.get("value") or 0) * DAYS.get(time.get("unit"), 0.0)
            if (g.get("measure") == m["measure"] and _close(g.get("value"), m["value"])
                    and abs(days - m["time_days"]) < 1.0):
                return True
        return False

    participants = study.get("participants") or {}
    got_p = [e.get("p") for e in study.get("effects") or []]
    p_found = 0
    remaining = list(got_p)
    for p in expected["p_values"]:
        for i, g in enumerate(remaining):
            if _close(g, p):
                p_found += 1
                del remaining[i]
                break
    return {
        "measurements": (sum(map(found_measurement, expected["measurements"])), len(expected["measurements"])),
        "enrolled": (int(participants.get("enrolled") == expected["enrolled"]), 1),
        "p_values": (p_found, len(expected["p_values"])),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", help="how many articles: a number or 1k, 10k, 100k")
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--medline", type=int, metavar="PER_FILE",
                        help="write gzipped MEDLINE files of PER_FILE English abstracts instead")
    args = parser.parse_args(argv)
    count = SIZES.get(args.count) or int(args.count)
    if args.medline:
        for n, first in enumerate(range(0, count, args.medline), 1):
            write_medline(min(args.medline, count - first), Path(args.out_dir) / f"pubmed-{n:04d}.xml.gz",
                          args.seed, first)
    else:
        generate(count, args.out_dir, args.seed)
    print(f"{count} articles -> {args.out_dir}")


if __name__ == "__main__":
    main()
