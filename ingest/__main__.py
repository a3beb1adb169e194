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
    modules = _ModuleFile.install()
    from .commands import extract_command

    status = extract_command(paths)
    sys.stdout.flush()
    sys.stderr.flush()
    if modules is not None and modules.missed:
        modules.save()
    atexit._run_exitfuncs()
    os._exit(status)


class _ModuleFile:
    """The code of the ``ingest`` modules ``evidence extract`` imports, kept in one file.

    Finding, opening and checking one .pyc per module cost ~1.5 ms for the ~35 modules of
    the extract path. This finder serves each module's code from one marshal file
    instead, as long as the module's source has the size and time it had when the file
    was written; any other module, or a changed one, is imported the ordinary way, and
    the file is then written again as the process exits. The modules are the same: their
    loader is Python's own for source files, given the code it would have read.
    """

    def __init__(self, path: str):
        import marshal

        self.path = path
        try:
            with open(path, "rb") as f:
                self.modules = marshal.loads(f.read())
            if not isinstance(self.modules, dict):
                raise ValueError("not a module file")
        except (OSError, EOFError, ValueError, TypeError):
            self.modules = {}
        self.missed = False

    @classmethod
    def install(cls):
        """Put the finder first for this process (not under ``python -O``: the file holds
        code compiled without optimisation)."""
        import os

        if sys.flags.optimize:
            return None
        finder = cls(os.path.join(os.path.dirname(__file__), "__pycache__",
                                  f"extract-modules.{sys.implementation.cache_tag}.marshal"))
        sys.meta_path.insert(0, finder)
        return finder

    def find_spec(self, name, path=None, target=None):
        if not name.startswith("ingest."):
            return None
        entry = self.modules.get(name)
        if entry is not None:
            import os

            origin, size, mtime, package, code = entry
            try:
                st = os.stat(origin)
            except OSError:
                st = None
            if st is not None and st.st_size == size and st.st_mtime_ns == mtime:
                loader = _Loader(name, origin)
                loader.code = code
                return _spec_from_file_location(name, origin, loader=loader, submodule_search_locations=(
                    [os.path.dirname(origin)] if package else None))
        self.missed = True
        return None

    def save(self) -> None:
        """Write the file from the ``ingest`` modules this process imported from source."""
        import marshal
        import os

        modules = {}
        for name, module in list(sys.modules.items()):
            spec = getattr(module, "__spec__", None)
            if not name.startswith("ingest.") or spec is None or not isinstance(spec.loader, _SourceFileLoader) \
                    or not str(spec.origin).endswith(".py"):
                continue
            try:
                code = spec.loader.code if isinstance(spec.loader, _Loader) else spec.loader.get_code(name)
                st = os.stat(spec.origin)
            except (OSError, ImportError):
                continue
            modules[name] = (spec.origin, st.st_size, st.st_mtime_ns, spec.submodule_search_locations is not None, code)
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            tmp = f"{self.path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                f.write(marshal.dumps(modules))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            pass  # a read-only install imports module by module


# Python's own loader for source files, and the spec it makes, without importing importlib.
from _frozen_importlib_external import SourceFileLoader as _SourceFileLoader  # noqa: E402
from _frozen_importlib_external import spec_from_file_location as _spec_from_file_location  # noqa: E402


class _Loader(_SourceFileLoader):
    """The source file loader, given the module's code instead of reading its .pyc."""

    code = None

    def get_code(self, fullname):
        return self.code if self.code is not None else super().get_code(fullname)


if __name__ == "__main__":
    main()
