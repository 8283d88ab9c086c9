"""lang-contradicts-text (CX602) reads a long word (a pasted base64 image, a minified URL) in time that
grows with its length, not with the square of it: a 33,000-character blob in a trait of a persona
with a Polish letter took the rule about 7 seconds of CPU, so 300,000 characters about ten minutes."""

from __future__ import annotations

import json
import time

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola-blob
name: Ola from Łódź
lang: pl
summary: Runs a bakery in the old town and takes the orders for the cakes by phone and by e-mail
goals:
  - text: Send the price of a wedding cake on the same day the couple asks for it
pain_points:
  - text: The photos of the cakes that the couples send are too large for the shop's mailbox
  - text: "data:image/png;base64,{blob}"
behaviours:
  - text: Answers the e-mails of the week on Sunday evening at the kitchen table
"""


def test_a_long_word_is_read_in_linear_time(tmp_path, monkeypatch):
    (tmp_path / "ola.yaml").write_text(PERSONA.format(blob="iVBORw0KGgo" * 3000), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    start = time.process_time()
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX602", "ola.yaml")
    spent = time.process_time() - start
    assert result.exception is None, repr(result.exception)
    assert [f["code"] for f in json.loads(result.stdout)] == ["CX602"]  # English marked `pl`: still told
    assert spent < 3, f"{spent:.1f} s of CPU"
