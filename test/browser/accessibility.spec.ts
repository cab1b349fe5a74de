import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { accessibilityViolations } from './support/accessibility.js';
import { deskInBrowser, describeInBrowser, signIn } from './support/browser.js';

/** Each main screen, as its user sees it, checked by axe-core for the basics (labels, names, contrast). */
describeInBrowser('accessibility basics of every main screen', () => {
  const world = deskInBrowser();
  let ticketId: string;

  beforeAll(async () => {
    const reported = await world.desk.agent.post('/api/tickets', faultReport(world.desk.contractA));
    expect(reported.status).toBe(201);
    ticketId = reported.body.id;
  });

  async function screen(who: 'agent' | 'manager' | 'auditor' | 'customerA', home: string, path: string) {
    const page = await world.open();
    await signIn(page, world.desk[who].username, world.desk[who].password);
    await page.waitForURL(`**/${home}`);
    if (path !== `/${home}`) await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    return page;
  }

  const expectNone = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

  it('the login', async () => {
    const page = await world.open();
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    await expectNone(page);
  });

  it.each([
    ['the desk board', 'agent', 'board', '/board'],
    ['the new fault form', 'agent', 'board', '/new-fault'],
    ['the reports', 'manager', 'board', '/reports'],
    ['the archive', 'manager', 'board', '/archive'],
    ['the audit log', 'auditor', 'audit', '/audit'],
    ['the customer portal', 'customerA', 'portal', '/portal'],
  ] as const)('%s', async (_name, who, home, path) => {
    await expectNone(await screen(who, home, path));
  });

  it('the ticket page', async () => {
    await expectNone(await screen('agent', 'board', `/tickets/${ticketId}`));
  });
});
