"""The original paper an article reports: DOI, title, journal, year, authors.

News summaries end with a reference line; abstracts and pages carry a DOI. Three common
reference styles are read: Nature/Springer ("Surname, I., ... Title. Journal 16, 226
(2025)."), Vancouver ("Surname I, ... Title. Journal. 2025;16:226.") and APA ("Surname,
I. (2025). Title. Journal, 16(1), 226.").
"""

from __future__ import annotations

import re

from .context import Context
from .prefilter import holds_any
from .record import Citation

DOI = re.compile(r"(?=[1])\b(10\.\d{4,9}/[^\s\"<>，。；、（）()\[\]{}]+)", re.I)
REFERENCE_LINE = re.compile(r"参考|原文|文献|出处|来源|Reference|Source|Citation|Published in|doi", re.I)
AUTHOR_NATURE = re.compile(r"([A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)*), ((?:[A-Z]\.\s?-?)+)(?:,|\s|&)")
AUTHOR_VANCOUVER = re.compile(r"([A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)?) ([A-Z]{1,3})(?=,|\.|\s+et al)")
NATURE_TAIL = re.compile(r"\.\s+(?P<journal>[A-Z][A-Za-z&\- ]{2,80}?)\s+(?P<volume>\d+)\s*,\s*(?P<pages>[\dA-Za-z\-–]+)\s*\((?P<year>(?:19|20)\d\d)\)")
# The date after a Vancouver year: "2012 May 17", "2014 Jul-Aug".
_VANCOUVER_DATE = r"(?:\s+[A-Z][a-z]{2}(?:[-–/][A-Z][a-z]{2})?(?:\s+\d{1,2})?)?"
# (After a sentence or a label: "Published in final edited form as: N Engl J Med. 2012 …")
VANCOUVER_TAIL = re.compile(r"(?:^|[.:]\s+)(?P<journal>[A-Z][A-Za-z&\- ]{2,80}?)\.?\s+(?P<year>(?:19|20)\d\d)" + _VANCOUVER_DATE +
                            r"\s*;\s*(?P<volume>\d+)(?:\(\d+\))?\s*:\s*(?P<pages>[\dA-Za-z\-–]+)")
# GB/T 7714, common in Chinese reference lists: "Journal Name, 2024, 6(3): 177-186."
GBT_TAIL = re.compile(r"\.\s+(?P<journal>[A-Z][A-Za-z&\- ]{2,80}?),\s*(?P<year>(?:19|20)\d\d),\s*(?P<volume>\d+)(?:\s*\(\d+\))?\s*:\s*(?P<pages>[\dA-Za-z\-–]+)")
APA_TAIL = re.compile(r"\((?P<year>(?:19|20)\d\d)\)\.\s+(?P<title>.+?)\.\s+(?P<journal>[A-Z][A-Za-z&.\- ]{2,80}?),\s*(?P<volume>\d+)")
# A quoted title only where the article says it is one: 'titled "..."', 'entitled "..."'.
QUOTED_TITLE = re.compile(r"(?=[et题])(?:\btitled|\bentitled|题为|题目为)\s*[:：,]?\s*[“\"「]([^”\"」]{20,300})[”\"」]", re.I)
# "European Journal of Cerebrovascular Care 2023; 9(4): 301-310"
JOURNAL_LINE = re.compile(r"^(?P<journal>[A-Z][A-Za-z&'’ .:-]{3,120}?)\.?\s+(?P<year>(?:19|20)\d\d)" + _VANCOUVER_DATE + r"\s*[;,]\s*(?P<volume>\d+)"
                  r"(?:\s*\([^)]{1,10}\))?\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\.?$")
# "上海针灸杂志 2016年11期", "中华流行病学杂志  2023, Vol. 44 Issue (1): 1-6": a Chinese
# journal's own header line.
# (Only a name: "研究发表于中华医学杂志2023年" is a sentence, no header.)
_ZH_NAME = r"(?:(?![于於在据據发發表刊登报報])[\u4e00-\u9fff]){2,24}(?:杂志|雜誌|学报|學報|期刊)"
ZH_JOURNAL_LINE = re.compile(r"^(?P<journal>" + _ZH_NAME + r")\s*[,，]?\s*(?P<year>(?:19|20)\d\d)\s*(?:年|[,，]|$)")
# A PMC page's header: "Journal of Clinical Oncology logoLink to Journal of Clinical Oncology",
# its date line ". 2016 Jun 27;34(25):2980–2987."
PMC_LOGO_LINE = re.compile(r"^(?P<journal>[A-Z][^\n]{2,120}?)\s*(?::\s*[A-Za-z]{2,12})?\s*logoLink\s+to\b")
PMC_DATE_LINE = re.compile(r"^\.\s*(?P<year>(?:19|20)\d\d)\s+[A-Z][a-z]{2}\b")
# "Chin Med Biotechnol, October 2013, Vol. 8, No. 5"
JOURNAL_VOLUME_LINE = re.compile(r"^(?P<journal>[A-Z][A-Za-z&'’ .-]{2,80}?),\s+(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\s*,\s*Vol\.?\s*\d+")
# "2024-04-25 中国脑血管病杂志 中国脑血管病杂志 发表于上海": a post by a journal's own account (its
# date is the post's, not the paper's).
ZH_JOURNAL_POST = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d\s+(?P<journal>" + _ZH_NAME + r")(?:\s|$)")
# "Taylor, Peter C. et al.": the first author's line of a summary page.
SURNAME_ET_AL_LINE = re.compile(r"^(?P<surname>[A-Z][a-z'’-]+),\s+[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+et\s+al\.?$")
# A DOI at the end of a header line: "Biomed J. 2014 Jul-Aug;37(4):237-40. doi: 10.4103/…"
TRAILING_DOI = re.compile(r"\s*(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)10\.\S+\s*$", re.I)
# "Katharina Brandt, Mikko Aaltonen, Sofie Fischer-Lund": the author line under a headline.
AUTHOR_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*(?:MD|PhD|MPH|MSc|BSc|DPhil|RN|MBBS|FRCP|DO|PharmD|JD)\b\.?)*"
                 r"(?:[,;]\s*(?:and\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*(?:MD|PhD|MPH|MSc|BSc|DPhil|RN|MBBS|FRCP|DO|PharmD|JD)\b\.?)*){1,}"
                 r"(?:[,;]\s*(?:for|on behalf of)\s+the\s+[^,;]{2,80})?\s*$")
# When a paper came out, said between "published" and "in": "online Feb. 24", "on Monday",
# "June 13", "this week" (its year, if said, is the paper's; a day without one is the article's).
_WHEN = (r"(?:\s+(?:online|today|yesterday|recently|this|last|week|month|on|early|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|"
         r"October|November|December|\d{1,2}(?:st|nd|rd|th)?,?|(?:19|20)\d\d,?)){0,5}")
# A "when" that dates the paper to the article's own days (not "early", "recently").
DATED_WHEN = re.compile(r"today|yesterday|this\s+week|last\s+week|day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d", re.I)
# "published today in Neuroregenerative Therapeutics", "published in the January issue of X",
# "刊登于国际期刊《...》", "发表在《...》上", "《...》在线发表", "已於《...》(The Lancet ...)發表"
_PUBLISH = r"(?:刊登|刊載|刊载|发表|發表|刊发|刊發|刊于|刊於|刊出)"
PUBLISHED_IN = re.compile(r"(?=[pra《刊发發登])(?:\b(?:(?:published|appear(?:s|ed)?)(?P<when>" + _WHEN + r")|reported)\s+in\s+(?:the\s+)?"
                  r"(?P<issue>(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d,?\s+)?issue\s+of\s+(?:the\s+)?)?(?:journal\s+)?"
                  r"(?P<journal>(?!(?:English|Chinese|Table|Figure|Fig)\b)[A-Z][A-Za-z&'’-]+(?:\s+(?:of|and|&|the|for|in|[A-Z][A-Za-z&'’-]+))*)"
                  r"|(?:" + _PUBLISH + r"|发布|發布|登)(?:于|於|在)?[^《。]{0,12}《(?P<zh>[^》]{2,120})》"
                  # (Taiwan's and Hong Kong's papers quote a journal's name in 「」 or 〈〉; "登" only as
                  # "登上", never inside a word: 登革熱 is dengue.)
                  r"|(?:" + _PUBLISH + r"|登上)(?:于|於|在)?[^「〈。，,]{0,12}?(?:[「〈](?P<zh3>[^」〉]{2,60})[」〉])"
                  r"|" + _PUBLISH + r"(?:于|於|在)(?:今年|去年|本年|近期|日前|近日|本期)?(?:的)?(?P<zh4>" + _ZH_NAME + r")(?!\s*[A-Za-z《「〈(（])"
                  r"|《(?P<zh2>[^》]{2,120})》(?:\s*[(（][^)）]{2,80}[)）])?(?:杂志|雜誌|期刊)?(?:上|中|在线|在線|线上|線上|网络版|網絡版)?\s*" + _PUBLISH + r")")
# A capitalised word of a journal's name: not a day or a month that follows it ("in JAMA Internal
# Medicine Monday").
_DAY_OR_MONTH = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                 r"August|September|October|November|December")
_NAME_WORD = (r"(?!(?:" + _DAY_OR_MONTH + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|This|That|These|"
              r"In|On|At|The|A|An|Researchers|Scientists|Investigators|Authors|Experts|Doctors)\b)[A-Z][\w&'’-]*")
# "A study in the Journal of the American Medical Association shows …", "research in the journal
# Neurology found …": a journal named by its own words (a study "in Denmark" names none).
STUDY_IN_JOURNAL = re.compile(
    r"\b(?i:study|research|report|paper|analysis|trial|review|findings)\s+in\s+(?:the\s+)?"
    r"(?:(?i:journal)\s+(?P<named>[A-Z][\w&'’-]*(?:\s+(?:of|and|&|the|for|in|" + _NAME_WORD + r")){0,14})|"
    r"(?P<journal>(?:Journal|Annals|Archives|Lancet|JAMA|BMJ|NEJM|New\s+England\s+Journal)\b(?:\s+(?:of|and|&|the|for|in|"
    + _NAME_WORD + r")){0,14}))")
# An English name in brackets after a Chinese one: "《刺針傳染病學》(The Lancet Infectious Diseases)".
LATIN_NAME_AFTER = re.compile(r"\s*[(（]\s*(?P<name>[A-Z][A-Za-z&'’:.\- ]{2,80}?)\s*[)）]")
# Words that describe a journal without naming it.
JOURNAL_PRAISE = re.compile(r"国际|國際|国内|國內|重要|顶级|頂級|顶尖|頂尖|知名|著名|权威|權威|最新|一期|专业|專業|相关|相關|学术|學術|"
                            r"同行|评审|評審|出版|[该該这這此]期刊|医学期刊$|醫學期刊$|^期刊$")
# Words of a date line, never of a journal's name: "Posted Sunday, March 3, 2024; 12:00", "Nov 2004".
DATE_WORDS = re.compile(r"\b(?:Posted|Updated|Published|Webinar|Series|Rounds|" + _DAY_OR_MONTH + r"|"
                        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b")
# What may follow a reference that ends its line: its pages' end, its identifiers in brackets, a
# DOI, a link, a "pdf" link's label.
LINE_END_AFTER_REFERENCE = re.compile(r"[\d\s.;,:()–-]*(?:\[[^\[\]]*\]\s*)*(?:(?:doi[:\s]|https?://)\S*\s*)?"
                                      r"(?:(?:pdf|html|full\s+text|open)\b\s*)?$", re.I)
# What every inline reference holds: "2013;119", "(2020)" after its pages.
REFERENCE_YEAR = re.compile(r"(?:19|20)\d\d\s*;\s*\d|\d\s*\((?:19|20)\d\d\)")
# A name in 「」 or 〈〉 that is a journal's: called one before it, or named as one, or in Latin letters.
QUOTED_JOURNAL = re.compile(r"(?:期刊|杂志|雜誌)\s*[「〈]|[「〈](?:[A-Za-z][A-Za-z0-9 &.:'’-]*[(（][^」〉]*[)）]|"
                            r"[^」〉]*(?:期刊|杂志|雜誌|学报|學報))[」〉]")
# "「美國醫學會雜誌子刊」JAMA Network Open": the journal's own name right after the quoted gloss.
LATIN_NAME_RIGHT_AFTER = re.compile(r"\s*(?P<name>[A-Z][A-Za-z&'’\-]+(?:\s+[A-Z][A-Za-z&'’\-]+){0,6})")
# "刊登在最新一期的臨床醫學期刊JAMA", "近日在BMC Medicine发表研究文章": a journal with a Latin
# name, in a Chinese sentence, without 《》.
PUBLISHED_IN_ZH_LATIN = re.compile(r"(?=[期杂雜在于於])(?:(?:期刊|杂志|雜誌)\s*(?P<a>[A-Z][A-Za-z&.\- ]{1,60}?[A-Za-z.])(?=[\s。，,；;）)]|$)|"
                                   r"(?:在|于|於)\s*(?P<b>[A-Z][A-Za-z&.\- ]{1,60}?[A-Za-z.])\s*(?:上|杂志上|期刊上)?\s*(?:发表|發表|刊登|刊发|刊發))")
ZH_OTHER_WORK = re.compile(r"此前|之前|以往|既往|先前|另一[项項份篇个個]|過去|过去")
NOT_A_JOURNAL = re.compile(r"\b(?:Groups?|Arms?|Patients|Participants|Cohorts?)\b")
MANY_PAPERS = re.compile(r"\b(?:studies|trials|papers|articles|reports|analyses)\b", re.I)
JOURNAL_ACRONYMS = {"JAMA", "BMJ", "NEJM", "CMAJ", "MMWR", "JACC", "BJOG", "PLOS", "BMC", "JCO", "JNCI", "CHEST", "GUT", "BLOOD", "CELL"}
PUBLISHED_NOW = re.compile(r"published\s+(?:today|this\s+week|online\s+today)|今日|本周|近日", re.I)
# A degree after a name, as bylines and news write it: "MD", "Ph.D.", "M.P.H.".
_DEGREE = r"(?:M\.D\.|Ph\.D\.|M\.P\.H\.|Pharm\.D\.|Dr\.P\.H\.|" + "|".join(rf"{d}\b\.?" for d in ("MD", "PhD", "MPH", "MSc", "DPhil")) + r")"
FIRST_AUTHOR = re.compile(r"(?=[flA-Z])(?:(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+)(?:,\s*" + _DEGREE + r")*,?\s+"
                  r"(?:the\s+)?(?:study's\s+|paper's\s+|trial's\s+)?(?:first\s+author|lead\s+(?:author|researcher|investigator))"
                  r"|(?:first|lead)\s+(?:author|researcher|investigator),?\s+(?:Dr\.?\s+)?(?P<name2>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+))")
# "Aaron S. Kelly et al. A Randomized …", "O Sartor et al. NEJM 2021", "Zheng SL & al.", "Ramón
# Estruch, MD, PhD, et al., assigned": a paper named by its first author.
ET_AL = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s*" + _DEGREE + r"){0,3},?"
                   r"\s+(?:et\s+al\b|&\s+al\b)")
ET_AL_LEAD = re.compile(r"^.*\bet\s+al\b\.?\s*")
# "Thomas A. Wadden, Ph.D., from the Perelman School of Medicine …, and colleagues": a news
# story's first author, named with a degree and where they work, and "and colleagues" after (one
# "said Jane Doe, M.D., of Mount Sinai, who was not involved" comments on it).
NAME_DEGREE_FROM = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+),\s*" + _DEGREE + r"(?:,\s*" + _DEGREE + r")*,\s+"
                              r"(?:from|of)\s+(?:the\s+)?[A-Z]")
AND_COLLEAGUES_AFTER = re.compile(r",?\s+and\s+(?:colleagues|co-?workers|co-?authors)\b")
# A labelled author list: "Author: Yang, Wenying, Zhu, …", "authored by Jan Philipp Klein, Thomas
# Berger", "by Jørgensen JT, Karlsen S", "作者:张淼; 欧阳嘉慧" (the list on the label's line), or
# "作者" / "List of authors." alone above it.
AUTHORS_LABEL = re.compile(r"^\s*(?:(?:list\s+of\s+)?authors?\s*[.:：|]?|作\s*者\s*(?:[:：|]|$)|(?:authored\s+)?by\s+(?=[A-Z]))\s*", re.I)
# Another paper named by its authors: "commentary by", "a review by", "see …".
OTHER_PAPER = re.compile(r"\b(?:commentary|editorial|review|reviews|letter|see\s+(?:also|related)|cf\.)\b[^.;]{0,25}?,?\s+(?:by\s+)?$", re.I)
# Another study, said before its authors: "An earlier study by Smith et al.", "a previous trial".
ET_AL_OTHER_WORK = re.compile(r"\b(?:previous|prior|earlier)\s+(?:study|studies|trial|trials|work|research|analysis|report)\b|"
                              r"\banother\s+(?:study|trial|analysis)\b", re.I)
OTHER_WORK_LEAD = re.compile(r"\b(?:previous|prior|earlier|another|an?\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:study|trial|analysis))\b", re.I)
# "Stacie M. Jones, MD, and colleagues conducted …": the first named of the paper's authors, when
# no sentence names a first author; not "an analysis by Jane Doe and colleagues" (other work).
AND_COLLEAGUES = re.compile(r"(?<![A-Za-z])(?<!\bby\s)(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.){0,2}(?:\s+[A-Z][a-z'’-]+){1,2})"
                            r"(?:,\s*" + _DEGREE + r"){0,3},?\s+(?:and|&)\s+(?:colleagues|co-?workers|co-?authors)\b")
# "SOURCE: Journal of Headache Medicine, Oct. 13, 2025": a news story's source line.
SOURCE_LINE = re.compile(r"^\s*(?:SOURCE|Source|来源|资料来源|出处)\s*[:：]\s*(?P<journal>[A-Z][^,，;]{3,120}?)\s*[,，;]\s*"
                 r"(?P<date>[^\n]{0,30}?(?P<year>(?:19|20)\d\d))\b")
# GB/T 7714 with a document-type mark, as Chinese journals print it under "引用本文":
# "张三，李四，等. 题目[J]. 中国某某杂志，2024，28（6）：845-850."
GBT_TYPED = re.compile(r"(?P<authors>[^.．。\[\]\n]{2,200}?)\s*[.．。]\s*(?P<title>[^\[\]\n]{4,300}?)\s*\[J\]\s*[.．。]?\s*"
               r"(?P<journal>[^,，.．\d\n]{2,80}?)\s*[,，]\s*(?P<year>(?:19|20)\d\d)\s*[,，]\s*(?P<volume>\d+)"
               r"(?:\s*[(（]\s*[\dA-Za-z]+\s*[)）])?\s*[:：]\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")
# Affiliation marks after an author's name: "Brandt L(1)", "Brandt L¹,²", "Brandt L1,2".
AFFILIATION_MARK = re.compile(r"(?=[\d\s²³¹(⁰⁴⁵⁶⁷⁸⁹])(?:\s*\(\d+(?:\s*,\s*\d+)*\)|(?<=[A-Za-z.])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|(?<=[A-Za-z.])\d+(?:,\d+)*(?=\s*(?:[,;]|$))|(?<=[A-Za-z.],)\d+(?:,\d+)*(?=\s))")
DEGREES = r"MD|PhD|MPH|MSc|BSc|DPhil|RN|MBBS|FRCP|DO|PharmD|JD"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A reference inside a sentence or a bracket, Vancouver's "Journal Year;Volume:Pages" ("(Cancer
# 2013;119:555-62", "(Ann Intern Med,Dec 2004; 141: 901-910.)", "et al. NEJM 2021; 385:1091-1103")
# or Nature's "Journal Volume, Pages (Year)" ("New Engl J Med 383, 2603–2615 (2020)").
INLINE_REFERENCE = re.compile(
    r"(?:^|(?<=[(（\[])|(?<=[.;:]\s)|(?<=\s))(?!(?:Table|Figure|Fig|In|On|At|By|From|Since|During|Of|The|Vol|Volume|No)\b)(?P<journal>[A-Z][A-Za-z&\-]*(?:\s+[A-Z][A-Za-z&\-]*){0,6})\.?,?\s*"
    r"(?:(?:" + _MONTH + r"\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*[A-Za-z]?[1-9]\d*(?!\s*(?:[ap]\.?m\b|ET\b|-\d+:\d))|"
    r"\d+\s*,\s*[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+\s*\((?P<year2>(?:19|20)\d\d)\))")
# PubMed's citation line on its page: "J Harju et al. Surg Endosc. 2006 Apr.", "Surbhi Sidana et al. Blood. ."
PUBMED_ET_AL_LINE = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+et\s+al\.\s+(?P<journal>[A-Z][A-Za-z&.\- ]{1,60}?)\."
                               r"\s*(?:(?P<year>(?:19|20)\d\d)\b.*|\.\s*)?$")
# A journal's name then the issue's date: "New England Journal of Medicine Nov 07, 2019".
JOURNAL_DATE_LINE = re.compile(r"^(?!(?:Published|Updated|Posted|Reviewed|Last|Date|Released|Accepted|Received|Revised|Modified|"
                               r"Printed|Created|Written|Edited|By|From|Posted\s+by)\b)(?P<journal>[A-Z][A-Za-z&'’ -]{3,80}?)\s+" + _MONTH + r"\s+\d{1,2},\s+(?P<year>(?:19|20)\d\d)\s*$")
# An issue's line under the journal's name: "Volume 15, Number 2, 2009, pp. 133–145".
VOLUME_NUMBER_LINE = re.compile(r"^Vol(?:ume|\.)?\s*\d+\s*,\s*(?:Number|Issue|No\.?)\s*\d+\s*,\s*(?:" + _MONTH + r"\s+)?(?P<year>(?:19|20)\d\d)\b")
# A Vancouver author list opening a line: "Tait DR, Hatherill M, Meeren OVD, et al."
VANCOUVER_AUTHORS_LINE = re.compile(r"^(?P<surname>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+[A-Z]{1,3},\s+[A-Z][A-Za-z'’-]+\s+[A-Z]{1,3}\b")
# A Chinese journal page's breadcrumb: "首页 > 期刊 > 《中国现代医生》 > 2018年第27期".
# ("《中国康复理论与实践》 ›› 2007, Vol. 13 ›› Issue (07)": the same with the volume.)
ZH_ISSUE = re.compile(r"《(?P<journal>[^》]{2,30})》\s*(?:>|›+|/|·)?\s*(?P<year>(?:19|20)\d\d)\s*(?:年\s*(?:第\s*)?\d{1,3}\s*期|[,，]\s*Vol\b)")
# "中国公共卫生  2019, Vol. 35 Issue (8): 986-991": a Chinese journal's header line, its name in full.
ZH_JOURNAL_VOLUME_LINE = re.compile(r"^(?P<journal>[\u4e00-\u9fff]{2,24})\s*[,，]?\s+(?P<year>(?:19|20)\d\d)\s*[,，]\s*Vol\.?\s*\d+")
# "来源:中西医结合心脑血管病杂志, 2023, 21(12): 2150-2160.", "出处：《中医杂志》2014年第7期": a source line
# of a Chinese journal page.
# (Not a news source, "来源：新华网 2023-05-01": the name is a journal's, its year before a volume.)
ZH_SOURCE_LINE = re.compile(r"^\s*(?:来源|來源|出处|出處|文献来源|文獻來源)\s*[:：]\s*(?:《(?P<bracketed>[\u4e00-\u9fff]{2,30}?)》|"
                            r"(?P<journal>" + _ZH_NAME + r")|(?P<named>[\u4e00-\u9fff]{2,30}?)(?=\s*[,，]?\s*(?:19|20)\d\d\s*[,，.]\s*\d+\s*[(（]))"
                            r"\s*[,，]?\s*(?P<year>(?:19|20)\d\d)(?=\s*(?:年|[,，.]\s*\d|$))")
# A label alone on its line, the source on the next ones: "出处" / "《光明中医》" / "2008年第10期1495-1496".
ZH_SOURCE_LABEL = {"出处", "出處", "来源", "來源", "文献来源", "文獻來源"}
ZH_BRACKETED_NAME = re.compile(r"^《(?P<journal>[^》]{2,30})》$")
ZH_YEAR_ISSUE = re.compile(r"^(?P<year>(?:19|20)\d\d)\s*年\s*(?:第\s*)?\d{1,3}\s*期")
# Labelled fields, each label on its own line and its value on the next (Google Scholar's page).
FIELD_LABELS = {"journal": "journal", "publication date": "year", "authors": "authors"}
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def surname(name: str) -> str:
    """The family name of an author as a byline writes it: Vancouver puts the initials after
    it ("Lindgaard MS"), a full name puts it last ("Hana Novakova").

    >>> surname("Lindgaard MS"), surname("Adeyemi F"), surname("Mikkelsen A."), surname("Thomas E Greer"), surname("张晓峰")
    ('Lindgaard', 'Adeyemi', 'Mikkelsen', 'Greer', '张晓峰')
    """
    words = name.replace(",", " ").split()
    if not words:
        return name
    if len(words) >= 2 and re.compile(r"^(?:[A-Z]\.?-?){1,3}$").match(words[-1]):
        return " ".join(words[:-1])
    return words[-1]


def _clean_doi(doi: str) -> str:
    return doi.rstrip(".,;:)]}>'\"”’").strip()


def _authors(segment: str) -> list[str]:
    found = [f"{s} {i.replace('.', '').replace(' ', '').replace('-', '')}" for s, i in AUTHOR_NATURE.findall(segment)]
    if not found:
        found = [f"{s} {i}" for s, i in AUTHOR_VANCOUVER.findall(segment)]
    return found


def parse_reference(line: str) -> Citation:
    """A reference line, in any of the three styles, as a Citation.

    >>> c = parse_reference("[1]Doe, J., Roe, R. et al. A trial of X in Y. Stem Cell Res Ther 16, 226 (2025). https://doi.org/10.1186/abc")
    >>> (c.authors, c.title, c.journal, c.year, c.volume, c.doi)
    (['Doe J', 'Roe R'], 'A trial of X in Y', 'Stem Cell Res Ther', 2025, '16', '10.1186/abc')
    >>> c = parse_reference("Doe J, Roe R, et al. A trial of X in Y. Lancet Neurol. 2024;23(2):101-9. doi:10.1001/xyz.")
    >>> (c.authors, c.title, c.journal, c.year)
    (['Doe J', 'Roe R'], 'A trial of X in Y', 'Lancet Neurol', 2024)
    """
    c = Citation()
    line = re.compile(r"^.*?(?:\[\d+\]|参考资料|参考文献|References?)\s*[:：]?\s*").sub("", line, count=1)
    doi = DOI.search(line)
    if doi:
        c.doi = _clean_doi(doi.group(1))
    body = line[:doi.start()] if doi else line
    body = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/?\s*$|doi:?\s*$", re.I).sub("", body.strip()).strip()
    for pattern in (NATURE_TAIL, VANCOUVER_TAIL, GBT_TAIL):
        found = list(pattern.finditer(body))
        tail = found[-1] if found else None
        if tail:
            head = body[:tail.start() + 1]
            c.journal, c.year, c.volume, c.pages = tail["journal"].strip(" ."), int(tail["year"]), tail["volume"], tail["pages"]
            split = re.compile(r"et al\.?\s+|(?<=[A-Z])\.\s+(?=[A-Z][a-z])").search(head)
            if split:
                c.authors = _authors(head[:split.start()] + ",")
                c.title = head[split.end():].strip(" .")
            break
    else:
        apa = APA_TAIL.search(body)
        if apa:
            c.authors = _authors(body[:apa.start()])
            c.title, c.journal, c.year, c.volume = apa["title"].strip(), apa["journal"].strip(), int(apa["year"]), apa["volume"]
    if c.authors:
        c.first_author = surname(c.authors[0])
    return c


def parse_typed_reference(line: str) -> Citation:
    """A GB/T 7714 reference with its [J] mark, as Chinese journals print it.

    >>> c = parse_typed_reference("引用本文：王明，李华，等. 某疗法的疗效观察[J]. 中华某某杂志，2023，44（3）：201-205.")
    >>> (c.first_author, c.title, c.journal, c.year, c.volume, c.pages)
    ('王明', '某疗法的疗效观察', '中华某某杂志', 2023, '44', '201-205')
    """
    c = Citation()
    line = re.compile(r"^.*?(?:引用本文|引用格式|本文引用格式|Cite this article|参考文献|\[\d+\])\s*[:：]?\s*").sub("", line, count=1)
    m = GBT_TYPED.search(line)
    if m:
        authors = [a.strip() for a in re.compile(r"[,，、]\s*").split(m["authors"]) if a.strip() and a.strip() not in ("等", "et al")]
        c.authors, c.title = authors, m["title"].strip()
        c.journal, c.year, c.volume, c.pages = m["journal"].strip(), int(m["year"]), m["volume"], m["pages"]
        c.first_author = surname(authors[0]) if authors else None
    return c


def extract(ctx: Context) -> Citation:
    dois = [(m.start(), _clean_doi(m.group(1))) for m in DOI.finditer(ctx.text)]
    lines = ctx.text.split("\n")
    # The reference line: the one holding a DOI, else one that looks like a reference.
    # (A DOI holds no space, so a line holds one only where the text does: no DOI, no line searched.)
    candidates = [ln for ln in lines if DOI.search(ln) and (REFERENCE_LINE.search(ln) or re.compile(r"\(\d{4}\)|;\s*\d+").search(ln))] \
        if dois else []
    if not candidates:
        candidates = [ln for ln in lines if re.compile(r"\s*(?:\[1\]|1\.\s)").match(ln) and re.compile(r"(?:19|20)\d\d").search(ln)]
    c = parse_reference(candidates[0]) if candidates else Citation()
    if not c.doi and dois:
        c.doi = dois[0][1]
    meta_doi = ctx.document.metadata.get("doi")
    if not c.doi and meta_doi:
        m = DOI.search(meta_doi)
        c.doi = _clean_doi(m.group(1)) if m else None
    if not c.title and ("题" in ctx.text or holds_any(ctx.text, ("titled",))):  # (QUOTED_TITLE needs one)
        m = QUOTED_TITLE.search(ctx.text)
        if m:
            c.title = m.group(1).strip()
    _from_header(c, lines)
    typed = next((ln for ln in lines if "[J]" in ln and GBT_TYPED.search(ln)), None)
    if typed:
        t = parse_typed_reference(typed)
        for f in ("title", "journal", "year", "volume", "pages", "first_author"):
            if getattr(c, f) is None:
                setattr(c, f, getattr(t, f))
        c.authors = c.authors or t.authors
    source = next(filter(None, (SOURCE_LINE.match(ln) for ln in lines[-15:])), None)
    if source and not (c.journal and c.year):
        c.journal, c.year = c.journal or source["journal"].strip(" ."), c.year or int(source["year"])
    m = None
    # (Asked of the whole text first: most articles name no journal in prose, and then no
    # sentence need be asked.)
    # (Each pattern needs a word: PUBLISHED_IN "published", "appear", "reported", 《 or a Chinese
    # verb of publishing, the other a Chinese one.)
    if not c.journal and ((any(w in ctx.text for w in ("published", "appear", "reported", "《", "刊", "发表", "發表", "登")) and PUBLISHED_IN.search(ctx.text))
                          or (not ctx.text.isascii() and PUBLISHED_IN_ZH_LATIN.search(ctx.text))):
        # The first sentence, not about other work, that says where the paper was published.
        for sentence in ctx.sentences:
            if ctx.is_other_work(sentence):
                continue
            m = PUBLISHED_IN.search(sentence.text)
            latin = PUBLISHED_IN_ZH_LATIN.search(sentence.text) if not sentence.text.isascii() else None
            name = (latin["a"] or latin["b"]).strip(" .") if latin else None
            # (a meeting is no journal: "在ASCO上发表"; an acronym is one only if a journal's)
            if name and (re.fullmatch(r"[A-Z]{2,6}", name) and name not in JOURNAL_ACRONYMS):
                name = None
            if m and (ZH_OTHER_WORK.search(sentence.text, 0, m.start()) or MANY_PAPERS.search(sentence.text, 0, m.start())
                      or NOT_A_JOURNAL.search(m["journal"] or "")):
                m = None  # ("Recent studies published in JAMA and NEJM": no one paper's journal; "in Group A")
            if m and m["zh3"] and not QUOTED_JOURNAL.search(sentence.text, m.start(), m.end()):
                m = None  # (「」 quote a title or a phrase as often as a journal: only one called a journal)
            if m and m["zh4"] and JOURNAL_PRAISE.search(m["zh4"]):
                m = None  # ("国际顶级期刊", "最新一期的臨床醫學期刊": what kind of journal, not which)
            if name and ZH_OTHER_WORK.search(sentence.text, 0, latin.start()):
                name = None
            if name and (m is None or latin.start() < m.start()):
                c.journal, m = name, None
                break
            if m:
                break
    if m:
        text = m.string
        named = next(g for g in ("journal", "zh", "zh2", "zh3", "zh4") if m[g])
        c.journal = m[named].strip(" .")
        if named == "zh3" and c.journal[:1].isascii():
            c.journal = re.compile(r"\s*[(（].*$").sub("", c.journal)  # ("Diagnostics（診斷）": its name, then a gloss)
        if named in ("zh", "zh2", "zh3") and (latin := LATIN_NAME_AFTER.match(text, m.end(named) + 1)
                                              or (named == "zh3" and LATIN_NAME_RIGHT_AFTER.match(text, m.end(named) + 1))):
            c.journal = latin["name"].strip(" .")  # (the journal's own name, as readers search it)
        stated = YEAR.search((m["when"] or "") + " " + (m["issue"] or ""))
        if c.year is None and stated:
            c.year = int(stated.group(1))
        elif c.year is None and (DATED_WHEN.search(m["when"] or "") or PUBLISHED_NOW.search(text[max(0, m.start() - 40):m.end()])):
            # "published today in ...", "published online Feb. 24 in ...": the year of the
            # article's own date.
            date = ctx.document.published or next((ln for ln in lines[:8] if YEAR.search(ln) and len(ln) < 60), None)
            found = YEAR.search(date or "")
            c.year = int(found.group(1)) if found else None
    if not c.journal and (";" in ctx.text or "(" in ctx.text):
        # A reference written inside the text, where it gives one paper only (a review's list
        # of references names no one paper of the page). (Looked for only in the lines that
        # hold a reference's year and volume: the pattern opens on the journal, before them.)
        # (Cited where a news story cites its own paper: in the page's header or after its first
        # half; one cited early, "Obesity has tripled (Lancet 2016;387:1377). Now a trial …", is
        # background.)
        half = len(ctx.text) * 0.4
        at, found = 0, set()
        for i, ln in enumerate(lines):
            if REFERENCE_YEAR.search(ln):
                # (or in the page's first lines, ending its line: "<title>. Syst Rev 2024; 13:302")
                found |= {(m["journal"], m["year"] or m["year2"]) for m in INLINE_REFERENCE.finditer(ln)
                          if (at + m.start() >= half or (i < 3 and LINE_END_AFTER_REFERENCE.match(ln, m.end())))
                          and not DATE_WORDS.search(m["journal"])}
            at += len(ln) + 1
        if len(found) == 1 and not c.journal:
            (c.journal, year), = found
            c.year = c.year or int(year)
    # (The whole text first: few articles name a journal so.)
    if not c.journal and STUDY_IN_JOURNAL.search(ctx.text):
        for sentence in ctx.sentences:
            found = STUDY_IN_JOURNAL.search(sentence.text)
            if found and not ctx.is_other_work(sentence) and not MANY_PAPERS.search(sentence.text, 0, found.start()):
                c.journal = re.compile(r"\s+(?:and|of|the|in|for|&)$").sub("", found["named"] or found["journal"])
                break
    # (Last: a page's own lines fill what no reference or sentence said; "published in The
    # Lancet" says more than a line that only looks like a journal's.)
    _from_page_lines(c, lines)
    if not c.first_author and any(w in ctx.text for w in ("author", "researcher", "investigator")) \
            and (m := FIRST_AUTHOR.search(ctx.text)):
        c.first_author = surname(m["name"] or m["name2"])
    if not c.first_author:
        c.first_author = _labelled_first_author(lines) or _one_et_al(ctx)
    if not c.first_author and any(w in ctx.text for w in ("colleagues", "workers", "authors")):  # (as both patterns need)
        for s in ctx.sentences:
            # ("Thomas A. Wadden, Ph.D., from the Perelman School of Medicine …, and colleagues": the
            # first author, named with where they work, first: else "School of Medicine and
            # colleagues" would be taken for a name; "Stacie M. Jones, MD, and colleagues")
            m = ((d := NAME_DEGREE_FROM.search(s.text)) and AND_COLLEAGUES_AFTER.search(s.text, d.end()) and d) \
                or AND_COLLEAGUES.search(s.text)
            if m and not ctx.is_other_work(s) and not OTHER_WORK_LEAD.search(s.text, 0, m.start()):
                c.first_author = surname(m["name"])
                break
    return c


def _labelled_first_author(lines: list[str]) -> str | None:
    """The first name of a labelled author list among a page's first lines.

    >>> _labelled_first_author(["Title", "Author: Yang, Wenying, Zhu, Dalong"]), _labelled_first_author(["作者", "Yijun Li,Zhifeng Cheng"])
    ('Yang', 'Li')
    >>> _labelled_first_author(["by Jørgensen JT, Karlsen S, Stayner L"]), _labelled_first_author(["List of authors.", "  • Ronen Arbel, Ph.D.,"])
    ('Jørgensen', 'Arbel')
    >>> _labelled_first_author(["作者:张淼; 欧阳嘉慧; 郗瑞席*"]), _labelled_first_author(["By the way, it works"])
    ('张淼', None)
    >>> _labelled_first_author(["作者喝杯咖啡,"]), _labelled_first_author(["  • 作者", "  • 出版信息"])
    (None, None)
    """
    for i, raw in enumerate(lines[:60]):
        label = AUTHORS_LABEL.match(raw)
        if not label:
            continue
        rest = raw[label.end():].strip()
        if not rest and i + 1 < len(lines):
            rest = lines[i + 1].strip()
        rest = re.compile(r"^[•*·\-|]\s*").sub("", rest)
        first = re.compile(r"\s*[,;，；、|]\s*").split(rest, maxsplit=1)
        if len(first) < 2:
            continue  # (a list is named with its separators; "by the way" is none)
        name = AFFILIATION_MARK.sub("", first[0]).strip(" *")
        second = AFFILIATION_MARK.sub("", re.compile(r"\s*[,;，；、|]\s*").split(first[1], maxsplit=1)[0]).strip(" *")
        # (A list of authors: its second item a name too, "Author: Jane Blogger, health editor" is a
        # writer and her job; after "by", names with their initials, "by Jørgensen JT, Karlsen S"
        # (a news byline, "By Emily Bryer, DO", is the story's writer; "By December, all …" a date).)
        if raw.lstrip()[:2].lower() == "by" and not (VANCOUVER_NAME.fullmatch(name) and VANCOUVER_NAME.fullmatch(second)
                                                      and not name.isupper()):
            continue
        if WRITER_JOB.search(second):
            continue  # ("Author: Jane Blogger, Health Editor": the page's writer)
        if (PERSON.fullmatch(name) and (PERSON.fullmatch(second) or INITIALS.fullmatch(second) or DEGREE.fullmatch(second))) \
                or (HAN_NAME.fullmatch(name) and HAN_NAME.fullmatch(second)):
            return surname(name)
    return None


DEGREE = re.compile(_DEGREE)
# A news story's byline, "BY JANE DOE, JOHN ROE": its writers, not a paper's authors.
NEWS_BYLINE = re.compile(r"^\s*by\s", re.I)
WRITER_JOB = re.compile(r"\b(?:Editor|Writer|Reporter|Correspondent|Staff|Contributor|Columnist|Producer|Journalist)\b", re.I)
# A name with its initials after it, as Vancouver writes it: "Jørgensen JT", "Karlsen S".
VANCOUVER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[A-Z]{1,3}")
# A person's name as a byline writes it: "Jørgensen JT", "Jan Philipp Klein", "Yang", "张淼".
PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3}")
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _one_et_al(ctx: Context) -> str | None:
    """The first author of the one paper a page names as "X et al." (a page that names several,
    a review's table of trials, names none of its own).

    >>> from ..read import read_bytes
    >>> def first(t): return _one_et_al(Context(read_bytes(t.encode(), path="a.txt")))
    >>> first("Original source: Aaron S. Kelly et al. A Randomized Trial."), first("Packer et al. [23] … Pieske et al. [14]")
    ('Kelly', None)
    >>> first("An earlier study by Smith et al. found no benefit."), first("See related commentary by Pinato et al.")
    (None, None)
    """
    text = ctx.text
    if "et al" not in text and "& al" not in text:
        return None
    names = set()
    for m in ET_AL.finditer(text):
        s = ctx.sentence_at(m.start())
        # (Not ``is_other_work``: "X et al." is one of its own cues, the page's own reference too.)
        if s is not None and (ET_AL_OTHER_WORK.search(s.text, 0, m.start() - s.start)
                              or OTHER_PAPER.search(text, max(s.start, m.start() - 40), m.start())):
            continue  # ("An earlier study by Smith et al.", "related commentary by Pinato et al.": another paper)
        names.add(_first_listed(text, m.start("name"), m["name"]))
    names.discard(None)
    return names.pop() if len(names) == 1 else None


INITIALS = re.compile(r"(?:[A-Z]\.?\s*-?\s*){1,3}")


def _first_listed(text: str, at: int, name: str) -> str | None:
    """The surname of the first of the authors listed before "et al." ("Devinsky O, Cross H, Laux
    L, et al." is Devinsky's paper; "Spruance, S. L. et al." Spruance's).

    >>> t = "Jose M Castellano, Stuart J Pocock, Deepak L Bhatt et al. Polypill."
    >>> _first_listed(t, t.index("Deepak"), "Deepak L Bhatt"), _first_listed("Spruance, S. L. et al.", 10, "S. L.")
    ('Castellano', 'Spruance')
    """
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    first = name
    if line.endswith(","):
        for piece in reversed(line[:-1].split(",")):
            piece = piece.strip()
            if PERSON.fullmatch(piece):
                first = piece
            elif not INITIALS.fullmatch(piece):
                break
    found = surname(first)
    return found if len(found.strip(".")) >= 2 else None


def bylines(text: str) -> list[tuple[int, int]]:
    r"""Spans of the author lines under a headline: "Lindgaard MS, Achterberg P" names people,
    so its "MS" is no multiple sclerosis.

    >>> bylines("A trial\nLindgaard MS, Achterberg P.\nText.")
    [(8, 35)]
    """
    spans, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        if i < 15 and len(line) < 400 and AUTHOR_LINE.match(AFFILIATION_MARK.sub("", line.strip()).rstrip(".")):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _from_page_lines(c: Citation, lines: list[str]) -> None:
    """What a paper's page states about it in lines of their own, where navigation may come
    first (so read further than a header): PubMed's "J Harju et al. Surg Endosc. 2006 Apr."
    and its date line, a journal's name with the issue's date, the issue's volume line under
    the journal's name, labelled fields ("Journal" over "Neurology"), a Chinese journal
    page's breadcrumb "《中国现代医生》 > 2018年第27期".

    >>> c = Citation(); _from_page_lines(c, ["Home", "J Harju et al. Surg Endosc. 2006 Apr.", "Abstract"])
    >>> c.first_author, c.journal, c.year
    ('Harju', 'Surg Endosc', 2006)
    >>> c = Citation(); _from_page_lines(c, ["Authors", "Rachel A Whitmer, Stephen Sidney", "Publication date", "2005/1/25",
    ...                                      "Journal", "Neurology"])
    >>> c.first_author, c.journal, c.year
    ('Whitmer', 'Neurology', 2005)
    >>> c = Citation(); _from_page_lines(c, ["THE JOURNAL OF PAIN MEDICINE", "Volume 15, Number 2, 2009, pp. 133–145"])
    >>> c.journal, c.year
    ('THE JOURNAL OF PAIN MEDICINE', 2009)
    """
    for i, raw in enumerate(lines[:60]):
        line = raw.strip()
        if not line or len(line) > 300:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (m := PUBMED_ET_AL_LINE.match(line)):
            c.first_author = c.first_author or surname(m["name"])
            c.journal = c.journal or m["journal"].strip(" .")
            c.year = c.year or (int(m["year"]) if m["year"] else None)
        elif (m := JOURNAL_DATE_LINE.match(line)) and not c.journal:
            c.journal, c.year = m["journal"].strip(), c.year or int(m["year"])
            if not c.first_author and (a := VANCOUVER_AUTHORS_LINE.match(nxt)):
                c.first_author = a["surname"]
        elif (m := VOLUME_NUMBER_LINE.match(line)):
            c.year = c.year or int(m["year"])
            above = lines[i - 1].strip() if i else ""
            if not c.journal and re.compile(r"^[A-Z][A-Za-z&'’ ,:-]{5,120}$").match(above) and "JOURNAL" in above.upper():
                c.journal = above
        elif (label := FIELD_LABELS.get(line.lower().rstrip(":"))) and nxt:
            if label == "journal" and not c.journal and re.compile(r"^[A-Z][A-Za-z&'’ .:-]{1,120}$").match(nxt):
                c.journal = nxt
            elif label == "year" and not c.year and (y := YEAR.match(nxt)):
                c.year = int(y.group(1))
            elif label == "authors" and not c.authors and "," in nxt and AUTHOR_LINE.match(nxt):
                c.authors = [n.strip() for n in nxt.split(",") if n.strip()]
                c.first_author = c.first_author or surname(c.authors[0])
        elif (m := ZH_ISSUE.search(line) or ZH_JOURNAL_VOLUME_LINE.match(line) or ZH_SOURCE_LINE.match(line)) and not c.journal:
            c.journal, c.year = m["journal"] or m.groupdict().get("bracketed") or m.groupdict().get("named"), c.year or int(m["year"])
        elif line in ZH_SOURCE_LABEL and not c.journal and (m := ZH_BRACKETED_NAME.match(nxt)):
            c.journal = m["journal"]
            after = lines[i + 2].strip() if i + 2 < len(lines) else ""
            if not c.year and (y := ZH_YEAR_ISSUE.match(after)):
                c.year = int(y["year"])
        elif (m := PMC_DATE_LINE.match(line)) and not c.year:
            c.year = int(m["year"])


def _from_header(c: Citation, lines: list[str]) -> None:
    """What a journal article's own header states: its author line and its journal line
    ("European Journal of Cerebrovascular Care 2023; 9(4): 301-310", "Biomed J. 2014
    Jul-Aug;37(4):237-40. doi: …", "上海针灸杂志 2016年11期")."""
    for line in lines[:15]:
        line = line.strip()
        # (Each header pattern needs a year, "logoLink", "Vol" or a list of names: a line
        # without one is not searched for it.)
        year = "19" in line or "20" in line
        m = JOURNAL_LINE.match(TRAILING_DOI.sub("", line)) if year else None
        zh = ZH_JOURNAL_LINE.match(line) if not m and year else None
        if m and not c.journal:
            # ("O Tester et al. NTJM 2021; 385:1091": the authors, then the journal.)
            c.journal, c.year = ET_AL_LEAD.sub("", m["journal"]).strip(" ."), c.year or int(m["year"])
            c.volume, c.pages = c.volume or m["volume"], c.pages or m["pages"]
        elif zh and not c.journal:
            c.journal, c.year = zh["journal"], c.year or int(zh["year"])
        elif (found := ("logoLink" in line and PMC_LOGO_LINE.match(line)) or (year and ZH_JOURNAL_POST.match(line))) \
                and not c.journal:
            c.journal = found["journal"].strip(" .")
        elif (found := "Vol" in line and JOURNAL_VOLUME_LINE.match(line)) and not c.journal:
            c.journal, c.year = found["journal"].strip(" ."), c.year or int(found["year"])
        elif (found := year and PMC_DATE_LINE.match(line)) and not c.year:
            c.year = int(found["year"])
        elif (found := SURNAME_ET_AL_LINE.match(line)) and not c.first_author:
            c.first_author = found["surname"]
        elif not c.authors and len(line) < 400 and ("," in line or ";" in line) and not NEWS_BYLINE.match(line) \
                and AUTHOR_LINE.match(unmarked := AFFILIATION_MARK.sub("", line)):
            names = [n.strip(" .") for n in re.compile(r"[,;]\s*(?:and\s+)?").split(unmarked)
                     if n.strip() and not re.compile(rf"^(?:{DEGREES})\.?$|^(?:for|on behalf of)\s", re.I).match(n.strip())]
            c.authors = names
            c.first_author = c.first_author or surname(names[0])
