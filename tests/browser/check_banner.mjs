// Run a cookie banner configuration in the CookieConsent library's own code, in Debian's
// Chromium, and report as JSON on stdout what the banner shows: its category toggles, its
// preferences sections, the cookie names in its tables, and any request that left the page.
// Usage: node check_banner.mjs CONFIG.js
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const library = dirname(require.resolve("vanilla-cookieconsent/dist/cookieconsent.umd.js"));
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const config = resolve(process.argv[2]);
const profile = mkdtempSync(join(tmpdir(), "pw-banner-"));
const page = join(profile, "banner.html");
writeFileSync(page, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banner</title>
<link rel="stylesheet" href="${pathToFileURL(join(library, "cookieconsent.css")).href}"></head>
<body><main><h1>Site</h1></main>
<script src="${pathToFileURL(join(library, "cookieconsent.umd.js")).href}"></script>
<script src="${pathToFileURL(config).href}"></script></body></html>`);

const context = await chromium.launchPersistentContext(join(profile, "chromium"), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: FLAGS,
});
try {
  // The library hides the banner from bots, and a browser driven by a program says it is one.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, "webdriver", { get: () => false });
  });
  const tab = await context.newPage();
  const requests = [];
  const errors = [];
  tab.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector("#cc-main .cm", { timeout: 10000 });
  const consentTitle = await tab.textContent("#cc-main #cm__title");
  await tab.evaluate(() => window.CookieConsent.showPreferences());
  await tab.waitForSelector("#cc-main .pm", { state: "visible", timeout: 10000 });
  const shown = await tab.evaluate(() => ({
    toggles: [...document.querySelectorAll("#cc-main input.section__toggle")]
      .filter((t) => !t.closest(".toggle-service"))
      .map((t) => ({ value: t.value, checked: t.checked, disabled: t.disabled })),
    services: [...document.querySelectorAll("#cc-main .toggle-service input.section__toggle")]
      .map((t) => t.value),
    sections: [...document.querySelectorAll("#cc-main .pm__section-title")].map((s) => s.textContent.trim()),
    cookies: [...document.querySelectorAll("#cc-main .pm__table-tr, #cc-main tbody tr")].map(
      (row) => (row.querySelector("td") || {}).textContent?.trim() || ""),
    categories: Object.keys(window.CookieConsent.getConfig("categories") || {}),
  }));
  console.log(JSON.stringify({ consentTitle, ...shown, requests, errors }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
