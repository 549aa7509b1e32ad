"""`make bench`: the site as production serves it, against a bare Django floor, in one run.

For each archive size (BENCH_SIZES, default 10,000 and 1,000,000 messages) it:
1. makes (once, then reuses) a PostgreSQL database of that size with
   `manage.py generate_messages`, and empties this run's Redis database;
2. serves a bare Django "hello world" (bench/floor.py) and the site under the same gunicorn
   settings (2 sync workers, DEBUG off, PostgreSQL, Redis), and measures each page with the
   same wrk flags (-t2 -c32, BENCH_SECONDS each, default 4) in BENCH_ROUNDS (default 3)
   rounds of a floor reading then a page reading, and takes the median of the rounds'
   ratios: each ratio is to the floor read just before it. (One floor reading a size, then
   one a page, were not enough on these machines: the floor moved by half within minutes,
   and every ratio with it.) Only one server is loaded at a time; the other waits idle;
3. serves the site twice: with the page cache, and without it (DJANGO_PAGE_CACHE=0);
4. prints req/s, p99 and the ratio to the floor for every page, and whether each of the
   issue's targets is met; with two sizes, also each uncached page's growth between them.

Everything is bounded: each wrk run by its duration, each server start by STARTUP_SECONDS,
the database generation by GENERATE_SECONDS. wrk and nginx are installed with apt-get when
missing. Environment: BENCH_DATABASE_PREFIX (default postgres://postgres@127.0.0.1:5432/
embassy_bench_), BENCH_REDIS_URL (default redis://127.0.0.1:6379/1: this run's database
there is emptied with FLUSHDB, never FLUSHALL), BENCH_PORT (default 8101, the site's; the
floor's is the next one).
For a quick look while working: BENCH_PAGES (a comma-separated list of words; only the pages
whose names contain one are measured) and BENCH_MODES ("cached", "uncached" or both).
"""

import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "10000 1000000").split()]
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DATABASE_PREFIX = os.environ.get(
    "BENCH_DATABASE_PREFIX", "postgres://postgres@127.0.0.1:5432/embassy_bench_"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")
PORT = int(os.environ.get("BENCH_PORT", "8101"))
FLOOR_PORT = PORT + 1


def page_words(text):
    """BENCH_PAGES's words: comma-separated, blanks left out."""
    return [word.strip() for word in text.split(",") if word.strip()]


PAGE_WORDS = page_words(os.environ.get("BENCH_PAGES", ""))
MODES = os.environ.get("BENCH_MODES", "cached uncached").split()
# As browsers ask: every browser sends Accept-Encoding (the floor's 12 bytes go as they are).
WRK_FLAGS = ["-t2", "-c32", f"-d{SECONDS}s", "--latency", "-H", "Accept-Encoding: gzip"]
STARTUP_SECONDS = 60
SETTLE_SECONDS = 3
GENERATE_SECONDS = 3600
RESULTS = ROOT / "var" / "bench"

# Page name -> (target group, or None when only reported).
GROUPS = {
    "home": "page", "archive, page 1": "list", "archive, deep page (250)": "list",
    "archive, last page": "list", "newest message": "page", "oldest message": "page",
    "category": "list", "RSS": "page", "Atom": "page", "JSON Feed": "page",
    "search \"fisheries\"": "search", "search \"cooperation\" (common)": "search",
    "consular": "page", "sitemap index": "page", "sitemap section": "page",
}
# Uncached targets, as shares of the floor (issue #9); every cached page: 0.9.
UNCACHED_TARGETS = {"list": 0.2, "page": 0.25, "search": 0.05}
CACHED_TARGET = 0.9
GROWTH_LIMIT = 1.5


def main():
    ensure_tools()
    database = {size: f"{DATABASE_PREFIX}{size_name(size)}" for size in SIZES}
    site_env = production_env()
    run(["manage.py", "collectstatic", "--noinput", "-v0"], env=site_env)
    results = {"date": datetime.now(UTC).isoformat(timespec="minutes"), "cores": os.cpu_count(),
               "seconds": SECONDS, "rounds": ROUNDS, "wrk": WRK_FLAGS, "sizes": {}}
    for size in SIZES:
        env = {**site_env, "DATABASE_URL": database[size]}
        prepare_database(size, env)
        pages = chosen_pages(page_urls(env))
        sized = {"pages": pages}
        with serving(["bench.floor:application"], env, FLOOR_PORT) as floor:
            for mode, cache_flag in (("cached", "1"), ("uncached", "0")):
                if mode not in MODES:
                    continue
                flush_redis()
                mode_env = {**env, "DJANGO_PAGE_CACHE": cache_flag}
                with serving(["embassy.wsgi"], mode_env, PORT) as site:
                    sized[mode] = {name: measure(site + url, floor)
                                   for name, url in pages.items()}
        results["sizes"][size] = sized
        report_size(size, sized)
    if len(SIZES) > 1 and "uncached" in MODES:
        report_growth(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{datetime.now(UTC):%Y%m%dT%H%M}.json"
    out.write_text(json.dumps(results, indent=1))
    print(f"\nResults: {out.relative_to(ROOT)}")


def size_name(size):
    return f"{size // 1_000_000}m" if size % 1_000_000 == 0 else f"{size // 1000}k"


def ensure_tools(tools=("wrk", "nginx")):
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        print(f"Installing {' '.join(missing)} …")
        subprocess.run(["apt-get", "update", "-qq"], check=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, timeout=600,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def production_env():
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "REDIS_URL": REDIS_URL,
        "DJANGO_RELEASE": f"bench-{time.time():.0f}",
    }


def run(args, env, timeout=600, capture=False):
    return subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env, check=True, timeout=timeout,
        capture_output=capture, text=True,
    )


def prepare_database(size, env):
    """Make the database and its archive once; later runs reuse it as it is."""
    name = env["DATABASE_URL"].rsplit("/", 1)[1]
    server = env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(
        ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], check=True,
                       timeout=60)
    run(["manage.py", "migrate", "--noinput", "-v0"], env=env, timeout=GENERATE_SECONDS)
    count = int(run(["manage.py", "shell", "--no-imports", "-c",
                     "from press.models import Message; print(Message.objects.count())"],
                    env=env, capture=True).stdout.strip())
    if count < size:
        print(f"Generating {size - count} messages in {name} (once) …")
        run(["manage.py", "load_demo"], env=env)
        run(["manage.py", "generate_messages", str(size - count)], env=env,
            timeout=GENERATE_SECONDS)


PAGE_URLS = """
from press.models import Category, Message
from press.views.messages import PAGE_SIZE
public = Message.objects.published()
newest, oldest = public.first(), public.order_by("published_at", "id").first()
deep_cursor = public.values_list("id", flat=True)[249 * PAGE_SIZE - 1]
category = Category.objects.order_by("id").first()
block = public.order_by("id").values_list("id", flat=True).first() // 5000
print(json.dumps({
    "home": "/",
    "archive, page 1": "/messages/",
    "archive, deep page (250)": f"/messages/?page=250&before={deep_cursor}",
    "archive, last page": "/messages/?page=last",
    "newest message": newest.get_absolute_url(),
    "oldest message": oldest.get_absolute_url(),
    "category": f"/categories/{category.slug}/",
    "RSS": "/messages/feed/rss/",
    "Atom": "/messages/feed/atom/",
    "JSON Feed": "/messages/feed.json",
    "search \\"fisheries\\"": "/messages/?q=fisheries",
    "search \\"cooperation\\" (common)": "/messages/?q=cooperation",
    "consular": "/consular/",
    "sitemap index": "/sitemap.xml",
    "sitemap section": f"/sitemap-messages-{block}.xml",
}))
"""


def page_urls(env):
    output = run(["manage.py", "shell", "--no-imports", "-c", "import json\n" + PAGE_URLS],
                 env=env, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def chosen_pages(pages, words=PAGE_WORDS):
    """The pages whose names contain one of `words` (BENCH_PAGES); all of them without any."""
    return {name: url for name, url in pages.items()
            if not words or any(word in name for word in words)}


def flush_redis(url=REDIS_URL):
    subprocess.run(["redis-cli", "-u", url, "FLUSHDB"], check=True, timeout=30,
                   capture_output=True)


@contextlib.contextmanager
def serving(app, env, port):
    """Serve `app` with gunicorn (2 workers) on `port` while the block runs; yield its root."""
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), *app, "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    try:
        wait_for(port)
        # The first worker answers while the second may still be importing Django: the first
        # reading would share the cores with it.
        time.sleep(SETTLE_SECONDS)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure(url, floor):
    """ROUNDS of (wrk the floor, wrk `url`): the medians of the page's and the floor's
    figures, and the median of the rounds' ratios (`url`'s status is checked first)."""
    status = warm(url)
    rounds = []
    for _ in range(ROUNDS):
        floor_reading = wrk(floor + "/")
        rounds.append((floor_reading, wrk(url)))
    return {
        "url": url, "status": status,
        "rps": statistics.median(page["rps"] for _floor, page in rounds),
        "p99_ms": statistics.median(page["p99_ms"] for _floor, page in rounds),
        "errors": sum(page["errors"] for _floor, page in rounds),
        "floor_rps": statistics.median(floor["rps"] for floor, _page in rounds),
        "ratio": statistics.median(page["rps"] / floor["rps"] for floor, page in rounds),
        "rounds": [{"floor_rps": floor["rps"], "rps": page["rps"]} for floor, page in rounds],
    }


def wait_for(port):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)  # noqa: S310
            return
        except OSError as error:
            if getattr(error, "code", None) == 404:  # the floor has no /healthz: it is up
                return
            time.sleep(0.3)
    raise RuntimeError(f"The server on port {port} did not start.")


def warm(url):
    """One request per worker first, so that caches and connections are as they stay."""
    status = None
    for _ in range(4):
        try:
            with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
    return status


def wrk(url):
    output = subprocess.run(
        ["wrk", *WRK_FLAGS, url], capture_output=True, text=True, check=True,
        timeout=SECONDS + 60,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rate, "p99_ms": p99_ms, "errors": int(errors.group(1)) if errors else 0}


def verdict(ratio, target):
    return "met" if ratio >= target else "NOT MET"


def report_size(size, sized):
    floors = sorted(reading["floor_rps"] for mode in ("cached", "uncached") if mode in sized
                    for measured in sized[mode].values() for reading in measured["rounds"])
    print(f"\n=== {size:,} messages · floor (bare Django), read before each page's rounds: "
          f"{floors[0]:,.0f}–{floors[-1]:,.0f} req/s, median {statistics.median(floors):,.0f}")
    print(f"{'page':34} {'cached req/s':>12} {'p99':>8} {'×floor':>7} {'target':>8}   "
          f"{'uncached req/s':>14} {'p99':>8} {'×floor':>7} {'target':>13}")
    for name in sized["pages"]:
        columns = []
        for mode in ("cached", "uncached"):
            if mode not in sized:
                columns.append(f"{'(not measured)':>38}")
                continue
            measured = sized[mode][name]
            ratio = measured["ratio"]
            target = CACHED_TARGET if mode == "cached" else UNCACHED_TARGETS[GROUPS[name]]
            bad = "  (non-2xx answers!)" if measured["errors"] else ""
            columns.append(f"{measured['rps']:12,.0f} {measured['p99_ms']:7.1f}ms {ratio:7.3f} "
                           f"{verdict(ratio, target):>8} ≥{target}{bad}")
        print(f"{name:34} {'   '.join(columns)}")


def report_growth(results):
    small, large = min(results["sizes"]), max(results["sizes"])
    print(f"\n=== Growth of each uncached page from {small:,} to {large:,} messages "
          f"(time per request, floor-normalised; target ≤ {GROWTH_LIMIT}×)")
    for name in results["sizes"][small]["pages"]:
        costs = []
        for size in (small, large):
            costs.append(1 / results["sizes"][size]["uncached"][name]["ratio"])
        growth = costs[1] / costs[0]
        print(f"{name:34} {growth:5.2f}×  {'met' if growth <= GROWTH_LIMIT else 'NOT MET'}")


if __name__ == "__main__":
    main()
