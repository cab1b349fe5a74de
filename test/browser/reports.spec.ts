import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

describeInBrowser('reports in the web UI', () => {
  const world = deskInBrowser();

  beforeAll(async () => {
    // October 2026 in Shanghai: three tickets (two of customer A, one of B); one in September that must not count.
    const report = async (contractId: string, reportedAt: string) => {
      const answer = await world.desk.agent.post('/api/tickets', faultReport(contractId, { reportedAt }));
      expect(answer.status).toBe(201);
      return answer.body.id as string;
    };
    const first = await report(world.desk.contractA, '2026-10-05T09:00:00+08:00');
    // Only the first is answered, 10 minutes after the report: within the 30-minute response target.
    const responded = await world.desk.engineer.post(`/api/tickets/${first}/responses`, {
      mode: 'remote',
      note: 'checked remotely (test)',
      occurredAt: '2026-10-05T09:10:00+08:00',
    });
    expect(responded.status).toBe(200);
    // ... and resolved 5 hours after the report: in the histogram's 4–8 hour bar.
    const resolved = await world.desk.engineer.post(`/api/tickets/${first}/resolution`, {
      cause: 'a full log partition (test)',
      measures: 'rotated the logs',
      resolution: 'works again',
      category: 'software',
      occurredAt: '2026-10-05T14:00:00+08:00',
    });
    expect(resolved.status).toBe(200);
    await report(world.desk.contractA, '2026-10-20T14:30:00+08:00');
    await report(world.desk.contractB, '2026-10-31T23:30:00+08:00');
    await report(world.desk.contractA, '2026-09-30T23:30:00+08:00');
  });

  async function managerOnReports(): Promise<Page> {
    const page = await world.openAs(world.desk.manager, '/board');
    await page.getByRole('link', { name: '报表' }).click();
    await page.waitForURL('**/reports');
    return page;
  }

  async function pickMonth(page: Page, label: string, month: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(month);
    await input.press('Enter');
  }

  /** Waits until the figures table's row naming `rowText` shows `tickets` in its tickets column. */
  async function ticketsIn(page: Page, rowText: string, tickets: string): Promise<void> {
    const row = page.getByRole('row').filter({ hasText: rowText });
    await row
      .getByRole('cell')
      .nth(1)
      .filter({ hasText: new RegExp(`^${tickets}$`) })
      .waitFor();
  }

  it("shows a manager the month's SLA report: a chart and the tickets counted by hand", async () => {
    const page = await managerOnReports();
    await page.getByRole('tab', { name: 'SLA 达成率' }).waitFor();
    await pickMonth(page, '期间', '2026-10');
    await ticketsIn(page, '合计', '3');
    // One of three answered within target, and the same one resolved within target: two such cells.
    const withinTarget = page
      .getByRole('row')
      .filter({ hasText: '合计' })
      .getByRole('cell', { name: '33.3% (1/3)' });
    await withinTarget.nth(1).waitFor();
    expect(await withinTarget.count()).toBe(2);
    await page
      .getByRole('img', { name: /各时限达标率/ })
      .locator('canvas')
      .waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    // The time-to-resolve histogram: its one resolution (5 h) in the 4–8 h bar, every other bar empty,
    // as the chart tells a screen reader; the switch shows the response's 10 minutes in the first bar.
    // (ECharts labels its own inner element the same way, hence first().)
    const chart = (label: string) => page.getByRole('img', { name: label }).first().waitFor();
    await chart(
      '解决用时分布直方图，各区间工单数：≤1小时：0；1–2小时：0；2–4小时：0；4–8小时：1；8–12小时：0；12–24小时：0；24–48小时：0；>48小时：0',
    );
    await page.getByText('解决用时分布（1 单）').waitFor();
    await page.getByLabel('选择计时项').getByText('响应', { exact: true }).click();
    await chart('响应用时分布直方图，各区间工单数：≤10分钟：1；10–20分钟：0；20–30分钟：0；');
    // Grouped by customer: two rows, 2 and 1 tickets.
    await page.getByLabel('分组').click();
    await page.getByTitle('按客户').click();
    await ticketsIn(page, 'Example County Hospital (fictional)', '2');
    await ticketsIn(page, 'Sample City Clinic (fictional)', '1');
    await screenshot(page, 'reports-sla');
  });

  it('downloads the SLA report as CSV with its header row first', async () => {
    const page = await managerOnReports();
    await pickMonth(page, '期间', '2026-10');
    await ticketsIn(page, '合计', '3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sla-2026-10.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^group,label,tickets,/);
  });

  it("shows the service plan tab with each contract's months and quarters", async () => {
    const page = await managerOnReports();
    await page.getByRole('tab', { name: '巡检回访计划' }).click();
    await pickMonth(page, '起始月', '2026-01');
    await pickMonth(page, '截止月', '2026-03');
    const inspections = page
      .locator('table')
      .filter({ has: page.getByRole('columnheader', { name: '2026-02' }) });
    await inspections.getByRole('columnheader', { name: '2026-01' }).waitFor();
    await inspections.getByRole('columnheader', { name: '2026-03' }).waitFor();
    // The default range (this year so far) also has those months: wait until April is gone.
    await inspections.getByRole('columnheader', { name: '2026-04' }).waitFor({ state: 'detached' });
    // Both contracts were accepted 2026-01-15 and nobody inspected: every month is missed.
    const rows = inspections.getByRole('row').filter({ hasText: 'DIP grouping platform' });
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getByText('未完成').count()).toBe(3);
    await page.getByRole('columnheader', { name: '2026-Q1' }).first().waitFor();
    await page.getByRole('heading', { level: 2 }).first().click(); // closes the month picker
    await screenshot(page, 'reports-service-plan');
  });
});
