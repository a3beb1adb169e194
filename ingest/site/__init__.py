"""What the Datasette site computes: comparison rows, forest plots, highlighted text.

Pure functions used by the plugins in ``plugins/``; nothing here is imported by
``evidence extract`` or ``evidence ingest``.
"""
