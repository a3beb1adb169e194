"""The command line: documented, thin, with one-line errors and honest exit codes."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from ingest.cli import cli
from tests.paths import EXAMPLES, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(command):
    assert f"evidence {command}" in README


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output


def run(*args):
    return subprocess.run([sys.executable, "-m", "ingest", *args], capture_output=True, text=True, cwd=REPO)


def test_extract_prints_the_contract_json():
    path = EXAMPLES / "en-abstract-rct-diabetes.txt"
    out = run("extract", str(path))
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["schema"] == "evidence-record/1"
    assert record["source"]["file"] == str(path)
    assert len(record["source"]["sha256"]) == 64
    assert record["source"]["language"] == "en"
    assert len(record["studies"]) == 1


def test_extract_never_imports_the_store():
    # The store brings sqlite-utils, and with it pandas and numpy when installed: ~0.3 s
    # of every `evidence extract`, which writes nothing.
    code = ("import sys; from ingest.cli import cli\n"
            f"try: cli.main(['extract', {str(EXAMPLES / 'en-abstract-rct-diabetes.txt')!r}])\n"
            "except SystemExit: pass\n"
            "bad = [m for m in sys.modules if m.startswith(('ingest.store', 'sqlite_utils', 'pandas', 'numpy'))]; "
            "print(bad, file=sys.stderr); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


def test_extract_many_files_as_json_lines_in_one_process(tmp_path):
    paths = [str(EXAMPLES / "zh-news-msc-knee-oa.txt"), str(EXAMPLES / "en-abstract-rct-diabetes.txt")]
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"")
    lines = CliRunner().invoke(cli, ["extract", "--jsonl", paths[0], str(bad), paths[1]])
    assert lines.exit_code == 1  # the bad file, reported; the others still printed
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [r["source"]["file"] for r in records] == paths
    one_by_one = [json.loads(CliRunner().invoke(cli, ["extract", p]).stdout) for p in paths]
    assert records == one_by_one


def test_extract_bad_file_one_line_error(tmp_path):
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"")
    out = run("extract", str(bad))
    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr.strip() == f"evidence: {bad}: empty file"


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "run `evidence ingest` first" in result.output
