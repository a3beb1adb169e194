"""An abstract that opens its result "In comparison to the control group, the data demonstrated
that drug K is related with …": drug K against the control (never the control against drug K, nor an
arm named "comparison to the control"), each ratio with its "95% CIs: a–b"; and "with drug K when
compared to the control group" names drug K, not "drug K when".

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

ABSTRACT = ("Benefit of zelvorin in chronic kidney disease: an updated meta-analysis\n\n"
            "We searched for randomized controlled trials comparing zelvorin with placebo. Nine studies were included. "
            "In comparison to the control group, the data demonstrated that zelvorin is related with a decreased incidence of "
            "kidney failure (HR: 0.81, 95% CIs: 0.74–0.88, I2 = 0%, P < 0.01) and all-cause mortality (HR: 0.92, 95% CIs: 0.85–0.99, "
            "I2 = 5%, P = 0.03). The trial sequential analysis found a decrease in all outcomes with zelvorin when compared to the "
            "control group.")


def test_the_treatment_against_the_control_with_each_interval():
    (study,) = extract(read_bytes(ABSTRACT.encode(), path="abstract.txt")).to_json()["studies"]
    found = {(e["group"], e["versus"], e["value"], tuple(e["ci"] or ())) for e in study["effects"]}
    assert found == {("zelvorin", "control", 0.81, (0.74, 0.88)), ("zelvorin", "control", 0.92, (0.85, 0.99))}, found
    assert {g["name"] for g in study["groups"]} == {"zelvorin", "control"}, study["groups"]
