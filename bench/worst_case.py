"""Articles built to make extraction slow, each at most 20,000 characters, and the time each
takes to extract in a warm process.

    python -m bench.worst_case        # one line per article, then the slowest

A real cohort abstract with many "median (range)" figures once took 8.6 s: one pattern
tried exponentially many ways of reading a run of numbers. These articles pile up what
such patterns meet (long runs of numbers, brackets, ±, ranges, p-values, repeated
measures, tables, Chinese numerals) so that any pattern that backtracks shows here. The
target is at most 250 ms an article (``bench/run.py`` reports it).

>>> all(len(text) <= LIMIT_CHARS for _, text in articles())
True
"""

from __future__ import annotations

import random
import time

LIMIT_CHARS = 20_000
TARGET_MS = 250.0


def _fill(unit: str, head: str = "") -> str:
    """``head`` followed by ``unit`` repeated up to the size limit."""
    room = LIMIT_CHARS - len(head)
    return head + unit * max(1, room // max(1, len(unit)))


def articles() -> list[tuple[str, str]]:
    """(name, text) of every worst-case article: deterministic, so runs compare."""
    rng = random.Random(13)
    numbers = " ".join(f"{rng.uniform(0, 500):.4f}" for _ in range(3000))
    en_head = "A randomised trial of a new treatment in 240 adults\n\nResults: "
    zh_head = "一项随机对照试验：新疗法治疗240例患者\n\n结果："
    out = [
        ("numbers separated by spaces", en_head + numbers),
        ("median (range) repeated", _fill("the median was 41.2718 (range 3.1-118.7), 38.99 (2.2-91.4) and ", en_head)),
        ("numbers before a bracket", _fill("Median values 41.27 38.99 40.11 39.55 42.00 (days) 9.5; ", en_head)),
        ("mean ± SD chains", _fill("12.3 ± 4.5 vs 11.9 ± 4.1 ± 0.2 ± ", en_head)),
        ("ranges and dashes", _fill("3.1-4.2–5.3—6.4 to 7.5 ~ 8.6 至 ", en_head)),
        ("p-values", _fill("p = 0.03, P < 0.001, p=.04, P值<0.05, ", en_head)),
        ("confidence intervals", _fill("HR 0.72 (95% CI 0.61 to 0.85; 95% CI, 0.5-0.9), OR 1.2 [1.1, 1.3] ", en_head)),
        ("n (%) runs", _fill("34 (85.0%) 12/40 (30%) 7 of 9 (77.8 percent) ", en_head)),
        ("nested brackets", _fill("((([[[(（【", en_head) + "12.3"),
        ("open brackets with numbers", _fill("(12.3 [4.5 (6.7 ", en_head)),
        ("measure list then values", _fill("the ALSFRS-R, FVC, SVC, HbA1c, BMI, EDSS and ASIA scores were ", en_head)
         [:LIMIT_CHARS - 40] + " 1.1, 2.2, 3.3, 4.4, 5.5, 6.6 and 7.7"),
        ("pipe table", "Table 1\n" + _fill("| Group | 12.3 ± 4.5 | 11.9 (10.2-13.1) | 0.03 |\n", "| Arm | Baseline | 6 months | P |\n")),
        ("words between average and value", _fill("The average score of the patients at baseline was about ", en_head)),
        ("thousands separators", _fill("4 571.8 ± 1 203.4 and 12,345.6 ± 2,345.7 ", en_head)),
        ("middle dots", _fill("12·3 (4·5) vs 11·9 (4·1), p=0·03; ", en_head)),
        ("Chinese values", _fill("治疗组评分从40.7±17.0提升至43.3±15.9，对照组从39.8±16.2提升至40.1±15.5（P<0.05），", zh_head)),
        ("Chinese 分别为 lists", _fill("ASIA运动评分、感觉评分、SCIM-III评分分别为40.7、38.2、55.1、61.3、70.2分，", zh_head)),
        ("Chinese numerals", _fill("一百二十三例患者中有四十五例（百分之三十六点六）", zh_head)),
        ("Chinese brackets and numbers", _fill("（12.3（4.5（6.7【8.9〔", zh_head)),
        ("traditional Chinese", _fill("治療組評分從40.7±17.0提升至43.3±15.9，對照組（n=40）無顯著差異，", "一項隨機對照試驗\n\n結果：")),
        ("time points", _fill("at 1, 2, 4, 8, 12, 24, 48 and 52 weeks and 3, 6, 9, 12 months, ", en_head)),
        ("adverse events", _fill("headache 3 (7.5%), nausea 2 (5%), dizziness 1 (2.5%), fever 4 (10%), ", en_head)),
        ("one long sentence without a stop", _fill("and the score rose from 12 to 14 in group A while in group B it fell ", en_head)),
        # (a list of sizes before groups, and a headline line of comma-separated words: two patterns
        # a reviewer found exponential on these in session 21, before they were rewritten)
        ("sizes before groups", _fill("120, 120, 120, 120, 120, 120 and 5 patients were in the drug group, ", en_head)),
        ("Chinese comma-separated words", _fill("高血压,糖尿病,脑卒中,", "") + "\n正文。"),
        ("digits only", "1" * LIMIT_CHARS),
        ("dots and digits", "1." * (LIMIT_CHARS // 2)),
    ]
    return [(name, text[:LIMIT_CHARS]) for name, text in out]


def timings() -> list[tuple[str, float, str]]:
    """(name, milliseconds, outcome) per article, extracted in this process after a warm-up."""
    from ingest import vocab
    from ingest.commands import extract_document
    from ingest.read import ReadError
    from ingest.read.document import Document

    vocab.load()
    out = []
    for name, text in articles():
        start = time.perf_counter()
        try:
            studies = len(extract_document(Document(text=text, path=f"{name}.txt", sha256="0")).studies)
            outcome = f"{studies} studies"
        except ReadError as e:
            outcome = f"ReadError: {e}"
        out.append((name, (time.perf_counter() - start) * 1000, outcome))
    return out


def main() -> None:
    results = timings()
    for name, ms, outcome in results:
        print(f"{ms:8.1f} ms  {name}  ({outcome})")
    worst = max(results, key=lambda r: r[1])
    print(f"slowest: {worst[0]} {worst[1]:.0f} ms (target ≤ {TARGET_MS:.0f} ms, {len(results)} articles ≤ "
          f"{LIMIT_CHARS:,} characters)")


if __name__ == "__main__":
    main()
