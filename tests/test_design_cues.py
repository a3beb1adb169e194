"""A study's design from what the article says of how it was run, where no phrase names it:
a cohort by its word, its following or its data source; a trial's hints always outweigh them
(trials follow people up too). The cues are vocabulary (ingest/vocab/designs.yaml), not code.
Made-up articles."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes
from ingest.read.document import Document


def design(text: str) -> str | None:
    return extract(Document(text)).studies[0].design


@pytest.mark.parametrize("text, expected", [
    ("Night shifts and death in nurses\n\nIn a cohort of 28,731 nurses, the risk of death was higher with night "
     "shifts (HR 1.10, 95% CI 1.02-1.19).", "cohort"),
    ("Sleep and illness\n\nThe 10,308 officials of the Whitehall II study were followed for a median of 24 years. "
     "Short sleep was associated with a higher risk of multimorbidity (HR 1.30, 95% CI 1.12-1.50).", "cohort"),
    ("鸡蛋与死亡\n\n这项研究基于中国健康与营养调查中18914名成年人的数据，每天吃鸡蛋者死亡风险降低（HR=0.80）。", "cohort"),
    ("紅肉與乳癌\n\n研究人員追蹤她們平均7年半，每天吃紅肉者罹患乳癌風險增加23%（HR=1.23）。", "cohort"),
    ("咖啡与死亡\n\n一项历时13年、追踪约18万人的研究发现，每天喝2杯咖啡者全因死亡风险降低（HR=0.85）。", "cohort"),
    ("口服藥與死亡\n\n研究團隊分析了逾2700名住院患者的數據，服藥者死亡風險降低逾50%（HR=0.48）。", "cohort"),
    ("Sleep and dementia\n\nDuring 360,389 person-years, 4621 participants developed dementia; short sleep was "
     "associated with a higher risk (HR 1.25, 95% CI 1.05-1.49).", "cohort"),
    ("Soda and death\n\nResearchers analyzed data from 80,000 women and 37,000 men; two or more sugary drinks a day "
     "were associated with a higher risk of death (HR 1.21, 95% CI 1.13-1.28).", "cohort"),
    ("咖啡與皮膚癌\n\n該研究跟進四十五萬人長達十年，每日飲四杯咖啡者患黑色素瘤風險降低（HR=0.80）。", "cohort"),
    ("步行與腎病\n\n大學團隊針對6,363名患者進行追蹤調查，經常步行者死亡風險降低33%（HR=0.67）。", "cohort"),
    ("疫苗加強劑\n\n港大利用真實世界數據分析，接種3針者死亡率較2針者低90%（OR=0.10）。", "cohort"),
    ("疫苗加強劑\n\n港大一項真實世界研究顯示，接種3針者死亡率較2針者低90%（OR=0.10）。", "cohort"),
    # an observational study that copies a trial's design, though trials are named as other work
    ("Hearing aids and dementia\n\nRandomized trials of hearing aids have been short. We emulated a target trial "
     "in 3,000 adults with hearing loss; aid users had a higher risk of dementia (risk ratio 1.38).", "cohort"),
    # the random-number table written short (随机数表法); health records read back; pooled by a random-effects model
    ("镜像疗法\n\n根据随机数表法将患者分为干预组(n = 30)和对照组(n = 30)，干预组评分高于对照组（P<0.05）。", "rct"),
    ("減重手術與藥物\n\n研究人員透過分析健康紀錄，對比了接受減重手術與使用GLP-1藥物的患者，手術組兩年減重25%，藥物組減重6%。", "cohort"),
    ("Acupuncture for knee pain\n\nWe searched five databases and included 10 trials. Pooled data are expressed as mean "
     "differences (random-effects model): pain fell more with acupuncture (MD -0.5, 95% CI -0.8 to -0.2).", "meta_analysis"),
    # randomly divided into two equal groups
    ("康复治疗与心绞痛\n\n64例患者被随机均分为康复治疗组和对照组，术后3个月康复治疗组心绞痛发生率低于对照组（P<0.05）。", "rct"),
    # a placebo given to one of two groups, the random-number-table allocation: a trial
    ("中藥治濕疹\n\n研究將85名病人分為兩組，一組服食中藥膠囊，另一組服食無藥效的安慰劑，為期12周，中藥組濕疹評分較低（P=0.02）。", "rct"),
    ("Capsules for colds\n\nUsing the random number table method, 120 patients were divided into two groups; the "
     "cure rate was 90% with the capsules and 70% without (P<0.05).", "rct"),
    # an early-phase trial without a comparator arm
    ("幹細胞治療中風\n\n團隊完成一期臨床試驗，6名受試者接受靜脈注射後，腦梗塞體積由25.3毫升縮小至12.1毫升，未出現嚴重不良事件。", "single_arm_trial"),
    ("Nivolumab first line\n\nNivolumab was evaluated in the phase I CheckMate 012 trial of 52 patients; the "
     "objective response rate was 23%.", "single_arm_trial"),
    # (an early-phase trial that compares, or a trial only named beside this one, is no single arm)
    ("Drug K in lung cancer\n\nThe phase 2 trial compared drug K with standard chemotherapy in 200 patients; the "
     "response rate was 40%.", None),
    # (a randomised early-phase trial says so)
    ("Velorexin phase 2\n\nIn this phase 2 trial, 120 patients were randomly assigned to velorexin or placebo. The "
     "response rate was 40% with velorexin and 20% with placebo.", "rct"),
    # a trial that follows its people up stays a trial
    ("降压试验\n\n8511名患者分为强化治疗组和标准治疗组，平均追踪3.3年，强化治疗组心血管事件风险降低（HR=0.74）。", None),
    ("Velorexin trial\n\nPatients were randomly assigned to velorexin or placebo and were followed up for 12 months. "
     "The response rate was 40% with velorexin and 20% with placebo.", "rct"),
])
def test_design_from_how_the_study_was_run(text, expected):
    assert design(text) == expected


@pytest.mark.parametrize("text", [
    "阿司匹林对结直肠癌预防效果的系统评价\n目的 评价阿司匹林的预防效果。方法 检索数据库，采用RevMan软件进行Meta分析。"
    "结果 纳入12项研究，阿司匹林组结直肠癌发病率低于对照组〔OR=0.81(0.74,0.89)〕。",
    "Aspirin and colorectal cancer: a systematic review\n\nWe searched five databases and pooled 12 cohorts in a "
    "random-effects meta-analysis. Aspirin use was associated with lower risk (OR 0.81, 95% CI 0.74-0.89).",
])
def test_a_systematic_review_that_pools_is_a_meta_analysis(text):
    # The headline's "systematic review" once outweighed the meta-analysis the abstract reports.
    # (Read as a file is, so that its first line is its headline.)
    assert extract(read_bytes(text.encode(), path="a.txt")).studies[0].design == "meta_analysis"


@pytest.mark.parametrize("text", [
    "针灸治疗慢性疼痛\n\n专家指出，部分患者的改善可能来自安慰剂效应。该科室每年接诊约5000名慢性疼痛患者，其中约三成接受过针灸治疗。",
    "保健品效果多为心理作用\n\n专家表示，许多所谓疗效其实和吃安慰剂差不多。某医院医生调查了312名长期服用保健品的老人，发现其中76%存在认识误区。",
    "Acupuncture and chronic pain\n\nExperts say part of the benefit may be the placebo effect. The clinic sees about "
    "5,000 patients with chronic pain a year, and about 30% have had acupuncture.",
])
def test_a_placebo_named_for_its_effect_or_as_a_figure_makes_no_trial(text):
    # (the bare placebo cue once made randomised trials of opinion pieces; a second reading's find)
    assert all(s.design != "rct" for s in extract(read_bytes(text.encode(), path="a.txt")).studies)
