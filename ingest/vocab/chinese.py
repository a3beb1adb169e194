"""Traditional to simplified Chinese, character for character, for matching only.

The original text is always kept for quotes; only the matching form is simplified. The
table is OpenCC's t2s mapping of single characters (``make_t2s.py`` regenerates it).
"""

import os

_TABLE: dict[int, str] | None = None


def _table() -> dict[int, str]:
    global _TABLE
    if _TABLE is None:
        with open(os.path.join(os.path.dirname(__file__), "t2s.tsv"), encoding="utf-8") as f:
            text = f.read()
        if len(text) % 4 == 0 and not text[1::4].strip("\t") and not text[3::4].strip("\n"):
            # Every line is "traditional<TAB>simplified": slicing builds the table in C.
            _TABLE = str.maketrans(text[0::4], text[2::4])
        else:
            _TABLE = {ord(line[0]): line[2] for line in text.splitlines() if len(line) == 3}
    return _TABLE


def to_simplified(text: str) -> str:
    """Same length as ``text``, each traditional character replaced by its simplified form.

    >>> to_simplified("脊髓損傷患者於術後12個月")
    '脊髓损伤患者于术后12个月'
    """
    if text.isascii():
        return text
    return text.translate(_table())
