"""`python -m cxkit`: the command line, as the `cxkit` command runs it."""

import os
import sys


def _forget_current_folder() -> None:
    """Take the current folder off the front of ``sys.path``, where ``python -m`` puts it (``-P``
    aside): every module imported later (``difflib``, ``json``, a rule plugin's) was looked for there
    first, so a checkout being linted that holds a ``json.py`` ran it.  Kept when cxkit itself was
    found there (``python -m cxkit`` in its own ``src/``): its code comes from there anyway."""
    if sys.flags.safe_path or not sys.path:
        return
    try:
        here = os.path.realpath(os.getcwd())
    except OSError:  # the current folder is gone: nothing is found in it
        return
    first = os.path.realpath(sys.path[0] or ".")
    own = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    if first == here and own != here:
        del sys.path[0]


try:
    _forget_current_folder()

    from .entry import main  # noqa: E402 - after the current folder left the path
except KeyboardInterrupt:  # Ctrl-C this early ends as it does later (see cxkit.entry)
    sys.stderr.write("cxkit: interrupted\n")
    raise SystemExit(130) from None

main()
