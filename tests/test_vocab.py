"""The vocabulary files themselves: shape, coverage of the contract, no ambiguous terms.

These read the YAML directly (yaml.safe_load), not through ingest.vocab, so a broken
data file fails here with a message naming the entry, before any extractor test runs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
VOCAB = REPO / "ingest" / "vocab"
CONTRACT = REPO.parent / "shared" / "contract" / "record.md"

# The contract's starter list, plus the measures the fixtures and gold files use.
REQUIRED_MEASURES = [
    "ASIA motor score", "ASIA light touch score", "ASIA pinprick score", "AIS grade",
    "SCIM-III total", "SCIM-III self-care", "SCIM-III respiration and sphincter management",
    "SCIM-III mobility", "WHOQOL-BREF overall quality of life", "WHOQOL-BREF general health",
    "WHOQOL-BREF physical", "WHOQOL-BREF psychological", "WHOQOL-BREF social",
    "WHOQOL-BREF environment", "visual analogue scale pain", "Barthel index",
    "modified Ashworth scale", "Penn spasm frequency scale", "neurogenic bowel dysfunction score",
    "EDSS", "ALSFRS-R", "NIHSS", "modified Rankin scale", "Fugl-Meyer assessment",
    "six-minute walk distance", "FEV1", "HbA1c", "left ventricular ejection fraction",
    "WOMAC total", "WOMAC pain", "WOMAC stiffness", "WOMAC function", "KOOS", "Lysholm score",
    "MMSE", "MoCA", "HAMD", "PHQ-9", "SF-36 physical component summary",
    "SF-36 mental component summary", "EQ-5D index", "fasting plasma glucose", "C-peptide",
    "daily insulin dose", "body mass index", "body weight", "systolic blood pressure",
    "diastolic blood pressure", "LDL cholesterol", "eGFR", "serum creatinine", "ALT", "AST",
    "total bilirubin", "MELD score", "C-reactive protein", "DAS28", "ACR20 response",
    "overall survival", "progression-free survival", "objective response rate",
    "all-cause mortality", "mortality", "NYHA class", "NT-proBNP", "FVC",
]
DESIGNS = ["rct", "non_randomized_controlled", "single_arm_trial", "cohort", "case_control",
           "case_series", "case_report", "cross_sectional", "systematic_review", "meta_analysis",
           "narrative_review", "preclinical", "other"]
KINDS = {"cell", "drug", "drug_class", "biologic", "procedure", "device", "behavioral", "placebo",
         "sham", "standard_care"}
# Descriptors from 2018 on have nine digits (D000083242 Ischemic Stroke, D000086382 COVID-19).
MESH = re.compile(r"D\d{6}(\d{3})?")
HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def load(name):
    """A vocabulary file, parsed once for the whole module (the tests only read it)."""
    with open(VOCAB / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def entries(name):
    """(label, entry) for every entry of a file, whatever its top-level shape."""
    data = load(name)
    if isinstance(data, dict):
        for section, items in data.items():
            for e in items:
                yield f"{name}:{section}:{e.get('name') or e.get('design')}", e
    else:
        for e in data:
            yield f"{name}:{e.get('name') or e.get('design')}", e


def norm(term) -> str:
    return re.sub(r"[\s\-‐‑–]+", "", str(term).lower())


def contract_text():
    if not CONTRACT.exists():
        pytest.skip(f"{CONTRACT} not beside the repo")
    return CONTRACT.read_text(encoding="utf-8")


FILES = ["measures", "conditions", "interventions", "adverse_events", "attributes", "groups", "designs"]


@pytest.mark.parametrize("name", FILES)
def test_every_entry_has_a_name_and_a_term(name):
    for label, e in entries(name):
        key = e.get("design") if name == "designs" else e.get("name")
        assert isinstance(key, str) and key.strip(), label
        assert e.get("en") or e.get("zh"), f"{label} has no en or zh term"
        for field in ("en", "zh", "abbr", "parts"):
            terms = e.get(field) or []
            assert isinstance(terms, list), f"{label}.{field} is not a list"
            for t in terms:
                # An unquoted yes/no/on/off or a number would load as bool or int.
                assert isinstance(t, str) and t.strip() == t and t, f"{label}.{field}: {t!r}"
        for t in e.get("zh") or []:
            assert HAN.search(t), f"{label}: zh term without Chinese: {t!r}"


@pytest.mark.parametrize("name", FILES)
def test_no_term_belongs_to_two_entries(name):
    owner = defaultdict(set)
    for label, e in entries(name):
        key = e.get("design") if name == "designs" else e.get("name")
        for t in [key, *(e.get("en") or []), *(e.get("zh") or []), *(e.get("abbr") or [])]:
            owner[norm(t)].add(label)
    clashes = {t: sorted(labels) for t, labels in owner.items() if len(labels) > 1}
    assert not clashes, clashes


def test_counts():
    m = load("measures")
    assert len(m["measures"]) >= 150
    assert len(load("conditions")) >= 100
    assert len(load("adverse_events")) >= 80
    assert len(load("interventions")) >= 100
    a = load("attributes")
    assert {"routes", "origins", "tissues"} <= set(a)


def test_required_measures_present():
    names = {m["name"] for m in load("measures")["measures"]}
    missing = [n for n in REQUIRED_MEASURES if n not in names]
    assert not missing, missing


def test_contract_measure_list_covered():
    text = contract_text()
    section = text.split("## Canonical measure names", 1)[1]
    block = section.split("\n\n", 2)[1]  # the paragraph after the heading line
    listed = [n.strip() for n in block.replace("\n", " ").split("·") if n.strip()]
    assert len(listed) >= 20, listed
    names = {m["name"] for m in load("measures")["measures"]}
    assert not [n for n in listed if n not in names]


def test_measure_fields():
    m = load("measures")
    families = {f["name"] for f in m["families"]}
    names = [x["name"] for x in m["measures"]]
    assert len(names) == len(set(names))
    for x in m["measures"]:
        label = x["name"]
        if "family" in x:
            assert x["family"] in families, f"{label}: unknown family {x['family']}"
            assert x.get("parts"), f"{label}: a family member needs parts"
        else:
            assert not x.get("parts"), f"{label}: parts without a family"
        if "range" in x:
            lo, hi = x["range"]
            assert isinstance(lo, (int, float)) and isinstance(hi, (int, float)), label
            assert lo < hi, label
        if "better" in x:
            assert x["better"] in {"higher", "lower"}, label
        if "integer" in x:
            assert isinstance(x["integer"], bool), label


def test_parts_unique_within_a_family():
    by_family = defaultdict(lambda: defaultdict(set))
    for x in load("measures")["measures"]:
        for p in x.get("parts") or []:
            by_family[x.get("family")][norm(p)].add(x["name"])
    clashes = {(fam, p): sorted(n) for fam, parts in by_family.items() for p, n in parts.items() if len(n) > 1}
    assert not clashes, clashes


def test_families_named_by_members_and_terms_distinct():
    m = load("measures")
    family_terms = {norm(t): f["name"] for f in m["families"]
                    for t in [f["name"], *(f.get("en") or []), *(f.get("zh") or []), *(f.get("abbr") or [])]}
    for x in m["measures"]:
        for t in [x["name"], *(x.get("en") or []), *(x.get("zh") or []), *(x.get("abbr") or [])]:
            assert norm(t) not in family_terms, f"{x['name']}: {t!r} is also a name of family {family_terms[norm(t)]}"
    used = {x.get("family") for x in m["measures"]}
    assert not [f["name"] for f in m["families"] if f["name"] not in used]


def test_conditions():
    for e in load("conditions"):
        assert e["name"] == e["name"].lower(), e["name"]
        assert MESH.fullmatch(e.get("mesh", "")), f"{e['name']}: mesh {e.get('mesh')!r}"
    names = [e["name"] for e in load("conditions")]
    assert len(names) == len(set(names))
    assert "spinal cord injury" in names and "knee osteoarthritis" in names


def test_interventions():
    tissues = {t["name"] for t in load("attributes")["tissues"]}
    names = [e["name"] for e in load("interventions")]
    assert len(names) == len(set(names))
    for e in load("interventions"):
        assert e.get("kind") in KINDS, f"{e['name']}: kind {e.get('kind')!r}"
        if "tissue" in e:
            assert e["tissue"] in tissues, f"{e['name']}: tissue {e['tissue']!r} not in attributes tissues"
        if "parent" in e:
            assert e["parent"] in names and "tissue" in e, f"{e['name']}: parent {e['parent']!r}"
    for name in ("mesenchymal stem cells", "Schwann cells", "placebo", "standard care", "saline", "sham"):
        assert name in names, name
    schwann = next(e for e in load("interventions") if e["name"] == "Schwann cells")
    assert schwann.get("abbr") == ["SCs"]


def test_adverse_events():
    names = [e["name"] for e in load("adverse_events")]
    assert len(names) == len(set(names))
    for e in load("adverse_events"):
        assert e.get("serious", True) is True, f"{e['name']}: serious is only ever true"
    serious = {e["name"] for e in load("adverse_events") if e.get("serious")}
    assert "death" in serious
    for name in ("headache", "nausea", "fever", "fatigue", "spasm"):
        assert name in names, name


def test_attributes():
    a = load("attributes")
    for section, required in (("routes", {"intrathecal", "intravenous", "intramedullary", "intralesional",
                                          "intra-articular", "oral"}),
                              ("origins", {"autologous", "allogeneic"}),
                              ("tissues", {"bone marrow", "umbilical cord", "adipose tissue"})):
        names = [e["name"] for e in a[section]]
        assert len(names) == len(set(names)), section
        assert required <= set(names), (section, required - set(names))


def test_groups():
    names = [e["name"] for e in load("groups")]
    assert len(names) == len(set(names))
    for e in load("groups"):
        assert e.get("role") in {"arm", "subgroup"}, e["name"]
        # Lower case, but for arms labelled by a letter or a Roman numeral ("group II").
        assert e["name"] == e["name"].lower() or re.fullmatch(r"group [A-Z]+", e["name"]), e["name"]
    for name in ("cervical", "thoracolumbar", "subacute", "chronic", "treatment", "control", "placebo"):
        assert name in names, name
    assert not {"male", "female", "men", "women"} & set(names)


def test_designs_cover_the_contract():
    # A design may also be listed a second time, later, with weak phrases (rank below 10).
    designs = {}
    for e in load("designs"):
        designs.setdefault(e["design"], e)
    assert not [d for d in DESIGNS if d not in designs]
    assert set(designs) <= set(DESIGNS), set(designs) - set(DESIGNS)
    ranks = [designs[d]["rank"] for d in ("meta_analysis", "systematic_review", "rct", "non_randomized_controlled")]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    assert all(isinstance(e["rank"], int) for e in designs.values())


def test_designs_match_the_contract_text():
    text = contract_text()
    row = next(line for line in text.splitlines() if line.startswith("| `design`"))
    listed = re.findall(r"`([a-z_]+)`", row.split("|")[3])
    assert listed and set(listed) <= {e["design"] for e in load("designs")}


def test_a_comma_inside_a_term_is_quoted_not_split():
    # An unquoted comma in a YAML flow list cuts a term in two: "hand, foot and mouth disease"
    # once made "hand" a condition, and every "hand-foot syndrome" a case of it.
    terms = {str(x).lower() for e in load("conditions") for k in ("en", "zh") for x in e.get(k) or []}
    assert "hand" not in terms and "hand, foot and mouth disease" in terms


def test_end_points_that_count_different_events_are_kept_apart():
    # (a comparison page lines up studies of one measure: MACCE counts strokes that MACE does not,
    # cardiac death no deaths from strokes)
    from ingest import vocab
    from ingest.vocab.lexicon import Tokens

    def name(term):
        (hit,) = vocab.measure_lexicon().find(Tokens(term))
        return hit.name

    assert name("MACCE") != name("MACE") and name("主要不良心脑血管事件") == name("MACCE")
    assert name("cardiac death") != name("cardiovascular death") and name("心源性死亡") == name("cardiac death")
    # (an antigen lost is less than its seroconversion; VGPR alone less than VGPR or better; any
    # amputation more than a major one; a wound's area no reduction of it; the eye's growth no length)
    assert name("HBeAg loss") != name("HBeAg seroconversion") and name("HBsAg seroconversion") != name("HBsAg loss")
    assert name("very good partial response") != name("VGPR or better")
    assert name("截肢率") != name("大截肢率") and name("wound area") != name("wound area reduction")
    assert name("眼轴增长") != name("眼轴长度")
