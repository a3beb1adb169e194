"""Make a folder of N mixed article files (text, HTML, GBK text, JATS, PubMed XML, PDF,
and a few bad ones) and time `evidence ingest` on it.

    .venv/bin/python bench/mixed_batch.py 1000 --jobs 2

The files are generated in a temporary folder (never committed); the numbers are
unique per file so each is its own study, and every tenth restates another's DOI (with other numbers: a source_conflict), so merging is
exercised too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.pdfs import make_pdf

CONDITIONS = [("膝骨关节炎", "knee osteoarthritis", "WOMAC总分"), ("脊髓损伤", "spinal cord injury", "ASIA运动评分"),
              ("多发性硬化", "multiple sclerosis", "EDSS评分")]


def zh_text(i: int) -> str:
    zh, _, measure = CONDITIONS[i % 3]
    n = 20 + i % 180
    return (f"干细胞治疗{zh}的临床研究（第{i}号）\n本研究为单臂试验，共纳入{n}例{zh}患者，接受间充质干细胞治疗。\n"
            f"{measure}从基线的{10 + i // 10}.{i % 10} (±{5 + i % 7}.2) 变为12个月时的{5 + i // 10}.{(i + 3) % 10} "
            f"(±{4 + i % 5}.1) (p<0.001)。\n不良事件包括发热(n={1 + i % 5})。\n")


def en_text(i: int) -> str:
    _, en, _ = CONDITIONS[i % 3]
    n = 30 + i % 150
    return (f"Mesenchymal stem cells for {en}: trial {i}\nIn this randomized controlled trial of {en}, "
            f"a total of {n} patients were enrolled. Pain on the visual analogue scale fell from "
            f"{10 + i // 10}.{i % 10} (±1.{i % 9}) at baseline to {5 + i // 10}.{(i + 1) % 10} (±1.{(i + 2) % 9}) at 6 months "
            f"(p<0.001). DOI: 10.5555/bench.{i - 5 if i % 10 == 9 else i}\n")


def jats(i: int) -> str:
    return (f"<?xml version='1.0'?><article><front><journal-meta><journal-title>Bench J</journal-title></journal-meta>"
            f"<article-meta><article-id pub-id-type='doi'>10.5555/jats.{i}</article-id><title-group><article-title>"
            f"Stem cells in knee osteoarthritis, report {i}</article-title></title-group></article-meta></front>"
            f"<body><sec><title>Results</title><p>This single-arm trial enrolled {40 + i % 50} patients with knee "
            f"osteoarthritis. The WOMAC total score fell from {40 + i // 10}.{i % 10} (±10.3) at baseline to {20 + i // 10}.{i % 10} (±9.8) at "
            f"12 months (p&lt;0.001).</p></sec></body></article>")


def medline(i: int) -> str:
    arts = []
    for k in range(3):
        pmid = 90000000 + i * 10 + k
        arts.append(
            f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><Journal><Title>Bench</Title></Journal>"
            f"<ArticleTitle>Cells for spinal cord injury {pmid}</ArticleTitle><Abstract><AbstractText Label='RESULTS'>"
            f"Patients with spinal cord injury were treated with Schwann cells; a total of {50 + k + i % 40} patients "
            f"were enrolled. The ASIA motor score rose from {10 + i // 10}.{k} (±17) at baseline to {20 + i // 10}.{k} (±15) at 12 months "
            f"(p&lt;0.001).</AbstractText></Abstract><PublicationTypeList><PublicationType>Randomized Controlled Trial"
            f"</PublicationType></PublicationTypeList></Article></MedlineCitation></PubmedArticle>")
    return "<?xml version='1.0'?><PubmedArticleSet>" + "".join(arts) + "</PubmedArticleSet>"


def write_batch(folder: Path, n: int) -> None:
    for i in range(n):
        kind = i % 10
        name = folder / f"{i:04d}"
        if kind in (0, 1, 2):
            name.with_suffix(".txt").write_text(zh_text(i), encoding="utf-8")
        elif kind == 3:
            name.with_suffix(".txt").write_bytes(zh_text(i).encode("gbk"))
        elif kind in (4, 9):
            name.with_suffix(".txt").write_text(en_text(i), encoding="utf-8")
        elif kind == 5:
            name.with_suffix(".html").write_text(
                f"<html><head><meta charset='utf-8'><title>{i}</title><meta property='og:site_name' content='Bench'>"
                f"</head><body><nav>Home | News</nav><article><h1>干细胞研究 {i}</h1><p>{zh_text(i)}</p></article>"
                f"<footer>Copyright</footer></body></html>", encoding="utf-8")
        elif kind == 6:
            name.with_suffix(".nxml").write_text(jats(i), encoding="utf-8")
        elif kind == 7:
            name.with_suffix(".xml").write_text(medline(i), encoding="utf-8")
        elif kind == 8:
            lines = en_text(i).replace("±", "+/-").split(". ")
            name.with_suffix(".pdf").write_bytes(make_pdf(lines) if i % 50 else make_pdf([]))
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        write_batch(folder, args.n)
        evidence = Path(sys.executable).with_name("evidence")
        for label in ("first ingest", "re-ingest"):
            t0 = time.perf_counter()
            run = subprocess.run([str(evidence), "ingest", str(folder), "--db", str(Path(tmp) / "b.db"),
                                  "--jobs", str(args.jobs)], capture_output=True, text=True)
            dt = time.perf_counter() - t0
            lines = run.stderr.strip().splitlines()
            print(f"{label}: {dt:.1f} s, exit {run.returncode}: {lines[-1]}")
            for line in lines[:-1]:
                print("   ", line)


if __name__ == "__main__":
    main()
