import type { Page } from 'playwright-core';
import { type Caller } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot, signIn } from './support/browser.js';

/** The month now in Asia/Shanghai, 'YYYY-MM' (the report's default zone). */
const shanghaiMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/**
 * The main story, each person in their own browser through the web UI only: an agent takes a fault
 * on the phone, an engineer resolves it, the hospital's contact confirms the fix, and the service
 * manager finds it in the month's SLA report.
 */
describeInBrowser('the whole story in the web UI', () => {
  const world = deskInBrowser();
  let serviceNo: string;
  let ticketPath: string;

  async function as(who: Caller, home: string): Promise<Page> {
    const page = await world.open();
    await signIn(page, who.username, who.password);
    await page.waitForURL(`**/${home}`);
    return page;
  }

  it('1. the on-duty agent reports the fault during the call', async () => {
    const page = await as(world.desk.agent, 'board');
    await page.getByRole('button', { name: '新报障' }).click();
    await page.getByLabel('服务合同', { exact: true }).fill('Example County');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Example County Hospital (fictional)' })
      .click();
    await page.getByLabel('报障人', { exact: true }).fill('Ward nurse Zhao (fictional)');
    await page.getByLabel('联系电话', { exact: true }).fill('000-0000-0007');
    await page.getByLabel('故障描述').fill('住院结算时 DIP 分组服务无响应，无法提交结算');
    await page.getByRole('radio', { name: /一级/ }).check();
    await page.getByRole('button', { name: /提交报障/ }).click();
    serviceNo = (await page.getByTestId('service-no').innerText()).trim();
    expect(serviceNo).toMatch(/^SV-\d{6}-\d{4}$/);
    await screenshot(page, 'story-1-agent-reported');
    await page.getByRole('button', { name: '打开工单' }).click();
    await page.getByRole('heading', { name: `工单 ${serviceNo}` }).waitFor();
    ticketPath = new URL(page.url()).pathname;
  });

  it('2. an engineer responds remotely and resolves it', async () => {
    const page = await as(world.desk.engineer, 'board');
    await page.getByRole('link', { name: serviceNo }).click();
    await page.getByRole('heading', { name: `工单 ${serviceNo}` }).waitFor();
    await page.getByRole('button', { name: '响应', exact: true }).click();
    const respond = page.getByRole('dialog', { name: '响应' });
    await respond.getByRole('radio', { name: '远程响应' }).check();
    await respond.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('ticket-now').getByText('已响应', { exact: true }).waitFor();

    await page.getByRole('button', { name: '解决', exact: true }).click();
    const resolve = page.getByRole('dialog', { name: '解决' });
    await resolve.getByLabel('分析原因').fill('分组服务进程内存耗尽');
    await resolve.getByLabel('采取措施').fill('重启服务并调大内存上限');
    await resolve.getByLabel('解决结果').fill('结算恢复正常');
    await resolve.getByLabel('故障类别').fill('software');
    await resolve.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('ticket-now').getByText('已解决', { exact: true }).waitFor();
    await screenshot(page, 'story-2-engineer-resolved');
    expect(new URL(page.url()).pathname).toBe(ticketPath);
  });

  it('3. the hospital contact confirms the fix in the portal', async () => {
    const page = await as(world.desk.customerA, 'portal');
    const row = page.getByRole('row', { name: new RegExp(serviceNo) });
    await row.getByText('请确认').waitFor();
    await row.getByRole('button', { name: '确认已解决' }).click();
    const dialog = page.getByRole('dialog', { name: `确认解决情况 ${serviceNo}` });
    await dialog.getByText('重启服务并调大内存上限').waitFor(); // the fix being confirmed
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await row.getByText('客户已确认', { exact: true }).waitFor();
    await screenshot(page, 'story-3-customer-confirmed');
  });

  it("4. the service manager sees it in the month's SLA report, within target", async () => {
    const page = await as(world.desk.manager, 'board');
    await page.getByRole('link', { name: '报表' }).click();
    await page.waitForURL('**/reports');
    const month = page.getByLabel('期间', { exact: true });
    await month.click();
    await month.fill(shanghaiMonth());
    await month.press('Enter');
    const total = page.getByRole('row').filter({ hasText: '合计' });
    await total.getByRole('cell').nth(1).filter({ hasText: /^1$/ }).waitFor();
    // Responded and resolved within minutes: both timers within target, one ticket of one.
    expect(await total.getByRole('cell', { name: '100.0% (1/1)' }).count()).toBe(2);
    await page.keyboard.press('Escape'); // close the month picker for the picture
    await screenshot(page, 'story-4-manager-report');
  });
});
