"""Wrong readings a second reader found in session 34's changes, each in made-up words:
a spread after a comma in prose, a time point before ", SD", a group's word used as an
adjective, an amount after "by" taken for an exposure, and a trial's treatment set against
"reference"."""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def facts(s: dict) -> set:
    return {("M", m["measure"], m["group"], m["value"], (m["time"] or {}).get("value")) for m in s["measurements"]} | \
        {("E", e["measure"], e["group"], e["versus"], e["value"], e["p"]) for e in s["effects"]}


def test_a_mean_with_its_sd_after_a_comma_in_prose_is_never_given_to_the_wrong_arm():
    s = study_of("Tai chi for knee pain: a randomised controlled trial\n\n"
                 "We randomly assigned 90 adults to tai chi (n = 45) or stretching (n = 45). At 12 weeks, the mean "
                 "WOMAC pain score was 6.1, SD 3.2, in the tai chi group and 8.4, SD 3.5, in the stretching group "
                 "(P = 0.004).\n")
    wrong = [f for f in facts(s) if f[0] == "M" and ((f[2] == "stretching" and f[3] == 6.1) or f[2] == "all"
                                                      or (f[2] == "tai chi" and f[3] == 8.4))]
    assert not wrong, facts(s)


def test_a_time_point_before_an_sd_stays_a_time_point():
    s = study_of("Early feeding after surgery: a randomised trial\n\n"
                 "In all, 160 patients were randomised to early feeding (n = 80) or usual feeding (n = 80). The mean "
                 "albumin at 14 d, SD 5, was 36 g/L with early feeding and 33 g/L with usual feeding (P = 0.02).\n")
    assert not [f for f in facts(s) if f[0] == "M" and f[3] == 14]
    assert {f[4] for f in facts(s) if f[0] == "M"} <= {14, None}


def test_a_group_word_used_as_an_adjective_names_no_group():
    s = study_of("Vitamin K and bone loss: a randomised placebo-controlled trial\n\n"
                 "A total of 300 women were randomised to vitamin K (n = 150) or placebo (n = 150). There was no "
                 "treatment group difference in fractures (P = 0.44).\n")
    assert "no treatment" not in {g["name"] for g in s["groups"]}


def test_an_amount_after_by_is_no_exposure():
    studies = extract(read_bytes((b"Statins and sepsis: a population cohort\n\n"
                                  b"In this cohort of 9,000 patients with sepsis followed for 90 days, the risk of death "
                                  b"was reduced by one third (HR 0.67, 95% CI 0.58-0.77) among prior statin users.\n"
                                  ), path="a.txt")).to_json()["studies"]
    assert not [g for s in studies for g in s["groups"] if "third" in g["name"]]


def test_a_trials_treatment_that_raised_a_risk_is_not_set_against_a_reference():
    s = study_of("Aspirin in older adults: a randomised, placebo-controlled trial\n\n"
                 "We randomly assigned 12,000 adults aged 70 or older to aspirin 100 mg daily (n = 6,010) or "
                 "placebo (n = 5,990). Over 4 years, aspirin increased the risk of major bleeding "
                 "(HR 1.35, 95% CI 1.15-1.59).\n")
    assert not [e for e in s["effects"] if e["versus"] == "reference"]


def test_a_ratios_interval_after_confidence_interval_cis_own_bracket():
    s = study_of("Statins for cardiovascular prevention: a meta-analysis of randomised trials\n\n"
                 "This meta-analysis pooled 27 randomised trials of statins against placebo. Statins increased the risk "
                 "of new-onset diabetes (OR 1.09, 95% confidence interval (CI) 1.02-1.17).\n")
    assert [(e["value"], e["ci"]) for e in s["effects"] if e["type"] == "odds_ratio"] == [(1.09, [1.02, 1.17])]
