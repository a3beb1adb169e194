"""Cases a second reading of session 41's readers found, each an article written for this test:
a section line's "no. (%)" that must not make later rows of means into counts, a ratio row whose
label gives its direction, a row of each column's own ratio, "the 3-year difference" that says
when, a ratio listed for regions or for outcomes the vocabulary knows only as events, a
"comparing … to … with …" whose sides part at "with", a headline's doses of two drugs, an
either-or allocation whose "and" comes after it, and a ratio restated in one sentence."""

from ingest.extract import extract
from ingest.extract.contrasts import contrast
from ingest.read import read_bytes

TRIAL = ("Drug K versus placebo in adults with heart failure: a randomised trial\n\n"
         "Methods: 400 adults were randomly assigned to drug K (n=200) or placebo (n=200).\n")
TABLE_HEAD = ("Velomab versus chemotherapy in advanced lung cancer: a randomized trial\n\n"
              "Patients were randomly assigned to velomab or chemotherapy.\n\nTable 2.\n\nTumor Response.\n\n")


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_section_lines_count_hint_leaves_a_row_of_means_alone():
    text = TABLE_HEAD + ("Variable Velomab\n(N = 150)\nChemotherapy\n(N = 148)\nResponse — no. (%)\n"
                         " Complete response 10 (7) 4 (3)\n Time to response, mo 2.1 (1.2) 2.6 (1.4)\n")
    got = {(m["group"], m["stat"], m["value"], m["dispersion_value"]) for m in study(text)["measurements"]
           if m["measure"].lower().startswith("time to response")}
    assert got == {("velomab", "mean", 2.1, 1.2), ("chemotherapy", "mean", 2.6, 1.4)}


def test_a_ratio_rows_label_sets_its_direction_and_a_row_of_two_ratios_is_no_one_ratio():
    text = TABLE_HEAD + ("Variable Chemotherapy\n(N = 148)\nVelomab\n(N = 150)\nObjective response\n"
                         " % of patients (95% CI) 22 (16–30) 31 (24–39)\n"
                         " Odds ratio for velomab vs chemotherapy (95% CI) 1.52 (0.91–2.54)\n")
    assert [(e["group"], e["versus"], e["value"]) for e in study(text)["effects"]] == [("velomab", "chemotherapy", 1.52)]
    text = ("Height and cancer in two cohorts\n\nTable 2.\n\nVariable Women\n(N = 5000)\nMen\n(N = 4800)\nCancer incidence\n"
            " Hazard ratio (95% CI) 1.20 (1.05–1.37) 1.35 (1.10–1.66)\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(e["value"] == 1.2 and e["versus"] not in ("baseline", None) for s in studies for e in s["effects"])


def test_a_ratio_named_once_for_events_and_not_for_regions():
    got = {(e["measure"], e["value"]) for e in study(TRIAL + "Results: The odds ratio was 0.62 (95% CI 0.45 to 0.85) for "
                                                      "stroke and 0.91 (0.75 to 1.10) for myocardial infarction.\n")["effects"]}
    assert got == {("stroke", 0.62), ("myocardial infarction", 0.91)}
    regions = study(TRIAL + "Results: For hospitalisation, the hazard ratio was 0.80 (95% CI 0.66 to 0.97) for Europe and "
                            "0.92 (95% CI 0.76 to 1.11) for North America.\n")
    assert not any(e["measure"] in ("Europe", "North America") for e in regions["effects"])


def test_a_ratio_restated_in_its_sentence_is_one_effect():
    got = study(TRIAL + "Results: Drug K reduced the risk of death compared with placebo (hazard ratio 0.75, 95% CI 0.60 to "
                        "0.94), and the hazard ratio of 0.75 (95% CI 0.60 to 0.94) was consistent across subgroups.\n")["effects"]
    assert [(e["measure"], e["value"]) for e in got] == [("death", 0.75)]


def test_sides_part_at_with_after_a_sides_own_to():
    assert contrast("When comparing exposure to night shift work with day work only, the hazard ratio was 1.3") \
        in (None, ("exposure to night shift work", "day work only"))


def test_a_headlines_doses_of_one_of_two_drugs_name_no_arms():
    text = ("Ibuprofen or paracetamol (400 mg vs 1000 mg) after dental surgery\n\n"
            "In this trial, the hazard ratio for rescue medication was 0.81 (95% CI 0.66-0.99).\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(g["name"].endswith(" mg") for s in studies for g in s["groups"])


def test_numbers_that_are_no_results_a_range_a_line_of_therapy_a_regimen():
    from ingest.extract.numbers import stats
    # "5%-10%": a range, its dash no minus
    assert [(s.value, s.percent) for s in stats("肥胖者减重5%-10%,即可显著改善血压")] == [(5, True), (10, True)]
    text = ("高血压的预防\n适度运动降压:每周进行3次运动,每次运动30分钟。戒烟限酒减重:肥胖者减重5%-10%,即可显著改善血压。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] in (30, -10, 10) for s in studies for m in s["measurements"])
    assert not any(e["value"] in (-5, 5, -10) for s in studies for e in s["effects"])
    text = ("Session highlights\nAbstract 9001: Primary PFS analysis of a randomized phase III study of drug K plus chemotherapy "
            "vs chemotherapy as 1L Therapy in advanced lung cancer.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] == 1 for s in studies for m in s["measurements"])


def test_figures_dates_links_hyphens_follow_up_and_age_are_no_outcome_values():
    text = ("Drug K maintenance in breast cancer: a retrospective cohort\n\nResults: The median PFS was 15.2 months (95% CI, "
            "10.1–20.3 months; Fig. 1), with 1\u2010 and 2\u2010year PFS rates of 58% and 33%, respectively. Mean follow-up was "
            "31 ± 4.2 months. Median baseline age was 64 (41-88).\n")
    got = {(m["measure"], m["value"]) for s in extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
           for m in s["measurements"]}
    assert not any(v in (1, 2, 31, 64) for _, v in got), got
    text = ("某疫苗治疗乙肝的研究\n该疫苗项目于2011 年3 月启动Ⅱb 期临床试验。\n看更多：咖啡這樣喝20分鐘解便祕！\n"
            "http://www.example.com 2020年1月15日\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] in (3, 15, 20) for s in studies for m in s["measurements"])


def test_a_share_with_its_own_outcome_after_it_is_not_the_outcome_before():
    text = ("Drug K in skin cancer: interim results of a phase I trial\n\nThe study is evaluating three escalating doses. "
            "The complete response (CR) rate in the high dose cohort was 100%. In the medium dose cohort, 67% of patients "
            "achieved a CR with 33% achieving a partial response.\n")
    got = {(m["measure"], m["value"]) for s in extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
           for m in s["measurements"]}
    assert ("complete response rate", 33) not in got


# (a second reading later in session 41: what the first fixes and the later rules got wrong)
def test_a_labels_percent_keeps_the_sign_of_the_value_glued_to_it():
    from ingest.extract.numbers import stats
    assert [s.value for s in stats("Body weight change, %-2.3 ± 1.1 with drug K")] == [-2.3]


def test_a_ratio_listed_for_outcomes_the_vocabulary_lacks_is_still_a_list_and_a_value_twice_two_effects():
    got = study(TRIAL + "Results: The hazard ratio was 0.85 (95% CI 0.78-0.93) for all cause mortality and 1.12 (95% CI "
                        "1.01-1.24) for sudden unexplained collapse.\n")
    assert not got["measurements"]
    assert {(e["type"], e["value"]) for e in got["effects"]} == {("hazard_ratio", 0.85), ("hazard_ratio", 1.12)}
    got = study(TRIAL + "Results: The hazard ratio was 0.85 (95% CI 0.78-0.93) for all cause mortality and 0.85 (95% CI "
                        "0.78-0.93) for cardiovascular mortality.\n")
    assert len(got["effects"]) == 2


def test_one_arm_against_two_only_where_they_are_named_together_after_it():
    text = ("某药治疗的观察\n方法 将90例患者随机分为治疗组、对照1组和对照2组，各30例。结果 治疗组总有效率高于对照1组，"
            "对照1组和对照2组比较差异无统计学意义(P>0.05)。\n")
    assert not any(e["versus"] == "control 2" and e["group"] == "treatment" for e in study(text)["effects"])


def test_counts_are_no_one_person_and_a_trial_goes_on_after_its_arms():
    text = ("某药治疗高血压的观察\n方法 将42例患者随机分为观察组和对照组各21例。结果 观察组21例患者收缩压平均由152 mmHg降至"
            "138 mmHg，对照组21例患者由151 mmHg降至147 mmHg。\n")
    assert {m["value"] for m in study(text)["measurements"]} >= {152, 138, 151, 147}
    text = ("Drug K for heart failure: a randomised trial\n\nMethods: We randomly assigned 300 adults to drug K or placebo "
            "and followed them for 2 years.\n")
    assert {g["name"] for g in study(text)["groups"] if g["role"] == "arm"} == {"drug k", "placebo"}


def test_a_stacked_tables_row_with_a_bare_p_is_no_row_of_the_arms():
    from ingest.extract import stacked_tables
    text = ("Table 2 Outcomes\nVariable\nDrug K (n = 74)\nPlacebo (n = 86)\nP value\nHbA1c, %\nBaseline\n7.90 (0.11)\n7.95 (0.09)\n"
            "Week 12\n7.30 (0.13)\n7.70 (0.12)\n0.004\nFPG, mg/dL\nBaseline\n160.2 (5.5)\n161.0 (4.6)\nWeek 12\n150.1 (4.5)\n"
            "157.0 (4.2)\n0.12\nDifference between groups\n-0.4 ± 0.2\n0.005\n")
    for t in stacked_tables.find(text):
        assert not any(r.cells[0].startswith("Difference") and len(r.cells) > 1 for r in t.rows)


def test_a_label_with_a_colon_over_the_headline_is_not_joined_to_it():
    from ingest.read.boilerplate import pick_title
    assert pick_title(["Original Article:", "Drug K for asthma in children", "Abstract"]) != "Original Article: Drug K for asthma in children"
    assert pick_title(["Abstract:", "Drug K for asthma in children", "Text."]) != "Abstract: Drug K for asthma in children"


def test_a_statistic_or_an_article_is_no_side_and_a_ps_own_clause_names_what_it_compares():
    assert contrast("Results: Compared with no coffee, the ") is None
    assert contrast("Compared with no coffee, the hazard ratio was 0.85") is None
    text = ("某药治疗的观察\n方法 将90例患者随机分为治疗组30例、对照1组30例、对照2组30例。结果 治疗组总有效率高于对照1组，"
            "对照1组和对照2组比较差异无统计学意义(P>0.05)。\n")
    assert [(e["group"], e["versus"], e["p_relation"]) for e in study(text)["effects"]] == [("control 1", "control 2", ">")]
