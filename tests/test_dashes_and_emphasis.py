"""Signs and letters as converted pages print them: an en dash as a minus sign ("difference
–1.06 [95% CI –1.77 to –0.5]", never the range of "weeks 13–16"), a p in Markdown emphasis
("*p* = 0.003"), and a difference labelled after a colon ("A v. control: difference –1.22").
Made-up sentences."""

from ingest.extract import extract
from ingest.extract.numbers import normalize, p_values
from ingest.read import read_bytes


def test_an_en_dash_before_a_number_is_a_minus_unless_it_joins_two_numbers():
    text = "difference –1.06 [95% CI –1.77 to –0.5]; weeks 13–16; aged 18 –65; (–2.3)"
    assert normalize(text) == "difference -1.06 [95% CI -1.77 to -0.5]; weeks 13–16; aged 18 –65; (-2.3)"


def test_a_p_in_markdown_emphasis_is_a_p_value():
    assert [(p.p, p.relation) for p in p_values("difference 1.06, *p* = 0.003; *P* < 0.001")] == [(0.003, "="), (0.001, "<")]
    assert len(normalize("*p* = 0.003")) == len("*p* = 0.003")


def test_differences_labelled_after_a_colon_with_en_dashes_and_emphasis():
    text = ("Acupuncture for migraine: a randomized trial\n"
            "Methods: 480 patients were randomly assigned to specific acupuncture, nonspecific acupuncture or sham acupuncture.\n"
            "Results: Migraine days fell more in all acupuncture groups compared with control (specific acupuncture v. control: "
            "difference –1.16 [95% CI –1.87 to –0.45], *p* = 0.004; nonspecific acupuncture v. control: difference –1.32 "
            "[95% CI –2.02 to –0.62], *p* < 0.001).\n")
    (study,) = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]
    got = {(e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"]) for e in study["effects"]}
    assert got == {("specific acupuncture", "control", "mean_difference", -1.16, (-1.87, -0.45), 0.004),
                   ("nonspecific acupuncture", "control", "mean_difference", -1.32, (-2.02, -0.62), 0.001)}
