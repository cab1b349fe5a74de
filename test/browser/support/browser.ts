import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTicketDesk, type TicketDesk } from '../../e2e/tickets/ticket-desk.fixture.js';

/** Debian's Chromium (`apt-get install chromium`, done by .ci/run); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SCREENSHOTS = join(ROOT, 'test', 'browser', 'screenshots');

/** Content-Security-Policy violations seen by any page since they were last taken. */
const cspViolations: string[] = [];

/** The CSP violations seen since the last call, and forgets them (a test that provokes one on purpose). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0, cspViolations.length);
}

/** In every page: each `securitypolicyviolation` event is reported to the test through a binding. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__reportCspViolation(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') +
    ' at ' + (e.sourceFile || document.location.href) + ':' + e.lineNumber + ' ' + (e.sample || ''));
});`;

/**
 * `describe` when Chromium is installed; otherwise the suite is skipped and says so plainly on
 * stderr (never a silent skip). The web UI must be built (`npm test` builds it): a missing build
 * fails the suite rather than skipping it. Every page runs under the service's CSP, and a test
 * in which any page saw a CSP violation fails (after it, naming the violation).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, () => {
      beforeAll(() => {
        if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
          throw new Error('The web UI is not built: run `npm run build:web` (npm test does it).');
        }
      });
      afterEach(() => {
        expect({ cspViolations: takeCspViolations() }).toEqual({ cspViolations: [] });
      });
      body();
    });
    return;
  }
  process.stderr.write(
    `Browser tests SKIPPED (${name}): no Chromium at ${CHROMIUM}; install it with \`apt-get install chromium\` (.ci/run does).\n`,
  );
  // Skipped only when this machine has no Chromium (none can be downloaded here; .ci/run installs
  // Debian's): the line above says so on every run, and CI, which has it, runs every browser test.
  describe.skip(name, body);
}

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A new page at a desktop size, Chinese first as the desk's users have it. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  language: 'zh' | 'en' = 'zh',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 900 },
    locale: language === 'zh' ? 'zh-CN' : 'en-US',
    timezoneId: 'Asia/Shanghai',
    // The UI honours the system's reduced-motion setting: no dialog animation for a click to race.
    reducedMotion: 'reduce',
  });
  await context.addInitScript(`localStorage.setItem('desk.language', '${language}')`);
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.setDefaultTimeout(15_000);
  return page;
}

/** Saves test/browser/screenshots/<name>.png (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
}

/** The real service (a ticket desk, see test/e2e) and a browser, started before a suite's tests. */
export interface DeskInBrowser {
  desk: TicketDesk;
  browser: Browser;
  /** A new page on the desk (see openPage). */
  open(language?: 'zh' | 'en'): Promise<Page>;
  /** A new page signed in as `who`, at `path` (see openSignedIn). */
  openAs(who: Credentials, path: string, language?: 'zh' | 'en'): Promise<Page>;
}

interface Credentials {
  username: string;
  password: string;
}

/** Where the web app keeps its session for the tab (apps/web/src/auth/session.tsx). */
const SESSION_KEY = 'desk.session';

/**
 * A new page already signed in as `who`, opened at `path`: the real login API answers, and its
 * answer is put where the web app keeps a session, once, before the app's first script runs (so a
 * sign-out in the test stays signed out). This spares each test a second load of the app; the
 * login form itself is what sign-in.spec.ts and story.spec.ts go through.
 */
export async function openSignedIn(
  world: DeskInBrowser,
  who: Credentials,
  path: string,
  language: 'zh' | 'en' = 'zh',
): Promise<Page> {
  const response = await fetch(`${world.desk.app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });
  if (response.status !== 200) throw new Error(`login of ${who.username} answered ${response.status}`);
  const answer = (await response.json()) as { accessToken: string; expiresIn: number; user: unknown };
  const session = JSON.stringify({
    user: answer.user,
    token: answer.accessToken,
    expiresAt: Date.now() + answer.expiresIn * 1000,
  });
  const page = await world.open(language);
  const given = JSON.stringify(`${SESSION_KEY}.given`);
  await page.addInitScript(
    `if (!sessionStorage.getItem(${given})) {
      sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(session)});
      sessionStorage.setItem(${given}, '1');
    }`,
  );
  await page.goto(path);
  return page;
}

/** Starts a ticket desk and Chromium before the suite's tests and stops both after them. */
export function deskInBrowser(): DeskInBrowser {
  const world: DeskInBrowser = {
    open: (language = 'zh') => openPage(world.browser, world.desk.app.baseUrl, language),
    openAs: (who, path, language) => openSignedIn(world, who, path, language),
  } as DeskInBrowser;
  beforeAll(async () => {
    world.desk = await startTicketDesk();
    world.browser = await launchBrowser();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.desk?.close();
  });
  return world;
}
