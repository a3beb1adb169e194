"""How many took part, written as news and abstracts write it: the people, then in the next
clause what was done with them ("60例…患者，采用随机数字表法分为…"); a name with "and" inside it
("head and neck surgery") between the count and its verb; the people as the sentence's subject,
described or not ("210 febrile children (6 months–6 years) … received", "312 infants received").
Made-up sentences; the numbers are invented."""

import pytest

from ingest.extract import participants
from ingest.extract.context import Context
from ingest.read import read_bytes


def enrolled(text: str) -> int | None:
    return participants.extract(Context(read_bytes(f"Trial\n{text}\n".encode(), path="a.txt"))).enrolled


@pytest.mark.parametrize("sentence, n", [
    ("方法 64例慢阻肺稳定期患者, 采用随机数字表法分为对照组和治疗组, 每组32例。", 64),
    ("After approval, 230 patients undergoing head and neck cancer surgery were randomized to drug K or placebo.", 230),
    ("The trial ran at one hospital. 214 febrile children (6 months - 6 years) with a chest infection received drug K or placebo.", 214),
    ("316 infants received a single dose of vaccine K.", 316),
    ("Overall, 257 patients underwent leukapheresis and 238 (92.6%) received the cells.", 257),
    # a review's studies and all their people in brackets; the patients a hospital admitted (收治)
    ("We included 14 trials (2,104 participants) comparing acupuncture with sham acupuncture.", 2104),
    ("作者收治82例患者，将之随机分为治疗组和对照组。", 82),
    # each arm's people and what they received: the total is not written, the first arm's count is none
    ("In a randomized, assessor-blinded trial, 15 patients were treated with needle acupuncture, 12 patients "
     "received laser acupuncture and 14 patients received sham laser acupuncture.", None),
    # (but the total said before the arms' counts is the enrolment)
    ("Ninety-one children were enrolled in an open study: 50 children received syrup K alone and 41 children "
     "received syrup K plus an antibiotic.", 91),
    # still two clauses: two counts, or a count and what some of them did next
    ("Of these, 620 were treated in a stroke unit and 490 on a general ward.", None),
    # how near the count is, what was studied between "study" and the people, who the people are
    ("A four-year study of vitamin use in nearly 21,000 participants found no effect on fractures.", 21000),
    ("However, a study of 1,412 Korean Americans over the age of 60 found that statins lowered dementia risk.", 1412),
    ("Among more than 31,000 women ages 50 to 79, daily calcium did not prevent fractures.", 31000),
    # Chinese: the people chosen, studied, or among whom it was found
    ("研究人员在一家医院以532名肺癌患者为对象，对这种新药进行了临床试验。", 532),
    ("追蹤研究318名晚期肺癌病人，服藥者存活期較長。", 318),
    ("这项研究包含24,011位成年人，年龄都在20岁或以上。", 24011),
    ("在过去约4年的临床研究，约90位已无其他治疗方法的患者中，反应率高达八成。", 90),
])
def test_who_took_part(sentence, n):
    assert enrolled(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    # a cohort split by how it fared: the people treated, not the responders (once read as 42)
    ("将60例失眠患者予针刺治疗4周，根据疗效分为有效者42例和无效者18例，比较两组治疗前评分。", 60),
    ("根据疗效分为有效组42例和无效组18例。", None),
])
def test_responders_and_non_responders_are_parts_of_the_cohort(sentence, n):
    assert enrolled(sentence) == n


@pytest.mark.parametrize("text", [
    "Pain was lower with drug K (P = 0.01). 20 patients received rescue medication.",  # after a result: some of them
    "12 patients underwent dose reduction because of nausea.",  # for a reason: some of them
    "125 participants received drug K and 126 received placebo.",  # each arm, the total unwritten
    "Overall, 3682 participants received vaccine and 3676 received placebo.",
    "We screened 412 patients and randomized those who were eligible.",  # those screened, not enrolled
])
def test_a_part_of_the_cohort_is_no_enrolment(text):
    assert enrolled(text) is None


def test_those_screened_are_not_those_excluded():
    p = participants.extract(Context(read_bytes(b"Trial\nWe screened 412 patients and excluded those with diabetes; "
                                                b"300 were randomized to drug K or placebo.\n", path="a.txt")))
    assert (p.excluded, p.enrolled) == (None, 300)


@pytest.mark.parametrize("sentence, n", [
    ("Obesity affects 40% of US adults. 300 adults received drug K for a year.", 300),  # background, no result
    ("312 infants received a single dose of vaccine, and 20 had a fever.", 312),  # an outcome's count, no arm
    ("1200 women were followed for 10 years, and 85 women developed breast cancer.", 1200),
    ("210 children received antibiotics because of acute otitis media.", 210),  # an indication
    ("412 patients were screened and randomized.", 412),
])
def test_the_cohort_beside_its_outcomes_and_reasons(sentence, n):
    assert enrolled(sentence) == n
