"""Entry point of the ``evidence`` command (also ``python -m ingest``).

``evidence extract`` runs once per article in every evaluation, so its start-up is kept
to the bare minimum: it is dispatched here without importing click (25 ms of the 50 ms
budget). Every other command, and ``--help``, goes through the click group in ``cli.py``.
"""

import sys


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) >= 2 and argv[0] == "extract" and not any(a.startswith("-") for a in argv[1:]):
        from .commands import extract_command
        sys.exit(extract_command(argv[1:]))
    from .cli import cli
    cli.main(args=argv, prog_name="evidence")


if __name__ == "__main__":
    main()
