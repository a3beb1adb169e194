"""One study, many sources: which source studies are the same study, and what the study
row says when several sources describe it. Pure functions; ``write.py`` stores the result.

Two source studies are the same study when they share a DOI, a PMID or a trial
registration id, or, lacking a shared identifier, when their fingerprints agree: the
same condition and enrolled number, overlapping interventions, and shared measurement
values or a similar title. Clusters are the connected
components of that symmetric relation, so they do not depend on the order sources
arrive in; every choice made for a cluster (its id, the primary source) depends only on
its members.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from ..columns import json_column
from .ids import stable_id

# Trial registries' ids: ClinicalTrials.gov, ChiCTR, ISRCTN, ANZCTR, EudraCT, jRCT, CTRI, KCT, DRKS.
# (Bounded by what is no letter or digit of Latin script, not by \b: in "注册号NCT01234567" the
# Chinese character before it is a word character to \b, and the id would be missed.)
TRIAL_ID = re.compile(
    r"(?<![A-Za-z0-9])(NCT[0-9]{8}|ChiCTR[-A-Z]*[0-9]{6,}|ISRCTN[0-9]{8}|ACTRN[0-9]{14}"
    r"|EudraCT\s*(?:No\.?\s*)?[0-9]{4}-[0-9]{6}-[0-9]{2}"
    r"|jRCT[a-z]?[0-9]{7,}|CTRI/[0-9]{4}/[0-9]{2,3}/[0-9]{6}|KCT[0-9]{7}|DRKS[0-9]{8})(?![A-Za-z0-9])")
# A structured source's citation is the publisher's; a news summary's is read from its text.
# (A registry's record is structured too, but it is no paper: the paper's citation and title
# come first, the record's fields before a news story's.)
FORMAT_RANK = {"crossref": 0, "medline": 0, "jats": 0, "pdf": 1, "ctgov": 1, "html": 2, "text": 2}
# Study columns compared across sources: a disagreement is a source_conflict check.
CONFLICT_COLUMNS = ("enrolled", "analyzed", "screened", "age_mean", "age_sd", "male", "female",
                    "deaths", "serious_adverse_events", "year")
MIN_TITLE_SIMILARITY = 90


def trial_ids(text: str) -> list[str]:
    """Registration ids named in a text, normalised, in order of first mention.

    >>> trial_ids("registered at ClinicalTrials.gov (NCT01234567) and ChiCTR2000031234; NCT01234567")
    ['NCT01234567', 'ChiCTR2000031234']
    >>> trial_ids("（注册号NCT01234567）, 注册号：ChiCTR2000031234。"), trial_ids("NCT012345678")
    (['NCT01234567', 'ChiCTR2000031234'], [])
    >>> trial_ids("注册号NCT０１２３４５６７")
    ['NCT01234567']
    """
    out = []
    # (full-width digits, "NCT０１２３４５６７", are the same id: NFKC reads them as ASCII)
    text = unicodedata.normalize("NFKC", text or "") if text and not text.isascii() else text
    for m in TRIAL_ID.finditer(text or ""):
        tid = re.sub(r"^EudraCT\s*(?:No\.?\s*)?", "EudraCT", m.group(1))
        if tid not in out:
            out.append(tid)
    return out


@dataclass
class SourceStudy:
    """One study as one source states it: what merging compares."""

    id: str
    source_id: str
    doi: str | None = None
    pmid: str | None = None
    trials: tuple = ()
    title: str | None = None
    condition: str | None = None
    design: str | None = None
    enrolled: int | None = None
    interventions: frozenset = frozenset()
    values: frozenset = frozenset()
    rank: int = 2
    filled: int = 0
    row: dict = field(default_factory=dict)

    @classmethod
    def from_db(cls, r: dict) -> SourceStudy:
        return cls(
            id=r["id"], source_id=r["source_id"], doi=r["doi"], pmid=r["pmid"],
            trials=tuple(json.loads(r["trial_ids"] or "[]")), title=r["title"], condition=r["condition"],
            design=r["design"], enrolled=r["enrolled"],
            interventions=frozenset(json.loads(r["interventions"] or "[]")),
            values=frozenset(tuple(v) for v in json.loads(r["measurement_values"] or "[]")),
            rank=r["rank"], filled=r["filled"], row=json.loads(r["study_row"] or "{}"),
        )

    def keys(self) -> list[str]:
        """Keys that find merge candidates; ``fp:`` only blocks, it never merges alone."""
        keys = [f"doi:{self.doi}"] if self.doi else []
        keys += [f"pmid:{self.pmid}"] if self.pmid else []
        keys += [f"trial:{t}" for t in self.trials]
        if self.condition and self.enrolled:
            keys.append(f"fp:{self.condition}|{self.enrolled}")
        return keys

    def sort_key(self):
        """The primary source: structured first, then the most complete, then by id."""
        return (self.rank, -self.filled, self.source_id, self.id)


def _conflict(a, b) -> bool:
    return a is not None and b is not None and a != b


def identifiers_conflict(a: SourceStudy, b: SourceStudy) -> bool:
    return (_conflict(a.doi, b.doi) or _conflict(a.pmid, b.pmid)
            or bool(a.trials and b.trials and not set(a.trials) & set(b.trials)))


def share_identifier(a: SourceStudy, b: SourceStudy) -> bool:
    return bool((a.doi and a.doi == b.doi) or (a.pmid and a.pmid == b.pmid) or set(a.trials) & set(b.trials))


def title_similarity(a: str | None, b: str | None) -> float:
    """0-100: how nearly two titles are the same title. Titles whose numbers differ are
    different papers ("... trial 12" and "... trial 13", "Part 1" and "Part 2"), and a
    plain edit ratio is used, since a token-set ratio calls a title and its extension equal.

    >>> title_similarity("Stem cells for knee osteoarthritis: a trial", "Stem Cells for Knee Osteoarthritis - a trial") >= 90
    True
    >>> title_similarity("Stem cells for knee osteoarthritis: trial 12", "Stem cells for knee osteoarthritis: trial 13")
    0.0
    """
    if not a or not b:
        return 0.0
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return 0.0
    from rapidfuzz import fuzz, utils

    return fuzz.ratio(a, b, processor=utils.default_process)


def interventions_overlap(a, b) -> bool:
    """Some intervention in common, a broader name matching a narrower one: a news summary's
    'stem cells' is the abstract's 'mesenchymal stem cells'.

    >>> interventions_overlap({"stem cells"}, {"mesenchymal stem cells"}), interventions_overlap({"placebo"}, {"insulin"})
    (True, False)
    """
    def words(name):
        return f" {name.lower()} "

    return any(words(x) in words(y) or words(y) in words(x) for x in a for y in b)


def fingerprint_match(a: SourceStudy, b: SourceStudy) -> bool:
    """Same condition and enrolled n, interventions that overlap, and the same numbers
    (two or more measurement values in common) or nearly the same title.

    Condition, size, design and interventions alone are not enough: two single-arm
    trials of stem cells for knee osteoarthritis with 40 patients each are common. The
    design is not compared, since a news summary and an abstract often name it differently.

    >>> x = SourceStudy("a", "s1", condition="sci", enrolled=106, interventions=frozenset({"Schwann cells"}),
    ...                 values=frozenset({("asia", 40.7), ("asia", 43.3)}))
    >>> fingerprint_match(x, SourceStudy("b", "s2", condition="sci", enrolled=106,
    ...                   interventions=frozenset({"Schwann cells", "MSC"}), values=frozenset({("asia", 40.7), ("asia", 43.3)})))
    True
    >>> fingerprint_match(x, SourceStudy("c", "s3", condition="sci", enrolled=106, interventions=frozenset({"Schwann cells"})))
    False
    """
    if identifiers_conflict(a, b) or not a.condition or a.condition != b.condition:
        return False
    if not a.enrolled or a.enrolled != b.enrolled:
        return False
    if a.interventions and b.interventions and not interventions_overlap(a.interventions, b.interventions):
        return False
    return len(a.values & b.values) >= 2 or title_similarity(a.title, b.title) >= MIN_TITLE_SIMILARITY


def clusters(nodes: list[SourceStudy], apart: set[frozenset], together: set[frozenset]) -> list[list[SourceStudy]]:
    """Connected components of 'same study'; ``apart``/``together`` are curated source pairs.

    >>> a = SourceStudy("a", "s1", doi="10.1/x"); b = SourceStudy("b", "s2", doi="10.1/x")
    >>> [[n.id for n in c] for c in clusters([b, a], set(), set())]
    [['a', 'b']]
    >>> [[n.id for n in c] for c in clusters([b, a], {frozenset({"s1", "s2"})}, set())]
    [['a'], ['b']]
    """
    nodes = sorted(nodes, key=lambda n: n.id)
    parent = {n.id: n.id for n in nodes}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[str, list[SourceStudy]] = {}
    for n in nodes:
        for k in n.keys():
            by_key.setdefault(k, []).append(n)
    pairs = set()
    for members in by_key.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.add((a.id, b.id) if a.id < b.id else (b.id, a.id))
    index = {n.id: n for n in nodes}
    by_source: dict[str, list[str]] = {}
    for n in nodes:
        by_source.setdefault(n.source_id, []).append(n.id)
    for pair in together:
        s1, s2 = sorted(pair) if len(pair) == 2 else (None, None)
        for x in by_source.get(s1, []):
            for y in by_source.get(s2, []):
                pairs.add((x, y) if x < y else (y, x))
    for x, y in sorted(pairs):
        a, b = index[x], index[y]
        sources = frozenset({a.source_id, b.source_id})
        if a.source_id == b.source_id or sources in apart:
            continue
        if sources in together or share_identifier(a, b) or fingerprint_match(a, b):
            parent[find(x)] = find(y)
    groups: dict[str, list[SourceStudy]] = {}
    for n in nodes:
        groups.setdefault(find(n.id), []).append(n)
    return sorted((sorted(g, key=lambda n: n.id) for g in groups.values()), key=lambda g: g[0].id)


def cluster_study_id(members: list[SourceStudy]) -> str:
    """The study's id from its members: the smallest DOI, else PMID, else trial id, else
    the first source study. The DOI and the bare-source forms are those of a study with one
    source, so a study keeps its id when a second source without an identifier joins.

    >>> cluster_study_id([SourceStudy("b", "s2", doi="10.1/y"), SourceStudy("a", "s1", pmid="9")]) == stable_id("doi", "10.1/y")
    True
    """
    for kind, values in (("doi", [m.doi for m in members]), ("pmid", [m.pmid for m in members]),
                         ("trial", [t for m in members for t in m.trials])):
        values = sorted(v for v in values if v)
        if values:
            return stable_id(kind, values[0])
    first = min(members, key=lambda m: m.id)
    return stable_id("source", first.source_id, first.row.get("_position", 0))


def merged_row(members: list[SourceStudy], study_id: str) -> dict:
    """The study row: each column from the first member (primary first) that states it."""
    ordered = sorted(members, key=SourceStudy.sort_key)
    row: dict = {}
    for m in ordered:
        for k, v in m.row.items():
            if k.startswith("_"):
                continue
            if row.get(k) in (None, "", "[]", "{}") and v not in (None, ""):
                row[k] = v
            row.setdefault(k, v)
    # (a study is registered when any of its sources is the registry's record, or names an id)
    statuses = [m.row.get("registration_status") for m in members]
    row["registration_status"] = next((x for x in REGISTRATION_ORDER if x in statuses), row.get("registration_status"))
    row["id"] = study_id
    return row


REGISTRATION_ORDER = ("registry record", "id named", "none named")


def study_conflicts(members: list[SourceStudy], measurements: list[dict]) -> list[dict]:
    """``source_conflict`` checks: a study column, or a measurement of the same measure,
    group, time and statistic, that two sources give different values for."""
    out = []
    if len({m.source_id for m in members}) < 2:
        return out
    for col in CONFLICT_COLUMNS:
        by_source = {}
        for m in sorted(members, key=lambda m: m.source_id):
            if col == "enrolled" and m.row.get("registry_id"):
                continue  # (a registry's enrolment against the others: ``registry_checks``)
            v = m.row.get(col)
            if v is not None:
                by_source.setdefault(v, []).append(m.source_id)
        if len(by_source) > 1:
            out.append(_check(f"study.{col}", col, by_source, []))
    groups: dict[tuple, dict] = {}
    for r in measurements:
        key = (r["measure"], r["group_name"], r["time_label"], r["stat"])
        groups.setdefault(key, {}).setdefault(r["source_id"], []).append(r)
    for key, per_source in sorted(groups.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        if len(per_source) < 2:
            continue
        value_sets = {s: frozenset(r["value"] for r in rows) for s, rows in per_source.items()}
        if all(value_sets[s] & value_sets[t] for s in value_sets for t in value_sets):
            continue  # every source shares a value with every other: the same number, restated
        by_value: dict = {}
        quotes = []
        for s in sorted(per_source):
            for r in per_source[s]:
                by_value.setdefault(r["value"], []).append(s)
                # Strings, like every check's quotes: the page shows them as they are.
                quotes.append(f"[source {s}] {r['quote'] or r['value']}")
        measure, group, time_label, stat = key
        subject = f"{measure} ({group}, {time_label or 'time not stated'}, {stat})"
        out.append(_check(subject, "measurements.value", by_value, quotes))
    return out + registry_checks(members, measurements) + unsupported_numbers(members, measurements)


# Checks that set one source against the study's others, recomputed whenever its sources change.
CROSS_SOURCE_KINDS = ("source_conflict", "outcome_switching", "registry_enrolment", "unsupported_number")


def _outcome_words(name: str) -> frozenset:
    """The words that name an outcome, whatever the article or registry wraps them in.

    >>> sorted(_outcome_words("Change From Baseline in WOMAC Pain Score at Week 12"))
    ['pain', 'womac']
    """
    from ..extract.registry import measure_name

    core = measure_name(name)[0].lower()
    words = re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]+", core)
    return frozenset(w for w in words if w not in OUTCOME_FILLER)


OUTCOME_FILLER = {"score", "scores", "total", "the", "of", "in", "a", "an", "rate", "change", "mean", "level", "levels",
                  "subscale", "index", "scale", "at", "week", "weeks", "month", "months", "measure"}


def same_outcome(a: str, b: str) -> bool:
    """Whether two names are one outcome: the same words, or the words of one inside the other's.

    >>> same_outcome("WOMAC pain", "Change From Baseline in WOMAC Pain Score at Week 12")
    True
    >>> same_outcome("six-minute walk distance", "WOMAC pain")
    False
    """
    x, y = _outcome_words(a), _outcome_words(b)
    return bool(x and y) and (x <= y or y <= x)


def registry_checks(members: list[SourceStudy], measurements: list[dict]) -> list[dict]:
    """What a trial's registry record says against its papers and news: a primary outcome the
    registry did not register, or a registered primary outcome a paper does not report
    (``outcome_switching``); an enrolment other than the registry's actual one
    (``registry_enrolment``)."""
    registries = [m for m in members if m.row.get("registry_id")]
    if not registries:
        return []
    reg_member = sorted(registries, key=lambda m: m.source_id)[0]
    reg = json_column(reg_member.row.get("registration"), {})
    registered = [o for o in reg.get("primary_outcomes") or [] if isinstance(o, dict) and o.get("measure")]
    out = []
    measures = {}
    for r in measurements:
        measures.setdefault(r["source_id"], set()).add(r["measure"])
    for m in sorted(members, key=lambda m: m.source_id):
        if m.row.get("registry_id"):
            continue
        declared = [o for o in json_column(m.row.get("primary_outcomes"), []) if isinstance(o, dict) and o.get("measure")]
        if registered and declared:
            unregistered = [o for o in declared if not any(same_outcome(o["measure"], r["measure"]) for r in registered)]
            for o in unregistered:
                out.append(_cross_check(
                    "outcome_switching", f"primary outcome ({o['measure']})",
                    f"source {m.source_id} reports {o['measure']!r} as its primary outcome; {reg.get('id')} registered "
                    + " and ".join(repr(r["measure"]) for r in registered) + " as primary",
                    ["primary_outcomes", "registration"], [o.get("quote")] + [r.get("quote") for r in registered]))
            for r in registered:
                reported = any(same_outcome(r["measure"], o["measure"]) for o in declared) or any(
                    same_outcome(r["measure"], name) for name in measures.get(m.source_id, ()))
                if not reported:
                    out.append(_cross_check(
                        "outcome_switching", f"registered primary outcome ({r['measure']})",
                        f"{reg.get('id')} registered {r['measure']!r} as a primary outcome; source {m.source_id} "
                        "neither calls it primary nor reports it", ["registration"], [r.get("quote")]))
        enrolment = reg.get("enrollment") or {}
        if enrolment.get("type") == "actual" and isinstance(m.row.get("enrolled"), int) \
                and m.row["enrolled"] != enrolment.get("count"):
            out.append(_cross_check(
                "registry_enrolment", "enrolled",
                f"source {m.source_id} reports {m.row['enrolled']} enrolled; {reg.get('id')} registered "
                f"{enrolment.get('count')} as the actual enrolment", ["enrolled", "registration"],
                [enrolment.get("quote")]))
    return out


def unsupported_numbers(members: list[SourceStudy], measurements: list[dict]) -> list[dict]:
    """A news story's or web page's outcome number that none of the study's structured sources
    (its registry record, its paper) states: a note to check it against them.

    >>> a = SourceStudy("a", "paper", rank=0)
    >>> b = SourceStudy("b", "news", rank=2)
    >>> rows = [{"source_id": "paper", "measure": "M", "value": 412.6, "quote": "p"},
    ...         {"source_id": "news", "measure": "M", "value": 412.6, "quote": "n1"},
    ...         {"source_id": "news", "measure": "M", "value": 431.0, "quote": "n2"}]
    >>> [(c["kind"], c["severity"], c["subject"]) for c in unsupported_numbers([a, b], rows)]
    [('unsupported_number', 'note', 'M (431)')]
    """
    structured = {m.source_id for m in members if m.rank <= 1}
    pages = {m.source_id for m in members if m.rank > 1} - structured
    if not structured or not pages:
        return []
    # (only where a structured source gives numbers of that measure itself: a registry record
    # without results, or a paper that never reports it, says nothing against the page)
    stated: dict[str, set] = {}
    for r in measurements:
        if r["source_id"] in structured:
            stated.setdefault(r["measure"], set()).add(r["value"])
    out = []
    for r in measurements:
        if r["source_id"] in pages and r["measure"] in stated and r["value"] not in stated[r["measure"]]:
            shown = f"{r['value']:g}" if isinstance(r["value"], float) else str(r["value"])
            out.append(_cross_check(
                "unsupported_number", f"{r['measure']} ({shown})",
                f"source {r['source_id']} states {shown} for {r['measure']}; no registry record or paper of this "
                "study states that number", ["measurements.value"], [r.get("quote")], severity="note"))
    return out


def _cross_check(kind: str, subject: str, message: str, fields: list, quotes: list, severity: str = "warning") -> dict:
    return {"kind": kind, "severity": severity, "subject": subject, "message": message,
            "fields": json.dumps(fields), "field_values": json.dumps({}),
            "quotes": json.dumps([q for q in quotes if q], ensure_ascii=False)}


def _check(subject: str, fieldname: str, by_value: dict, quotes: list) -> dict:
    values = sorted(by_value, key=lambda v: (str(type(v)), v))
    shown = " vs ".join(f"{v} ({', '.join(sorted(set(by_value[v])))})" for v in values)
    return {
        "kind": "source_conflict", "severity": "warning", "subject": subject,
        "message": f"sources disagree on {subject}: {shown}",
        "fields": json.dumps([fieldname]),
        "field_values": json.dumps({str(v): sorted(set(by_value[v])) for v in values}, ensure_ascii=False),
        "quotes": json.dumps(quotes, ensure_ascii=False),
    }
