import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser, openFile, type PageLog } from "../support/browser.js";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url).pathname;
const XSS = new URL("../fixtures/xss/", import.meta.url).pathname;
const PAYLOADS = JSON.parse(readFileSync(join(XSS, "payloads.json"), "utf8")) as Record<string, string>;
const SECTIONS = ["headline", "response", "coverage", "scores", "agents", "templates", "pilot", "examples", "issues"];

let browser: Awaited<ReturnType<typeof openBrowser>>;
const dir = mkdtempSync(join(tmpdir(), "carelens-report-"));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await openBrowser();
});
afterAll(async () => browser?.close());

/** Nothing ran and nothing was fetched: no console output, no errors, no requests, no dialogs, no marker. */
async function expectInert(page: import("playwright-core").Page, log: PageLog) {
  expect(log.console).toEqual([]);
  expect(log.errors).toEqual([]);
  expect(log.requests).toEqual([]);
  expect(log.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const counts = await page.evaluate(() => ({
    scripts: document.querySelectorAll("script").length,
    images: document.querySelectorAll("img, iframe, object, embed").length,
    handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll("[href]")].filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? "")).length,
  }));
  expect(counts).toEqual({ scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
}

describe("carelens report in headless Chromium", () => {
  test("report on ibm-twitter-cdp/test.json renders its charts and sections with no console errors and no requests", async () => {
    const inspect = JSON.parse(carelens("inspect", dataPath("ibm-twitter-cdp/test.json"), "-f", "ibm-cdp", "--json").stdout) as { agentIds: string[] };
    const pilot = join(dir, "pilot.txt");
    writeFileSync(pilot, `${inspect.agentIds.filter((a) => !a.endsWith("(unsigned)")).slice(0, 5).join("\n")}\n`);
    const out = join(dir, "report.html");
    const run = carelens("report", dataPath("ibm-twitter-cdp/test.json"), "-f", "ibm-cdp", "--pilot", pilot, "-o", out, "-q");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const { page, log } = await openFile(browser.context, out);
    await expectInert(page, log);
    const sections = await page.evaluate(() => [...document.querySelectorAll("main > section")].map((s) => s.id));
    expect(sections).toEqual(SECTIONS);
    // One chart per kind: FRT, response rate, coverage, scores, agents, templates, pilot.
    expect(await page.locator("figure svg").count()).toBe(7);
    expect(await page.locator("#examples details mark").count()).toBeGreaterThan(0);
    expect(await page.locator("#issues tbody tr").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });
    // The README's picture (docs/report.png is a copy): the top of the page as a reader first sees it.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = false)));
    await page.screenshot({ path: join(ARTIFACTS, "report-top.png"), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2600 } });
  });

  test("payloads in every field show as text and run nothing, with the CSP and with it stripped", async () => {
    const name = `x"><img src=x onerror=window.__pwned=1>.ndjson`;
    const input = join(dir, name);
    copyFileSync(join(XSS, "conversations.ndjson"), input);
    const out = join(dir, "xss.html");
    const run = carelens("report", input, "-f", "ndjson", "--mapping", join(XSS, "mapping.json"), "--pilot", join(XSS, "pilot.txt"), "-o", out, "-q");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const withCsp = readFileSync(out, "utf8");
    const stripped = join(dir, "xss-no-csp.html");
    writeFileSync(stripped, withCsp.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    expect(readFileSync(stripped, "utf8")).not.toContain("Content-Security-Policy");
    for (const file of [out, stripped]) {
      const { page, log } = await openFile(browser.context, file);
      await expectInert(page, log);
      const text = await page.evaluate(() => document.body.textContent ?? "");
      for (const payload of Object.values(PAYLOADS)) expect(text).toContain(payload);
      expect(text).toContain(name);
      // The payloads reached the page through each field: brand and agent ids (agents table, pilot list),
      // customer and agent names (examples), the template (leaderboard), the bad time (load issues).
      const section = (id: string) => page.evaluate((s) => document.getElementById(s)?.textContent ?? "", id);
      expect(await section("agents")).toContain(`/A${PAYLOADS.sq}`);
      expect(await section("pilot")).toContain(PAYLOADS.script);
      expect(await section("templates")).toContain(PAYLOADS.link!.toLowerCase());
      expect(await section("examples")).toContain(`Ana ${PAYLOADS.img}`);
      expect(await section("examples")).toContain(`Support ${PAYLOADS.dq}`);
      expect(await section("issues")).toContain(PAYLOADS.img);
      await page.close();
    }
    await (await openFile(browser.context, out)).page.screenshot({ path: join(ARTIFACTS, "report-xss.png"), fullPage: true });
  });

  test("the harness detects a payload that does run (control page)", async () => {
    const control = join(dir, "control.html");
    writeFileSync(control, `<!DOCTYPE html><html><body><p>control</p><img src=x onerror="window.__pwned='control';console.log('PWNED control')"></body></html>`);
    const { page, log } = await openFile(browser.context, control);
    await page.waitForFunction(() => (window as unknown as { __pwned?: string }).__pwned === "control");
    expect(log.console.map((m) => m.text)).toContain("PWNED control");
    expect(log.requests.length).toBeGreaterThan(0);
  });
});
