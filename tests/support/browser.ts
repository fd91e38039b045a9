import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (scripts/setup-test-tools.sh installs it). */
export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A headless Chromium with a fresh profile (its --user-data-dir, removed on close). */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "carelens-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What happened while a page loaded: console messages, page errors, requests other than the page itself, dialogs. */
export interface PageLog {
  console: { type: string; text: string }[];
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/**
 * Opens a local HTML file in a new page and records everything it tried to do, then hovers and focuses
 * every element so that attribute-borne handlers (onmouseover, onfocus) would fire if any existed.
 */
export async function openFile(context: BrowserContext, path: string): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const log: PageLog = { console: [], errors: [], requests: [], dialogs: [] };
  page.on("console", (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on("pageerror", (error) => log.errors.push(error.message));
  page.on("request", (request) => {
    if (request.url() !== url) log.requests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll("body *")) {
      for (const type of ["mouseover", "focus", "click"]) element.dispatchEvent(new Event(type, { bubbles: false }));
    }
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  await page.waitForTimeout(200);
  return { page, log };
}
