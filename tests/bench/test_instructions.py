"""The pure parts of `make bench-instructions` (bench/instructions.py): reading callgrind's
total, the share per request, the choice of pages by BENCH_PAGES, the request the site is
given and the report. Nothing here runs valgrind, wrk or a bench database."""

import pytest

from bench.instructions import floor_ratio, get, millions, per_request, report, total_instructions
from bench.run import GROUPS, chosen_pages, page_words

# A callgrind output file as `--collect-atstart=no --toggle-collect=_operator_call` writes it
# (callgrind 3.19, cut): the cost lines' numbers are not the total.
CALLGRIND_OUTPUT = """\
# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 11528
cmd:  /work/main/.venv/bin/python -m bench.instructions --child floor / 20
part: 1

desc: Timerange: Basic block 0 - 182704543
desc: Trigger: Program termination

positions: line
events: Ir
summary: 5786289


ob=(2) ???
fl=(52) ???
fn=(3638) 0x0000000004936788
0 63
cob=(6) /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
cfn=(2338)
calls=16 76
* 24
fe=(662)

totals: 5786289
"""


def test_the_total_is_the_summary_line():
    assert total_instructions(CALLGRIND_OUTPUT) == 5786289


def test_without_a_summary_line_the_total_is_the_totals_line():
    text = CALLGRIND_OUTPUT.replace("summary: 5786289\n", "").replace("5786289", "4321")
    assert total_instructions(text) == 4321


def test_an_output_without_a_total_is_refused():
    text = CALLGRIND_OUTPUT.replace("summary: 5786289\n", "").replace("totals: 5786289\n", "")
    with pytest.raises(ValueError, match="No summary"):
        total_instructions(text)


def test_a_count_of_nothing_is_refused():
    """The toggle's function never ran (another Python, a loop not called through
    operator.call): zero is not a page's cost."""
    text = CALLGRIND_OUTPUT.replace("5786289", "0")
    with pytest.raises(ValueError, match="counted nothing"):
        total_instructions(text)


def test_instructions_per_request_divide_the_total_by_the_measured_requests():
    assert per_request(173_200_000, 20) == 8_660_000
    assert millions(per_request(173_200_000, 20)) == "8.66M"


def test_the_ratio_is_the_floor_over_the_page():
    assert floor_ratio(290_000, 1_160_000) == pytest.approx(0.25)
    assert floor_ratio(290_000, 290_000) == 1


def test_bench_pages_words_are_split_at_commas_and_blanks_left_out():
    assert page_words(" RSS, ,search ,") == ["RSS", "search"]
    assert page_words("") == []


def test_bench_pages_choose_the_pages_whose_names_contain_a_word():
    pages = {name: f"/{number}/" for number, name in enumerate(GROUPS)}
    assert list(chosen_pages(pages, ["search", "Atom"])) == [
        "Atom", "search \"fisheries\"", "search \"cooperation\" (common)",
    ]
    assert list(chosen_pages(pages, ["archive"])) == [
        "archive, page 1", "archive, deep page (250)", "archive, last page",
    ]
    assert chosen_pages(pages, []) == pages
    assert chosen_pages(pages, ["nothing of the kind"]) == {}


def test_the_report_gives_each_page_its_instructions_and_ratio_in_order():
    floor = 290_000
    pages = {name: {"instructions": count, "ratio": floor_ratio(floor, count)}
             for name, count in (("home", 8_660_000), ("RSS", 1_160_000))}
    lines = report(10_000, floor, pages).strip().splitlines()
    assert lines[0] == ("=== 10,000 messages, uncached · floor (bare Django, in-process): "
                        "0.29M instructions a request")
    assert lines[2].split() == ["home", "8.66M", "0.0335×"]
    assert lines[3].split() == ["RSS", "1.16M", "0.250×"]
    assert len(lines) == 4


def test_a_request_is_given_as_gunicorn_gives_it_and_its_body_joined():
    seen = {}

    def application(environ, start_response):
        seen.update(environ, body=environ["wsgi.input"].read())
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"Hello, ", b"world"]

    assert get(application, "/messages/?page=250&before=42") == ("200 OK", b"Hello, world")
    assert {key: seen[key] for key in (
        "REQUEST_METHOD", "PATH_INFO", "QUERY_STRING", "HTTP_HOST", "SERVER_NAME",
        "SERVER_PORT", "HTTP_ACCEPT_ENCODING", "wsgi.url_scheme", "body",
    )} == {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/messages/", "QUERY_STRING": "page=250&before=42",
        "HTTP_HOST": "127.0.0.1:8101", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8101",
        "HTTP_ACCEPT_ENCODING": "gzip", "wsgi.url_scheme": "http", "body": b"",
    }
