#!/usr/bin/env python3
"""The real-article sets' texts: which are here, which must be rebuilt, and their stamps.

    python3 tests/real/rebuild.py tests/real/dev            # what is missing, and how to get it
    python3 tests/real/rebuild.py --stamp tests/real/dev    # merge sources-*.tsv, stamp sha256/chars

The texts are third-party pages, so only their addresses are committed: `sources.tsv` has,
per page, the `url` and the `query` that found it with the search tool's `pages` corpus
(`search(query, corpus="pages")`); the page's `excerpt` in that answer, saved as UTF-8 to
`texts/<id>.txt`, is the text. `sha256` and `chars` tell whether a rebuilt text is the one
the gold was written on (a stored corpus can change; a changed text is reported, and its
gold may no longer fit it). Standard library only.
"""
import argparse
import csv
import glob
import hashlib
import os
import sys

COLUMNS = ["id", "lang", "script", "genre", "topic", "reports_study", "url", "query", "sha256", "chars"]


def read_rows(folder):
    """Rows of sources.tsv and of every annotator's sources-*.tsv, one per id (sources.tsv wins)."""
    rows = {}
    paths = sorted(glob.glob(os.path.join(folder, "sources-*.tsv"))) + [os.path.join(folder, "sources.tsv")]
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("id"):
                    rows[row["id"].strip()] = {**rows.get(row["id"].strip(), {}), **{k: (v or "").strip() for k, v in row.items() if k}}
    return rows


def text_stamp(path):
    raw = open(path, "rb").read()
    return hashlib.sha256(raw).hexdigest(), len(raw.decode("utf-8"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--stamp", action="store_true", help="write sources.tsv with every row and the texts' stamps")
    args = ap.parse_args(argv)
    rows = read_rows(args.folder)
    missing, changed = [], []
    for rid, row in sorted(rows.items()):
        path = os.path.join(args.folder, "texts", rid + ".txt")
        if not os.path.exists(path):
            missing.append(row)
            continue
        sha, chars = text_stamp(path)
        if args.stamp:
            row["sha256"], row["chars"] = sha, str(chars)
        elif row.get("sha256") and row["sha256"] != sha:
            changed.append(rid)
    if args.stamp:
        with open(os.path.join(args.folder, "sources.tsv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for rid in sorted(rows):
                w.writerow({k: rows[rid].get(k, "") for k in COLUMNS})
    print(f"{args.folder}: {len(rows)} pages, {len(rows) - len(missing)} texts here, {len(missing)} missing, "
          f"{len(changed)} changed since the gold was written")
    for row in missing:
        print(f"  missing texts/{row['id']}.txt: search(query={row.get('query')!r}, corpus='pages'), "
              f"the excerpt of {row.get('url')}")
    for rid in changed:
        print(f"  changed: texts/{rid}.txt differs from its stamp")
    return 0


if __name__ == "__main__":
    sys.exit(main())
