"""Lighthouse 12 on Debian's Chromium, mobile preset: the four pages visitors land on most.

Accessibility, best practices and SEO must score 100; performance at least 98. Performance is
measured from the tasks this machine actually ran, slowed down to the preset's phone: the
preset's 4× is meant for a faster machine than this one, so lighthouse.mjs sets the slowdown
from this machine's benchmark index, measured just before (about 2× here). A busy machine can
still cost a point: a page below 98 is measured again, up to twice, and its best run counts.
A real regression fails every run.
"""

import json
import os
import shutil
import subprocess

from .conftest import CHROMIUM, NODE_MODULES, npm_tool, require, require_chromium

SCRIPT = NODE_MODULES.parent / "tests" / "e2e" / "lighthouse.mjs"
MINIMUM = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 3


def total(report):
    return sum(report["scores"].values())


def lighthouse(urls):
    node = shutil.which("node")
    require(node, "no node for Lighthouse: install Node.js (Debian's nodejs)")
    result = subprocess.run(
        [node, str(SCRIPT), *urls],
        capture_output=True, text=True, timeout=300, check=True,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    return json.loads(result.stdout)


def shortfalls(report):
    return {
        category: score
        for category, score in report["scores"].items()
        if score < MINIMUM[category]
    }


def test_lighthouse_scores_on_the_most_visited_pages(public_pages, demo_site):
    require_chromium()
    npm_tool("lighthouse/package.json")
    urls = [
        demo_site.url + public_pages[name]
        for name in ("home", "all messages", "a message", "consular offices")
    ]
    best = {}
    to_measure = urls
    for _ in range(RUNS):
        for url, report in lighthouse(to_measure).items():
            if url not in best or total(report) > total(best[url]):
                best[url] = report
        to_measure = [url for url in urls if shortfalls(best[url])]
        if not to_measure:
            break
    for url, report in best.items():
        # Shown with -s, and with a failure.
        print(url, report["scores"], f"CPU slowdown {report['cpuSlowdown']}×")
    failures = {
        url: {"scores": report["scores"], "failing audits": report["failing"]}
        for url, report in best.items()
        if shortfalls(report)
    }
    assert failures == {}
