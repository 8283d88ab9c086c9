"""Write src/cxkit/lint/lexicons/built.json from the lexicons' YAML (run it after editing them).

cxkit reads the built file instead of parsing every pattern at each start; a lexicon edited
without running this still works (cxkit builds it in memory at every start, more slowly), and
tests/test_import_lexicon_s33.py fails until the file is written again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cxkit.lint.vague import BUILT_LEXICON, build_lexicon, built_lexicon_text  # noqa: E402


def main() -> None:
    out = ROOT / "src" / "cxkit" / "lint" / "lexicons" / BUILT_LEXICON
    out.write_text(built_lexicon_text(build_lexicon()), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
