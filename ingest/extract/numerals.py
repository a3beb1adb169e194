"""Chinese numerals (三, 十二, 两百零六) to integers.

cn2an does this too, and more than the numerals articles use for counts and durations; it
stays a test dependency, not a run-time one.
``tests/test_numerals.py`` checks agreement with cn2an over 0..99999.
"""

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
          "陆": 6, "柒": 7, "捌": 8, "玖": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG)


def chinese_to_int(text: str) -> int | None:
    """The integer a Chinese numeral names, or None when it is not one.

    >>> [chinese_to_int(s) for s in ("三", "十", "十二", "二十", "一百零六", "两千", "一万二千", "一〇六")]
    [3, 10, 12, 20, 106, 2000, 12000, 106]
    >>> chinese_to_int("年") is None
    True
    """
    if not text or any(ch not in DIGITS and ch not in UNITS and ch not in BIG for ch in text):
        return None
    if all(ch in DIGITS for ch in text) and len(text) > 1:  # 一〇六: digit by digit
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:  # 万, 亿
            section += digit or 0
            total += (section or 1) * BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)
