import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/shared/clock.js';
import type { AppDeps } from '../../src/app-deps.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) against
 * the real server, listening on 127.0.0.1 with a fresh test database and
 * serving the built web app.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULTS_DIR = path.resolve('test-results');
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The global setup (test/global-setup.ts) has built web/dist before any test runs. */
export function ensureWebBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) throw new Error('web/dist is missing: the test global setup builds it');
}

export interface E2EServer {
  url: string;
  app: FastifyInstance;
  database: TestDatabase;
  /** The app's config, database and clock (e.g. for test/helpers/account-mail.ts, which delivers its account emails). */
  deps: AppDeps;
  close(): Promise<void>;
}

export async function startE2EServer(env: Record<string, string> = {}): Promise<E2EServer> {
  ensureWebBuilt();
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-'));
  const config = loadConfig({
    ASSAY_DATA_DIR: dataDir,
    ASSAY_DEMO: '0',
    ASSAY_WORKER: '0',
    ASSAY_SECURE_COOKIES: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const deps: AppDeps = { config, db: database.db, dialect: database.dialect, clock: systemClock };
  const app = await buildApp({ deps, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    deps,
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A browser context on the test server whose problems are tracked; with
 * `clipboard` it may read and write the clipboard (copy buttons).
 */
export async function newTrackedContext(
  browser: Browser,
  server: Pick<E2EServer, 'url'>,
  problems: PageProblems,
  options: { width: number; height: number; clipboard?: boolean; acceptDownloads?: boolean },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: options.width, height: options.height },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  trackContext(context, problems);
  return context;
}

/** Everything that went wrong in a page: console errors, uncaught errors, failed or refused requests. */
export interface PageProblems {
  list: string[];
  /** Requests that are allowed to abort (a file download ends its request that way). */
  allowAborted: (url: string) => boolean;
  /** Problems a test provokes on purpose (a refused key, a dropped connection), while they are listed here. */
  expected?: RegExp[];
}

function record(problems: PageProblems, message: string): void {
  if (problems.expected?.some((pattern) => pattern.test(message))) return;
  problems.list.push(message);
}

export function watchPage(page: Page, problems: PageProblems): Page {
  page.on('console', (message) => {
    if (message.type() === 'error') record(problems, `console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record(problems, `uncaught error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    if (failure.includes('ERR_ABORTED') && problems.allowAborted(request.url())) return;
    record(problems, `request failed: ${request.method()} ${request.url()} (${failure})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record(problems, `HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return page;
}

export function trackContext(context: BrowserContext, problems: PageProblems): void {
  for (const page of context.pages()) watchPage(page, problems);
  context.on('page', (page) => watchPage(page, problems));
}

/**
 * For `expect.poll`: what a page shows is checked again until it holds, since
 * the page updates after its requests return (a bare `expect(await …)` reads
 * one instant and fails on a slow machine). In-page expressions are polled
 * through page.evaluate (the DevTools protocol), not page.waitForFunction,
 * whose polling evaluates strings in the page and is refused by its CSP.
 */
export const POLL = { timeout: 10_000, interval: 100 };

/**
 * Navigates once the current page has finished its requests: leaving a page
 * cancels what it is still fetching, which would show up as failed requests.
 */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.goto(url);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** In-page expressions used by the tests, as text (see runAxe). */
export const inPage = {
  isFullscreen: 'document.fullscreenElement !== null',
  exitFullscreen: 'document.exitFullscreen()',
  horizontalOverflow: 'document.documentElement.scrollWidth - window.innerWidth',
  doneLoading: "document.querySelectorAll('.loading').length === 0",
  copyToClipboard: (text: string) => `navigator.clipboard.writeText(${JSON.stringify(text)})`,
};

/** Runs axe-core (WCAG 2.x A/AA rules) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(axeSource);
  // Browser-side code is passed as text: the test project is type-checked without the DOM library.
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  })()`)) as AxeViolation[];
  return violations;
}

export function seriousViolations(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * One JSON request to the test server, as an integrator sends it: an API key or
 * candidate token as Bearer (none when empty), a JSON body when given.
 * Answers the status and the parsed body; a test asserts on both.
 */
export async function requestJson<T>(baseUrl: string, method: string, url: string, body: unknown, token: string | null): Promise<{ status: number; data: T }> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as T };
}
