// Runs Lighthouse (mobile preset: the default config) on each address given, in one Chromium,
// and prints {address: {scores: {category: 0-100}, failing: [audit titles]}} as JSON.
// Called by tests/quality/test_lighthouse.py; CHROME_PATH names the browser.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// The mobile preset, waiting a quarter of a second rather than a second or more for the page
// to fall quiet: these pages load no late content, and the suite runs twice in CI.
const CONFIG = {
  extends: "lighthouse:default",
  settings: {
    pauseAfterFcpMs: 250, pauseAfterLoadMs: 250,
    networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250,
  },
};
const addresses = process.argv.slice(2);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const results = {};
try {
  for (const address of addresses) {
    const { lhr } = await lighthouse(
      address, { port: chrome.port, logLevel: "error", onlyCategories: CATEGORIES }, CONFIG
    );
    const failing = [];
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failing.push(`${category}: ${audit.title} (${audit.displayValue || audit.score})`);
        }
      }
    }
    results[address] = {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round(lhr.categories[category].score * 100)])
      ),
      failing,
      ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
