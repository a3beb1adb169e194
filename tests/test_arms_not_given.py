"""Arms as news and Chinese journals' English abstracts say them: "chosen at random to receive
chemotherapy and either drug K or placebo" (what all got, then the arms), "those who did not
receive drug K" (the other arm, not drug K's), "… in the group who received drug K, and … in the
group who did not" (the other arm), an arm named before ", and <value>" (the previous clause's,
not the value's); an arm's size "(31 cases)" is no value, and "Methods Fifty-nine …" opens on
its section's label, no measure's name.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode(), path="news.txt")).to_json()["studies"]
    return study


def measured(study: dict) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in study["measurements"]}


NEWS = ("The study included 420 patients with advanced stomach cancer. Participants were chosen at random to receive "
        "chemotherapy and either drug K or placebo. ")


def test_what_all_arms_got_before_either_is_no_arm():
    study = study_of(NEWS + "Survival at 12 months was 61.5 percent in the drug K group and 44.0 percent in the placebo group.")
    assert {g["name"] for g in study["groups"]} == {"drug k", "placebo"}, study["groups"]
    study = study_of("The trial included 420 patients. They were randomly assigned to receive chemotherapy and either drug K "
                     "or placebo. Survival at 12 months was 61.5 percent with drug K.")
    assert {g["name"] for g in study["groups"]} == {"drug k", "placebo"}, study["groups"]


def test_those_who_did_not_receive_a_treatment_are_the_other_arm():
    study = study_of(NEWS + "For those who did not receive drug K, the median overall survival was 9.8 months.")
    found = measured(study)
    assert ("overall survival", "placebo", 9.8) in found, found
    assert not any(g == "drug k" and v == 9.8 for _, g, v in found), found


def test_the_group_who_did_not_is_the_other_arm_not_the_one_named_before():
    study = study_of(NEWS + "The estimated survival at 12 months was 61.5 percent in the group who received drug K, "
                            "and 44.0 percent in the group who did not.")
    found = {(g, v) for _, g, v in measured(study)}
    assert ("drug k", 61.5) in found and ("placebo", 44.0) in found, found
    assert ("drug k", 44.0) not in found, found


def test_arm_sizes_in_cases_and_a_section_label_without_its_colon():
    study = study_of("Objective To observe moxibustion for knee pain. Methods Sixty cases of knee pain were randomly "
                     "divided into a moxibustion group (31 cases) and a sham group (29 cases). Results The pain score "
                     "fell more in the moxibustion group (P<0.01).")
    assert not [m for m in study["measurements"] if m["value"] in (31, 29)], study["measurements"]
    assert not [x for x in study["measurements"] + study["effects"] if x["measure"].startswith(("Methods", "Results"))], study
