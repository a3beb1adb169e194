"""Traditional to simplified Chinese, character for character, for matching only.

The original text is always kept for quotes; only the matching form is simplified. The
table is OpenCC's t2s mapping of single characters (``make_t2s.py`` regenerates it).
"""

from pathlib import Path

_TABLE: dict[int, str] | None = None


def _table() -> dict[int, str]:
    global _TABLE
    if _TABLE is None:
        text = Path(__file__).with_name("t2s.tsv").read_text(encoding="utf-8")
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
