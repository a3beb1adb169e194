"""The text of one source with a quote marked: where every clickable number leads.

    /-/source/<source id>?quote=<the sentence>#quote

The text is escaped first, then the quote's span is wrapped in ``<mark id="quote">``
(``ingest.site.highlight.mark_quote``), so article text never becomes markup.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from ingest.site.highlight import find_span, mark_quote

DATABASE = "evidence"
SOURCE_ID = re.compile(r"^[0-9a-f]{16}$")


async def source_page(request, datasette):
    source_id = request.url_vars["source_id"]
    if not SOURCE_ID.match(source_id):
        return Response.text("Bad request: a source id is 16 hex digits.\n", status=400)
    db = datasette.get_database(DATABASE)
    result = await db.execute("select id, title, path, url, language, text from sources where id = :id",
                              {"id": source_id})
    row = result.first()
    if row is None:
        raise NotFound(f"No source {source_id}")
    source = dict(zip(result.columns, row))
    quote = request.args.get("quote") or ""
    studies = await db.execute(
        "select studies.id, studies.title from study_sources join studies on studies.id = study_sources.study_id"
        " where study_sources.source_id = :id", {"id": source_id})
    return Response.html(await datasette.render_template("source-text.html", {
        "database": DATABASE, "source": source, "quote": quote,
        "found": find_span(source["text"] or "", quote) is not None,
        # mark_quote escapes every piece of the text before it adds the <mark>.
        "marked": Markup(mark_quote(source["text"] or "", quote)),
        "studies": [dict(zip(studies.columns, r)) for r in studies.rows],
    }, request=request))


@hookimpl
def register_routes():
    return [(r"^/-/source/(?P<source_id>[^/]+)$", source_page)]
