import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { accessibilityViolations } from './support/accessibility.js';
import { deskInBrowser, describeInBrowser } from './support/browser.js';

/** Each main screen, as its user sees it, checked by axe-core for the basics (labels, names, contrast). */
describeInBrowser('accessibility basics of every main screen', () => {
  const world = deskInBrowser();
  let ticketId: string;

  beforeAll(async () => {
    const reported = await world.desk.agent.post('/api/tickets', faultReport(world.desk.contractA));
    expect(reported.status).toBe(201);
    ticketId = reported.body.id;
  });

  async function screen(who: 'agent' | 'manager' | 'auditor' | 'customerA', path: string) {
    const page = await world.openAs(world.desk[who], path);
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
    ['the desk board', 'agent', '/board'],
    ['the new fault form', 'agent', '/new-fault'],
    ['the reports', 'manager', '/reports'],
    ['the archive', 'manager', '/archive'],
    ['the audit log', 'auditor', '/audit'],
    ['the customer portal', 'customerA', '/portal'],
  ] as const)('%s', async (_name, who, path) => {
    await expectNone(await screen(who, path));
  });

  it('the ticket page', async () => {
    await expectNone(await screen('agent', `/tickets/${ticketId}`));
  });
});
