"""Entry point of ``python -m ingest``: the same click group as the ``evidence`` command."""

from .cli import cli


def main(argv=None):
    cli.main(args=argv, prog_name="evidence")


if __name__ == "__main__":
    main()
