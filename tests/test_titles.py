"""The stored title is the page's headline: never a table row, a journal's logo or issue
line, an author list, a keyword line, a section heading or a paragraph cut off mid-way;
none when the page shows no headline.

Every line here is written for this test, in its own words.
"""

import pytest

from ingest.read.boilerplate import pick_title


@pytest.mark.parametrize("lines, title", [
    (["Journal of Small Trials logoLink to Journal of Small Trials", "Walking Programmes After Hip Surgery: A Randomized Trial",
      "Ann Lee, Bo Chan", "Abstract"], "Walking Programmes After Hip Surgery: A Randomized Trial"),
    (["| Study | Year | n | Events |", "| Smith | 2019 | 120 | 14 |"], None),
    (["王一, 李二, 张三, 赵四.", "中华示例杂志 2023, Vol. 44 Issue (1): 1-6", "针刺治疗失眠的随机对照试验", "目的 观察疗效。"],
     "针刺治疗失眠的随机对照试验"),
    (["RESEARCH DESIGN AND METHODS", "We enrolled adults with type 2 diabetes from twelve clinics across three regions and followed them for a median of four years with yearly visits."],
     None),
    (["Guideline Title", "Screening adults for high blood pressure: recommendation statement", "Bibliographic Source(s)"],
     "Screening adults for high blood pressure: recommendation statement"),
    (["此外，研究人员还发现部分患者的血压", "值得注意的是，安慰剂组也有改善"], None),
    # a picture's or a story's credit, someone's words: not the headline
    (["图/患者向医院送来锦旗", "正文。"], None),
    (["Story provided by ExampleWire.com", "The company said the trial met its goal."], None),
    (["Free meals provided by schools cut obesity", "Body text."], "Free meals provided by schools cut obesity"),
    (["多数受访者表示，针灸是一种历史悠久的治疗方法", "正文。"], None),
    # a breadcrumb's last step, a title before its date and authors, a site's menu, a subsection
    (["首页> 外文期刊>Test Medicine >Walking after hip surgery: a randomized trial", "Abstract"],
     "Walking after hip surgery: a randomized trial"),
    (["针刺治疗失眠的随机对照试验研究 2021-03-05王一李二", "摘要:目的 观察疗效。"], "针刺治疗失眠的随机对照试验研究"),
    (["Home About us Editorial board Current issue Archives Subscribe Login", "Walking after hip surgery", "Abstract"],
     "Walking after hip surgery"),
    (["2.3 Participants and their baseline characteristics", "Of 120 adults screened, 100 were enrolled."], None),
    (["1.5 million adults take drug K daily, study finds", "Body text."], "1.5 million adults take drug K daily, study finds"),
    # a citation record's title tag; a journal PDF's header, an index's links, a forum's poster line;
    # a PDF's title run into its authors after a footnote's mark turned into a character
    (["TY  - JOUR", "T1  - Walking after hip surgery: a randomized trial", "AU  - Lee, Ann"],
     "Walking after hip surgery: a randomized trial"),
    (["Small Trials 12 (2020) 11–19", "Contents lists available at ScienceDirect", "Walking after hip surgery: a randomized trial"],
     "Walking after hip surgery: a randomized trial"),
    (["Walking after hip surgery: a randomized trial", "", "View on PubMed View at publisher", "Abstract"],
     "Walking after hip surgery: a randomized trial"),
    (["x**********y 发帖数: 15 | 1", "导 读", "最近，疫苗安全问题引起关注。尽管国内广泛使用的疫苗尚未"], None),
    (["Walking after hip surgery and the risk of falls in older adults夽 Ann B. Lee ∗ , Bo C. Chan, Cy D. Wu Example Clinic, USA"],
     "Walking after hip surgery and the risk of falls in older adults"),
])
def test_the_headline_or_none(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # A paper's title printed with a full stop, over a repository's label line.
    (["Exercise for Knee Pain in Older Women.", "Ontology highlight", "ABSTRACT: We asked whether ..."],
     "Exercise for Knee Pain in Older Women"),
    # A numbered search result.
    (["1. Does walking lower blood pressure? A randomized trial", "Author", "Lee, A., Chan, B."],
     "Does walking lower blood pressure? A randomized trial"),
    # A page that is one table: its caption, without its number.
    (["Table 3.", "Outcomes at twelve weeks.", "| Outcome | A (n = 20) | B (n = 21) |"], "Outcomes at twelve weeks"),
])
def test_headlines_with_a_stop_a_number_or_a_table_caption(lines, title):
    assert pick_title(lines) == title


def test_a_page_that_opens_on_an_abstracts_section_has_no_headline():
    lines = ["Abstract", "Objectives", "Evidence on thrombectomy in older patients is limited",
             "Methods", "We enrolled consecutive patients treated at one centre"]
    assert pick_title(lines) is None


def test_lead_in_lines_quotations_and_related_links_are_no_headlines():
    from ingest.read.boilerplate import NOT_HEADLINE
    for line in ("This graph seems to back this up:", "Previously: Drug K maker down 6% after trial news (March 7)",
                 '"This is an important milestone for patients," the company said."', "這個網誌中的熱門文章"):
        assert NOT_HEADLINE.search(line), line
    assert not NOT_HEADLINE.search("Drug K cuts migraine days in a phase 3 trial")


@pytest.mark.parametrize("lines, title", [
    # The story begins with its first paragraph: a short line below it is a subheading.
    (["研究团队在某期刊发表论文，报告了一种新型口服降糖药在两千余名患者中的三期临床试验结果，主要终点全部达到。",
      "真实数据：疗效初显，安全可控", "正文。"], None),
    (["A large cohort study of adults in three countries suggested that eating more fried food was linked with a "
      "slightly higher risk of heart failure over a decade.", "What the researchers found", "Body."], None),
    # A short Chinese headline, a headline that asks, a headline naming cells derived from others.
    (["警惕保健品广告话术", "正文。"], "警惕保健品广告话术"),
    (["Does Walking After Meals Lower Blood Sugar?", "Ann Lee", "Body."], "Does Walking After Meals Lower Blood Sugar?"),
    (["我院iPSC来源神经细胞移植治疗帕金森病研究结果发表", "发布时间：2025-04-22　来源：神经外科", "正文。"],
     "我院iPSC来源神经细胞移植治疗帕金森病研究结果发表"),
    # A repost's credit line is none.
    (["转自：某某医药", "正文。"], None),
])
def test_a_headline_stands_above_the_story(lines, title):
    assert pick_title(lines) == title


def test_a_pubmed_title_over_its_authors_however_many_commas_and_no_affiliation_as_title():
    title = ("Two doses of drug Z, an orexin antagonist, as add-on treatment for depression with insomnia: a randomised, "
             "double-blind, placebo-controlled, phase 2 trial.")
    assert pick_title(["J Example Psychiatry. 2025 Jan;7(1):33-44.", title, "Lee A(1), Chan B(2).", "Author information"]) \
        == title.rstrip(".")
    assert pick_title(["Lee A, Chan B, Wong C", "Department of Cardiology, Example University, Rome, Italy.",
                       "Interventional Cardiology, Example Hospital, Rome, Italy.", "We aimed to test a diet."]) is None


def test_a_long_hyphenated_author_line_is_read_at_once():
    # (A surname's hyphens once could be read two ways at every step: seconds per line.)
    from ingest.read.boilerplate import PUBMED_AUTHORS
    assert PUBMED_AUTHORS.match("Ab" + "-Ab" * 40 + " CD, Smith AB.")
    assert not PUBMED_AUTHORS.match("Ab" + "-Ab" * 40 + ", Smith AB.")


@pytest.mark.parametrize("lines, title", [
    # a table's cells and rows, a page's running head, a disclaimer, "position/name", a PDF's columns
    (["% Responders over Months 1 to 3", "% Responders* 41% 20%"], None),
    (["Table 1.", "Drug K Risk/100 Patients N = 310 |", "Placebo Risk/100 Patients N = 205 |"], None),
    (["Mean change from baseline (days)* -3.1 -1.8 -2.9 -1.5", "Text."], None),
    (["Page 12 - 《中国测试药房》2024年3期", "P. 12"], None),
    (["作品声明:内容仅供参考,如有不适及时就医", "正文。"], None),
    (["◆测试研究院副院长/王一", "正文。"], None),
    (["患者的疾病情况,登记是否出现进展 表2 两组患者的近期疗效对比", "正文。"], None),
    # a forum's or a site's section tag before the headline is no part of it
    (["[健康資訊] 服中藥膠囊治療濕疹 減塗類固醇", "正文。"], "服中藥膠囊治療濕疹 減塗類固醇"),
    (["【新聞稿】國內首見三組隨機試驗 測試細胞注射", "正文。"], "國內首見三組隨機試驗 測試細胞注射"),
])
def test_table_cells_page_heads_disclaimers_and_section_tags_are_no_headline(lines, title):
    assert pick_title(lines) == title


def test_a_radiotracer_in_brackets_is_part_of_the_headline():
    assert pick_title(["[18F]FDG PET Versus MRI for Staging Test Cancer", "Text."]) == \
        "[18F]FDG PET Versus MRI for Staging Test Cancer"


def test_a_section_that_opens_on_its_label_is_no_headline():
    # "Objective: To investigate whether …" starts the abstract; nothing from it on is a headline
    lines = ["Objective: To investigate whether paracetamol shortens the overall duration of fever",
             "Methods: In a double-blind randomised trial, 120 children with fever received paracetamol or placebo.",
             "Results: Fever lasted 30.1 hours with paracetamol and 29.5 hours with placebo (P = 0.61)."]
    assert pick_title(lines) is None


@pytest.mark.parametrize("lines, title", [
    # where the page sits on its site, the site's notices and menus: never the headline
    (["首页 > 健康 > 正文", "针刺改善老年失眠的随机试验结果公布", "正文。"], "针刺改善老年失眠的随机试验结果公布"),
    (["当前位置:示例网首页 > 新闻 >详情", "示例药物完成3期临床试验", "正文。"], "示例药物完成3期临床试验"),
    (["Filed under: Healthy Ageing", "Walking Groups Lower Blood Pressure in Older Adults", "Body text."],
     "Walking Groups Lower Blood Pressure in Older Adults"),
    (["使用Chrome浏览器效果最佳,继续浏览,你可能不会看到最佳的展示效果,", "正文。"], None),
    (["An official website of the United States government", "Access keys Homepage Main Content Main Navigation",
      "Two-Year Efficacy of an Example Vaccine", "Body text."], "Two-Year Efficacy of an Example Vaccine"),
    (["即時 熱門 政治 社會 生活 健康 國際 財經", "大型研究首度發表 示例疫苗效力達九成", "正文。"], "大型研究首度發表 示例疫苗效力達九成"),
    (["当前报纸名称:示例日报", "正文。"], None),
    # who wrote it: an institution with its postcode, a hospital and its department
    (["示例医科大学附属医院 a. 肿瘤科, 示例市 830000", "正文。"], None),
    (["示例脑科医院 神经外科", "正文。"], None),
    # a table's row label over its values, a p-value's cell; a page that opens on a table is its caption
    (["Quality of Life Score (over Months 4 to 6)", "Baseline 51.4 52.9 52.5 51.4"], None),
    (["Difference from placebo* 7.7 8.8", "Text."], None),
    (["包括了血液系统毒性 DCR/% 100 100 <0.001 1.000", "正文。"], None),
    (["Table 3", "Mortality hazard ratios of two cohorts, adjusted for age", "All follow-up", "HR (95% CI) p Value"],
     "Mortality hazard ratios of two cohorts, adjusted for age"),
    # the link to the paper's file after its title is no part of it
    (["示例针刺疗法对老年失眠患者睡眠的影响 PDF", "摘要: 目的 观察疗效。"], "示例针刺疗法对老年失眠患者睡眠的影响"),
])
def test_breadcrumbs_notices_menus_affiliations_and_table_rows_are_no_headline(lines, title):
    assert pick_title(lines) == title


GOV_PAGE = ["Skip to main page content", "U.S. flag", "An official website of the United States government", "Dot gov",
            "The .gov means it's official.",
            "Federal government websites often end in .gov or .mil. Before sharing sensitive information, make sure "
            "you're on a federal government site.", "Https", "The site is secure.",
            "The https:// ensures that you are connecting to the official website and that any information you "
            "provide is encrypted and transmitted securely.",
            "Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation",
            "Randomized Controlled Trial", ". 2021 Mar 3;12(2):45-56.", "doi: 10.1000/test.2021.1.",
            "Five-year Outcomes of a Test Vaccine in Children", "Affiliations", "Abstract"]


def test_a_government_sites_banner_and_publication_type_are_no_headline():
    # (The banner's paragraphs are no story begun, and it fills the lines a headline is looked for in.)
    assert pick_title(GOV_PAGE) == "Five-year Outcomes of a Test Vaccine in Children"
    assert pick_title(["Meta-Analysis", "Text of the page begins here and goes on at length."]) is None


@pytest.mark.parametrize("lines, title", [
    # a headline that exclaims, when the page has no other
    (["研究:只需每天走路三十分钟,就能降低老年人跌倒风险!", "跌倒是老年人受伤的首要原因,近年来的研究一再证实规律运动可以改善平衡能力和下肢力量,从而减少跌倒。"],
     "研究:只需每天走路三十分钟,就能降低老年人跌倒风险!"),
    # a slogan that exclaims above the headline: the headline
    (["专注循证医学资讯,为大众健康而努力!", "步行训练改善膝关节炎疼痛:一项随机试验", "正文。"], "步行训练改善膝关节炎疼痛:一项随机试验"),
    # a site's name after the headline's full stop
    (["Phase III trial of drug X fails to meet its endpoint in ovarian cancer.- ExampleCo",
      "ExampleCo announced that its phase III trial of drug X did not meet its primary endpoint of overall survival in 540 patients."],
     "Phase III trial of drug X fails to meet its endpoint in ovarian cancer"),
    # trial names joined by slashes are no breadcrumb
    (["Phase III ABC-ov1 / XYZ-302 trial of drug X in ovarian cancer", "Body text of the release."],
     "Phase III ABC-ov1 / XYZ-302 trial of drug X in ovarian cancer"),
    # a Markdown title's underline flattened onto its line
    (["Walking for knee pain: a systematic review ================================ * Ann Lee * Bo Chan ## Abstract"],
     "Walking for knee pain: a systematic review"),
])
def test_exclaimed_headlines_site_suffixes_and_flattened_markdown(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a design's list after the title's colon is no keyword list; a header whose sizes the page
    # lost ("( )") is no headline
    (["Research Article", "Walking Programmes After Hip Surgery: A Randomized, Double-Blind, Multicenter, Sham-Controlled Trial",
      "Table 2", "Walking group ( )Sham group ( ) values"],
     "Walking Programmes After Hip Surgery: A Randomized, Double-Blind, Multicenter, Sham-Controlled Trial"),
    (["Go to headerGo to navigationGo to searchGo to footer", "Sleep Habits and Memory in Older Adults", "Abstract"],
     "Sleep Habits and Memory in Older Adults"),
    (["ExplainedMay 2, 2026peer-reviewed3 min read", "How to Read a Survival Curve", "Body text of the page."],
     "How to Read a Survival Curve"),
    (["Newsletter No. 41", "以新方法治療膝關節疼痛", "正文。"], "以新方法治療膝關節疼痛"),
    # (a date inside a headline stays: it is no page stamp)
    (["This Week in the Small Journals: Mar 3, 2011", "Body text."], "This Week in the Small Journals: Mar 3, 2011"),
])
def test_design_lists_emptied_brackets_and_page_stamps(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a browser's upgrade notice, a database's search help, an affiliation's label
    (["請至Edge官網下載 請至Chrome官網下載", "長者降血壓 中風風險少兩成", "正文。"], "長者降血壓 中風風險少兩成"),
    (["检索规则说明:AND代表并且;OR代表或者", "正文。"], None),
    (["Article Affiliation:Ann Lee", "Body text of the page."], None),
    # a transcript's speaker tag; a sentence broken into short lines, opening mid-sentence
    (["<Anchor> The", "A university announced its first vaccine trial results today, and the reporter explains them at length here."], None),
    (["The", "following are some examples of", "the latest studies of the herbs", "Acne"], None),
    # a converted page's Chinese title that ends with a full stop, naming its kind of study
    (["针刺与睡眠质量:随机对照试验的系统评价和荟萃分析。", "摘要来源:", "正文。"], "针刺与睡眠质量:随机对照试验的系统评价和荟萃分析"),
    # (a lower-case headline of two words is still one)
    (["herbal teas", "Body text of the page about teas."], "herbal teas"),
])
def test_browser_notices_search_help_speaker_tags_and_broken_lines(lines, title):
    assert pick_title(lines) == title


def test_a_reload_notice_above_the_headline_is_site_furniture():
    """A page's "you were idle, please reload" notice reads as a paragraph: the headline
    under it would be taken for a subheading of a story already begun."""
    from ingest.read import read_bytes

    text = "歡迎回來\n\n網頁已經閒置了一段時間,為確保不會錯過最新內容。請重新載入頁面。\n\n新藥試驗結果公布 病人存活期延長\n\n正文第一段。\n"
    assert read_bytes(text.encode(), path="t.txt").title == "新藥試驗結果公布 病人存活期延長"


@pytest.mark.parametrize("lines, title", [
    # a database's search examples and a spaced author label
    (["检 索 范 例 :范例一: (K=图书馆学 OR K=情报学) AND A=范并思", "作 者:王明 李华 ZHANG Ming;LI Hua", "正文。"], None),
])
def test_search_examples_and_spaced_author_labels_are_no_headline(lines, title):
    assert pick_title(lines) == title


def test_a_news_sites_age_gate_is_site_furniture():
    """An age gate ("限制級", "需滿18歲 方可瀏覽") and its long legal basis stand above the
    headline: the legal paragraph would otherwise read as the story begun."""
    from ingest.read import read_bytes

    text = ("限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n"
            "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定,已於網站首頁或各該限制級網頁,依台灣網站分級推廣基金會規定作標示,"
            "特此說明並請讀者留意各項規定與相關的說明事項。\n\n"
            "長者降壓更積極 中風風險少兩成\n\n正文第一段。\n")
    assert read_bytes(text.encode(), path="t.txt").title == "長者降壓更積極 中風風險少兩成"


@pytest.mark.parametrize("lines", [
    ["您需要 登錄 才可以下載或查看,沒有帳號?註冊", "正文。"],           # a forum's login prompt
    ["在线阅读 下载PDF 导出详情", "正文。"],                           # a journal site's links
    ["播放本新聞相關短片", "正文。"],                                   # a news video's caption
    ["Received: 2 May 2019 / Accepted: 9 June 2019 / Published online: 1 July 2019", "Body."],
    ["【中央社╱編譯組/綜合報導】", "正文。"],                           # a byline in brackets
    ["Вы находитесь на странице: 1 из 9", "Body."],                   # a line in another script
    ["b.Key Laboratory of Herbal Pharmacology, Beijing 100102, China", "Body."],
    ["Keywords Functional dyspepsia Herbal medicine Placebo", "Body."],
    ["王明 李华 张强 (1北京中医药大学循证医学中心,北京100029)", "正文。"],  # authors with their affiliation
    ["王大明 ,李華 ,張小強,陳立,b,", "正文。"],                        # authors with a stray mark
])
def test_site_prompts_stamps_bylines_and_author_lines_are_no_headline(lines):
    assert pick_title(lines) is None


@pytest.mark.parametrize("lines", [
    ["Publication date", "Body text of the page."],               # a field's label
    ["Picture of the clinic", "Body text of the page."],          # a picture's caption
    ["Help us tailor your experience", "Body text of the page."],  # a site's survey prompt
    ["Efficacy Results", "Body text of the page."],               # a section's heading
])
def test_field_labels_captions_prompts_and_section_headings_are_no_headline(lines):
    assert pick_title(lines) is None


@pytest.mark.parametrize("lines, title", [
    # tab labels run together, a page's "Article Text", a forum's counters: furniture
    (["SummaryDiscussion", "Body text of the page."], None),
    (["Article Text", "Abstract", "Objectives We asked whether drug K helps."], None),
    (["收藏( 12)  点赞( 40)", "正文。"], None),
    # a copyright line whose sign a converter printed as a letter; a speaker and where from
    (["The Journal of Small Trials C 2019 The Society of Small Trials, Inc", "Body text of the page."], None),
    (["Ann Lee (Lyon, France)", "Walking After Hip Surgery: Interim Results", "Abstract"],
     "Walking After Hip Surgery: Interim Results"),
    # a link back to the list, run onto the headline's line
    (["返回上一頁針刺治療失眠 新研究有成效", "正文。"], "針刺治療失眠 新研究有成效"),
    # a news lede that says where its claim comes from is the story's first sentence
    (["A single dose of drug K lowered pain scores over two weeks, according to the results of a small trial.",
      "The trial enrolled adults."], None),
    # a story's first sentence that tells what was found or announced, however it ends
    (["Drugco Inc announced topline results from the phase 2 trial of drug K in adults with moderate-to-severe colitis "
      "who had failed earlier treatment.",
      "The trial met its goal."], None),
    (["The results of a large trial show that the new drug reduces the frequency of relapses in people with the disease.",
      "Body."], None),
    (["Drug K Reduced Relapses in a Phase 3 Trial.", "Body."], "Drug K Reduced Relapses in a Phase 3 Trial"),
    # a CamelCase brand with words after it is a headline
    (["PubMed Central adds trial reports from small journals", "Body."], "PubMed Central adds trial reports from small journals"),
])
def test_page_furniture_speakers_and_ledes_are_no_headline(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # someone's words with who said them; a sentence and the source it cites; a banner's label
    (['"Patients should know that a short walk after meals can lower their sugar," said the study author', "Body."], None),
    (['Dr. Ann Lee of City Hospital said. "This approach is safe and cheap as well."', "Body."], None),
    (["Adults over 65 make up about 17% of the population. (National Statistics Office)", "Body."], None),
    (["Top Banner", "Walking After Hip Surgery: 120 Consecutive Patients", "Body."],
     "Walking After Hip Surgery: 120 Consecutive Patients"),
    # a section's label alone, a notice for professionals, a picture's caption
    (["Indication", "Body text of the page goes on here."], None),
    (["仅供医学专业人士阅读参考", "研究统计结果"], None),
    (["▲卫生署公布新冠疫苗接种统计(图/翻摄自卫生署网站)", "正文。"], None),
])
def test_quotations_cited_sentences_banners_and_captions_are_no_headline(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a journal page's metrics above its article's title
    (["Journal of Small Trials", "ISSN Print: 1234-5678", "Google-based Impact Factor: 0.45  Citations",
      "Walking After Hip Surgery in 120 Patients", "ABSTRACT"], "Walking After Hip Surgery in 120 Patients"),
    # an issue tracker's state line above a reposted article
    (["Closed someone closed 2 years ago", "如何解读阳性临床试验"], "如何解读阳性临床试验"),
    # a filing's headline, then who supplied it
    (["某公司报告新药试验结果(补充)", "日期2022-03-15", "本資料由 (興櫃公司) 1234 某公司 公司提供"], "某公司报告新药试验结果(补充)"),
    # a journal record's keyword line, joined by %
    (["某杂志", "2015年", "针刺疗法%失眠%随机对照试验%疗效", "目的:观察针刺治疗失眠的疗效。方法:将60例患者随机分为两组。"], None),
])
def test_journal_metrics_issue_states_and_filing_suppliers_are_no_headline(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # an affiliation numbered by its footnote, glued to it
    (["3Second Hospital of Somewhere University, Chengdu, China", "Background: Knee pain is common in older adults."], None),
    # a link's words in brackets
    (["[read the full story...]", "A new study of sleep and memory found that naps helped."], None),
])
def test_numbered_affiliations_and_bracketed_links_are_no_headline(lines, title):
    assert pick_title(lines) == title


def test_a_list_of_other_stories_above_the_headline():
    # (a site's list of its other stories, then the page's own headline: the one the story is about)
    lines = ["City Asks for Help With Lead in School Pipes", "Toy Maker Recalls 200,000 Baby Walkers",
             "Two Deaths Linked to Rare Brain Disorder", "Home Meals Could Keep Older People Out of Hospital",
             "Yoga Eases Joint Pain in Older Women, Trial Finds",
             "Yoga can ease the joint pain of older women with arthritis, a new randomised trial finds.",
             "Women who did yoga twice a week reported less pain after twelve weeks."]
    assert pick_title(lines) == "Yoga Eases Joint Pain in Older Women, Trial Finds"


def test_a_story_that_opens_on_its_result_sentence_has_no_headline():
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("After a median follow-up of 6 years, 41% of patients who received antibiotics for uncomplicated appendicitis "
            "eventually required surgery.\n\nThe finding comes from a randomized trial of 500 patients, P = 0.01.\n")
    assert extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["source"]["title"] is None


@pytest.mark.parametrize("notice", [
    "Cookies on this website", "Your Session Is About to Expire", "What are you looking for?", "Press Releases",
    "Lindqvist 1998 {published data only}",
])
def test_a_sites_notice_or_a_reviews_reference_is_no_headline(notice):
    # (a cookie banner, a session timer, a search box and the site's section above a story that
    # has no headline of its own; a Cochrane page's list of included studies)
    lines = [notice, "We use our own tools to run this site and to see how readers use it.",
             "Observational studies have reported that hearing aid use is associated with a lower risk of dementia."]
    assert pick_title(lines) is None


@pytest.mark.parametrize("lines, title", [
    # a page's widgets and credits: a reading-time stamp, a hidden address, a font-size switch
    (["Reading Time: 2 minutes, 10 secs", "Walking after hip surgery helps", "Body text."], "Walking after hip surgery helps"),
    (["[email protected]", "Lorem trial results were posted today.", "Body text follows here."], None),
    (["字體大小: 字級放大 字級縮小 預設字形", "針刺治療失眠的隨機對照試驗", "正文。"], "針刺治療失眠的隨機對照試驗"),
    # a picture and text credit, a count under its label, a byline run into its paper's name
    (["圖、文/示例新聞網", "本地研究指午睡過長較易失智。"], None),
    (["Number of Patients Enrolled 44", "Results were mixed."], None),
    (["Ann LeeThe Example Times", "Parents overestimate what cough syrup does", "Body text."],
     "Parents overestimate what cough syrup does"),
    (["Photo IconThe survey found most parents trusted cough syrup", "Body text of the story."], None),
    (["Camera IconParents at a clinic. Credit: Example News", "Parents overestimate what cough syrup does", "Body."],
     "Parents overestimate what cough syrup does"),
    # a site's menu of short items: its own name's, or a section's among them
    (["示例報生活 示例報OL網 示例報健康網 示例報新聞", "港大研究 長者午睡過長較易失智", "正文。"], "港大研究 長者午睡過長較易失智"),
    (["訂戶專享 個人化新聞 我的書籤 訂戶通知 電子報(學生版)", "港大研究 長者午睡過長較易失智", "正文。"], "港大研究 長者午睡過長較易失智"),
    (["示例娱乐网站 资讯 企业公告 示例娱乐网页版", "某药三期试验结果公布", "正文。"], "某药三期试验结果公布"),
    (["午睡過長 失智風險增", "本地研究指，午睡過長的長者，失智風險較高。"], "午睡過長 失智風險增"),
    # a thesis record's labelled title; a single lower-case word is a tag, no headline
    (["論文名稱:針刺合谷穴對拔牙後疼痛的效果", "研究生:某某"], "針刺合谷穴對拔牙後疼痛的效果"),
    (["psychiatrist", "How to read a confidence interval around a risk ratio", "Body."],
     "How to read a confidence interval around a risk ratio"),
])
def test_widgets_credits_and_menus_of_items_are_no_headline(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("headline", [
    "Number of people with dementia set to triple by 2050",
    "No. of COVID deaths falls to 120",
    "Giving Credit: How Nurses Saved A Trial",
    "新冠疫苗 加强针 新冠重症风险降低",
    "糖尿病新药 三期试验 糖尿病患者获益",
])
def test_headlines_that_look_like_a_widget_or_a_menu_stay_headlines(headline):
    assert pick_title([headline, "Body text of the story follows here."]) == headline


@pytest.mark.parametrize("lines, title", [
    # a PDF's title run into its authors with their degrees, or their affiliations' numbers
    (["Walking After Hip Surgery in Older Adults Ann Lee, MD; Bo Chan, PhD", "Abstract"],
     "Walking After Hip Surgery in Older Adults"),
    (["Research Article Needles for Knee Pain: A Randomized Trial with One-Year Follow-Up Ann Lee,1 Bo Chan,2 and Cy Dee1",
      "Abstract"], "Needles for Knee Pain: A Randomized Trial with One-Year Follow-Up"),
    # a line of authors alone is no title, numbers and all
    (["Ann Leeson1, Bo Chanter1, Cy Deeley2, Di Eames1", "1Clinic of Surgery, Test Hospital", "Abstract"], None),
    # a table cell's bar after the title; quotes around it
    (["Tea drinking and risk of heart disease: a meta-analysis |", "| |", "Authors: | Lee A |"],
     "Tea drinking and risk of heart disease: a meta-analysis"),
    (["“Knee replacement in one hospital: ten years of experience”", "Author:", "This article reports our results."],
     "Knee replacement in one hospital: ten years of experience"),
    # a PubMed title with a full stop: over numbered full names, or under the citation line and over an affiliation
    (["Test DB >> 12345", "Systematic Review on Needles for Dry Eye after Surgery.", "Ann Lee1, Bo Chan2, Cy Dee1.",
      "Abstract"], "Systematic Review on Needles for Dry Eye after Surgery"),
    (["Test J Med. 2019 Jun;12(3):100-110. doi: 10.5555/x.", "Tea and the risk of death: a meta-analysis of cohorts.",
      "Institute for Tests, Test University, Testville.", "Abstract"], "Tea and the risk of death: a meta-analysis of cohorts"),
    # ... but an abstract's first sentence under the citation line is none
    (["Lee Ann, Chan Bo", "Test J Med. 2019 Jun;12(3):100-110. doi: 10.5555/x.",
      "This meta-analysis was to evaluate tea for the treatment of thirst.", "The databases searched were many."], None),
])
def test_titles_run_into_authors_bars_quotes_and_pubmed_full_stops(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    (["Scolaris Content Display Scolaris Content Display", "Needles for knee pain", "Abstract"], "Needles for knee pain"),
    (["Accepted for publication 2 November 2017", "Tea and the risk of death in a real-life cohort", "Abstract"],
     "Tea and the risk of death in a real-life cohort"),
    (["Over 20,000 Active Subscribers", "Tea for Thirst: What to Know", "Tea is a drink that many enjoy every day."],
     "Tea for Thirst: What to Know"),
    (["Skip directly to search Skip directly to A to Z list", "New Study: Tea Cuts Thirst By Half", "Body text."],
     "New Study: Tea Cuts Thirst By Half"),
    (["Test Journal of Integrative Medicine", "Toward Evidence-Based Tea: Status and Challenges", "Abstract"],
     "Toward Evidence-Based Tea: Status and Challenges"),
    (["Test Medicine / 2019 / Article / Tab 4", "An Overview of the Randomized Trials of Tea Granules", "Table 4"],
     "An Overview of the Randomized Trials of Tea Granules"),
    (["临床研究 Open Access", "茶饮治疗口渴效果的Meta分析", "摘要"], "茶饮治疗口渴效果的Meta分析"),
    (["中文题名:针刺治疗口渴疗效的Meta分析", "摘要"], "针刺治疗口渴疗效的Meta分析"),
    (['Share "Tea target for thirst in older adults."', "Tea target for thirst in older adults.", "Abstract"],
     "Tea target for thirst in older adults"),
    # a report's boxes, a category line, a wire dateline, a comment header: no headline
    (["What is already known about this topic?", "Tea is a common drink."], None),
    (["Why is this important?", "Thirst is common."], None),
    (["In: Statistics and Probability", "My homework asks about risk."], None),
    (["Feb 5 (Reuters) - A tea maker said on Friday its drink cut thirst", "More text."], None),
    (["Interviews, Heart Disease, Lifestyle / 04.06.2013", "More text."], None),
])
def test_site_stamps_badges_journal_names_and_report_boxes_are_no_headline(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a supplement's citation line, a catalogue's labels before a space, a caption without its stop
    (["Test Med J 2019;12(Suppl 3):S10-2", "Herbal tea for thirst: a randomised controlled trial", "Abstract"],
     "Herbal tea for thirst: a randomised controlled trial"),
    (["系統編號 12345", "篇名 中藥茶飲治療口渴之隨機對照試驗", "關鍵字 口渴中藥茶飲", "摘要"], "中藥茶飲治療口渴之隨機對照試驗"),
    (["Table 2 Trials of tea for thirst in adults:", "From: Tea and thirst: a review", "Author"],
     "Trials of tea for thirst in adults"),
    (["TABLE 3. Efficacy of tea against thirst — two seasons", "Season | Efficacy |"], "Efficacy of tea against thirst — two seasons"),
])
def test_citations_catalogue_labels_and_captions_without_a_stop(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("line", [
    # headlines that mention what a site's furniture says, or look like run-on authors
    "Open Access to Naloxone Cut Overdose Deaths, Study Finds",
    "Netflix Subscribers Who Binge-Watch Sleep Worse, Study Finds",
    "研究：老年人上网课学APP可改善认知功能",
    "Skip to the Gym: Exercise Beats Pills for Depression in Trial",
    "Stem cells for knee pain: what patients wrote",
    "Study in the Journal of Clinical Oncology Shows Benefit",
    "Flu vaccine effectiveness in 2017/2018/2019 seasons: a cohort study",
    "Why Is This Important Drug for Heart Failure So Expensive?",
    "Clinical Study Of Acupuncture For Chronic Neck Pain",
    "Original Research Links Night Shifts to Diabetes",
    "Five Questions About Long COVID for Eric Topol, MD",
    "Paxlovid Cuts Hospital Stays After COVID-19, Influenza And H3N2 Infections",
    "Vitamin D and Omega-3 Supplements in the VITAL Trial Cohort3, Other Results2",
    "Cochrane Database of Systematic Reviews finds acupuncture helps migraines",
])
def test_headlines_that_mention_furniture_words_stay_whole(line):
    body = "Researchers followed 2,000 adults for five years and reported what they found in a journal this week."
    assert pick_title([line, body]) == line


def test_the_english_title_of_a_chinese_paper_whose_page_shows_no_chinese_one():
    lines = ["王一 李二 张三", "【摘要】目的 观察针刺治疗失眠的疗效。方法 选取60例患者随机分为两组。结果 治疗组疗效较好。",
             "【关键词】针刺;", "失眠", "[中图分类号] R245 [文献标识码] A",
             "Effect of acupuncture on insomnia in older adults: a randomized trial", "WANG Yi1 LI Er2 ZHANG San1",
             "[Abstract] Objective To observe …"]
    assert pick_title(lines) == "Effect of acupuncture on insomnia in older adults: a randomized trial"
    # (a single author in pinyin under it, a blank line between)
    assert pick_title(["[摘要] 目的 观察疗效。", "[关键词] 针刺", "Effect of tea on thirst in children", "", "LIU Yi", ""]) \
        == "Effect of tea on thirst in children"


@pytest.mark.parametrize("notice", [
    "您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗,並能正常瀏覽本站的全部內容與功能。",
    "We use cookies to give you the best experience on our website. By continuing to browse the site you agree to our use "
    "of cookies and to our privacy policy, which you can read at any time.",
])
def test_a_sites_notice_paragraph_above_the_headline_begins_no_story(notice):
    lines = ["請更新您的瀏覽器", notice, "喝茶是否活得較久 研究引論戰", "本地研究指,每天喝茶的長者活得較久。"]
    assert pick_title(lines) == "喝茶是否活得較久 研究引論戰"


def test_an_apps_download_widget_is_no_headline():
    assert pick_title(["測試社新聞APP Icon測試社新聞APP", "下載", "吃紅肉增罹病風險 研究指白肉較佳",
                       "本地研究指,吃紅肉的人罹病風險較高。"]) == "吃紅肉增罹病風險 研究指白肉較佳"


def test_a_listed_companys_announcement_its_name_assurance_and_glued_date_are_no_part_of_its_title():
    lines = ["测试生物制药股份有限公司", "测试医药:关于测试药III期临床试验结果的公告2023-05-06",
             "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述", "一、试验概况"]
    assert pick_title(lines) == "测试医药:关于测试药III期临床试验结果的公告"


def test_another_storys_slideshow_teaser_is_no_headline():
    lines = ["Protesters fill the square as the minister clings to office. Slideshow", "Tea maker says drink cut thirst in trial",
             "A tea maker said on Monday that its drink cut thirst in a trial of 200 adults, sending its shares higher."]
    assert pick_title(lines) == "Tea maker says drink cut thirst in trial"


@pytest.mark.parametrize("lines", [
    ["Visual Abstract", "Key results of the trial are shown in the figure below, with the main outcomes."],
    ["一、 治疗前两组基本资料之比较", "两组患者治疗前的年龄、性别等资料差异无统计学意义。"],
    ["引言:疫苗开发的漫长征程", "疫苗从研发到上市往往需要十年以上的时间,其间要经过多期临床试验。"],
    ["Lee et al. 2020 [18]", "Phase 3 | 600 | Drug K | 12.1 months |"],
])
def test_a_papers_parts_and_references_are_no_headline(lines):
    assert pick_title(lines) is None


def test_a_catalogues_title_row_gives_the_title_without_its_english():
    lines = ["查詢結果分析", "題 名 | 以針灸介入國小學童近視之前瞻性研究=A Pilot Study of Acupuncture for Myopia |", "---|---|",
             "作 者 | 王一; 李二; | 書刊名 | 測試醫學雜誌 |"]
    assert pick_title(lines) == "以針灸介入國小學童近視之前瞻性研究"


@pytest.mark.parametrize("lines", [
    # a blog's day heading over a post that has no headline line of its own
    ["Monday, March 3, 2008", "Walking helps the heart: a reader sent this note about a study of 200 walkers and their blood pressure."],
    # a Chinese catalogue's labels: where the authors work, where the paper appeared
    ["机构地区:[1]某市人民医院药学部,某省某市510000", "出 处:《某某医学》2020年第3期1-3,共3页"],
    # what an anti-copying scrambler leaves between paragraphs
    [": e. h6 l; _: N* a+ F", "% [7 h1 ] b9 ]- s {+ w o* V7 o",
     "现在新闻中每天都会报道关于医学研究的各种新发现,在这些研究结果中往往会提到各种健康风险的变化,这些风险究竟意味着什么。"],
])
def test_a_date_a_catalogues_labels_and_scrambler_noise_are_no_headline(lines):
    assert pick_title(lines) is None


def test_a_journals_alert_prompts_are_no_headline():
    lines = ["Receive monthly Table of Contents alerts from The Joint Journal", "View my account settings",
             "Unproven cell clinics", "Cell therapies hold promise, but many clinics sell them without evidence."]
    assert pick_title(lines) == "Unproven cell clinics"


@pytest.mark.parametrize("lines, title", [
    # a photo's caption with its credit, an image's placeholder, a dialog's close button and tabs, a pager
    (["Children play outside a clinic in the morning. Stockphoto Inc./Getty Images hide caption", "Body text."], None),
    (["Profile template", "A hospital's answers to common questions.", "Body text."], None),
    (["× Summary Methods Results Commentary", "Body text."], None),
    (["Previous Page 12 / 340 Next Page", "Body text."], None),
    # a story's credits line; a catalogue's title label with its language
    (["采访/王一、李二;核稿/张三", "正文。"], None),
    (["論文名稱(外文):Walking after hip surgery in older adults", "摘要"], "Walking after hip surgery in older adults"),
])
def test_page_furniture_is_no_headline_and_a_labelled_title_loses_its_label(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a catalogue's "Journal title" label names the journal, not the paper
    (["Drug K for asthma - a randomized study", "Citation", "Journal title", "ANNALS OF MEDICINE"], "Drug K for asthma - a randomized study"),
    # a headline's first part alone on its line, its colon at the end
    (["MenC:", "A meningitis vaccine for teens?", "MenC is a vaccine given at school."], "MenC: A meningitis vaccine for teens?"),
    # a title glued to the page's date label, and a byline that opens on 文：
    (["某药治疗肝癌的疗效比较时间:2024-05-01 摘要 近年来…"], "某药治疗肝癌的疗效比较"),
    ([" date 2024-01-02 文：王医师＠某大学中医学院", "正文。"], None),
])
def test_labels_bylines_and_headlines_in_two_lines(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a journal site's keyword lines in each language and its funding line are no headline
    (["八段锦锻炼改善骨密度的Meta 分析", "Meta-analysis of Baduanjin for bone density", "中文关键词: 八段锦 骨密度",
      "英文关键词:Baduanjin bone mineral density", "基金项目:示例省科研项目(A1);示例市课题(B2)", "作者单位", "王一 李二"],
     "八段锦锻炼改善骨密度的Meta 分析"),
    # the headline printed again over the post, as a forum prints it: not the poster's rank or
    # registration lines around the second printing
    (["示例研究:喝茶可防失眠", "有關保健方面,請在此貼!謝謝!如果有侵權,歡迎來信告知!", "頭像", "示例會員",
      "註冊時間: 2008-02-03 , 1:05", "個人狀態: 暫停中", "職稱: C示例全域版主", "示例研究:喝茶可防失眠",
      "某台 更新日期:\"2012/03/01 10:20\"", "一項研究顯示,每天喝茶的人比較不容易失眠。"], "示例研究:喝茶可防失眠"),
    # a short headline that asks two questions
    (["1", "4", "文字", "分享", "中藥「某方」包治感冒?中醫師怎麼看?", "王小明", "今年感冒個案陡增,坊間詢問度大增。"],
     "中藥「某方」包治感冒?中醫師怎麼看?"),
])
def test_keyword_and_funding_lines_forum_reprints_and_two_question_headlines(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines, title", [
    # a journal's dateline and its research-topic box above the paper's title
    (["Skip to main content", "CLINICAL TRIAL article", "Front. Example., 3 March 2021", "Sec. Herbal Medicine",
      "This article is part of the Research Topic Herbs for the Heart View all 9 articles",
      "Granules K for chronic heart failure: a randomized placebo-controlled trial", "Background: Heart failure is common."],
     "Granules K for chronic heart failure: a randomized placebo-controlled trial"),
    # a Hong Kong paper's dateline and its source tag: no headline on the page
    (["5 月 2日 星期三 【明報專訊】", "本港一項研究發現，某藥可減少病人死亡。"], None),
    # a study's aim where the page prints no title
    (["To evaluate the safety of drug K for heart attack by assessing patients at 4 years follow-up",
      "Methods: 86 patients were randomized."], None),
    # an organisation's link above the story's headline
    (["About Example Disease Foundation", "Cell therapy shows improvement in disability",
      "A study of 100 patients found that the treatment helped."], "Cell therapy shows improvement in disability"),
])
def test_datelines_aims_and_an_organisations_link_are_no_headline(lines, title):
    assert pick_title(lines) == title


def test_a_journal_pages_field_lines_are_no_headline():
    from ingest.read import read_bytes
    text = ("首页>中医临床研究杂志\n  • 杂志名称:中医临床研究杂志\n  • 主管单位:中国科学技术协会\n  • 国内刊号:1674-7860\n"
            "中医临床研究杂志2018年第16期\n\n某颗粒与饮片治疗风热感冒的作用效果\n\n目的 观察疗效。方法 将180例患者随机分为两组。\n")
    assert read_bytes(text.encode("utf-8"), path="page.txt").title == "某颗粒与饮片治疗风热感冒的作用效果"


@pytest.mark.parametrize("lines, title", [
    # a byline that opens on "撰文:", the headline above it
    (["本地藥廠公布二期臨床數據:安全性良好 將申請授權", "", "撰文:王小明 李大華", "出版:更新:", "藥廠今日下午召開記者會。"],
     "本地藥廠公布二期臨床數據:安全性良好 將申請授權"),
    # a long question that heads the page, and its date of publication under it
    (["Is herbal extract K effective in treating chronic indigestion with cold-type spleen deficiency, as compared to a matched placebo?",
      "Date of publication of the randomized controlled trial: May 2014", "Design"],
     "Is herbal extract K effective in treating chronic indigestion with cold-type spleen deficiency, as compared to a matched placebo?"),
    (["Advertisement", "Example Journal Home", "",
      "Thrombectomy After Stroke: What Should Clinicians Take From the Fourth Example Interventional Trial of Thrombectomy?",
      "Much of the risk of stroke can be prevented. Stroke is a leading cause of death.", "Lee A.B.", "Chan D."],
     "Thrombectomy After Stroke: What Should Clinicians Take From the Fourth Example Interventional Trial of Thrombectomy?"),
    # a reblog's pointer before the post's title; a photo's label, then it with its credit
    (["via Sugar pills, hope, and the limits of trials", "On to placebo. In any serious trial there are two groups of people."],
     "Sugar pills, hope, and the limits of trials"),
    (["Flu vaccine", "Flu vaccineiStock", "", "A drug maker said on Monday that its vaccine was 90% effective in a large trial."], None),
])
def test_bylines_questions_cited_authors_reblogs_and_photo_credits(lines, title):
    assert pick_title(lines) == title


@pytest.mark.parametrize("lines,title", [
    # A repost whose headline is printed only at its end, under its pointer to the story it copies.
    (["Early results from four patients in a small, early-stage trial of a company's experimental nerve-cell graft for "
      "long-standing nerve injury show that three of them experienced gains in feeling below the injury, the company said.",
      "The company said three of them regained some feeling.", "See the rest here:",
      "3 of 4 patients regain feeling in nerve graft trial"], "3 of 4 patients regain feeling in nerve graft trial"),
    # A table's caption numbered in roman figures, a dash after its stop.
    (["Table III. —Grip strength before and after training.", "Parameter | Week | Group A | Group B |"],
     "Grip strength before and after training"),
])
def test_a_reposts_closing_headline_and_a_roman_table_caption(lines, title):
    assert pick_title(lines) == title


def test_a_sites_language_switch_is_no_headline():
    assert pick_title(["Español: Español", "", "Popular shows like a scare, and they recycle old ones to get it."]) is None


def test_a_slide_decks_description_opening_on_its_headline():
    lines = ["312 likes | 1.2k Views",
             "EHA Highlights 2019 Amsterdam. Myeloma. Daratumumab in Newly Diagnosed Myeloma: A Large Randomised Analysis "
             "Smith et al, #12. Patients received daratumumab or standard care",
             "E N D", "EHA Highlights 2019 Amsterdam", "Daratumumab in Newly Diagnosed Myeloma • Randomised analysis"]
    assert pick_title(lines) == "EHA Highlights 2019 Amsterdam"
