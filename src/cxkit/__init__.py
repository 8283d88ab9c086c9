"""cxkit: personas, negative personas and customer journey maps as YAML in git.

The supported Python API is :mod:`cxkit.api` (``from cxkit.api import load, lint``; docs/python-api.md).
It is imported when first used, so ``import cxkit`` and ``cxkit --version`` stay cheap.
"""

__version__ = "0.1.0"

import os as _os

try:  # where the process started: a rule plugin is never read from the checkout it stands in
    _START_FOLDER = _os.getcwd()
except OSError:
    _START_FOLDER = None
#: Where the first cxkit process of this process tree started: a lint worker started by spawn (Windows)
#: begins in the folder the main process was in at that moment (the copy of a side `cxkit review` lints).
#: The command line's process hands it on in the environment (:func:`cxkit.entry.main`); importing cxkit
#: only reads it, so a program that uses cxkit as a library keeps its environment as it was.
_FIRST_FOLDER = _os.environ.get("_CXKIT_START_FOLDER") or _START_FOLDER or ""


def _imported(name: str) -> object:
    """The module ``name`` if it is imported, or being imported, in this process (None if not), whole.

    What a look into ``sys.modules`` gives while another thread runs the module's code is the module
    half made (its names after the line being run are not there yet): this waits for that thread's
    import to finish, as an import statement does, instead.  Used where cxkit asks whether a module
    is in use without importing it (the lint cache, the rules' registry).
    """
    import sys

    module = sys.modules.get(name)
    if module is not None and getattr(getattr(module, "__spec__", None), "_initializing", False):
        __import__(name)  # takes the module's import lock: returns once the importing thread is done
        module = sys.modules.get(name)
    return module


def __getattr__(name: str) -> object:
    if name == "api":
        from importlib import import_module

        return import_module("cxkit.api")
    raise AttributeError(f"module 'cxkit' has no attribute {name!r}")
