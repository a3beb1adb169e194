"""Statistics you can trust: computed at ingest from a study's record, never written into it.

- ``effect_sizes``: standardised effects (pre-post, two groups, counts) with their inputs,
  formula and every assumption; the pre-post correlation a reported p-value implies.
- ``pooling``: fixed effect and random effects (DerSimonian–Laird, REML, Paule–Mandel).
- ``checks``: consistency checks of an article's numbers, as an expert reviewer would.
- ``evidence_level``: Oxford CEBM level and risk-of-bias flags from the design.
- ``rows``: what ``store.write`` stores of all this, in the same transaction as the facts.

Only the store and serve side imports this package; ``evidence extract`` never does. The
t distribution (``distributions``) and every pooling method are plain Python, so the
installed product needs neither scipy, statsmodels nor pandas (statsmodels is the tests'
reference for pooling).
"""
