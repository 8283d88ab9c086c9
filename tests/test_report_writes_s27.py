"""A machine-readable report on standard output (`cxkit lint -f sarif|json|github|gitlab`) goes out in
a few writes, not one system call per JSON token, with the same UTF-8 bytes; each finished line is out
before anything cxkit says next on stderr."""

from __future__ import annotations

import io
import json

from cxkit.cliutil import Utf8Output


class _CountingRaw(io.RawIOBase):
    def __init__(self) -> None:
        self.data = bytearray()
        self.calls = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        self.calls += 1
        self.data += bytes(b)
        return len(b)


def _stdout(encoding: str) -> tuple[io.TextIOWrapper, _CountingRaw]:
    raw = _CountingRaw()
    return io.TextIOWrapper(io.BufferedWriter(raw, buffer_size=1 << 16), encoding=encoding), raw


def _sarif_like(n: int) -> list[dict]:
    return [{"ruleId": f"CX{i % 40:03d}", "message": {"text": f"Persona „Zofia Żółkiewska” nie ma celu ({i})"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": f"personas/zofia-{i}.yaml"},
                                                  "region": {"startLine": i + 1, "startColumn": 3}}}]}
            for i in range(n)]


def test_json_dump_through_the_report_stream_is_a_few_writes_of_the_same_bytes() -> None:
    stdout, raw = _stdout("ascii")  # a C locale: the report is UTF-8 all the same
    data = _sarif_like(300)
    out = Utf8Output(stdout)
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
    stdout.flush()
    assert raw.data.decode("utf-8") == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert raw.calls < 20  # one write per JSON token was over 15,000 here


def test_text_the_stream_held_goes_first_and_a_finished_line_is_out_at_once() -> None:
    stdout, raw = _stdout("utf-8")
    stdout.write("before\n")
    out = Utf8Output(stdout)
    out.write("::error file=personas/łucja.yaml,line=3,col=1::brak celu")
    out.write("\n")
    assert raw.data.decode("utf-8") == "before\n::error file=personas/łucja.yaml,line=3,col=1::brak celu\n"


def test_a_text_only_stream_takes_the_text() -> None:
    stream = io.StringIO()
    Utf8Output(stream).write("Łódź\n")
    assert stream.getvalue() == "Łódź\n"
