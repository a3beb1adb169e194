"""Faults a second reading of session 48's later changes showed, each in an article of its own:
counts in a bracket of events or deaths are no arm sizes; events after an elided verb are none
either; a region's vaccinated people are not the study's; a registry cited after the cohort does
not unseat it; a visit table's blank p cell shifts no value; a therapeutic vaccine given with
chemotherapy has a response rate, no vaccine efficacy; "the effectiveness of the vaccine was 20%
lower" is no efficacy of 20%; a "pre-rehabilitation group" is an arm, not a time.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode(), path="page.txt")).to_json()["studies"]


def sizes(text: str) -> set:
    return {g["n"] for s in studies_of(text) for g in s["groups"]}


def test_events_and_deaths_in_a_bracket_are_no_arm_sizes():
    assert not sizes("Children were randomly assigned to rotavirus vaccine or placebo. During follow-up, a total of 40 cases "
                     "(6 in the rotavirus vaccine group and 34 in the placebo group) of severe gastroenteritis were confirmed.") & {6, 34}
    assert not sizes("Adults with septic shock were randomly assigned to hydrocortisone or placebo. There were 28 deaths "
                     "(11 in the hydrocortisone group and 17 in the placebo group).") & {11, 17}


def test_events_after_an_elided_verb_are_no_arm_sizes():
    assert not sizes("A total of 220 patients were enrolled and followed for a year; 16 in the naltrexone group and 27 in "
                     "the placebo group returned to heavy drinking.") & {16, 27}


def test_a_regions_vaccinated_people_are_not_the_studys():
    (study,) = studies_of("In the 2021 season, 1,200,000 older people were vaccinated across the region. Methods: We enrolled "
                          "1,800 residents of care homes. Results: Vaccine effectiveness against hospitalisation was 38% (95% CI 20-52).")
    assert study["participants"]["enrolled"] != 1200000, study["participants"]


def test_a_registry_cited_after_the_cohort_does_not_unseat_it():
    (study,) = studies_of("Methods: Fifty-two patients with hip osteoarthritis received hyaluronic acid injections. Among 40 "
                          "patients who completed follow-up, pain fell from 6.5 to 3.4. In a national registry of 3,100 patients, "
                          "such injections are common.")
    assert study["participants"]["enrolled"] == 52, study["participants"]


def test_a_visit_tables_blank_p_cell_shifts_no_value():
    text = ("Methods: 60 patients were randomised to group A or group B.\n\nTable 2. Grip\n"
            "Parameter | Visit | Group A | Group B | P |\n---|---|---|---|---|\n"
            "Grip strength (kg) | Baseline | 20.4±4.1 | 21.0±4.4 | |\n8th week | 26.9±5.0 | 22.3±4.7 | 0.002 | |\n")
    found = {(m["group"], m["value"]) for s in studies_of(text) for m in s["measurements"]}
    assert ("group B", 20.4) not in found and ("group A", 20.4) in found, found


def test_a_therapeutic_vaccine_with_chemotherapy_has_a_response_rate_no_efficacy():
    studies = studies_of("研究纳入110例晚期肺癌患者，随机分为疫苗联合化疗组和单纯化疗组，各55例。结果：疫苗联合化疗组有效率为45.5%，单纯化疗组"
                         "有效率为29.1%。")
    assert not [e for s in studies for e in s["effects"] if e["type"] == "vaccine_efficacy"], studies


def test_a_vaccines_effectiveness_lower_by_some_percent_is_no_efficacy():
    studies = studies_of("Methods: We studied 3,000 adults, vaccinated or not. Results: Vaccine effectiveness against infection "
                         "was 55% (95% CI 43-65). The effectiveness of the vaccine was 20% lower in adults over 80.")
    assert not [e for s in studies for e in s["effects"] if e["type"] == "vaccine_efficacy" and e["value"] == 20], studies


def test_a_pre_rehabilitation_group_is_an_arm_not_a_time():
    studies = studies_of("A randomised trial of 110 patients compared a pre-rehabilitation programme with usual care. Eight weeks "
                         "after surgery, the six-minute walk distance was 448±60 m in the pre-rehabilitation group and 401±68 m in "
                         "the usual care group (p<0.001).")
    assert not [m for s in studies for m in s["measurements"] if (m["time"] or {}).get("value") == 0], studies
