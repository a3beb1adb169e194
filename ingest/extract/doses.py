"""Doses as written: "1×10^6个细胞/千克体重", "每公斤体重1×10^6个", "1 million cells per
kilogram of body weight", "25 mg once daily".

A cell dose needs a power of ten or a "million" (a bare "3个" is a count, "3个月" a time);
a drug dose needs a unit of amount that is not a concentration ("100 mg/dL" is a lab
value, not a dose).

>>> [d.text for d in doses("每次剂量为1×10^6个细胞/千克体重，每公斤体重1×10^6个干细胞")]
['1×10^6个细胞/千克体重', '每公斤体重1×10^6个']
>>> [d.text for d in doses("each containing 1 million cells per kilogram of body weight; 25 mg once daily")]
['1 million cells per kilogram of body weight', '25 mg once daily']
>>> doses("LDL fell to 100 mg/dL after 3个月")
[]
"""

from __future__ import annotations

import re
from collections import namedtuple

POWER = r"\d+(?:\.\d+)?\s*[×xX*]\s*10\s*(?:\^|E|e)?\s*[-−]?\d+"
MANY = r"\d+(?:\.\d+)?\s*(?:million|billion|万|亿)"
PER_KG = r"(?:\s*(?:/|per\s+|每)\s*(?:kg|kilogram|千克|公斤)(?:\s*(?:体重|of\s+body\s+weight|body\s+weight))?)"
FREQUENCY = (r"(?:,?\s*(?:once|twice|three\s+times)\s+(?:daily|a\s+day|a\s+week|weekly|per\s+day)"
             r"|\s+daily|\s*每日|\s*每天|\s*/\s*(?:d|day)\b)")
CELL_DOSE = re.compile(rf"(?:每(?:公斤|千克)(?:体重)?\s*)?(?<![\d.])(?:{POWER}|{MANY})\s*(?:个细胞|个|cells?)?{PER_KG}?", re.I)
DRUG_DOSE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?\s*(?:mg|μg|µg|ug|mcg|g|IU|units?|U|mL|ml)(?![A-Za-z])"
               rf"(?!\s*/\s*(?:d?L|l|m?mol|min|h)\b){PER_KG}?{FREQUENCY}?", re.I)

Dose = namedtuple("Dose", "text start end")


def doses(text: str) -> list[Dose]:
    """Every dose written in ``text``, in order."""
    found = []
    for pattern in (CELL_DOSE, DRUG_DOSE):
        for m in pattern.finditer(text):
            if not any(d.start < m.end() and m.start() < d.end for d in found):
                found.append(Dose(m.group().strip(" ,"), m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)
