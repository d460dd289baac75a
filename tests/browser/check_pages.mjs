// Open exported policy pages in Debian's Chromium and report, as JSON on stdout:
// - whether every table-of-contents link lands on its heading, and
// - axe-core accessibility violations, in light and in dark colour scheme.
// Usage: node check_pages.mjs PAGE.html [PAGE.html ...]
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const axeScript = require.resolve("axe-core/axe.min.js");

// Without the networking flags Chromium tries to reach Google's services at start-up.
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const profile = mkdtempSync(join(tmpdir(), "pw-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: FLAGS,
  viewport: { width: 1100, height: 800 },
});
async function checkPage(file) {
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(file)).href);
  // Each contents link is clicked in the page (its default action: go to the fragment and
  // scroll), starting from the top without a fragment as after a fresh load.
  const toc = await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const out = [];
    for (const link of document.querySelectorAll("nav a[href^='#']")) {
      const h = link.getAttribute("href");
      history.replaceState(null, "", location.pathname);
      window.scrollTo(0, 0);
      await frame();
      link.click();
      await frame();
      const target = document.getElementById(decodeURIComponent(h.slice(1)));
      if (!target) { out.push({ href: h, ok: false, reason: "no element with this id" }); continue; }
      const heading = target.matches("h1,h2,h3,h4,h5,h6") ? target : target.querySelector("h1,h2,h3,h4,h5,h6");
      if (!heading) { out.push({ href: h, ok: false, reason: "target is not a heading or a section with one" }); continue; }
      const top = heading.getBoundingClientRect().top;
      const atBottom = window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;
      const ok = location.hash === h && (Math.abs(top) < 40 || (atBottom && top >= 0 && top < window.innerHeight));
      out.push({ href: h, ok, reason: ok ? "" : `heading at ${Math.round(top)}px, hash ${location.hash}` });
    }
    return out;
  });
  const links = toc.map((t) => t.href);
  const axe = {};
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.addScriptTag({ path: axeScript });
    axe[scheme] = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
    });
  }
  await page.close();
  return { file, tocLinks: links.length, toc, axe, requests };
}

const results = [];
try {
  for (const file of process.argv.slice(2)) results.push(await checkPage(file));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
