"""Reading's quicker steps give what the straightforward ones give."""

import re

from hypothesis import given
from hypothesis import strategies as st

from ingest.read.boilerplate import DISCLAIMER, DOI_LIKE, FURNITURE, PREV_NEXT, SENTENCE_END, clean_lines, unwrapped
from ingest.read.document import guess_language

LINE_PIECES = st.sampled_from(["标题", "正文。", " ", "\t", "\u3000", "\u00a0", "\u2028", "\x0b", "\x1c", "•", "-", "*",
                               "上一篇", "Next post", "免责声明:", "Tel: 123", "10.1186/x", "a" * 70, "End.", "\r"])
TEXT = st.lists(st.lists(LINE_PIECES, max_size=6).map("".join), max_size=12).map("\n".join)


def unbulleted(line):
    # (a minus before a number is its sign; stars right after a value are its marks)
    marks = " \u3000\t•·●▪-*"
    i, j = 0, len(line)
    while i < j and line[i] in marks:
        i += 1
    if 0 < i < j and line[i - 1] == "-" and (re.fullmatch(r"-\d[\d.,]*\s*%?\s*(?:±\s*\d[\d.,]*\s*%?)?\s*(?:[(\[][^()\[\]]{0,40}[)\]])?\s*[*†‡§¶#]*\s*", line[i - 1:])
                                             or re.match(r"-\d+[.·]\d+(?![\d./·])", line[i - 1:])):
        i -= 1  # (and before a decimal, whatever follows it: "-0.34 (0.12) P = 0.006")
    while j > i and line[j - 1] in marks:
        j -= 1
    stars = j
    while stars < len(line) and line[stars] == "*":
        stars += 1
    if j > i and line[j - 1] in "0123456789)%":
        j = stars
    return line[i:j]


def straightforward_clean_lines(text):
    # (Hard-wrapped lines are joined first, on the lines as written: tests/test_unwrapped_lines.py.)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    lines = [unbulleted(line) for line in unwrapped(lines)]
    lines = [line for line in lines if line]
    out = []
    for i, line in enumerate(lines):
        if PREV_NEXT.search(line) and len(line) < 60:
            if out and len(out[-1]) < 80 and not SENTENCE_END.search(out[-1]):
                out.pop()
            continue
        if i + 1 < len(lines) and PREV_NEXT.search(lines[i + 1]) and len(lines[i + 1]) < 60 \
                and len(line) < 80 and not SENTENCE_END.search(line):
            continue
        if DISCLAIMER.search(line) or (len(line) < 120 and FURNITURE.match(line) and not DOI_LIKE.search(line)):
            continue
        out.append(line)
    return out


@given(TEXT)
def test_clean_lines_is_the_straightforward_cleaning(text):
    assert clean_lines(text) == straightforward_clean_lines(text)


@given(st.text(st.sampled_from(list("abcXYZ 1,。") + ["脊", "髓", "é", "ß"]), max_size=200))
def test_language_counts_letters_as_findall_does(text):
    han, latin = len(re.findall("[\u4e00-\u9fff]", text)), len(re.findall("[A-Za-z]", text))
    assert guess_language(text) == ("zh" if han and han * 5 >= latin else "en")
