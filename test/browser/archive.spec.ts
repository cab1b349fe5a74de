import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

describeInBrowser('the service archive in the web UI', () => {
  const world = deskInBrowser();
  let serviceNo: string;

  beforeAll(async () => {
    // One ticket of customer A in October 2026 (Shanghai), answered by the engineer.
    const reported = await world.desk.agent.post(
      '/api/tickets',
      faultReport(world.desk.contractA, {
        reportedAt: '2026-10-05T09:00:00+08:00',
        description: '结算接口超时 (settlement interface times out)',
      }),
    );
    expect(reported.status).toBe(201);
    serviceNo = reported.body.serviceNo;
    const responded = await world.desk.engineer.post(`/api/tickets/${reported.body.id}/responses`, {
      mode: 'remote',
      note: '远程检查接口日志 (checked the interface log remotely)',
      occurredAt: '2026-10-05T09:10:00+08:00',
    });
    expect(responded.status).toBe(200);
    // October's inspection, by another engineer on the manager's override (the fixed expert is away).
    const inspected = await world.desk.manager.post(`/api/contracts/${world.desk.contractA}/inspections`, {
      period: '2026-10',
      inspectedAt: '2026-10-20T10:00:00+08:00',
      inspectorId: world.desk.engineer.id,
      override: { reason: 'Expert on leave (test)' },
      findings: {
        runningStatus: '运行平稳 (running smoothly)',
        environment: '数据盘使用 40% (data disk 40% full)',
        versions: '3.2.4',
        hiddenRisks: '无异地备份 (no off-site backup)',
        recommendations: '配置异地备份 (add an off-site backup)',
      },
    });
    expect(inspected.status).toBe(201);
  });

  async function archiveOfCustomerA(username: string, password: string): Promise<Page> {
    const page = await world.openAs({ username, password }, '/board');
    await page.getByRole('link', { name: '服务档案' }).click();
    await page.waitForURL('**/archive');
    await page.getByLabel('客户', { exact: true }).click();
    await page.getByTitle('Example County Hospital (fictional)').click();
    return page;
  }

  it("renders a ticket's 售后服务记录 with its Chinese headings, and prints it without the menu", async () => {
    const page = await archiveOfCustomerA(world.desk.agent.username, world.desk.agent.password);
    await page.getByRole('button', { name: `查看表单 ${serviceNo}` }).click();
    const form = page.getByRole('article', { name: '售后服务记录' });
    await form.getByRole('heading', { name: '售后服务记录', level: 1 }).waitFor();
    await form
      .getByRole('row', { name: /售后服务号/ })
      .getByText(serviceNo)
      .waitFor();
    await form
      .getByRole('row', { name: /^故障描述/ })
      .getByText('结算接口超时 (settlement interface times out)')
      .waitFor();
    await form
      .getByRole('table', { name: '处理记录' })
      .getByText('远程检查接口日志 (checked the interface log remotely)')
      .waitFor();
    // The other forms: the problem record applies to every ticket; the maintenance request only once resolved.
    await page.getByText('客户问题记录表').click();
    await page.getByRole('heading', { name: '客户问题记录表', level: 1 }).waitFor();
    await page.getByText('售后服务记录').click();
    await form.waitFor();
    await screenshot(page, 'archive-form');

    const menu = page.getByRole('link', { name: '服务台' });
    expect(await menu.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await menu.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
    expect(await form.getByRole('heading', { name: '售后服务记录' }).isVisible()).toBe(true);
  });

  it('narrows the archive to the months a ticket was reported in', async () => {
    const page = await archiveOfCustomerA(world.desk.agent.username, world.desk.agent.password);
    await page.getByRole('link', { name: serviceNo }).waitFor();
    const start = page.getByLabel('报障月份', { exact: true });
    await start.click();
    await start.fill('2026-11');
    await start.press('Enter');
    const end = page.getByPlaceholder('截止月');
    await end.fill('2026-11');
    await end.press('Enter');
    await page.getByText('所选期间没有工单').waitFor();
    expect(await page.getByRole('link', { name: serviceNo }).count()).toBe(0);
  });

  it('offers a manager every customer with a contract, tickets or not', async () => {
    const page = await archiveOfCustomerA(world.desk.manager.username, world.desk.manager.password);
    await page.getByLabel('客户', { exact: true }).click();
    await page.getByTitle('Sample City Clinic (fictional)').waitFor();
  });

  it("lists the customer's inspections in the archive", async () => {
    const page = await archiveOfCustomerA(world.desk.agent.username, world.desk.agent.password);
    await page.getByRole('tab', { name: '巡检、回访与阶段调查' }).click();
    const row = page.getByRole('row').filter({ hasText: '2026-10' });
    await row.getByText('无异地备份 (no off-site backup)').waitFor();
    await row.getByText('DIP grouping platform 3.2').waitFor();
  });

  it("renders the customer's monthly maintenance report (月度维护报告) for printing", async () => {
    const page = await archiveOfCustomerA(world.desk.manager.username, world.desk.manager.password);
    await page.getByRole('tab', { name: '月度/季度维护报告' }).click();
    const period = page.getByLabel('期间', { exact: true });
    await period.click();
    await period.fill('2026-10');
    await period.press('Enter');
    const report = page.getByRole('article', { name: '月度维护报告' });
    await report
      .getByRole('heading', { name: 'Example County Hospital (fictional) 2026-10 月度维护报告', level: 1 })
      .waitFor();
    await report.getByRole('row', { name: /^工单数 1 超时工单/ }).waitFor();
    await report.getByRole('cell', { name: new RegExp(`^${serviceNo}`) }).waitFor();
    // October's inspection was recorded within October: on time, with its findings.
    const inspection = report.getByRole('row').filter({ hasText: '运行平稳 (running smoothly)' });
    await inspection.getByText('按时').waitFor();
    await inspection.getByText('2026-10-20 10:00').waitFor();
    await page.getByRole('heading', { level: 2 }).first().click(); // closes the month picker
    await screenshot(page, 'maintenance-report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('tab', { name: '月度/季度维护报告' }).isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
  });
});
