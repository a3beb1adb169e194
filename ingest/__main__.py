"""Entry point of the ``evidence`` command (also ``python -m ingest``).

``evidence extract`` runs once per article in every evaluation, so its start-up is kept
to the bare minimum: it is dispatched here without importing click (25 ms of the 50 ms
budget). Every other command, and ``--help``, goes through the click group in ``cli.py``.
"""

import sys


def main(argv=None):
    whole_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) >= 2 and argv[0] == "extract" and not any(a.startswith("-") for a in argv[1:]):
        if not whole_process:  # called from Python: exit as ``sys.exit`` does
            from .commands import extract_command
            sys.exit(extract_command(argv[1:]))
        _extract_and_exit(argv[1:])
    from .cli import cli
    cli.main(args=argv, prog_name="evidence")


def _extract_and_exit(paths: list[str]):
    """``evidence extract`` as a whole process: extract, then leave without tearing the
    interpreter down.

    Freeing every object of a finished process one by one (the vocabulary alone is tens
    of thousands) took ~5 ms of a ~50 ms run, and the cyclic garbage collector, walking
    the vocabulary as it is loaded, ~2 ms more: the one article of a run makes few
    cycles, so the collector is off for it. A run over several files keeps it on.
    The exit handlers still run and the output is flushed; an error on the way (a
    closed pipe, a bug) is raised and reported as Python always does.
    """
    import atexit
    import gc
    import os

    if len(paths) == 1:
        gc.disable()
    from .commands import extract_command

    status = extract_command(paths)
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(status)


if __name__ == "__main__":
    main()
