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
    # still two clauses: two counts, or a count and what some of them did next
    ("Of these, 620 were treated in a stroke unit and 490 on a general ward.", None),
])
def test_who_took_part(sentence, n):
    assert enrolled(sentence) == n


def test_a_subset_that_received_something_later_is_no_enrolment():
    assert enrolled("Pain was lower with drug K. Then 20 patients received rescue medication.") is None
