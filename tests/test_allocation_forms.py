"""How abstracts and news say who was allocated to what: the people and their ratio before
"to", a dose written before its drug, a decimal inside the list, "randomized equally to
treatment with", and sizes split by arm in a bracket that add up to the count before it.
Made-up sentences."""

import pytest

from ingest.extract import arms
from ingest.extract.context import Context
from ingest.read import read_bytes


def found(text):
    return [(a.name, a.n) for a in arms.extract(Context(read_bytes(text.encode(), path="t.txt")))]


@pytest.mark.parametrize("sentence, expected", [
    # the people and their ratio, then "to"
    ("We randomly assigned 312 patients (1:1) to velorexin or placebo.", [("velorexin", None), ("placebo", None)]),
    ("We randomly assigned 312 adults with migraine in a 2:1 ratio to velorexin or placebo.",
     [("velorexin", None), ("placebo", None)]),
    # the ratio before the people, whose description holds a decimal and ends on a comma
    ("Investigators randomly assigned (1:1) 412 adults with a BMI of 30 or more, who lost 5.0 percent of their weight "
     "in a run-in, to velorexin or placebo weekly for 40 weeks.", [("velorexin", None), ("placebo", None)]),
    # "equally to treatment with", a schedule before the drug, how it was given after the list
    ("Patients were randomized equally to treatment with once-a-day tamoxalin (25 mg to 50 mg) or placebo as "
     "adjunctive treatment.", [("tamoxalin", None), ("placebo", None)]),
    # a dose before its drug, with a decimal inside the list
    ("Children were randomized to receive either 0.5 mg/kg oral codeinol or 10 mg/kg of oral fenprofen.",
     [("codeinol", None), ("fenprofen", None)]),
    # how many each arm got in a bracket before "into", the arms sharing one "groups"
    ("120 subjects were randomised (60 per arm) into the tamoxalin and placebo groups.",
     [("tamoxalin", 60), ("placebo", 60)]),
])
def test_allocation_forms(sentence, expected):
    assert found("A randomised trial.\n\n" + sentence + " Pain fell.") == expected


def test_what_the_assigned_went_on_to_do_is_no_arm():
    got = found("A randomised trial.\n\nAdults were randomly assigned to placebo (n = 410) or velorexin (n = 402). "
                "Participants originally assigned to velorexin continued to receive velorexin, unmasked, in the "
                "extension study (2019–present). Pain fell.")
    assert got == [("placebo", 410), ("velorexin", 402)]


def test_a_list_ends_before_when_the_doses_were_given():
    got = found("A pilot trial.\n\nChildren were allocated to receive two doses of 50,000 IU vitamin D3 (intervention) "
                "or identical placebo (control) 2.5 months apart, once in the spring and once in the summer. Levels rose.")
    assert got == [("vitamin d3", None), ("placebo", None)]


def test_sizes_split_by_arm_that_add_up_to_the_count_before_them():
    text = ("A phase 3 trial.\n\nOf 20,000 enrolled, 19,800 (ABC-vax: 9,905; placebo: 9,895) were in the efficacy set. "
            "Cases were fewer with the vaccine (ABC-vax: 7; placebo: 41).")
    assert found(text) == [("ABC-vax", 9905), ("placebo", 9895)]
    # parts that do not add up to the count before them are not sizes (events, here)
    assert found("A trial.\n\nWe saw 50 episodes (ABC-vax: 7; placebo: 41). Fewer fell ill.") == []
    assert found("A trial.\n\nWe enrolled 240 participants (tamoxalin: n = 121, placebo: n = 119). Pain fell.") == [
        ("tamoxalin", 121), ("placebo", 119)]


@pytest.mark.parametrize("text, expected", [
    # arms listed after "divided into", only the last carrying the 组 they share
    ("一項研究以六十名成人為對象,分為傳統針灸及模擬針灸對照組,每周施針三次。", [("acupuncture", None), ("sham acupuncture", None)]),
    ("将90例患者分为电针、温针与假针刺对照组三组,治疗四周。", [("electroacupuncture", None), ("温针组", None), ("sham acupuncture", None)]),
    # each arm with its own 组 is a pair, read as before
    ("将80例患者随机分为治疗组和对照组,各40例。", [("treatment", 40), ("control", 40)]),
])
def test_chinese_arms_listed_with_one_shared_group_word(text, expected):
    assert found("针刺治疗失眠的研究\n\n" + text) == expected


def test_who_they_were_in_a_few_words_before_to():
    assert found("A trial.\n\nWe randomized 69 patients with resistant hypertension to RDN (n = 36) or SHAM (n = 33).") == [
        ("RDN", 36), ("sham", 33)]
    # ("to" inside who they were is not where the list begins)
    assert found("A trial.\n\nWe randomized 200 patients with resistance to metformin to velorexin or placebo.") == []


def test_the_people_without_their_number_before_to():
    """"We randomly assigned patients to X (n = 40) or Y (n = 42)": the active voice with the
    people unnumbered (the second arm's size went to a subgroup, the arm had none)."""
    assert found("A randomised trial.\n\nWe randomly assigned patients to velorexin (n = 40) or placebo (n = 42). "
                 "Pain fell.") == [("velorexin", 40), ("placebo", 42)]


def test_a_drug_named_whole_is_no_arm_beside_its_dose_levels():
    got = found("A randomised trial.\n\nWe randomly assigned patients to receive either velorexin, at a dose of 70 mg "
                "or 140 mg, or placebo monthly. A total of 955 patients underwent randomization: 317 were assigned to "
                "the 70-mg velorexin group, 319 to the 140-mg velorexin group, and 319 to the placebo group.")
    assert ("velorexin", None) not in got
    # each dose an arm, named as the list names it; "the 70-mg velorexin group" is the same arm
    assert {("velorexin 70 mg", 317), ("velorexin 140 mg", 319), ("placebo", 319)} == set(got)


@pytest.mark.parametrize("sentence, expected", [
    # the doses of one drug are arms of their own, named by drug and dose
    ("Patients were randomly assigned to once-daily velorexin at a dose of 4 mg, velorexin at a dose of 2 mg, or placebo.",
     ["velorexin 4 mg", "velorexin 2 mg", "placebo"]),
    # the doses in a bracket after the drug, how often and how it was given before it
    ("We randomly assigned 2500 adults to receive once-weekly, subcutaneous velorexin (5 mg, 10 mg, or 15 mg) or placebo.",
     ["velorexin 5 mg", "velorexin 10 mg", "velorexin 15 mg", "placebo"]),
    # the drug, then its doses; how long is no part of the comparator's name
    ("We randomly assigned patients to receive either velorexin, at a dose of 70 mg or 140 mg, or placebo monthly "
     "for 6 months.", ["velorexin 70 mg", "velorexin 140 mg", "placebo"]),
    # one dose only: the drug is the arm
    ("Patients were randomized to velorexin 10 mg or placebo.", ["velorexin", "placebo"]),
    # a sized comparator keeps its size and takes no dose ("… 70 mg (205 patients)" is no placebo)
    ("Patients were randomly assigned to placebo (210 patients), 70 mg (205 patients), or 140 mg of velorexin "
     "(200 patients).", ["placebo", "velorexin"]),
    # a letter after a vitamin is its name, no article before a dose
    ("Children were randomized to vitamin A 200000 IU or placebo.", ["vitamin a", "placebo"]),
])
def test_each_dose_of_a_drug_is_an_arm(sentence, expected):
    assert [name for name, _ in found("A randomised trial.\n\n" + sentence)] == expected


def test_a_dose_arm_is_found_however_the_results_write_it():
    from ingest.extract import extract
    text = ("A randomised trial.\n\nWe randomly assigned 900 adults to velorexin 70 mg, velorexin 140 mg or placebo. "
            "Remission was achieved in 43.3% of patients in the 70-mg velorexin group, 50.0% of those given "
            "velorexin 140mg and 26.6% in the placebo group.\n")
    study = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"][0]
    got = {(m["group"], m["value"]) for m in study["measurements"]}
    assert got == {("velorexin 70 mg", 43.3), ("velorexin 140 mg", 50.0), ("placebo", 26.6)}
