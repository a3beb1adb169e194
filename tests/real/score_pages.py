#!/usr/bin/env python3
"""Page-level yardsticks of the real-article sets that ../shared/eval/score.py does not
measure: is a study found where the page reports one (and none where it reports none),
and is the stored title the page's own headline.

    python3 tests/real/score_pages.py --cmd ".venv/bin/evidence extract {files}" tests/real/dev
    python3 tests/real/score_pages.py --cmd "..." --show tests/real/dev   # each miss

Gold files whose text is missing (the texts are rebuilt, not committed) are skipped and
counted. Study detection is scored per page (recall: pages with a study that yield one;
precision: pages that yield one that have one) and per study (how many of the page's
studies are found). A title is right when it equals the gold title or one of its aliases
after case, spaces and punctuation are set aside. Standard library only.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys


def squash(title):
    """'Stem cells — a trial | Site' -> 'stemcellsatrialsite'."""
    return re.sub(r"[\W_]+", "", (title or "").lower())


def split_objects(text):
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def run_batch(cmd, paths):
    argv = []
    for a in shlex.split(cmd):
        argv.extend(paths if a == "{files}" else [a])
    proc = subprocess.run(argv, capture_output=True, timeout=60 + 10 * len(paths))
    by_file = {}
    for rec in split_objects(proc.stdout.decode("utf-8")):
        f = (rec.get("source") or {}).get("file") or ""
        by_file.setdefault(os.path.normpath(os.path.abspath(f)), rec)
    return {p: by_file.get(os.path.normpath(os.path.abspath(p))) for p in paths}


def title_right(pred, gold):
    """Right when it is the headline or one of its aliases; where the page shows no headline
    (gold title null), no title is right too."""
    wanted = {squash(t) for t in [gold.get("title"), *(gold.get("title_aliases") or [])] if t}
    if gold.get("title") is None and pred in (None, ""):
        return True
    return squash(pred) in wanted


def score(golds, records):
    """Tallies and the misses, from gold dicts (with their article path) and records."""
    t = dict(pages=0, with_study=0, found=0, yielded=0, right_yield=0, gold_studies=0, pred_studies=0,
             matched_studies=0, titles=0, titles_right=0)
    misses = []
    for path, gold in golds:
        rec = records.get(path) or {}
        pred = rec.get("studies") or []
        want = gold.get("studies") or []
        t["pages"] += 1
        t["with_study"] += bool(want)
        t["yielded"] += bool(pred)
        t["found"] += bool(want) and bool(pred)
        t["right_yield"] += bool(pred) and bool(want)
        t["gold_studies"] += len(want)
        t["pred_studies"] += len(pred)
        t["matched_studies"] += min(len(want), len(pred))
        if bool(want) != bool(pred) or len(want) != len(pred):
            misses.append(f"{os.path.basename(path)}: {len(want)} studies in gold, {len(pred)} found")
        if "title" not in gold:
            continue  # (a set written before titles were annotated)
        title = (rec.get("source") or {}).get("title")
        t["titles"] += 1
        if title_right(title, gold):
            t["titles_right"] += 1
        else:
            misses.append(f"{os.path.basename(path)}: title {title!r}, gold {gold.get('title')!r}")
    return t, misses


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--cmd", default="evidence extract {files}")
    ap.add_argument("--show", action="store_true", help="print each miss")
    args = ap.parse_args(argv)
    golds, skipped = [], 0
    for folder in args.folders:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            path = os.path.normpath(os.path.join(folder, gold["text"]))
            if os.path.exists(path):
                golds.append((path, gold))
            else:
                skipped += 1
    if not golds:
        print(f"no texts here ({skipped} gold files without their text): rebuild them, see tests/real/README.md")
        return 0
    records = run_batch(args.cmd, [p for p, _ in golds])
    t, misses = score(golds, records)
    if args.show:
        for m in misses:
            print("  " + m)
    print(f"pages {t['pages']} ({skipped} skipped: text missing)")
    print(f"study detection per page: recall {pct(t['found'], t['with_study'])} ({t['found']}/{t['with_study']}), "
          f"precision {pct(t['right_yield'], t['yielded'])} ({t['right_yield']}/{t['yielded']})")
    print(f"studies per page: {t['matched_studies']}/{t['gold_studies']} gold studies found "
          f"({pct(t['matched_studies'], t['gold_studies'])}), {t['pred_studies']} predicted")
    print(f"titles right: {t['titles_right']}/{t['titles']} ({pct(t['titles_right'], t['titles'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
