"""Evidence KB: read clinical-study articles, extract structured records, store and serve them.

The pipeline flows one way (see ``docs/design.md``)::

    bytes --read--> Document --extract--> Record --store--> SQLite --serve--> Datasette
"""

__version__ = "0.1.0"

# Bumped whenever extraction output can change: a source ingested by an older extractor
# is re-extracted on the next ingest; one ingested by this version is left untouched.
EXTRACTOR_VERSION = "1"
