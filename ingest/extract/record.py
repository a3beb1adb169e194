"""The study record of ``contract/record.md`` (schema ``evidence-record/1``) as dataclasses.

Field names are the contract's; ``to_json()`` gives the exact JSON shape that
``evidence extract`` prints and ``store`` writes. A value the article does not state
stays ``None``.

>>> m = Measurement("ASIA motor score", "all", Time(0, "month"), "mean", 40.7, "sd", 17.0)
>>> m.to_json()["time"]
{'value': 0, 'unit': 'month'}
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

SCHEMA = "evidence-record/1"

DESIGNS = (
    "rct", "non_randomized_controlled", "single_arm_trial", "cohort", "case_control",
    "case_series", "case_report", "cross_sectional", "systematic_review", "meta_analysis",
    "narrative_review", "preclinical", "other",
)
EFFECT_TYPES = (
    "mean_change", "mean_difference", "difference_in_change", "smd", "effect_size",
    "odds_ratio", "risk_ratio", "hazard_ratio", "correlation", "none",
)
UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


@dataclass(frozen=True)
class Time:
    """A time point; baseline is ``Time(0, "month")``."""

    value: float
    unit: str

    @property
    def days(self) -> float:
        return self.value * UNIT_DAYS[self.unit]

    @property
    def label(self) -> str:
        """Human label, also the facet value: 'baseline', '12 months', '1 week'.

        >>> Time(0, "month").label, Time(12, "month").label, Time(1, "week").label
        ('baseline', '12 months', '1 week')
        """
        if self.value == 0:
            return "baseline"
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v} {self.unit}{'' if v == 1 else 's'}"

    def to_json(self):
        v = self.value
        return {"value": int(v) if float(v).is_integer() else v, "unit": self.unit}


BASELINE = Time(0, "month")


def _clean(value):
    """JSON form: records to dicts, whole floats kept as floats (numbers as written)."""
    if isinstance(value, Time):
        return value.to_json()
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


class _JSON:
    def to_json(self) -> dict:
        return {f.name: _clean(getattr(self, f.name)) for f in fields(self)}


@dataclass
class Citation(_JSON):
    doi: str | None = None
    title: str | None = None
    journal: str | None = None
    year: int | None = None
    authors: list[str] = field(default_factory=list)
    first_author: str | None = None
    pmid: str | None = None
    volume: str | None = None
    pages: str | None = None


@dataclass
class Enrollment(_JSON):
    start: str | None = None
    end: str | None = None


@dataclass
class Participants(_JSON):
    screened: int | None = None
    excluded: int | None = None
    enrolled: int | None = None
    analyzed: int | None = None
    age_mean: float | None = None
    age_sd: float | None = None
    age_median: float | None = None
    male: int | None = None
    female: int | None = None
    male_pct: float | None = None
    quotes: dict[str, str] = field(default_factory=dict)


@dataclass
class Intervention(_JSON):
    name: str
    route: str | None = None
    origin: str | None = None
    tissue: str | None = None
    dose: str | None = None
    quote: str | None = None


@dataclass
class Group(_JSON):
    name: str
    role: str = "subgroup"  # "arm" | "subgroup"
    n: int | None = None
    pct: float | None = None
    quote: str | None = None


@dataclass
class Measurement(_JSON):
    measure: str
    group: str
    time: Time | None
    stat: str
    value: float
    dispersion: str | None = None
    dispersion_value: float | list[float] | None = None
    n: int | None = None
    quote: str | None = None
    unit: str | None = None               # what a rate is counted per: "per 1,000 person-years"


@dataclass
class Effect(_JSON):
    measure: str
    group: str = "all"
    versus: str = "baseline"
    time: Time | None = None
    type: str = "none"
    value: float | None = None
    ci: list[float] | None = None
    p: float | None = None
    p_relation: str | None = None
    significant: bool | None = None
    quote: str | None = None


@dataclass
class AdverseEvent(_JSON):
    event: str
    n: int | None = None
    pct: float | None = None
    grade: str | None = None
    serious: bool | None = None
    quote: str | None = None
    group: str = "all"  # beyond the contract's fields: the arm the count belongs to


@dataclass
class Safety(_JSON):
    adverse_events_total: int | None = None
    serious_adverse_events: int | None = None
    deaths: int | None = None
    quotes: dict[str, str] = field(default_factory=dict)


@dataclass
class Study(_JSON):
    citation: Citation = field(default_factory=Citation)
    design: str | None = None
    phase: str | None = None
    conditions: list[str] = field(default_factory=list)
    enrollment: Enrollment = field(default_factory=Enrollment)
    follow_up: Time | None = None
    participants: Participants = field(default_factory=Participants)
    interventions: list[Intervention] = field(default_factory=list)
    comparator: str | None = None
    groups: list[Group] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    adverse_events: list[AdverseEvent] = field(default_factory=list)
    safety: Safety = field(default_factory=Safety)
    # Beyond the contract's fields, for a trial registry's record only: the registry, the
    # id, when it was registered, the enrolment it registered (planned or actual), and its
    # registered primary and secondary outcomes, each with the line that states it.
    registration: dict | None = None
    # What the article says its primary outcomes were: [{"measure", "quote"}].
    primary_outcomes: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        out = super().to_json()
        # (fields beyond the contract are written only where the article gives them)
        if out.get("registration") is None:
            out.pop("registration", None)
        if not out.get("primary_outcomes"):
            out.pop("primary_outcomes", None)
        return out


@dataclass
class Source(_JSON):
    file: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    sha256: str | None = None
    encoding: str | None = None


@dataclass
class Record(_JSON):
    source: Source
    studies: list[Study] = field(default_factory=list)
    schema: str = SCHEMA

    def to_json(self) -> dict:
        return {"schema": self.schema, "source": self.source.to_json(),
                "studies": [s.to_json() for s in self.studies]}


__all__ = [n for n in dir() if n[0].isupper()]
