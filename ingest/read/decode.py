"""Bytes to text. Never guessed as latin-1: a wrong guess corrupts every Chinese character.

Order: a byte-order mark; the charset an HTML page declares; strict UTF-8; then
charset-normalizer's best guess. GBK and GB2312 are read as their superset GB18030 and
Big5 as Big5-HKSCS, since sites that declare the narrow one routinely use the wide one.
"""

from __future__ import annotations

import codecs
import re

from .errors import ReadError

SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312": "gb18030", "gb2312_80": "gb18030",
             "x_gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs", "big5_tw": "big5hkscs",
             "cp936": "gb18030", "ascii": "utf-8", "us_ascii": "utf-8"}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# UTF-8 read as Latin-1 or cp1252 leaves a lead byte (Ã, Â, å, è...) before a continuation
# byte shown as a Latin-1 symbol or a cp1252 punctuation mark: "è„Šé«“" for 脊髓.
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2013-\u203a\u20ac\u0152-\u0178\u02c6\u02dc\u2122]")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)


def canonical_codec(name: str) -> str | None:
    """Python's codec name for a declared charset, widened to its superset.

    >>> canonical_codec("GB2312"), canonical_codec("Big5"), canonical_codec("UTF-8")
    ('gb18030', 'big5hkscs', 'utf-8')
    >>> canonical_codec("no-such-charset") is None
    True
    """
    key = name.strip().lower().replace("-", "_")
    key = SUPERSETS.get(key, key)
    try:
        return codecs.lookup(key).name if key not in SUPERSETS.values() else key
    except LookupError:
        return None


# Every byte but the control characters that are no whitespace.
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text article.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), looks_binary("脊髓".encode())
    (True, False)
    """
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # what is left once the rest is deleted, in C
    return controls > len(head) * 0.05


def repair(text: str, encoding: str) -> tuple[str, str]:
    """Mojibake repaired by ftfy; the encoding then says it was repaired.

    ftfy is imported only when the text shows the marks of mojibake, so clean text
    (nearly all of it) costs one regex search.

    >>> repair("脊髓损伤患者，纳入106例".encode("utf-8").decode("latin-1"), "utf-8")
    ('脊髓损伤患者，纳入106例', 'utf-8+ftfy')
    >>> repair("Café au lait, 脊髓", "utf-8")
    ('Café au lait, 脊髓', 'utf-8')
    """
    if len(MOJIBAKE.findall(text[:20000])) < 2:
        return text, encoding
    import ftfy

    # Only the encoding is repaired: quotes, widths and ligatures stay as the article wrote them.
    fixed = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
                          fix_character_width=False, normalization=None)
    return (fixed, encoding + "+ftfy") if fixed != text else (text, encoding)


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for raw bytes, mojibake repaired (``repair``)."""
    return repair(*_decode(raw, declared))


def _decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for raw bytes; ``declared`` is a charset from HTTP headers, if any.

    >>> text = "本研究纳入106例脊髓损伤患者，随访12个月，运动评分显著改善。" * 3
    >>> decode(text.encode("gbk")) == (text, "gb18030")
    True
    >>> decode(b'<meta charset="gb2312">' + "许旺".encode("gbk"))[1]
    'gb18030'
    """
    if not raw.strip():
        raise ReadError("empty file")
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec.replace("-sig", "")
            except UnicodeDecodeError:
                # (a byte-order mark, then bytes that are not that encoding: cut short, or no text)
                raise ReadError(f"starts with a {codec.replace('-sig', '').upper()} byte-order mark but is not "
                                f"{codec.replace('-sig', '').upper()} text") from None
    if looks_binary(raw):
        raise ReadError("binary file, not text")
    candidates = []
    if declared:
        candidates.append(declared)
    head = raw[:4096]
    for pattern in (META_CHARSET, XML_ENCODING):
        m = pattern.search(head)
        if m:
            candidates.append(m.group(1).decode("ascii", "ignore"))
    for name in candidates:
        codec = canonical_codec(name)
        if codec:
            try:
                return raw.decode(codec), codec
            except UnicodeDecodeError:
                continue  # a page that lies about its charset: fall through to detection
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["gb18030", "big5hkscs", "utf_16", "shift_jis", "euc_kr",
                                         "cp1252", "iso8859_1"]).best()
    if best is None:
        raise ReadError("cannot tell the text encoding")
    codec = canonical_codec(best.encoding) or best.encoding
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError:
        return str(best), best.encoding
