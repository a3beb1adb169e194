"""Serve the database under the name the site is built for, whatever its file is called.

Datasette names a database after its file, but this project's metadata, templates
(``row-evidence-studies.html``) and links all say ``evidence``. ``evidence serve --db
elsewhere/mine.db`` should still give the same site, so the one database file served is
renamed ``evidence`` at start-up.
"""

from datasette import hookimpl

NAME = "evidence"


@hookimpl
def startup(datasette):
    if NAME in datasette.databases:
        return
    files = [db for db in datasette.databases.values() if db.path and not db.is_memory]
    if len(files) != 1:
        return  # several databases: leave their names alone
    db = files[0]
    datasette.remove_database(db.name)
    datasette.add_database(db, name=NAME, route=NAME)
