"""`make bench-instructions`: CPU instructions per uncached request of each page, by callgrind.

Why: `make bench`'s req/s move with the machine (the floor by a fifth within minutes on two
cores), so a change of a few percent cannot be seen there. Instructions counted by callgrind do
not depend on the machine's load: a page's count repeats to about ±1% (it still moves by up to
0.3M when the header's minute turns during the count, or a collection of the garbage collector
falls in it). These counts are what decide whether an optimisation is kept.

How, for each page of bench/run.py's list (page_urls) at each size (BENCH_SIZES, default only
10,000 messages: the database bench/run.py makes, made here the same way if it is missing),
one at a time (the machine has two cores):
1. a child process, in bench/run.py's production environment (DEBUG off, PostgreSQL, Redis)
   with the page cache off (DJANGO_PAGE_CACHE=0), imports the site's WSGI application
   (embassy.wsgi) and calls it in-process, with no server and no socket, with a GET of the
   page as gunicorn would pass it (Host 127.0.0.1:8101, Accept-Encoding: gzip), and joins the
   body. Every answer must be 200, or the run stops;
2. it makes WARMUPS (5) requests, then REQUESTS (BENCH_REQUESTS, default 20) inside
   `operator.call(measured)`;
3. the child runs under `valgrind --tool=callgrind --collect-atstart=no
   --toggle-collect=_operator_call`, which counts only while operator.call's C function runs:
   the measured loop. Starting Python and Django is not counted (it varies by about ±170M
   instructions between identical runs, far more than a page costs);
4. the total of the callgrind output's `summary:` (or `totals:`) line, divided by REQUESTS, is
   the page's instructions per request.
The floor, bench/floor.py's bare Django "hello world", is counted the same way, and each
page's ratio is floor / page: the Python-side analogue of `make bench`'s req/s ratio, not the
same number. Served, each request also costs gunicorn's, wrk's and the kernel's work, the same
for the floor and the page, which raises the served ratio; the page's PostgreSQL work, in
another process, is not counted here, which lowers it. So a target of 0.25× reads here as at
most 4× the floor's instructions: a guide, not a verdict on the served target.

Valgrind's virtual CPU has no SHA extensions, so OpenSSL's SHA-256 (each page's ETag:
embassy/content_etags.py) runs its generic code here, about 28 instructions a byte, where the
real CPU hashes the page in less time than MD5 took: a count overstates a page by about 1M
per 40 KB against what it costs.

Prints, for each page, its instructions per request (e.g. 8.66M) and the ratio, and saves them
with the commit (and the files changed and not committed: the working tree is what is counted;
a change to either during the run is reported) and the date as JSON in var/bench/. Every child
is bounded by BENCH_CHILD_SECONDS (default 900). valgrind is installed with apt-get when
missing. Environment: BENCH_DATABASE_PREFIX and BENCH_PAGES as for bench/run.py; BENCH_SIZES
(default 10000 here); BENCH_REQUESTS; BENCH_INSTRUCTIONS_REDIS_URL (default
redis://127.0.0.1:6379/7, emptied with FLUSHDB at the start; not `make bench`'s database, so
that both can run at once).
"""

import io
import json
import operator
import os
import platform
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as bench/instructions.py rather than -m bench.instructions
    sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402
    DATABASE_PREFIX,
    PYTHON,
    RESULTS,
    chosen_pages,
    ensure_tools,
    flush_redis,
    page_urls,
    prepare_database,
    production_env,
    run,
    size_name,
)

SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "10000").split()]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "20"))
WARMUPS = 5
CHILD_SECONDS = int(os.environ.get("BENCH_CHILD_SECONDS", "900"))
REDIS_URL = os.environ.get("BENCH_INSTRUCTIONS_REDIS_URL", "redis://127.0.0.1:6379/7")
FLOOR_URL = "/"
# operator.call's C function: callgrind counts only while it runs (Python 3.11 and later).
TOGGLE = "_operator_call"
VALGRIND = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={TOGGLE}"]
TOTAL_LINE = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)


def main():
    ensure_tools(["valgrind"])
    site_env = {**production_env(), "REDIS_URL": REDIS_URL, "DJANGO_PAGE_CACHE": "0",
                "DJANGO_SETTINGS_MODULE": "embassy.settings"}
    run(["manage.py", "collectstatic", "--noinput", "-v0"], env=site_env)
    flush_redis(REDIS_URL)
    results = {"date": datetime.now(UTC).isoformat(timespec="minutes"), **commit(),
               "python": platform.python_version(), "valgrind": valgrind_version(),
               "requests": REQUESTS, "warmups": WARMUPS, "sizes": {}}
    floor = per_request(count("floor", FLOOR_URL, site_env), REQUESTS)
    results["floor"] = {"url": FLOOR_URL, "instructions": floor}
    for size in SIZES:
        env = {**site_env, "DATABASE_URL": f"{DATABASE_PREFIX}{size_name(size)}"}
        prepare_database(size, env)
        pages = {}
        for name, url in chosen_pages(page_urls(env)).items():
            instructions = per_request(count("site", url, env), REQUESTS)
            pages[name] = {"url": url, "instructions": instructions,
                           "ratio": floor_ratio(floor, instructions)}
            print(f"  {name}: {millions(instructions)}", flush=True)
        results["sizes"][size] = {"database": env["DATABASE_URL"], "pages": pages}
        print(report(size, floor, pages))
    if (ending := commit()) != {key: results[key] for key in ending}:
        # The tree was committed to or edited while the pages were counted: say so.
        results["at_end"] = ending
        print(f"\nThe working tree changed during the run (from {results['commit'][:7]} to "
              f"{ending['commit'][:7]}, {len(ending['uncommitted'])} files not committed): "
              "the pages were not all counted on the same code.")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"instructions-{datetime.now(UTC):%Y%m%dT%H%M}.json"
    out.write_text(json.dumps(results, indent=1))
    print(f"\nResults: {out.relative_to(ROOT)}")


def count(app, url, env):
    """Instructions of REQUESTS GETs of `url` by `app` ("site" or "floor") in a child process
    under callgrind, counted in the measured loop only (the child is `child` below)."""
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as folder:
        out = Path(folder) / "callgrind.out"
        args = [*VALGRIND, f"--callgrind-out-file={out}",
                PYTHON, "-m", "bench.instructions", "--child", app, url, str(REQUESTS)]
        try:
            done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=CHILD_SECONDS)
        except subprocess.TimeoutExpired as error:
            raise RuntimeError(f"Counting {app} {url} took over {CHILD_SECONDS} s.") from error
        if done.returncode != 0:
            raise RuntimeError(f"Counting {app} {url} failed ({done.returncode}):\n"
                               f"{done.stderr[-4000:]}")
        return total_instructions(out.read_text())


def total_instructions(text):
    """The instructions a callgrind output file counts: its `summary:` line, or `totals:`."""
    found = TOTAL_LINE.search(text)
    if found is None:
        raise ValueError("No summary: or totals: line in the callgrind output.")
    total = int(found.group(1))
    if total == 0:
        raise ValueError(f"callgrind counted nothing: {TOGGLE} never ran (operator.call is "
                         "Python 3.11's; was the measured loop called through it?)")
    return total


def per_request(total, requests):
    return total / requests


def floor_ratio(floor, instructions):
    """floor / page: the share of the floor's rate the page would have if instructions were
    all a request cost (at 0.25, four times the floor's instructions)."""
    return floor / instructions


def millions(instructions):
    return f"{instructions / 1e6:.2f}M"


def report(size, floor, pages):
    """The table of one size: each page's instructions per request and floor / page."""
    lines = [f"\n=== {size:,} messages, uncached · floor (bare Django, in-process): "
             f"{millions(floor)} instructions a request",
             f"{'page':34} {'instructions':>12} {'floor/page':>11}"]
    for name, measured in pages.items():
        lines.append(f"{name:34} {millions(measured['instructions']):>12} "
                     f"{measured['ratio']:#10.3g}×")
    return "\n".join(lines)


def commit():
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=True, timeout=60).stdout
    changed = [line[3:] for line in git("status", "--porcelain", "--untracked-files=no")
               .splitlines()]
    return {"commit": git("rev-parse", "HEAD").strip(), "uncommitted": changed}


def valgrind_version():
    return subprocess.run(["valgrind", "--version"], capture_output=True, text=True,
                          check=True, timeout=60).stdout.strip()


def get(application, url):
    """A GET of `url` as gunicorn passes it to the application: (status line, body)."""
    path, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8101", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8101", "HTTP_ACCEPT_ENCODING": "gzip",
        "wsgi.input": io.BytesIO(), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
    }
    statuses = []
    body = b"".join(application(environ, lambda status, headers, exc_info=None:
                                statuses.append(status)))
    return statuses[0], body


def child(app, url, requests):
    """In the child, under callgrind: WARMUPS requests, then `requests` in operator.call."""
    if app == "floor":
        from bench.floor import application
    else:
        from embassy.wsgi import application
    statuses = []
    for _ in range(WARMUPS):
        statuses.append(get(application, url)[0])

    def measured():
        for _ in range(requests):
            statuses.append(get(application, url)[0])

    operator.call(measured)
    wrong = sorted({status for status in statuses if not status.startswith("200 ")})
    if wrong:
        sys.exit(f"{url} answered {', '.join(wrong)}, not 200.")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
