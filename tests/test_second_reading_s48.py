"""Faults a second reading of session 48's changes showed, each in an article of its own: a
"T/C" size column is no "randomised/lost" one; an outcome's "45 g compared with 70 g" and
"aspirin 100 mg compared with 75 mg of clopidogrel" make no dose arms; a study published
before ("另一项研究于2015年发表在《…》") is not the page's next study; three studies whose sizes
happen to add up are three; insulin sensitivity is no diagnostic sensitivity; "Read more:" leads
to other stories, not the page's headline; a risk set against "干预前" is no comparison of groups;
the arms of "使用氢氯噻嗪的患者…比使用氨氯地平的患者高出约40%" are known by their drugs.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.trial_tables import read
from ingest.read import read_bytes
from ingest.read.boilerplate import pick_title


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode(), path="page.txt")).to_json()["studies"]


def test_a_size_column_of_treated_and_control_is_no_randomised_and_lost():
    table = ("Table 1 Trials of cupping for back pain\n\n| Study | Sample size (T/C) | Intervention | Control | Weeks |\n"
             "|---|---|---|---|---|\n| Ortega 2014 | 70/70 | Cupping | Usual care | 4 |\n| Haas 2016 | 52/48 | Cupping | Sham | 6 |\n"
             "| Ivanov 2019 | 40/41 | Cupping | Usual care | 4 |\n")
    assert not [s.participants.enrolled for s in read(table) if s.participants.enrolled in (70, 52, 40)], \
        [s.participants.enrolled for s in read(table)]


def test_an_outcomes_grams_and_another_drugs_dose_make_no_dose_arms():
    studies = studies_of("Orlistat and fat intake\n\nResearchers followed 160 adults who took orlistat for a year. At the end "
                         "of the study, daily fat intake among those on orlistat was 48 g compared with 72 g before treatment. "
                         "On average they lost 5.8 kg, and 38% lost at least 5% of their weight.")
    assert [g["name"] for s in studies for g in s["groups"] if " g" in g["name"]] == [], studies
    assert studies, "the study is still found"
    studies = studies_of("A randomised trial of 1,100 patients with a stent found that aspirin 100 mg compared with 75 mg of "
                         "clopidogrel led to more minor bleeding (8.4% vs 5.0%).")
    assert not [g for s in studies for g in s["groups"] if g["name"] == "aspirin 75 mg"], studies


def test_a_study_published_before_is_not_the_pages_next_study():
    studies = studies_of("太极拳与老年人平衡\n\n杭州一项研究纳入了1800名65岁以上老人，随访4年。结果显示，坚持练太极拳的老人跌倒风险降低了26%。\n\n"
                         "另一项研究于2016年发表在《英国医学杂志》，纳入了5200名美国成年人，发现太极拳可使血压下降。\n\n"
                         "杭州研究团队表示，坚持练太极拳超过3年的老人骨折风险降低了31%。")
    assert len(studies) == 1, [s["participants"]["enrolled"] for s in studies]


def test_three_studies_whose_sizes_add_up_are_three():
    studies = studies_of("Three studies of swimming and health\n\nA cohort study from Finland enrolled 12,000 adults and followed "
                         "them for eight years. Those who swam weekly had a 19% lower risk of heart attack.\n\n"
                         "A second study enrolled 7,400 women in Korea. Women who swam twice a week had a 14% lower risk of stroke.\n\n"
                         "A third study included 4,300 older men in Chile. Men who swam regularly had an 11% lower risk of falls.")
    assert len(studies) == 3, [s["participants"]["enrolled"] for s in studies]


def test_insulin_sensitivity_is_no_diagnostic_sensitivity():
    studies = studies_of("二甲双胍联合运动改善胰岛素敏感度\n\n研究纳入110例患者，随机分为观察组和对照组，各55例。治疗12周后，观察组胰岛素敏感度"
                         "提高了26%，对照组提高了10%（P<0.05）。")
    assert not [x for s in studies for x in s["measurements"] + s["effects"] if x["measure"] == "sensitivity"], studies


def test_read_more_leads_to_other_stories():
    assert pick_title(["A long first paragraph about sleep that runs on and on, written by the site's health desk, and says "
                       "nothing of any headline of its own at all, only that sleep matters a great deal to everyone.",
                       "Read more:", "Eight drinks that help you sleep better tonight"]) is None


def test_a_risk_against_before_treatment_is_no_comparison_of_groups():
    (study,) = studies_of("运动干预降低老年人跌倒风险\n\n研究将380名老年人随机分为运动组和对照组。干预一年后，运动组的跌倒风险比干预前"
                          "降低了33%，对照组无明显变化。")
    assert not [e for e in study["effects"] if e["value"] == -33 and e["versus"] not in ("baseline", "control")], study["effects"]


def test_the_arms_of_a_risk_set_against_those_after_bi_known_by_their_drugs():
    (study,) = studies_of("两种降压药与痛风\n\n研究纳入3000名高血压患者，随机分为氨氯地平组和氢氯噻嗪组。结果显示，使用氢氯噻嗪的患者，"
                          "其痛风风险比使用氨氯地平的患者高出约35%。")
    found = {(e["group"], e["versus"], e["value"]) for e in study["effects"]}
    assert ("hydrochlorothiazide", "amlodipine", 35) in found, found
