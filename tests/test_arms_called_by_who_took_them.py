"""Each arm's result where the article names the arm by the people who took its treatment
("in those who received Cardiolin", "among the patients in the control group") rather than by
"the Cardiolin group", and an arm named by its letter where the measure is said of it ("the
preparation time for group A was ..."). Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes


def results(text: str) -> tuple[list, set]:
    (s,) = extract(read_bytes((text + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    arms = sorted(g["name"] for g in s["groups"] if g["role"] == "arm")
    return arms, {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}


def test_a_share_in_those_who_received_the_treatment_against_the_control_group():
    # (the control group of a placebo-controlled trial is its placebo arm)
    arms, found = results(
        "Cardiolin after a heart attack: a placebo-controlled trial\n\n"
        "In a randomised, double-blind trial of Cardiolin against placebo in about 2,900 patients, rates of death were "
        "2.7% in those who received Cardiolin versus 4.1% in the control group at 30 days.")
    assert arms == ["Cardiolin", "placebo"]
    assert found == {("death", "Cardiolin", 2.7), ("death", "placebo", 4.1)}


def test_a_rate_among_the_patients_who_received_it_then_among_those_in_the_control_group():
    arms, found = results(
        "Cord blood product meets its goal\n\n"
        "The trial enrolled 90 patients with leukaemia; 250 earlier patients formed the control group. "
        "The mortality rate among the patients who received CordEx was 12.2%, compared with a mortality rate of "
        "21.9% among the patients in the control group.")
    assert ("mortality", "CordEx", 12.2) in found and ("mortality", "control", 21.9) in found


def test_the_measure_said_of_a_lettered_arm_is_named_without_the_arm():
    arms, found = results(
        "Two drills compared\n\n"
        "Eighty teeth were randomised to group A or group B in this trial.\n"
        "The mean drilling time for group A was 5.2 min and group B was 14.8 min (P < 0.001).")
    assert found == {("drilling time", "group A", 5.2), ("drilling time", "group B", 14.8)}



def test_people_who_received_a_drug_or_placebo_are_the_two_arms():
    # (no "randomly assigned to": who the people were, then what they received)
    arms, _ = results("Orvaglipron pill\n\nIn a randomised trial, 300 adults received orvaglipron or placebo. People "
                      "who took orvaglipron lost an average of 6.1 kg over nine months.")
    assert arms == ["orvaglipron", "placebo"]
    (s,) = extract(read_bytes((b"Orvaglipron pill\n\nIn a randomised trial, 300 adults received orvaglipron or placebo. "
                               b"People who took orvaglipron lost an average of 6.1 kg over nine months.\n"),
                              path="a.txt")).to_json()["studies"]
    assert [(e["measure"], e["group"], e["value"]) for e in s["effects"]] == [("body weight", "orvaglipron", -6.1)]


def test_sizes_said_respectively_or_two_trials_arms_are_not_read_as_one_trials_arms():
    arms, _ = results("Flu drug\n\nResearchers ran two randomized trials: in the first, 400 participants received "
                      "drug B or a placebo, and in the second they were given drug B, drug O, or a placebo.")
    assert arms != ["drug B", "placebo"]


def test_each_dose_arms_change_listed_after_one_verb():
    # (the values after the first are changes too, not the arms' levels)
    (s,) = extract(read_bytes((
        b"Orvaglipron doses\n\nIn a randomised trial, 300 adults were randomly assigned to orvaglipron 3 mg, 12 mg or "
        b"36 mg, or placebo. Weight fell by 4.1% with 3 mg, 5.2% with 12 mg and 6.9% with 36 mg.\n"),
        path="a.txt")).to_json()["studies"]
    assert not [m for m in s["measurements"] if m["value"] in (5.2, 6.9)]
    assert {(e["group"], e["value"]) for e in s["effects"]} == {
        ("orvaglipron 3 mg", -4.1), ("orvaglipron 12 mg", -5.2), ("orvaglipron 36 mg", -6.9)}


def test_a_risk_cut_by_each_doses_share_is_each_doses_relative_change():
    # (not each dose arm's event rate: the risk cut by 14% with 90 mg is against placebo)
    (s,) = extract(read_bytes((
        b"Antiplatelet trial\n\nIn a randomised trial, 21,000 patients were randomly assigned to ticagrelor 90 mg, "
        b"ticagrelor 60 mg or placebo. Ticagrelor cut the risk of stroke by 14% with the 90 mg dose and by 17% with "
        b"the 60 mg dose.\n"), path="a.txt")).to_json()["studies"]
    assert not [m for m in s["measurements"] if m["value"] in (14, 17)]
    assert {(e["group"], e["versus"], e["value"]) for e in s["effects"]} == {
        ("ticagrelor 90 mg", "placebo", -14), ("ticagrelor 60 mg", "placebo", -17)}


def test_a_chinese_arm_named_by_a_decimal_dose_keeps_the_whole_dose():
    # ("每公斤0.5毫克組" is no "5毫克組"; what is left once the dose is out, "每公斤", is no treatment)
    arms, _ = results("低剂量药物治忧郁\n\n研究团队收治70位难治型忧郁症患者，依照使用剂量分为三组，包含每公斤0.5毫克組23位、"
                      "每公斤0.2毫克組23位以及安慰剂组24位，0.5毫克组疗效达46%。")
    assert arms == ["placebo", "每公斤0.2毫克組", "每公斤0.5毫克組"]
    (s,) = extract(read_bytes("低剂量药物治忧郁\n\n研究团队收治70位难治型忧郁症患者，依照使用剂量分为三组，包含每公斤0.5毫克組23位、"
                              "每公斤0.2毫克組23位以及安慰剂组24位，0.5毫克组疗效达46%。\n".encode(), path="a.txt")).to_json()["studies"]
    assert not [i for i in s["interventions"] if "每公斤" in i["name"]]


def test_groups_an_outcome_was_similar_to_are_no_arm():
    arms, _ = results("Herbal medicine for kidney disease: a meta-analysis\n\nWe pooled 20 randomised trials of herbal "
                      "medicine against placebo. Albuminuria fell with herbal medicine (SMD -0.50, 95% CI -0.9 to -0.1). "
                      "Adverse events in the herbal group were few and similar to control groups.")
    assert not [a for a in arms if "similar" in a]
