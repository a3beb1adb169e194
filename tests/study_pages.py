"""A database's one study page, as a reader's browser gets it: Datasette with the project's
metadata, templates and plugins, the page parsed with BeautifulSoup."""

import asyncio
import sqlite3

import yaml
from bs4 import BeautifulSoup

from tests.paths import REPO


def only_study_page(db) -> BeautifulSoup:
    """The study page of the only study in ``db`` (a path), after checking it answers 200."""
    from datasette.app import Datasette

    (study_id,) = sqlite3.connect(db).execute("select id from studies").fetchone()
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(db)], metadata=metadata, template_dir=str(REPO / "templates"),
                   plugins_dir=str(REPO / "plugins"))
    page = asyncio.run(ds.client.get(f"/evidence/studies/{study_id}"))
    assert page.status_code == 200, page.text[:500]
    return BeautifulSoup(page.text, "html.parser")
