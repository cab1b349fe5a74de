import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { verifyDisputeBundle } from '#dispute-bundle';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

/** The instant as the picker shows it in Asia/Shanghai (the browser's zone in these tests). */
const inShanghai = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** Saves the download the click starts and answers its name and parsed JSON. */
async function downloadBy(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(file, 'utf8')) as Bundle };
}

interface Bundle {
  format: string;
  ticket: { serviceNo: string };
  events: { type: string }[];
  integrity: { eventCount: number };
}

describeInBrowser('the audit log and dispute bundles', () => {
  const world = deskInBrowser();
  let ticketId: string;
  let serviceNo: string;
  let reportedMs: number;

  beforeAll(async () => {
    const reported = await world.desk.agent.post('/api/tickets', faultReport(world.desk.contractA));
    ({ id: ticketId, serviceNo } = reported.body as { id: string; serviceNo: string });
    reportedMs = Date.now();
    // The response is recorded two seconds later, so an as-of instant between them exists.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await world.desk.engineer.post(`/api/tickets/${ticketId}/responses`, {
      mode: 'remote',
      note: 'logged in',
    });
  });

  it('lets an auditor filter the log by event type and see the reported ticket with its service number', async () => {
    const page = await world.openAs(world.desk.auditor, '/audit');
    await page.getByText('Responded', { exact: true }).first().waitFor();

    await page.getByLabel('事件类型').click();
    await page.keyboard.type('FaultReported');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /查\s*询/ }).click();

    await page.waitForURL('**/audit?type=FaultReported');
    // The log shows only the reports now: the engineer's response and the number's assignment are gone.
    await page.getByText('Responded', { exact: true }).waitFor({ state: 'detached' });
    await page.getByText('ServiceNumberAssigned', { exact: true }).waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(serviceNo) });
    await row.waitFor();
    expect(await row.getByText('值班员').count()).toBe(1);
    expect(await row.getByText('网页').count()).toBe(0); // reported through the API, not the web desk
    await screenshot(page, 'audit');
  });

  it('downloads the ticket dispute bundle, which a third party can check', async () => {
    const page = await world.openAs(world.desk.auditor, '/audit?type=FaultReported');
    await page
      .getByRole('row', { name: new RegExp(serviceNo) })
      .getByRole('button', { name: '争议证据包' })
      .click();

    const dialog = page.getByRole('dialog', { name: `争议证据包 ${serviceNo}` });
    await dialog.getByText(`npm run cli -- verify-bundle dispute-bundle-${serviceNo}.json`).waitFor();
    const { name, json } = await downloadBy(page, () =>
      dialog.getByRole('button', { name: '下载证据包' }).click(),
    );

    expect(name).toBe(`dispute-bundle-${serviceNo}.json`);
    expect(json.format).toBe('service-ledger/dispute-bundle');
    expect(json.ticket.serviceNo).toBe(serviceNo);
    expect(json.events.map((e) => e.type)).toEqual(['FaultReported', 'Responded']);
    expect(verifyDisputeBundle(json).holds).toBe(true);
  });

  it('finds a ticket by its service number and gives its bundle as it stood before the response', async () => {
    const page = await world.openAs(world.desk.auditor, '/audit');
    await page.getByLabel('售后服务号').fill(serviceNo.toLowerCase());
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `争议证据包 ${serviceNo}` });
    await dialog.getByLabel('截至时间（可选）').fill(inShanghai(reportedMs + 1000));
    await page.keyboard.press('Enter');
    const { json } = await downloadBy(page, () => dialog.getByRole('button', { name: '下载证据包' }).click());

    expect(json.events.map((e) => e.type)).toEqual(['FaultReported']);
    expect(json.integrity.eventCount).toBe(1);
    expect(verifyDisputeBundle(json).holds).toBe(true);
  });

  it('says so next to the field when no ticket has the service number', async () => {
    const page = await world.openAs(world.desk.auditor, '/audit');
    await page.getByLabel('售后服务号').fill('SV-209912-9999');
    await page.keyboard.press('Enter');
    await page.getByText('没有售后服务号为 SV-209912-9999 的工单').waitFor();
  });

  it("shows only one actor's actions once the actor is chosen in the log", async () => {
    const page = await world.openAs(world.desk.auditor, '/audit');
    const responded = page.getByRole('row').filter({ has: page.getByText('Responded', { exact: true }) });
    // The auditor reads the actors by name (GET /api/people).
    const engineer = `Test engineer ${world.desk.engineer.username}`;
    await responded.getByRole('button', { name: engineer }).click();

    await page.waitForURL(`**/audit?actor=${world.desk.engineer.id}`);
    await page.getByText('FaultReported', { exact: true }).waitFor({ state: 'detached' }); // the old rows go
    await page.getByText('Responded', { exact: true }).waitFor(); // the engineer's come
    expect(await page.getByText('FaultReported', { exact: true }).count()).toBe(0);
    // The actor filter names the chosen one.
    await page.getByTitle(engineer, { exact: true }).waitFor();
  });

  it('narrows the log to a recording period picked in the local time', async () => {
    const page = await world.openAs(world.desk.auditor, '/audit?type=FaultReported');
    await page.getByRole('row', { name: new RegExp(serviceNo) }).waitFor();

    // From one second after the report (which is the only one): nothing left.
    await page.getByLabel('记录时间起').fill(inShanghai(reportedMs + 1000));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('没有符合条件的操作记录').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe(
      `${inShanghai(reportedMs + 1000).replace(' ', 'T')}+08:00`,
    );
  });
});
