"""Site furniture that is not the article: contact lines, navigation, disclaimers.

Works line by line on text from any reader, so a plain-text copy of a web page and the
page itself lose the same lines.
"""

from __future__ import annotations

import re

# A line that is only site furniture. Kept short and specific: a rule that drops a line
# of the article would lose facts, which is worse than keeping a stray contact line.
FURNITURE = re.compile(
    r"""^(?:
        .{0,20}(?:公司地址|联系我们|联系方式|联系电话|客服热线|官方热线|咨询热线|服务热线|热线电话|微信号?|公众号|电子邮箱|邮箱|地址)\s*[:：]?.{0,80}
      | .{0,40}(?:\d{3,4}-\d{3}-\d{4}|\+\d{1,3}[-\s]?\d{2,4}[-\s]?\d{3,4}[-\s]?\d{3,4}|Telegram|WhatsApp|WeChat).{0,60}
      | (?:首页|网站首页|返回首页|返回列表|返回顶部|Home|Back\s+to\s+top|Skip\s+to\s+(?:main\s+)?content|Menu|Share|分享到?|打印|关闭窗口|点击阅读原文|阅读原文|扫一扫|Tags?\s*:.*|标签\s*[:：].*)
      | (?:Copyright|©|\(c\)|版权所有|版权声明).{0,120}
      | (?:Tel|Fax|Phone|Email|E-mail|电话|传真)\s*[:：].{0,80}
      | .{0,40}(?:請重新載入|请重新载入|請重新整理|请重新刷新|reload\s+the\s+page).{0,40}
    )$""",
    re.I | re.X,
)
# Navigation to the neighbouring posts; the line before it is usually that post's title.
PREV_NEXT = re.compile(r"上一篇|下一篇|上一页|下一页|Previous\s+(?:post|article|page)|Next\s+(?:post|article|page)|«|»", re.I)
DISCLAIMER = re.compile(
    r"^\s*(?:免责(?:声明|说明|申明)|声明\s*[:：]|特别声明|Disclaimer\s*:|版权说明|本文仅(?:用于|供))|"
    # a news site's age gate and its legal basis ("限制級", "需滿18歲 方可瀏覽", "依…網站分級…規定")
    r"^\s*限制[級级]\s*$|^\s*您即[將将][進进]入.{0,20}需[滿满]\s*18\s*[歲岁]|"
    r"^\s*根[據据]「[電电][腦脑][網网][路络]?內容分[級级]", re.I)
# A DOI's digits can look like a phone number (s13287-025-04312-7): such a line is a citation.
DOI_LIKE = re.compile(r"\b10\.\d{4,9}/")
SENTENCE_END = re.compile(r"[。！？!?.；;]\s*$")


def clean_lines(text: str) -> list[str]:
    """The article's lines without furniture; whitespace inside a line collapsed.

    >>> clean_lines("DOI: 10.1186/s13287-025-04312-7")
    ['DOI: 10.1186/s13287-025-04312-7']
    >>> clean_lines("Outcome | A | B\\n---|---|---\\n- a bullet -")
    ['Outcome | A | B', '---|---|---', 'a bullet']
    >>> clean_lines("官方热线400-622-0089\\n标题\\n正文。\\n免责说明:本文仅供参考。\\n旧文\\n« 上一篇 2025年5月8日")
    ['标题', '正文。']
    """
    # " ".join(line.split()) is re.sub(r"\s+", " ", line) without its leading and trailing
    # space, which the strip removes anyway: str.split and \s know the same whitespace.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # (A table's rule, "---|---|---", keeps its dashes: they are no bullet.)
    lines = [line if TABLE_RULE.match(line) or CELL_RULE.match(line) else _unbulleted(line) for line in unwrapped(lines)]
    lines = [line for line in lines if line]
    # Neighbouring-post links ("上一篇", "Next post"), each line looked at once.
    links = [len(line) < 60 and PREV_NEXT.search(line) is not None for line in lines] + [False]
    out: list[str] = []
    for i, line in enumerate(lines):
        if links[i]:
            # Neighbouring-post links: drop this line and the short title line before it.
            if out and len(out[-1]) < 80 and not SENTENCE_END.search(out[-1]):
                out.pop()
            continue
        if links[i + 1] and len(line) < 80 and not SENTENCE_END.search(line):
            continue
        if DISCLAIMER.search(line) or (len(line) < 120 and FURNITURE.match(line) and not DOI_LIKE.search(line)):
            continue
        out.append(line)
    return out


# A line that is a signed value alone, as a table's cell: "-0.2", "-4.1 (-8.1 to -0.1)*", "-3.2 ± 1.1".
SIGNED_VALUE = re.compile(r"-\d[\d.,]*\s*%?\s*(?:±\s*\d[\d.,]*\s*%?)?\s*(?:[(\[][^()\[\]]{0,40}[)\]])?\s*[*†‡§¶#]*\s*")
# A minus right before a decimal is a sign, whatever follows: "-0.34 (0.12) P = 0.006" (no list
# numbers its items 0.34).
SIGNED_DECIMAL = re.compile(r"-\d+[.·]\d+(?![\d./·])")  # (not a DOI's "10.1186/…")
# What stands around a line's words as bullets and marks.
BULLETS = " \u3000\t•·●▪-*"
# A line of a table printed one cell per line that closes a header's line: "---|".
CELL_RULE = re.compile(r"^-{3,}\|$")


def _unbulleted(line: str) -> str:
    """A line without the bullets and marks around it; but a minus sign before a number is
    no bullet ("-0.2" keeps its sign), and the marks right after a value are the table's
    ("4.3 (3.3)**" keeps them, so that a quote is as printed).

    >>> _unbulleted("- a bullet -"), _unbulleted("-0.2"), _unbulleted("• -4.1 (-8.1 to -0.1)*"), _unbulleted("- 5 patients")
    ('a bullet', '-0.2', '-4.1 (-8.1 to -0.1)*', '5 patients')
    >>> _unbulleted("-12-month survival was 68%"), _unbulleted("-3 patients stopped"), _unbulleted("-0.34 (0.12) P = 0.006")
    ('12-month survival was 68%', '3 patients stopped', '-0.34 (0.12) P = 0.006')
    """
    lead = len(line) - len(line.lstrip(BULLETS))
    if lead and line[lead - 1] == "-" and (SIGNED_VALUE.fullmatch(line[lead - 1:]) or SIGNED_DECIMAL.match(line, lead - 1)):
        lead -= 1  # (a line that is a value alone, a table's cell: its minus is its sign; and a decimal's, always)
    body = line[lead:]
    end = len(body.rstrip(BULLETS))
    if 0 < end < len(body) and body[end] == "*" and (body[end - 1].isdigit() or body[end - 1] in ")%"):
        end += len(body[end:]) - len(body[end:].lstrip("*"))
    return body[:end]


# The rule under a table's header as Markdown and page readers print it ("---|---|---").
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|*\s*$")
# A line that stops inside a sentence: after a comma, an opening bracket, an "=", a word that
# needs one after it ("and", "of", "the"), a Chinese comma; or a label inside a bracket ("… [CI").
OPEN_END = re.compile(r"(?:[,(\[=，、（]|\b(?:and|or|of|the|in|to|with|for|a|an|at|by|from|on|as|than|versus|vs\.?|was|were|is|are)|"
                      r"[\[(]\s*(?:95\s*%\s*)?(?:CI|HR|OR|RR))$")
# A line that goes on with the one before opens in lower case or on a bracket, after a line
# that stops on a word in lower case or a comma ("The Chinese herbal" / "group showed …"): a
# Title Case headline over "(Wire) - …", a table's header over its rows, a row ending on a value
# over the next, are no wraps. (Not a web address, "http://…", which starts a line of its own.)
GOES_ON = re.compile(r"^(?!https?:|www\.)(?:[a-z]|[(\[])")
LOWER_END = re.compile(r"(?:\b[a-z][a-z-]*|,)$")
# (After a capitalised word, a bracket or a share, a line that opens on a word only a sentence's
# middle has: "…receive Ozempic" / "or placebo", "(HR 0.80 …)" / "and hospitalisation".)
MIDDLE_WORD = re.compile(r"^(?:or|and|of|in|with|to|for|the|a|an|was|were|is|are|than|versus|vs\.?|at|by|from|on|as|"
                         r"compared|who|which|that)\b")
# (Or a long line that stops on one number after a word or a dash, "… 210 febrile children (6
# months - 6" / "years) with …"; a table's row stops on a run of values, "… 3.20 5.30", "(10%) 3".)
# (A share after a word ends such a line too: "… vaccine was 100%" / "effective for …", "…, 83.7%".)
NUMBER_END = re.compile(r"(?:[A-Za-z,]|[-–(])\s?\d+(?:\.\d+)?%?$")
LONG_LINE = 40
# (Or a long line of prose, not a Title Case headline, that stops on a capitalised word: "(Reuters)
# - China's Sinovac Biotech on Friday" / "said late-stage trial data …".)
PROSE_LINE = re.compile(r"(?:\b[a-z][a-z'-]+\b.*){4}")
# A number opens a line that goes on with one that stops on a joining word ("… 63.6±36.8 和" /
# "57.0±40.8 mm2"); after a headline, "11月5日，记者…" is the story's own first line.
NUMBER_OPENS = re.compile(r"^[-−–]?\d")
JOINING_END = re.compile(r"(?:\b(?:and|or|to|of|was|were|is|are|than|vs\.?|versus|CI)|[和与與及或为為是至到、，,组組])$")
# "… 40% with drug K vs." / "20% with placebo.": "vs." ends no sentence.
VS_END = re.compile(r"\b(?:vs|v)\.$")
# Lines no wrap made: a table's row, a list's item (its number has no digit after its stop:
# "1.事實發生日"; "1.5 mg" is a decimal), a byline, a short label ending on a colon.
# (An affiliation's line opens on its letter: "a School of Public Health, …"; a dateline on its
# agency, "(Reuters) - …", or its stamp, "updated 3 hours ago".)
NOT_WRAPPED = re.compile(r"^\s*(?:[•·●▪*]|\d+[.)、](?!\d)|[-–]\s|by\s+[A-Z]|"
                         r"[a-z]\s+(?=[^,]{0,60}\b(?:School|Department|Institute|University|Hospital|Cent(?:er|re)|Laboratory|College|"
                         r"Faculty|Division)\b)|\([A-Z][\w .&-]{1,30}\)\s*[-—–]|(?:updated|posted|published)\b)|^.{0,30}[:：]$")
TABLE_MARK = re.compile(r"[|\t]")
HYPHEN_END = re.compile(r"(?<=[A-Za-z0-9])[-–]$")
WORD_END = re.compile(r"[A-Za-z0-9,%)\]]$")
TAIL = 40  # (a line's end is judged on its last characters: a joined line grows)


def unwrapped(lines: list[str]) -> list[str]:
    """Lines a hard wrap cut inside a sentence, joined again: a PDF's text, a page copied with its
    line breaks. A line is joined to the one after it where it stops inside a sentence
    (``OPEN_END``), the next goes on with it (``GOES_ON``, ``NUMBER_OPENS``) or a word is cut at
    its hyphen; never a table's row or a list's item, never across an empty line, never after a
    sentence's end or a colon.

    >>> unwrapped(["The RR for progression", "to dementia was 0.75 [CI", "95% 0.66–0.87],", "P < 0.001.", "Methods"])
    ['The RR for progression to dementia was 0.75 [CI 95% 0.66–0.87], P < 0.001.', 'Methods']
    >>> unwrapped(["Drug K trial", "Results", "| a | b |", "| c | d |", "anti-", "CD19 CAR-T cells"])
    ['Drug K trial', 'Results', '| a | b |', '| c | d |', 'anti-CD19 CAR-T cells']
    >>> unwrapped(["药物疗效分析(2)", "http://www.example.com 2014年2月25日"])
    ['药物疗效分析(2)', 'http://www.example.com 2014年2月25日']
    >>> unwrapped(["Drug K Fails To Beat Placebo", "(Wire) - The company said", "本公司完成二期分析评估", "1.事實發生日:10/26"])
    ['Drug K Fails To Beat Placebo', '(Wire) - The company said', '本公司完成二期分析评估', '1.事實發生日:10/26']
    >>> unwrapped(["Stem Cells, Volume 32, Pages 1254–1266,", "Published:", "17 April 2014"])
    ['Stem Cells, Volume 32, Pages 1254–1266,', 'Published:', '17 April 2014']
    >>> unwrapped(["Event Drug K Placebo", "nausea 12 (10%) 3 (2.5%)", "DCR/% 100 100 <0.001 1.000", "[7]"])
    ['Event Drug K Placebo', 'nausea 12 (10%) 3 (2.5%)', 'DCR/% 100 100 <0.001 1.000', '[7]']
    >>> unwrapped(["The trial ran at one hospital. 210 febrile children (6 months - 6", "years) received drug K."])
    ['The trial ran at one hospital. 210 febrile children (6 months - 6 years) received drug K.']
    >>> unwrapped(["甲药治疗乙病的随机对照试验结果公布了吗", "11月5日，记者从医院获悉"])
    ['甲药治疗乙病的随机对照试验结果公布了吗', '11月5日，记者从医院获悉']
    >>> unwrapped(["王一,张二,李三,b,", "a School of Public Health, Test University"])
    ['王一,张二,李三,b,', 'a School of Public Health, Test University']
    >>> unwrapped(["Drug cuts heart attack risk, study finds", "(Reuters) - The drug", "…risk", "updated 3 hours ago"])
    ['Drug cuts heart attack risk, study finds', '(Reuters) - The drug', '…risk', 'updated 3 hours ago']
    >>> unwrapped(["This study was", "a Phase 3 trial. Adults receive Ozempic", "or placebo (HR 0.80, 95% CI 0.70-0.90)",
    ...            "and fewer deaths; 40% with drug K vs.", "20% with placebo. The RR = 1.36 CI", "95% [1.24–1.49]."])
    ['This study was a Phase 3 trial. Adults receive Ozempic or placebo (HR 0.80, 95% CI 0.70-0.90) and fewer deaths; 40% with drug K vs. 20% with placebo. The RR = 1.36 CI 95% [1.24–1.49].']
    >>> unwrapped(["Background:", "we asked", "", "nothing"])
    ['Background:', 'we asked', '', 'nothing']
    >>> unwrapped(["The maker said that the late-stage data of its trial came on Friday", "and the trial found it was 100%",
    ...            "effective for severe cases of the disease and 83.7%", "effective for mild ones."])
    ['The maker said that the late-stage data of its trial came on Friday and the trial found it was 100% effective for severe cases of the disease and 83.7% effective for mild ones.']
    """
    out: list[list[str]] = []  # each output line as its pieces (joined once, at the end)
    frozen: list[bool] = []  # the output line is a table's row or a list's item: nothing joins it
    length: list[int] = []  # each output line's length so far
    for line in lines:
        own = bool(line) and (NOT_WRAPPED.search(line) is not None or TABLE_MARK.search(line) is not None)
        if out and out[-1][-1] and line and not own and not frozen[-1]:
            tail = out[-1][-1][-TAIL:]
            hyphen = HYPHEN_END.search(tail)
            # (OPEN_END's "vs." is no sentence's end.)
            if (not SENTENCE_END.search(tail) or VS_END.search(tail)) and not tail.endswith((":", "：")) and (
                    OPEN_END.search(tail) or hyphen
                    or (GOES_ON.match(line) and (LOWER_END.search(tail) or (length[-1] >= LONG_LINE and (
                        NUMBER_END.search(tail) or PROSE_LINE.search(out[-1][-1])))))
                    or (MIDDLE_WORD.match(line) and WORD_END.search(tail))
                    or (NUMBER_OPENS.match(line) and JOINING_END.search(tail))):
                piece = line if hyphen else " " + line
                out[-1].append(piece)
                length[-1] += len(piece)
                continue
        out.append([line])
        frozen.append(own)
        length.append(len(line))
    return ["".join(pieces) for pieces in out]


# A byline under a headline: its date, author or source.
# ("发布" and "来源" are bylines as labels only: "…研究结果发布", "iPSC来源的细胞" are headlines.)
BYLINE = re.compile(r"^(?:撰文|文|撰稿|采访|採訪)\s*[:：]|发布(?:时间|日期|于|者)|發布(?:時間|日期|於|者)|(?:发布|發布|来源|來源)(?:单位|單位|机构|機構)?\s*[:：]|日期|作者|编辑|記者|记者|Published|Posted|Updated|^By\s|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}-\d{1,2}-\d{1,2}"
            r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
                    r"|^Date\s+of\s+publication\b", re.I)
# A site's name and slogan: "干细胞临床观察 | 专注细胞治疗循证资讯", "细胞新知 · 追踪...".
# A Markdown title's underline, flattened onto its line.
UNDERLINE = re.compile(r"\s*={5,}.*$")
# A site's name after a headline's full stop: ".- NovoCure", ". | Reuters".
SITE_AFTER_STOP = re.compile(r"\.\s*[-–|]\s*[A-Z][\w.&' ]{1,30}$")
SITE_LINE = re.compile(r"\s[|｜丨·•]\s|[|｜丨]")
# Who issued a press release, not what it says.
ORG_LINE = re.compile(r"\bOffice of\b|\bCommunications\b|\bPress Office\b|\bMedia Relations\b|\bNews Release\b|"
              r"新闻中心|新聞中心|宣传部|宣傳部|公共事务|公共事務", re.I)
# "Katharina Brandt, Mikko Aaltonen, Sofie Fischer-Lund": a list of authors' names.
AUTHORS = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*(?:and\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}){1,}\s*$")
HAN = re.compile(r"[\u4e00-\u9fff]")
# (a catalogue's language after its label: "論文名稱(外文):Factors …")
TITLE_LABEL = re.compile(r"(?:中文|英文)?(?:TITLE|标题|標題|題目|题目|論文名稱|论文名称|題名|题名|篇名)\s*(?:[(（](?:中文|外文|英文)[)）])?\s*[:：]\s*|"

                         # (a catalogue's label before a space: "篇名 中藥輔助治療…")
                         r"^(?:篇名|題名|题名)\s+(?=[\u4e00-\u9fff])|"
                         # (a catalogue's record as a table's row: "題 名 | 以中醫介入…研究=The Pilot Study … |")
                         r"^(?:篇\s?名|題\s?名|题\s?名)\s*\|\s*(?=[\u4e00-\u9fff])|(?:(?!(?i:journal|running|short|series|book)\b)[A-Z][a-z]+\s+)?Title\s*$", re.I)
RIS_START = re.compile(r"^\s*TY\s{1,2}-\s+\S")
RIS_TITLE = re.compile(r"^\s*(?:T1|TI)\s{1,2}-\s+")
# "JAAD Rep Dermatol Ther. 2024 Oct;18(4):301-304. doi: 10.5555/...": the journal's citation line.
# ("Hong Kong Med J 2013;19(Suppl 9):S44-6": a supplement's issue)
CITATION_LINE = re.compile(r"\bdoi\s*:\s*10\.|\b(?:19|20)\d\d(?:\s+[A-Z][a-z]{2})?(?:\s+\d{1,2})?\s*;\s*\d+\s*\(\s*(?:Suppl\.?\s*)?\d+\s*\)\s*:", re.I)
# A row of a table's values at a line's end: three numbers, or two with decimals.
VALUES_AT_END = r"(?:\s[-−]?\d+(?:\.\d+)?%?){3,}\s*$|(?:\s[-−]?\d+\.\d+%?){2}\s*$"
# Lines that are never a headline, whatever their length: a table row, a journal's logo or
# issue line, an author's e-mail, a Chinese author list, a line that opens mid-argument.
NOT_HEADLINE = re.compile(r"\s\|\s.*\s\|\s|^\||\|\s*$|\blogo|"
                  # a journal page's fields ("杂志名称:中医临床研究杂志", "主管单位:…", "国际刊号:…")
                  r"^[•·\s]*(?:杂志名称|雜誌名稱|期刊名称|期刊名稱|刊名|主管单位|主管單位|主办单位|主辦單位|国际刊号|國際刊號|国内刊号|國內刊號|出版周期|期刊荣誉|期刊榮譽)\s*[:：]|(?-i:\s/\s[a-z])|\(n\s*=.*\(n\s*=|(?:…|\.\.\.)$|(?-i:^[A-Z][A-Z\s&,-]{3,60}$)|\bLink to\b|\bVol\.\s*\d|\bIssue\b.*\d|\[internet\]|"
                  r"About the author|E-?mail\s*:|@\w+\.|"
                  # an author of a cited paper, surname and initials ("Go A.S.", "Mozaffarian D.")
                  r"(?-i:^[A-Z][\w'’-]+\s+(?:[A-Z]\.){1,3}$)|"
                  # a journal's PDF header and an index's links ("Contents lists available at ScienceDirect",
                  # "journal homepage: www…", "View on PubMed View at publisher"); a forum's poster line ("发帖数: 72")
                  r"\bContents\s+lists\s+available\s+at\b|\bjournal\s+homepage\s*:|(?-i:\bView\s+(?:on|at)\s+(?:PubMed|publisher)\b)|发帖数|發帖數|"
                  # a photo's caption and credit ("… iStockphoto hide caption"), an image's placeholder
                  # ("Headshot template"), a dialog's close button and tabs ("× Key messages Background …")
                  r"\b(?:hide|toggle)\s+caption\b|\b(?:iStockphoto|Getty\s+Images|Shutterstock)\b|"
                  r"^\S+\s+(?:template|placeholder|thumbnail)$|^[×✕✖]\s|\b(?:Previous|Next)\s+Page\b|"
                  # a result sentence opening a story, no headline: long, with a share, closed by its stop
                  # ("After a median follow-up of 7 years, 39% of patients who … required appendectomy.")
                  r"^(?=(?:\S+\s+){14,}\S+[.。]$)(?=.*\d%).*|"
                  # a keyword line joined by "%" or ";" ("鼓膜置管术%鼓膜切开术%小儿分泌性中耳炎%治疗效果")
                  r"^[^\s%;；]{2,20}(?:[%;；][^\s%;；]{2,20}){2,}$|"
                  # brackets a page emptied after a group (an arm's size that was an image: "K group ( )Placebo group ( )")
                  r"(?:group|arm|组|組)\s*[(（]\s*[)）]|"
                  # a page's own links and stamps: "Go to headerGo to navigation…", "… 2 min read",
                  # "Newsletter No. 288" (a date alone is no stamp: "This Week in the Journals: Jul 13, 2012")
                  r"\bGo\s+to\s+(?:header|navigation|search|content|footer|main)|^.{0,40}\d\s*min(?:ute)?s?\s+read\b|\bNewsletter\s+No\.?\s*\d|"
                  # a rating label ("Evidence Rating Level: 1"; a government site's banner is GOV_BANNER's)
                  r"^Evidence\s+Rating\s+Level\b|"
                  # a site's language switch ("Español: Español", "English | 中文")
                  r"^\s*(?:English|Español|Français|Deutsch|Português|中文|简体中文|繁體中文|日本語)\s*(?:[:：|]\s*(?:English|Español|Français|Deutsch|Português|中文|简体中文|繁體中文|日本語))?\s*$|"
                  # a PubMed page's publication type, printed on a line of its own above the title
                  r"^(?:Randomi[sz]ed\s+Controlled\s+Trial|Clinical\s+Trial(?:,\s+Phase\s+[IV]+)?|Meta-Analysis|Systematic\s+Review|"
                  r"Review|Multicenter\s+Study|Observational\s+Study|Comparative\s+Study|Case\s+Reports|Editorial|Comment|"
                  r"Controlled\s+Clinical\s+Trial|Pragmatic\s+Clinical\s+Trial|Practice\s+Guideline)$|^出处|^來源|^来源|^转自|^轉自|^转载|^轉載|^\(.*\)$|\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{4}\)$|"
                  r"^(?:此外|另外|值得注意的是|同时|同時|因此|但是|然而|而且|其中|不过|不過|However|In addition|Moreover|Also|But)\b|"
                  # a transcript's speaker tag ("<Anchor> The"), the middle of a sentence the page
                  # broke into short lines ("following are some examples of"): never the headline
                  r"(?-i:^<[A-Z][a-z]+>)|(?-i:^[a-z]+(?:\s+[\x21-\x7e]+){3,}$)|"
                  # a forum's login prompt, a journal site's links, a news video's caption, a paper's
                  # received/accepted stamp, a byline in brackets, a line in another script (Cyrillic)
                  r"登[录錄].{0,12}(?:才可以|才能)|沒有帳號|没有账号|在线阅读|在線閱讀|下载\s*PDF|下載\s*PDF|导出详情|"
                  r"播放本?新[聞闻].{0,6}(?:短片|视频|視頻)|^Received\s*:|^【[^】]{0,20}(?:報導|报道|記者|记者|編譯|编译)[^】]{0,10}】$|"
                  r"[\u0400-\u04ff]{4}|^key\s*words?\s+(?-i:[A-Z])|"
                  # a field's label, a picture's caption, a site's survey prompt, a section's heading
                  r"^(?:publication|publish(?:ed)?|received|accepted)\s+date\s*$|^(?:picture|image|photo)\s+of\b|"
                  r"^help\s+us\s+(?:tailor|improve)\b|"
                  r"^(?:(?:primary|secondary|efficacy|safety|key|main|study|clinical)\s+)?(?:results?|outcomes?|findings|end\s*points?)\s*$|"
                  # an affiliation labelled by a letter ("b.Key Laboratory of …"), Chinese authors with
                  # their affiliation in brackets ("郑文科 张莉 (1天津中医药大学…)") or stray marks ("…,朱鳳才,b,")
                  r"(?-i:^[a-z]\s?\.\s?(?:Key\s+)?(?:Laboratory|Department|School|College|University|Hospital|Institute|Cent(?:er|re))\b)|"
                  # (or by its number glued to it: "2First Affiliated Hospital of Jinan University, Guangzhou, China")
                  r"(?-i:^\d{1,2}[A-Z][a-z]{2,}\s[^.;:]{0,80}\b(?:Laboratory|Department|School|College|University|Hospital|Institute|Cent(?:er|re))\b)|"
                  # a link's words in brackets, alone on their line: "[read the full story...]" (not a
                  # translated title, "[Acupuncture for insomnia: a randomized trial]")
                  r"^\[\s*(?:read|see|click|more|full|view|watch|download|continue|back|go)\b[^\[\]]{0,50}\]$|"
                  r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+\s*[(（]\s*\d?[\u4e00-\u9fff]{2,20}(?:大学|大學|医院|醫院|学院|學院|研究所|中心)|"
                  r"^[\u4e00-\u9fff]{2,4}(?:\s*[,，、]\s*[\u4e00-\u9fff]{2,4}){2,}(?:\s*[,，]\s*[a-z])*\s*[,，]?$|"
                  r"^[\u4e00-\u9fff]{2,4}(?:[,，、\s]+[\u4e00-\u9fff]{2,4}){2,}[.。]?$|"
                  # a link, an app's or a site's promotion opening on a pictograph, a list item,
                  # a result ("... was 0.9 in ... and 9.2 in ..."): never the headline
                  r"https?://|\bwww\.|\d\s?[%％].*\d\s?[%％]|^[\U0001F000-\U0001FAFF\u2600-\u27BF]|^\d{1,2}\.\s|\b(?:was|were)\b.*\d.*\d|"
                  r"^(?:Sources?|Original\s+report|Disclosures?|References?|Related(?:\s+\w+)?|Read\s+more|Advertisement|"
                  r"Conflicts?\s+of\s+interest|Funding|Acknowledge?ments?|Previously|See\s+also|More\s+on\s+this)\b|"
                  # a line that leads into what follows ("This graph seems to back this up:"), a
                  # whole quotation, a blog's list of popular posts: never the headline
                  r"[:：]\s*$|^[\"“”'‘].*[\"“”'’]$|热门文章|熱門文章|\bpopular\s+posts\b|"
                  # a picture's or a story's credit ("图/…", "Story provided by …"), someone's words
                  # ("大部分患者表示，…"): never the headline
                  r"^(?:图|圖)\s*[/／:：]|^(?:photo|image|picture)\s*[:/]|^(?:story|photo|image|content|article|video)\s+(?:provided|courtesy)\s+(?:by|of)\b|"
                  r"(?:表示|指出|認為|认为)[,，:：]|"
                  # a table's cell or column ("% Responders", "Risk/100 Patients N = 343"), a page's
                  # running head ("Page 94 - 《中国药房》"), a disclaimer, "position/name" under a
                  # column's headline, a PDF line laid out in columns: never the headline
                  r"^(?:\d+\s?)?[%％+*=]|\bN\s*=\s*\d|^Page\s+\d+\b|^P\.\s*\d+$|作品声明|作品聲明|仅供参考|僅供參考|免责声明|免責聲明|"
                  r"^[◆●■◇○]?\s*[\u4e00-\u9fff]{2,12}\s*[/／]\s*[\u4e00-\u9fff]{2,4}$|\S\s{8,}\S|"
                  # a row of values ("… (days)* -4.0 -2.2 -3.7 -1.9"), a table's number inside a line
                  # of columns run together ("…以及出现 表2 两组患者…")
                  + VALUES_AT_END + r"|\S\s+(?:表|Table)\s?\d|"
                  # a p-value's cell ("DCR/% 100 100 <0.001 1.000"): a result, never the headline
                  r"[<≤]\s*0?\.\d+(?:\s+\S+){0,3}\s*$|"
                  # a dateline ("Front. Pharmacol., 23 December 2022", "6 月 14日 星期六 【明報專訊】"), a
                  # study's aim ("To evaluate the safety of …"), an organisation's "About" link
                  r"(?-i:^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December)\s+(?:19|20)\d\d\s*$)|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|週|周)[一二三四五六日天]|專訊】|专讯】|"
                  r"^To\s+(?:evaluate|assess|investigate|determine|examine|explore|compare)\s+(?:the|whether|if)\s|"
                  r"^This\s+article\s+is\s+part\s+of\s+the\b|\bView\s+all\s+\d+\s+articles\b|"
                  r"^About\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Foundation|Society|Association|Institute|Network|Alliance|Coalition)$|"
                  # where the page sits on its site ("首页 > 科技 > 正文", "当前位置：…", "Filed under:
                  # Health"), the site's own notices ("使用Chrome浏览器效果最佳", "An official website of
                  # the United States government", "当前报纸名称：…"): never the headline
                  r"\S\s+[>›»]\s*[^\d\s].*\s[>›»]\s*[^\d\s]|当前位置|當前位置|您的位置|^You\s+are\s+here\b|^(?:Filed|Posted)\s+(?:under|in)\s*:|"
                  r"浏览器|瀏覽器|(?<![A-Za-z])(?:Edge|Fire[Ff]ox|Chrome|Safari)(?![A-Za-z]).{0,12}(?:官網|官网|下載|下载|\bdownload)|检索规则|檢索規則|^检\s*索\s*[范範规規说說]|^檢\s*索\s*[范範规規说說]|\b(?:your|this|a\s+modern|supported)\s+browser\b|\bbrowser\s+(?:is|does|not|version|support)|\bAccess\s+keys\b|\bMain\s+(?:Content|Navigation|Menu)\b|\bofficial\s+website\s+of\b|报纸名称|報紙名稱|^第?\s*\d+\s*版\s*[:：]|"
                  # who wrote it: an institution with its postcode ("…医院 a. 肿瘤科, 乌鲁木齐 830000"),
                  # a hospital and its department alone ("南京脑科医院 神经外科")
                  r"(?:医院|醫院|大学|大學|学院|學院|研究所|研究院)[^。]{0,40}\b\d{6}\b|"
                  r"^[\u4e00-\u9fff]{2,16}(?:医院|醫院|大学|大學|学院|學院|研究所|研究院)\s+[\u4e00-\u9fff]{2,8}(?:科|部|系|所|室|中心)$|"
                  # a page's furniture: tab labels run together ("QuoteInterpretation"), "Article Text",
                  # a forum's counters ("鲜花( 52) 鸡蛋( 32)"), a
                  # copyright line whose sign became a letter ("The Laryngoscope C 2015 The American …"),
                  # a speaker with the place they came from ("Julia Rey (Neu-Isenburg, Germany)")
                  r"(?-i:^[A-Z][a-z]+(?:[A-Z][a-z]+)+$)|^(?:Article|Full)\s+Text$|"
                  r"^(?:\s*[\u4e00-\u9fff]{1,4}\s*[(（]\s*\d+\s*[)）]){2,}\s*$|(?-i:\bC\s+(?:19|20)\d\d\s+The\s+[A-Z])|"
                  r"(?-i:^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+\([A-Z][\w. -]+,\s+[A-Z][\w. ]+\)$)|"
                  # someone's words with who said them ("\"Women … on their quality of life,\" said study author"),
                  # a sentence with its source after it ("… 24% of the US population. (U.S. Census Bureau)"), a
                  # banner's or a section's label ("Top Banner", "Indication"), a page for professionals only
                  # (仅供医学专业人士阅读参考), a picture's caption (▲…(圖/翻攝自…)): never the headline
                  r"^[\"“].{20,}[,，]?[\"”]\s*(?:said|says|according|noted|added)\b|\.\s*\([^()]{2,60}\)\s*$|[.,]\s+[\"“][A-Z][^\"”]{10,}|"
                  r"^(?:top|bottom|side|header|footer)\s+banner$|"
                  r"^(?:indications?|background|methods?|introduction|overview|summary|contents|objectives?|conclusions?|discussion)\s*$|"
                  r"(?:仅供|僅供)[^，,。]{0,8}(?:专业人士|專業人士|医生|醫生|医务|醫務)|^[▲△▼►]|[(（]\s*[图圖]\s*[/／]|"
                  # a journal page's metrics ("Google-based Impact Factor: 0.45", "ISSN Print: …"), an issue
                  # page's state line ("Closed ixxmu closed 2 years ago"), who supplied a filing
                  # ("本資料由 (興櫃公司) 4132 國鼎 公司提供"): never the headline
                  r"\bImpact\s+Factor\s*[:：]?\s*\d|\bISSN\s*(?:\(?(?:Print|Online|Electronic|Linking)\)?)?\s*[:：]?\s*\d{4}-?\d{3}[\dXx]|(?-i:^(?:Open|Closed)\s+\S+\s+(?:opened|closed)\b.*\bago$)|^本[資资]料由.{0,30}提供", re.I)
# A link back at the head of the headline's line, flattened onto it: "返回上一層CAR-T療法進軍肝癌!".
BACK_LINK = re.compile(r"^\s*(?:返回上一[层層页頁级級]|回上一[页頁]|返回列表|返回目[录錄])\s*")
# A paper's title that ends on its design after a colon: ": A Randomized, Double-Blind Trial".
DESIGN_AFTER_COLON = re.compile(r":\s+(?:an?\s+|the\s+)?(?:(?:randomi[sz]ed|double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|open[- ]label|"
                                r"multi-?cent(?:er|re)|multi-?national|placebo[- ]controlled|sham[- ]controlled|active[- ]controlled|"
                                r"controlled|prospective|retrospective|cross-?over|parallel[- ]group|pragmatic|pilot|phase\s+[IVX\d/]+|"
                                r"non-?inferiority|cluster|double[- ]masked|observational|population-based|nationwide)[,\s]+(?:and\s+)?)+"
                                r"(?:clinical\s+|cohort\s+)?(?:trial|study)\s*$", re.I)
# A label line whose colon introduces a list: "Subjects: …", "Topics: …", "Authors: …".
LABEL_BEFORE_COLON = re.compile(r"\s*(?:subjects?|topics?|authors?|keywords?|tags?|categories|in\s+this\s+issue|mesh(?:\s+terms)?)\s*:", re.I)
LINK_AFTER = re.compile(r"\s+(?:\[?PDF\]?|HTML|全文|下载|下載)$")
# A page's own widgets and credits, never its headline: a reading-time stamp ("Reading Time: 1
# minute"), an address the page hid ("[email protected]"), a font-size switch ("字體大小: 字級放大"),
# a picture and text credit ("圖、文/CTWANT", "文/记者"), a count under its label ("Number of
# Patients Screened 58"), two of the page's elements flattened into one line without a space
# before the second's "The" (a byline and its paper, "Cathy O'LearyThe West Australian"; an
# icon's label and a caption, "Camera IconThe study found …").
PAGE_WIDGET = re.compile(r"^\s*(?:estimated\s+)?reading\s+time\s*:|\[\s*email\s*(?:&#160;|\s)*protected\s*\]|"
                         r"字[體体号號]大小|字[級级]放大|字[級级]縮小|字[級级]缩小|"
                         r"^\s*(?:[圖图文]\s*[、,，]\s*)*(?:[圖图文]|撰文|攝影|摄影|記者|记者|編輯|编辑|(?:共同)?(?:採訪|采访)|核稿|校對|校对)\s*[/／]|"
                         # (a label in capitals, no verb: "Number of Patients Screened 58"; a photo's credit after
                         # its caption's stop: "… of infections. Credit: WA News")
                         r"(?-i:^(?:Number|No\.)\s+of\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|for|of|in|at|with|by|and|to)){0,5}\s+\d+$)|"
                         r"(?-i:(?<=[.!?] )Credit:\s*[A-Z][\w ]{1,30}$)|(?-i:[a-z]The\s)", re.I)
# A site's menu of short items, several of them its name's ("明報生活 明報OL網 明報健康網") or a
# section's ("… 资讯 企业公告 …"): four or more, parted by spaces.
NAV_ITEMS = re.compile(r"^[\u4e00-\u9fffA-Za-z()（）]{1,12}(?:\s+[\u4e00-\u9fffA-Za-z()（）]{1,12}){2,}$")
NAV_SECTION_WORD = re.compile(r"首页|首頁|资讯|資訊|公告|新闻|新聞|网站|網站|网址|網址|关于我们|關於我們|登录|登錄|注册|註冊|频道|頻道")


def _menu_of_items(line: str) -> bool:
    """A row of a site's menu items (``NAV_ITEMS``): four or more short items, two of which
    share their first two characters or one of which is a section's word.

    >>> _menu_of_items("明報生活 明報OL網 明報健康網 明報新聞"), _menu_of_items("午睡過長 失智風險增")
    (True, False)
    >>> _menu_of_items("新冠疫苗 加强针 新冠重症风险降低")
    False
    >>> _menu_of_items("银河娱乐网站网址大全 资讯 企业公告 银河娱乐网页版")
    True
    """
    if not HAN.search(line):
        return False
    items = line.split()
    if len(items) < 4 or not NAV_ITEMS.match(line):
        return False  # (a headline spaced in three, "新冠疫苗 加强针 新冠重症风险降低", is none)
    heads = [x[:2] for x in items if len(x) >= 2]
    return len(heads) != len(set(heads)) or bool(NAV_SECTION_WORD.search(line))
# A site's menu: six or more words of one to four characters in a row ("即時 熱門 政治 軍武
# 社會 生活 健康 國際"), never the headline.
MENU = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}\s+){5,}[\u4e00-\u9fff]{1,4}(?:\s|$)")
# A site's own prompt or notice above the article: its cookie banner ("Cookies on this website"),
# a session's timer ("Your Session Is About to Expire"), its search box ("What are you looking
# for?"), its section ("Press Releases"); and a review's reference with its data tag
# ("Christensen 1992 {published data only}").
# What a page's anti-copying scrambler leaves between its paragraphs: ": e. h6 l; _: N* a+ F".
SCRAMBLE_MARK = re.compile(r"[;:_*+\[\]{}$%!'`]")


def _scrambled(line: str) -> bool:
    """Whether a line is an anti-copying scrambler's noise: marks at every few characters, words
    of one or two letters ("% [7 h1 ] b9 ]- s {+ w o* V7 o").

    >>> _scrambled(": e. h6 l; _: N* a+ F"), _scrambled("Diet: a trial (n = 40) [2021]")
    (True, False)
    """
    words = line.split()
    return len(words) >= 5 and len(SCRAMBLE_MARK.findall(line)) >= 4 and all(len(w) <= 3 for w in words)


SITE_PROMPT = re.compile(r"^cookies?\s+(?:on\s+(?:this|our)\s+(?:website|site)|policy|settings|notice|consent)\b|"
                         r"\b(?:we\s+use|accept\s+(?:all\s+)?)cookies\b|"
                         r"\bsession\s+(?:is\s+)?(?:about\s+to\s+|has\s+|will\s+)?expir(?:e|es|ed|ing)\b|"
                         r"^what\s+are\s+you\s+looking\s+for\s*\??$|\{\s*(?:published|unpublished)\b|"
                         # (the section the page sits in: "Press Releases", "Newsroom")
                         r"^(?:press\s+releases?|news\s+releases?|newsroom|latest\s+news)$|"
                         # (a journal's stamps and badges: "Accepted for publication 2 November 2017", "Open
                         # Access"; a page's counters and its app: "Over 50,000 Active Subscribers", "上QQ阅读APP看书")
                         r"^(?:accepted|received|published)\s+(?:for\s+publication\s+)?(?:on\s+)?\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d\b|"
                         # (each as the short line a site prints it, not a headline that mentions it: "Open
                         # Access to Naloxone Cut Overdose Deaths")
                         r"^(?=.{0,40}$)(?:\S+\s+)?open\s*access(?:[a-z]+)?$|^(?:over\s+)?[\d,.]+\+?\s+(?:active\s+)?subscribers$|"
                         r"^上\w{0,6}(?-i:APP)|(?-i:APP)\s*(?:看书|看書|阅读|閱讀|下载|下載|Icon)|"
                         # (a site's links: "Skip directly to search", "Table of Contents Author Guidelines", "意见反馈")
                         r"^skip\s+(?:directly\s+)?to\s+(?:main\s+|the\s+)?(?:content|search|navigation|a\s+to\s+z)\b|"
                         r"^table\s+of\s+contents\b|\bauthor\s+guidelines\b|\bsubmit\s+a\s+manuscript\b|"
                         r"意[见見][反回][馈饋]|"
                         # (a journal's name alone, its year and kind after it: "Chinese Journal of Integrative
                         # Medicine", "Evidence-Based … Medicine / 2019 / Article / Tab 4", "心血管疾病的治疗/2021/文章")
                         r"(?-i:^(?:The\s+)?(?:[A-Z][\w-]*\s+){0,4}Journal\s+of(?:\s+[A-Z][\w-]*){1,4}$)|^cochrane\s+database\s+of\s+systematic\s+reviews(?:\s+(?:protocol|review)\b.*)?$|"
                         r"\s/\s(?:19|20)\d\d\s/\s|[\u4e00-\u9fff]/(?:19|20)\d\d/[\u4e00-\u9fff]|"
                         # (a report's boxes: "Key Points", "What is already known about this topic?", "Why is
                         # this important?"; a category line, "In: Statistics", "Heart Disease / 04.06.2013")
                         r"^key\s+points$|^what\s+is\s+(?:already\s+known|added\s+by)\b.{0,40}\?$|^why\s+is\s+this\s+important\??$|"
                         r"^in\s*:\s|/\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s*$|"
                         # (a wire story's dateline opening its first sentence, "Feb 5 (Reuters) - China's …"; a
                         # forum's comment header, "JamesIgnatius27 t1_jdnbn6y wrote")
                         r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|HealthDay\s+News)\)\s*[-–—]|^\S+(?:\s+t\d_\w+)?\s+wrote\s*:?$|"
                         # (a listed company's announcement: its name alone, the board's standard
                         # assurance; a news site's teaser, "… resign. Slideshow")
                         r"^[\u4e00-\u9fff]{4,30}(?:股份)?有限公司$|董事会及全体董事保证|董事會及全體董事保證|\bSlideshow$|"
                         # (a paper's parts: its visual abstract, a numbered Chinese section "一、…", its
                         # introduction "引言:…"; a reference, "Jotte et al. 2020 [18]")
                         r"^(?:visual|graphical)\s+abstract$|^[一二三四五六七八九十]{1,3}\s*、|^(?:引言|前言)\s*[:：]|"
                         r"\bet\s+al\.?,?\s+(?:19|20)\d\d\b|"
                         # (a date alone, a blog's day heading: "Tuesday, July 20, 2004"; an affiliation's label,
                         # "机构地区:[1]…"; a journal's alerts: "Receive monthly Table of Contents alerts", "View my
                         # account settings")
                         r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)\s+\d{1,2},?\s+(?:19|20)\d\d$|"
                         r"^(?:机构地区|機構地區|作者单位|作者單位|出\s*[处處]|来\s*源|來\s*源)\s*[:：]|"
                         r"^receive\s+(?:\w+\s+){0,4}alerts\b|\baccount\s+settings$", re.I)
SHARE_BUTTON = re.compile(r"^\s*Share\s+[\"“](?P<title>[^\"“”]{10,})[\"”]\s*$")
# A line that says one thing twice, as a site's widget prints it: "Scolaris Content Display Scolaris
# Content Display".
REPEATED = re.compile(r"^(?P<once>.{6,}?)\s*(?P=once)$")
# A row of a table's values: the line above it is the row's label, not a headline
# ("MSQ Role Function Score (over Months 4 to 6)" over "Baseline 51.4 52.9 52.5 51.4").
VALUES_ROW = re.compile(VALUES_AT_END)
# ("[健康資訊] ", "【新聞稿】"; not a radiotracer's "[18F]FDG", whose tag holds digits)
FORUM_TAG = re.compile(r"^\s*[\[【][^\]】\d]{1,8}[\]】]\s*(?=\S)")
# "對(duì)照組": a reading in pinyin after a character, as some converting and reposting sites
# print them. A line is judged without them ("關(guān)鍵詞:" is a keyword line all the same).
GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
# (a journal site's keyword lines in each language: "中文关键词: …", "英文关键词:Tai Chi …")
SECTION_LABEL = re.compile(r"\s*(?:中文|英文)?(?:关键词|關鍵詞|关键字|關鍵字)\s+(?=\S)|"  # ("關鍵字 急性呼吸道窘迫症候群…": its label before a space)
                   r"\s*(?:key\s*words?|MeSH(?:\s+terms)?|author\s+information|(?:article\s+)?affiliations?|作\s*者|"
                   r"(?:中文|英文)?(?:关键词|關鍵詞|关键字|關鍵字)|中图分类号|中圖分類號|基金项目|基金項目|funding|"
                   r"文献标[志识]码|文獻標[誌識]碼)\s*[:：]", re.I)


# PubMed's author line: surnames with initials ("Brandt L(1), Oyelaran T(2).", "Pelliccia F,
# Pasceri V"), which an affiliation line ("Sapienza University, Rome, Italy.") is not.
# (A surname's hyphen belongs to the surname only, so no run of names can be read two ways.)
_SURNAME = r"[A-Z][\w'’]*(?:-[\w'’]+)*(?: [A-Z][\w'’]*(?:-[\w'’]+)*)*"
PUBMED_AUTHORS = re.compile(rf"^{_SURNAME} [A-Z]{{1,3}}(?:\(\d+(?:,\d+)*\))?(?:,\s*{_SURNAME} [A-Z]{{1,3}}(?:\(\d+(?:,\d+)*\))?)*\.?$")


# Authors by full name, each with its affiliation's number: "Qiuping Ye1, Yu Xie2, Junheng Shi1.".
NUMBERED_AUTHORS = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+\d+(?:,\d+)*"
                              r"(?:,\s*(?:and\s+)?(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+\d+(?:,\d+)*)+\.?$")
# PubMed's citation line: "Am J Clin Nutr. 2017 Jun;105(6):1462-1473. doi: …".
PUBMED_CITATION = re.compile(r"^[A-Z][\w .&()-]{2,80}\.\s+(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*\d+(?:\(\S+\))?:\s*[\w-]+")


# An affiliation's line: "Institute for Biometry and Epidemiology, …", "1Department of Surgery, …".
AFFILIATION = re.compile(r"^\d*\s*(?:[A-Z][\w'’-]*\s+){0,4}(?:Institute|University|Department|Hospital|College|School|"
                         r"Cent(?:er|re)|Faculty|Division)\b")


def _pubmed_title(lines: list[str], i: int) -> bool:
    """A PubMed title ends with a full stop, under the citation line ("Am J Clin Nutr. 2017
    Jun;105(6):1462-1473.") and over the authors, surnames with initials ("Brandt L(1),
    Oyelaran T(2).") or full names with their affiliations' numbers: it is still the headline."""
    after = next((x for x in lines[i + 1:i + 3] if x.strip()), "").strip()
    before = next((x for x in reversed(lines[max(0, i - 2):i]) if x.strip()), "").strip()
    # (under the citation line, a title is followed by its authors' affiliation; a sentence of
    # the abstract, "This meta-analysis was to evaluate …", by the next)
    return lines[i].rstrip().endswith(".") and not lines[i].rstrip().endswith("..") and bool(
        PUBMED_AUTHORS.match(after) or NUMBERED_AUTHORS.match(after)
        or PUBMED_CITATION.match(before) and AFFILIATION.match(after))


# The banner a US government site (PubMed, PMC) prints above every page, paragraphs and all:
# no story has begun below it.
GOV_BANNER = re.compile(r"^(?:Skip\s+to\s+main(?:\s+page)?\s+content|U\.S\.\s+flag|An\s+official\s+website\s+of\s+the\s+United\s+States\s+government|"
                        r"Dot\s+gov|Https|The\s+\.gov\s+means\s+it.s\s+official\.|Federal\s+government\s+websites\s+often\s+end\s+in\s+\.gov.*|"
                        r"The\s+site\s+is\s+secure\.|The\s+https://\s+ensures\s+that\s+you\s+are\s+connecting.*|Access\s+keys\b.*|"
                        r"Here'?s\s+how\s+you\s+know)\s*$", re.I)


# The first author with a degree after a title on its line: a name (given name, an initial,
# surname) then ", MD", ", Ph.D.", ", FRCS…".
# (or two names in a row, each with its affiliation's number: "Yanyi Wang,1 Charlie Changli Xue,1")
_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}"
# (a degree only where more authors follow it, "Ann Lee, MD; Bo Chan, PhD": "… for Eric Topol, MD"
# ends a headline; a number only after a comma, "Yanyi Wang,1", not "COVID-19" or "Cohort3")
AUTHORS_AFTER_TITLE = re.compile(r"(?<=\S{3})(?:(?<=[a-z])[\u4e00-\u9fff])?\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+,\s*"
                                 r"(?:M\.?D\.?|Ph\.?\s?D\.?|FRCS\w*|MBBS|M\.?Sc\.?|B\.?Sc\.?|MPH|RN|D\.?O\.)(?![a-z])"
                                 r"(?=.{0,30}?[,;]\s*(?:[a-z0-9,]+\s*)?[A-Z][A-Za-z]+)|"
                                 rf"[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*,\d+(?:,\d+)*,?\s+(?:and\s+)?{_NAME},?\d|"
                                 # (or names with their middle initial, the first with its mark: "Huong Q. McLean ∗ , Jennifer K. Meece, …";
                                 # a footnote's mark a PDF turned into a character may stand before them: "illness夽")
                                 r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][\w'’-]+\s*(?:[∗*†‡]|\d)\s*,\s*[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][\w'’-]+).*$")
# A site's notice above the story, a paragraph that begins nothing: the browser it asks for,
# the privacy notice it asks to accept ("您使用的瀏覽器版本較舊…", "本網站使用相關技術…隱私聲明").
SITE_NOTICE = re.compile(r"瀏覽器|浏览器|\bbrowser\b|隱私|隐私|\bprivacy\b|\bcookies?\b", re.I)
# A paper's kind printed before its title on a PDF's run-on line, its authors after it:
# "Research Article Acupuncture for … Yanyi Wang,1 …".
KIND_BEFORE_TITLE = re.compile(r"^(?:Research\s+Article|Original\s+(?:Article|Research|Contributions?)|Review\s+Article|"
                               r"ORIGINAL\s+(?:ARTICLE|RESEARCH|CONTRIBUTIONS?))\s+(?=[A-Z])")
# A catalogue's bilingual title, the English after "=": "…之前瞻性研究=The Pilot Study about …".
BILINGUAL_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])\s*=\s*[A-Z][^\u4e00-\u9fff]*$")
# A bar after a title's line that holds no other ("Title |"), and quotes around a whole line.
# (a title's length: six words, twelve characters of Chinese; a table's header cell, "Population |",
# "Remission Rate (vs. Control) |", is shorter)
TRAILING_BAR = re.compile(r"^(?=[^|]*\|\s*$)(?=(?:\S+\s+){6}|.*[\u4e00-\u9fff]{12})(?P<line>[^|]+?)\s*\|\s*$")
# A reblog's pointer to the post it is ("via Placebo, antibody, and …"); a photo's credit glued to its label.
REBLOGGED = re.compile(r"^\s*(?:via|[Rr]eblogged\s+from)\s+(?=[A-Z])")  # (lower case: "Via Christi …" is a name)
PHOTO_CREDIT = re.compile(r"(?:iStock(?:photo)?|Getty(?:\s+Images)?|Shutterstock|Reuters|AFP|AP\s+Photo|Alamy|File\s+photo)", re.I)
WRAPPED = re.compile(r"^\s*[“\"](?P<inner>[^“”\"]{10,})[”\"]\s*$")


def pick_title(lines: list[str]) -> str | None:
    """The headline: the line after a "TITLE:" label (PubMed titles end with a full stop),
    else the short line that is not a sentence, a slogan, a byline or a section label,
    preferring one with a byline or an author list under it.

    >>> pick_title(["即时推送资讯,为大众而努力!", "干细胞治疗脊髓损伤:9年实证", "正文。"])
    '干细胞治疗脊髓损伤:9年实证'
    >>> pick_title(["TITLE:", "A randomised trial of screening.", "In the project..."])
    'A randomised trial of screening'
    >>> pick_title(["干细胞观察 | 专注细胞治疗循证资讯", "脐带干细胞治疗多发性硬化的病例分析", "发布日期:2024年11月6日", "正文。"])
    '脐带干细胞治疗多发性硬化的病例分析'
    >>> pick_title(["Original Research", "Stroke Unit Care Versus General Ward Care After Stroke", "Ann Lee, Bo Chan", "Abstract"])
    'Stroke Unit Care Versus General Ward Care After Stroke'
    >>> pick_title(["關(guān)鍵詞:針刺;失眠;隨機(jī)對(duì)照試驗(yàn)", "正文。"]) is None  # a keyword line, pinyin and all
    True
    >>> pick_title(["[健康資訊] 服中藥膠囊治療濕疹", "正文。"]), pick_title(["% Responders over Months 1 to 6", "Text."])
    ('服中藥膠囊治療濕疹', None)
    >>> pick_title(["[18F]FDG PET Versus MRI for Staging Test Cancer", "Text."])
    '[18F]FDG PET Versus MRI for Staging Test Cancer'
    >>> pick_title(["Objective: To investigate whether paracetamol shortens fever", "Methods: A trial."]) is None
    True
    >>> pick_title([" date 2025-03-02 午睡過長 失智風險增", "本地研究指，午睡過長的長者，失智風險較高。"])
    '午睡過長 失智風險增'
    >>> pick_title(["李小明,王 芳,陈大伟,赵 静,刘建国", "·临床研究·", "针刺治疗失眠的随机对照试验", "目的 观察针刺的疗效。"])
    '针刺治疗失眠的随机对照试验'
    >>> pick_title(["Journal > Volume 4", "Lee, Park, and Chan: Does Trial Participation Improve Survival?", "Abstract"])
    'Does Trial Participation Improve Survival?'
    >>> pick_title(["Home About us Editorial board Current issue Search Archives Login", "Drug K for hot flashes: a review", "Abstract"])
    'Drug K for hot flashes: a review'
    >>> pick_title(["首页> 外文期刊>Test Medicine >Better outcomes at hospitals that run trials", "Abstract"])
    'Better outcomes at hospitals that run trials'
    >>> pick_title(["NK细胞在晚期结肠癌治疗中的应用研究 2019-07-11王明李华", "摘要:目的 观察疗效。"])
    'NK细胞在晚期结肠癌治疗中的应用研究'
    >>> pick_title(["Drug K for asthma - a randomized study", "Citation", "Journal title", "ANNALS OF MEDICINE"])
    'Drug K for asthma - a randomized study'
    >>> pick_title(["TY  - JOUR", "T1  - Drug K for asthma: a randomized trial", "AU  - Lee, Ann"])
    'Drug K for asthma: a randomized trial'
    >>> pick_title(["Contents lists available at ScienceDirect", "Drug K and the risk of stroke in adults", "A B S T R A C T"])
    'Drug K and the risk of stroke in adults'
    >>> pick_title(["MenB:", "A gonorrhoea vaccine?", "MenB is a vaccine."]), pick_title(["某药治疗癌症的疗效比较时间:2025-06-04 摘要 近年来…"])
    ('MenB: A gonorrhoea vaccine?', '某药治疗癌症的疗效比较')
    """
    # (A page flattened from Markdown keeps its title's underline on the title's line: "Title ==== * Author".)
    lines = [UNDERLINE.split(line)[0] if UNDERLINE.search(line) else line for line in lines if not GOV_BANNER.match(line)]
    candidates = []
    caption = _table_caption(lines)
    # A headline stands above the abstract's first section heading, never below it.
    # (A section that opens with its label, "Objective: To investigate whether …", is one too.)
    first_section = next((i for i, line in enumerate(lines[:12]) if SECTION_HEADING.fullmatch(line.strip(" :："))
                          or LABELLED_SECTION.match(line)), 12)
    for i, line in enumerate(lines[:first_section]):
        if i and _paragraph(lines[i - 1]) and not SITE_NOTICE.search(lines[i - 1]) \
                and not (lines[i - 1].rstrip().endswith(("?", "？")) and len(lines[i - 1]) <= 200):
            break  # the story has begun: a short line below its first paragraph is a subheading (a teaser's question is none)
        if i == 0 and len(lines) > 1 and TITLE_HEAD_COLON.fullmatch(line.strip()) and not SECTION_LABEL.match(line) \
                and 10 <= len(lines[1]) <= 150 and not SENTENCE_END.search(lines[1].rstrip("?？")):
            line = f"{line.strip()} {lines[1].strip()}"  # ("MenB:" over "A gonnorhoea vaccine?": one headline in two lines)
        line = NUMBERED.sub("", line) if i < 2 else line
        # ("首页> 外文期刊>Archives of Internal Medicine >Better outcomes for …": a breadcrumb's last
        # step is the page's own title)
        crumbs = BREADCRUMB.split(line)
        if len(crumbs) >= 3 and len(crumbs[-1].strip()) >= 15:
            line = crumbs[-1].strip()
        # ("NK细胞在…中的应用研究 2019-07-11王聪洁杨丽丽": the title, then the date and its authors)
        line = DATE_AFTER_TITLE.sub("", line)
        # ("Atropine for Childhood Myopia Wei-Han Chua, FRCSEd, …": a PDF's title, then its authors
        # with their degrees, run into one line)
        # (four words at least before them: a line of authors alone is no title)
        cut = AUTHORS_AFTER_TITLE.sub("", line)
        if cut != line and len(cut.split()) >= 4:
            line = KIND_BEFORE_TITLE.sub("", cut)
        # ("date 2025-10-27 七成人再出事？…": a page's date before its first line is no part of it)
        dated = DATE_BEFORE.match(line)
        if dated:
            line = line[dated.end():]
            if len(line) > 120 or LINK_LABEL.match(line):
                continue  # (a wire story's first sentence after the date, "Read: …" a link: no headline)
        # ("Keizman, Rouvinov, …, and Berger: Is there a …": the authors before the paper's title)
        authors = AUTHORS_COLON.match(line)
        if authors and AUTHORS.match(authors["who"]):
            line = line[authors.end():]
        if ZH_AUTHORS.match(line):
            continue  # "张冬志,陈 泉,王晓鹏": who wrote it, not what it is
        ris = RIS_TITLE.match(line) if i and any(RIS_START.match(x) for x in lines[:i]) else None
        if ris and 3 <= len(line) - ris.end() <= 300:
            return line[ris.end():].rstrip(" .")  # (a citation record in RIS: "TY - JOUR" over "T1 - The title")
        label = TITLE_LABEL.match(line)
        if label:
            title = line[label.end():] or (lines[i + 1] if i + 1 < len(lines) else "")
            # (a catalogue's row: its cell's bar, and the title's English after "=")
            title = BILINGUAL_TAIL.sub("", title.rstrip(" |")) if "|" in line[:label.end()] else title
            if 3 <= len(title) <= 300:
                return title.rstrip(" .")
            continue
        line = GLOSS.sub("", line)  # judged, and given, without its pinyin readings
        line = SHARE_BUTTON.sub(r"\g<title>", line)  # ('Share "Optimal proteinuria target …"': a button's label)
        # ("Coffee and heart disease: a meta-analysis |": a table cell's bar after the title, no part
        # of it; "“Stem cell transplant: a single center experience”": the title in quotes, without them)
        line = WRAPPED.sub(r"\g<inner>", TRAILING_BAR.sub(r"\g<line>", line))
        line = BACK_LINK.sub("", line)
        # ("… fails to meet endpoint in ovarian cancer.- NovoCure": the site's name after the headline's stop)
        line = SITE_AFTER_STOP.sub("", line)
        line = REBLOGGED.sub("", line)  # ("via Placebo, antibody, and …": a reblog's pointer to the post it is)
        if line.strip() and any(a.strip() and b.startswith(a.strip()) and PHOTO_CREDIT.fullmatch(b[len(a.strip()):].strip())
                                for a, b in ((line, lines[i + 1] if i + 1 < len(lines) else ""), (lines[i - 1] if i else "", line))):
            continue  # ("COVID-19 vaccine" over "COVID-19 vaccineiStock": a photo's label, then it with its credit)
        han = len(HAN.findall(line))
        if SECTION_LABEL.match(line) or CITATION_LINE.search(line) or NOT_HEADLINE.search(line) or MENU.match(line) \
                or PAGE_WIDGET.search(line) or _menu_of_items(line) \
                or (not han and " " not in line.strip() and line.strip().islower()) \
                or SITE_PROMPT.search(line) or len(NAV_WORD.findall(line)) >= 3 or SUBSECTION.match(line) \
                or REPEATED.match(line.strip()) or _scrambled(line):
            continue  # "KEYWORDS: Parkinson's disease; crossover trial": a list, never the headline
        digits = sum(c.isdigit() for c in line)
        if _pubmed_title(lines, i) and len(line) <= 400:
            # Over its authors: the paper's title, however many commas it holds.
            candidates.append((-10, i, line.rstrip(".")))
            continue
        # (the commas of a design's list after a title's colon, "…: A Randomized, Double-Blind,
        # Multicenter, Placebo-Controlled Trial", make no keyword list)
        design = DESIGN_AFTER_COLON.search(line)
        commas = (line[:design.start()] if design and not LABEL_BEFORE_COLON.match(line) else line).count(",")
        if digits > 0.3 * len(line) or (not han and (len(line.split()) > 40 or commas >= 3)) \
                or (han > 40 and line.count("，") + line.count(",") >= 2):
            continue  # a row of numbers, a paragraph or a keyword list rather than a headline
        # (A Chinese headline may be short, "提防行銷話術小細節"; a headline may ask a question.)
        # (or two, in a short one: "中藥「清冠一號」包治 COVID-19?中醫師怎麼看?")
        asked = line.count("?") + line.count("？")
        # (a page's first lines may ask a long one: "Is Chinese herbal medicine effective in treating …, as
        # compared to placebo?")
        question = line.rstrip().endswith(("?", "？")) and len(line) <= (200 if i < 3 else 120) \
            and (asked == 1 or asked == 2 and len(line) <= 60)
        # (A line that exclaims is a slogan more often than a headline, "…为大众而努力!": kept
        # last, for a page whose headline it is, "NEJM:只需改吃含钾代盐,就能降低…风险!".)
        exclaims = line.endswith(("!", "！")) and "!" not in line[:-1] and "！" not in line[:-1] and not _paragraph(line)
        if not (9 if han >= 9 else 10) <= len(line) <= 300 or (SENTENCE_END.search(line) and not question and not exclaims
                                                               and not _pubmed_title(lines, i)
                                                               and not (i == 0 and _one_sentence_title(line))
                                                               and not (i < 3 and ZH_STUDY_TITLE.match(line))) \
                or ("。" in line and not (i < 3 and ZH_STUDY_TITLE.match(line))) or han > 100 or line.upper().startswith("ABSTRACT") or BYLINE.search(line[:16]) \
                or AUTHORS.match(line):
            continue
        if exclaims:
            candidates.append((10, i, line))
            continue
        after, before = lines[i + 1:i + 3], lines[max(0, i - 2):i]
        if after and len(after[0]) < 120 and VALUES_ROW.search(after[0]):
            continue
        # A byline is a short line of its own; a date inside a paragraph is no byline.
        score = (2 * any(len(x) < 80 and (BYLINE.search(x) or AUTHORS.match(x)) for x in after)
                 + any(len(x) < 80 and BYLINE.search(x) for x in before)
                 + (han >= 12 or len(line) >= 30)
                 - 3 * bool(SITE_LINE.search(line)) - 3 * bool(ORG_LINE.search(line))
                 - 2 * (not han and len(line.split()) <= 3)
                 # (the headline printed again over its post, as forums and reposts print it; or opening a
                 # slide deck's description above it, "ASH Highlights 2011 San Diego, California. Lymphoma. …")
                 + 3 * any(x.strip() == line.strip() or x.strip().startswith(line.strip().rstrip(".") + ". ")
                           for x in lines[:i]))
        # (a long question gives way to a headline below it: a lede's teaser is no title)
        score -= 2 * (question and len(line) > 120 and bool(after) and len(after[0]) <= 120
                      and not SENTENCE_END.search(after[0]) and not BYLINE.search(after[0]))
        candidates.append((-score, i, line.rstrip(".") if i == 0 and _one_sentence_title(line) else line))
    if caption and not any(i < caption[1] for _, i, _ in candidates):
        # A page that opens on a table: its caption is what it is about, not a column's
        # header or a row's label below it ("HR (95% CI) p Value").
        return caption[0]
    candidates = _from_a_list_of_headlines(candidates, lines)
    # ("[健康資訊] 服中草藥膠囊治療": a forum's section tag before the headline is no part of it)
    # ("…的影 PDF": the link to the paper's file after its title is no part of it)
    best = LINK_AFTER.sub("", FORUM_TAG.sub("", min(candidates)[2])) if candidates \
        else _english_title_of_chinese_paper(lines) or _headline_after_pointer(lines)
    return best[:-1] if best and ZH_STUDY_TITLE.match(best) else best


# An aggregator's pointer to the story it reposts, the story's headline on the line after it:
# "See the rest here:", "Read the full story here:", "Continue reading:", "Originally published here:"
# (not "Read more:", which leads to the site's other stories).
POINTER_TO_STORY = re.compile(r"^\s*(?:(?:see|read|view)\s+the\s+(?:rest|full\s+(?:story|article|post)|original(?:\s+(?:post|story|article))?)|"
                              r"continue\s+reading(?:\s+the\s+(?:story|article|post))?|(?:originally\s+)?published\s+(?:here|at))"
                              r"(?:\s+(?:here|at))?\s*[:：]\s*$", re.I)


def _headline_after_pointer(lines: list[str]) -> str | None:
    """A repost's headline printed only at its end, under its pointer to the story it copies:
    the last line, under "See the rest here:", where no headline opens the page.

    >>> _headline_after_pointer(["Three patients took part.", "See the rest here:", "2 of 3 patients improve in cell trial"])
    '2 of 3 patients improve in cell trial'
    >>> _headline_after_pointer(["Three patients took part.", "See the rest here:", "It went well. They all said so."]) is None
    True
    """
    if len(lines) < 3 or not POINTER_TO_STORY.match(lines[-2]):
        return None
    last = lines[-1].strip()
    return last if 10 <= len(last) <= 200 and not SENTENCE_END.search(last.rstrip("?？")) else None


# A Chinese paper's page as journal sites print it: its keyword and classification lines, then
# its English title, then its authors in pinyin ("WANG Hui1 LIU Sheng-hai2") or "[Abstract]".
ZH_PAPER_LABEL = re.compile(r"[\[【〔]?\s*(?:关键词|關鍵詞|关键字|關鍵字|中图分类号|中圖分類號|文献标[志识]码|文獻標[誌識]碼|文章编号|文章編號)")
PINYIN_AUTHORS = re.compile(r"^[A-Z]{2,}\s+[A-Z][a-z]+(?:-[a-z]+)?\d*\*?(?:,\d+)*(?:[,，\s]|$)")
ABSTRACT_LABEL = re.compile(r"^\s*[\[【(]?\s*Abstract\b", re.I)
ENGLISH_TITLE = re.compile(r"^[A-Z][A-Za-z0-9 ,:;()'’/\-]{15,250}$")


def _english_title_of_chinese_paper(lines: list[str]) -> str | None:
    """The English title of a Chinese paper whose page shows no Chinese one: the English line
    after its keyword or classification lines and before its authors in pinyin or its English
    abstract ("…【关键词】…", "Rehabilitation effect of mirror therapy on …", "CHEN Tao LIU …").

    >>> _english_title_of_chinese_paper(["王一 李二", "【摘要】目的 观察疗效。方法 …", "[关键词] 针刺;失眠",
    ...                                  "Effect of acupuncture on insomnia in older adults", "WANG Yi1 LI Er2", "[Abstract] …"])
    'Effect of acupuncture on insomnia in older adults'
    """
    seen_label = False
    for i, line in enumerate(lines[:30]):
        line = GLOSS.sub("", line).strip()
        if ZH_PAPER_LABEL.match(line):
            seen_label = True
            continue
        if not seen_label or HAN.search(line) or not ENGLISH_TITLE.match(line) or len(line.split()) < 4:
            continue
        after = next((x.strip() for x in lines[i + 1:i + 3] if x.strip()), "")
        if PINYIN_AUTHORS.match(after) or ABSTRACT_LABEL.match(after):
            return line.rstrip(".")
    return None


def _from_a_list_of_headlines(candidates: list, lines: list[str]) -> list:
    """Where five or more headline-like lines stand one under another (a site's list of its
    other stories, then the page's own headline), the page's headline is the one that shares
    the most words with the story under them; the others are no candidates.

    >>> lines = ["Toy Maker Recalls Baby Walkers", "Two Deaths Linked to Brain Disorder", "Natural Disasters Raise Cancer Risk",
    ...          "City Asks for Help With Lead", "Acupuncture Eases Hot Flashes in Breast Cancer",
    ...          "Acupuncture can ease the hot flashes of breast cancer treatment, a trial says."]
    >>> _from_a_list_of_headlines([(0, i, x) for i, x in enumerate(lines[:5])], lines)
    [(0, 4, 'Acupuncture Eases Hot Flashes in Breast Cancer')]
    """
    at = sorted(i for _, i, _ in candidates)
    runs, run = [], at[:1]
    for i in at[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            runs.append(run)
            run = [i]
    runs.append(run)
    for run in runs:
        if len(run) < 5:
            continue  # (four lines may be a site's name, its journal, the title and a button)
        # (the story's first sentence under the list: eight words or more, or twenty characters of Chinese)
        body = next((x for x in lines[run[-1] + 1:run[-1] + 4] if len(x.split()) >= 8 or len(HAN.findall(x)) >= 20), None)
        if body is None:
            continue
        words = set(WORD.findall(body.lower())) - COMMON_WORDS
        shared = {i: len(set(WORD.findall(lines[i].lower())) & words) for i in run}
        best = max(run, key=lambda i: (shared[i], -i))
        # (other stories' headlines, each in title case, or sharing nothing with this story: a first
        # line that does, over lines in sentence case, is the headline with its key points under it)
        listed = all(_title_case(lines[i]) for i in run) or shared[run[0]] == 0
        if shared[best] >= 2 and listed:
            candidates = [c for c in candidates if c[1] not in run or c[1] == best]
    return candidates


WORD = re.compile(r"[a-z]{4,}|[\u4e00-\u9fff]{2}")


def _title_case(line: str) -> bool:
    """Whether most of an English line's words open on a capital, as headlines are set.

    >>> _title_case("Natural Disasters Increase Cancer Risk"), _title_case("Nausea and vomiting were the most common")
    (True, False)
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and not HAN.search(line) and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


# Words any two lines may share: no sign that they tell the same story.
COMMON_WORDS = {"with", "from", "that", "this", "have", "were", "been", "they", "their", "than", "after", "about", "over",
                "into", "more", "most", "also", "some", "what", "when", "which", "will", "would", "could", "said", "says",
                "study", "trial", "finds", "found", "shows", "report", "people", "patients", "研究", "患者"}


# A page's date at the head of its first line ("date 2025-10-27 …", as a search engine's copy has it).
DATE_BEFORE = re.compile(r"^\s*date\s+\d{4}-\d{1,2}(?:-\d{1,2})?\s+")
LINK_LABEL = re.compile(r"(?:Read|See|Watch|Related|Listen)\s*:", re.I)
# Authors before a colon, then the title: "Keizman, Rouvinov, and Berger: Is there a …".
AUTHORS_COLON = re.compile(r"^(?P<who>[^:]{5,300}?):\s+(?=\S)")
# Chinese authors, comma-separated, a name of two to four characters (a space inside a
# two-character name, "陈 泉"): "张冬志,陈 泉,王晓鹏,蔡 辉,张浩军".
# (One way to read each name, so a long line that fails at its end fails fast; not "、", which
# lists words in a headline: "戒烟、限酒、多运动".)
ZH_AUTHORS = re.compile(r"^\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}(?:\s*[,，]\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}){2,}\s*$")


SECTION_HEADING = re.compile(r"(?:abstract|summary|objectives?|aims?|background|introduction|methods?|results?|conclusions?|"
                     r"research\s+design\s+and\s+methods|materials\s+and\s+methods|摘要|【摘要】|目的|背景|方法|结果|結果|结论|結論)",
                     re.I)
# "Objective: To investigate …", "目的：观察…": a section that opens on its own label.
LABELLED_SECTION = re.compile(r"^\s*[\[【]?(?:" + SECTION_HEADING.pattern + r")[\]】]?\s*[:：]\s*\S", re.I)
# "1. Is metformin still ...": a list number before a headline.
NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=[A-Z\u4e00-\u9fff])")
# A site's menu in English: "Home About us Editorial board Ahead of print Current issue Search
# Archives Submit article Instructions Subscribe Contacts Login" (three of its words make one).
NAV_WORD = re.compile(r"\b(?:Home|About\s+us|Contact(?:\s+us|s)?|Log\s*in|Sign\s+in|Subscribe|Archives|Submit(?:\s+article)?|"
                      r"Current\s+issue|Editorial\s+board|Instructions|Register|Sitemap|FAQ|Advertise|Ahead\s+of\s+print)\b")
# A numbered subsection's heading, "3.1 Study participants and baseline characteristics": a
# part of a paper, never its title.
# (Not a headline that opens on a decimal: "1.5 million Americans take drug K".)
SUBSECTION = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+(?!(?i:million|billion|thousand|percent|per\s*cent|times|fold|kg|mg|%)\b)\S")
# A breadcrumb's steps: "Home > Journals > Title", "首页> 外文期刊>…".
# ("aged > 65 with eGFR > 60": a comparison, before a number.)
BREADCRUMB = re.compile(r"\s*(?:>(?!\s*[\d=])|›|»)\s*")
# A date (and what follows it) after a title of its own length: "… 2019-07-11王聪洁".
# (or glued to a Chinese title: "…进展公告2019-04-10")
# A headline's first part alone on the first line, its colon the line's end: "MenB:".
TITLE_HEAD_COLON = re.compile(r"[A-Z](?=[A-Za-z0-9-]*[A-Z0-9])[A-Za-z0-9-]{1,15}\s?:")  # (not "Abstract:", "Original Article:")
DATE_AFTER_TITLE = re.compile(r"(?<=\S{8})(?:\s+|(?<=[\u4e00-\u9fff]))(?:(?:时间|時間|日期|发布时间|發布時間)\s*[:：]\s*)?"
                              r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d).*$")
# ("Table 1 A review of …": a caption whose number stands before its words without a stop)
# ("Table 2.", "表1 …", "Table IV. —The evaluation of …": a roman number, a dash after its stop)
CAPTION_LINE = re.compile(r"^\s*(?:Table|Tab\.|表)\s*(?:[A-Za-z]?\d+[A-Za-z]?|(?-i:[IVX]{1,5}))\s*"
                          r"(?:(?:[.:：]\s*(?:[—–-]\s*)?|\s(?=(?-i:[A-Z\u4e00-\u9fff])))(?P<rest>.*))?$", re.I)


# A paper's Chinese title printed with a full stop at the top of a converted page, one clause
# that names what kind of study it is: "…的风险:前瞻性队列研究的荟萃分析。", "…的临床观察。".
ZH_STUDY_TITLE = re.compile(r"^[^。，,；;！？!?]{6,60}(?:研究|分析|试验|試驗|观察|觀察|评价|評價|综述|綜述|报告|報告)。$")


def _paragraph(line: str) -> bool:
    """A paragraph of the story: several sentences, or one long one ended.

    >>> _paragraph("研究數據顯示，相較於安慰劑，瑪仕度肽治療實現顯著的體重減輕，單純性肥胖受試者平均體重降幅為20%。")
    True
    >>> _paragraph("干细胞治疗脊髓损伤:9年实证"), _paragraph("How Dare There Be Effective Drugs for Obesity?")
    (False, False)
    """
    han = len(HAN.findall(line))
    ended = SENTENCE_END.search(line) is not None or "。" in line
    # (An excerpt may cut its first paragraph off mid-word: a long line is one all the same.)
    return (ended and (han >= 30 or len(line.split()) >= 25) or han >= 80 or len(line.split()) >= 45) \
        and not TITLE_LABEL.match(line)


def _one_sentence_title(line: str) -> bool:
    """A headline printed with a full stop ("Statins for Primary Prevention in Older Men."):
    one sentence, not a paragraph, nor a caption that tells something and goes on.

    >>> _one_sentence_title("Statins for Primary Prevention in Older Men.")
    True
    >>> _one_sentence_title("Weight loss brings benefits at any age, but is hard to sustain.")
    False
    """
    body = line.rstrip().rstrip(".")
    words = body.split()
    # (A long sentence that tells something is the story's first: "A large cohort study of
    # adults suggested that ...".)
    told = re.search(r"\b(?:was|were|is|are|has|have|had|suggested|suggests|found|finds|showed|shows|reported|provided|"
                     r"demonstrated|revealed|indicated|indicates?|shows?|announced|announces|reduced|reduces|lowered|lowers|improved|improves|according\s+to)\b", body) is not None
    # (A sentence that tells something and goes on after a comma is a caption or a deck, not a
    # headline: "Weight loss brings health benefits at any age, but is difficult for many …".)
    return line.rstrip().endswith(".") and ". " not in body and len(words) <= (20 if told else 40) and "。" not in body \
        and not (told and "," in body)


# What may close a caption but is no part of its title: the people it is of, a footnote's mark.
CAPTION_TAIL = re.compile(r"\s*[(（]\s*[nN]\s*=\s*[\d,]+\s*[)）]\s*$|(?<=[a-z)])\s+[a-z]\.?$")


def _table_caption(lines: list[str]) -> tuple[str, int] | None:
    """The caption of a table at the top of a page ("Table 5." then "Secondary outcomes (1).",
    or "Table 1. Baseline characteristics ..."), without its number, and the line it stands on.

    >>> _table_caption(["Table 2.", "Risks by smoking history adjusted for sex (n = 570)", "Never Former"])
    ('Risks by smoking history adjusted for sex', 0)
    >>> _table_caption(["Table 3.", "Percentages of subjects achieving seroconversion a.", "Day 22"])
    ('Percentages of subjects achieving seroconversion', 0)
    >>> _table_caption(["Table IV. —The evaluation of the hand function.", "Parameter | Timepoint | Group A |"])
    ('The evaluation of the hand function', 0)
    """
    for i, line in enumerate(lines[:4]):
        m = CAPTION_LINE.match(line)
        if m:
            rest = (m["rest"] or "").strip() or (lines[i + 1].strip() if i + 1 < len(lines) else "")
            rest = rest.rstrip(".:：").strip()  # ("… with SLE:": the stop or colon after a caption)
            # ("… adjusted for sex (n = 570)": the people it is of; "… in HI titer a": a footnote's mark)
            rest = CAPTION_TAIL.sub("", rest).rstrip(".:：").strip()
            return (rest, i) if 3 <= len(rest) <= 200 and " | " not in rest and not NOT_HEADLINE.search(rest) else None
    return None
