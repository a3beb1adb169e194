"""Regenerate ``t2s.tsv``, the traditional-to-simplified character table, from OpenCC.

    python -m ingest.vocab.make_t2s

Matching reads traditional Chinese as simplified one character at a time, which needs only
OpenCC's table of single characters: the table is shipped as data, so OpenCC is no run-time
dependency; ``tests/test_chinese.py`` checks it still agrees.
"""

from pathlib import Path

TABLE = Path(__file__).with_name("t2s.tsv")


def build() -> dict[str, str]:
    import opencc

    t2s = opencc.OpenCC("t2s")
    table = {}
    for code in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)) + list(range(0xF900, 0xFB00)):
        ch = chr(code)
        out = t2s.convert(ch)
        if len(out) == 1 and out != ch:
            table[ch] = out
    return table


def main():
    table = build()
    TABLE.write_text("".join(f"{t}\t{s}\n" for t, s in sorted(table.items())), encoding="utf-8")
    print(f"{len(table)} characters written to {TABLE}")


if __name__ == "__main__":
    main()
