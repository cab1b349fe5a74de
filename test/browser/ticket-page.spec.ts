import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "YYYY-MM-DD HH:mm:ss" in Asia/Shanghai (the browser's zone in these tests). */
function shanghai(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The page's ticket header (now, or as of an instant). */
const header = (page: Page, testId = 'ticket-now') => page.getByTestId(testId);

describeInBrowser('the ticket page', () => {
  const world = deskInBrowser();
  let ticketId: string;
  let serviceNo: string;
  let beforeResponse: string;

  beforeAll(async () => {
    const reported = await world.desk.agent.post('/api/tickets', faultReport(world.desk.contractA));
    expect(reported.status).toBe(201);
    ticketId = reported.body.id;
    serviceNo = reported.body.serviceNo;
    // An instant after the report was recorded and (the engineer acts later) before the response.
    beforeResponse = shanghai(Math.floor(Date.now() / 1000) * 1000 + 1000);
    await sleep(1500);
  });

  it('lets an engineer respond remotely and resolve, and the timeline shows who did it from the web', async () => {
    const page = await world.openAs(world.desk.engineer, `/tickets/${ticketId}`);
    await page.getByRole('heading', { name: `工单 ${serviceNo}` }).waitFor();
    await header(page).getByText('已报障', { exact: true }).waitFor();
    // An engineer may not reopen (the manager's) nor confirm (the customer's).
    expect(await page.getByRole('button', { name: '重开工单' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '确认已解决' }).count()).toBe(0);

    await page.getByRole('button', { name: '响应', exact: true }).click();
    const respond = page.getByRole('dialog', { name: '响应' });
    await respond.getByRole('radio', { name: '远程响应' }).check();
    await respond.getByLabel('说明').fill('已远程登录检查分组服务 (fictional)');
    await respond.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已响应', { exact: true }).waitFor();

    await page.getByRole('button', { name: '解决', exact: true }).click();
    const resolve = page.getByRole('dialog', { name: '解决' });
    await resolve.getByLabel('分析原因').fill('分组服务进程内存耗尽');
    await resolve.getByLabel('采取措施').fill('重启服务并调大内存上限');
    await resolve.getByLabel('解决结果').fill('结算恢复正常');
    await resolve.getByLabel('故障类别').fill('configuration');
    await resolve.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已解决', { exact: true }).waitFor();

    const responded = page.getByRole('row').filter({ hasText: '远程响应' });
    await responded.waitFor();
    await responded.getByRole('cell', { name: '工程师', exact: true }).waitFor();
    await responded.getByRole('cell', { name: '网页', exact: true }).waitFor();
    const resolved = page.getByRole('row').filter({ hasText: '解决问题（类别：configuration）' });
    await resolved.getByRole('cell', { name: '工程师', exact: true }).waitFor();
    await resolved.getByRole('cell', { name: '网页', exact: true }).waitFor();
    // The agent's report came through the API.
    const report = page.getByRole('row').filter({ hasText: `登记故障 ${serviceNo}` });
    await report.getByRole('cell', { name: '值班员', exact: true }).waitFor();
    await report.getByRole('cell', { name: '接口', exact: true }).waitFor();
    await screenshot(page, 'ticket-page');
  });

  it('shows the ticket as it stood before the response, and goes back to now', async () => {
    const page = await world.openAs(world.desk.manager, `/tickets/${ticketId}`);
    await header(page).getByText('已解决', { exact: true }).waitFor();
    const picker = page.getByLabel('查看时刻');
    await picker.click();
    await picker.fill(beforeResponse);
    await picker.press('Enter');
    await page.getByRole('button', { name: '查看', exact: true }).click();
    await page.getByText(/^以下是 .* 时的工单状态/).waitFor();
    await header(page, 'ticket-as-of').getByText('已报障', { exact: true }).waitFor();
    // No actions on the past.
    expect(await page.getByRole('button', { name: '解决', exact: true }).count()).toBe(0);
    await screenshot(page, 'ticket-as-of');
    await page.getByRole('button', { name: '回到现在' }).first().click();
    await header(page).getByText('已解决', { exact: true }).waitFor();

    // By keyboard, the event slider steps back to the first event: the report.
    const slider = page.getByRole('slider', { name: '按事件回看' });
    await slider.focus();
    await slider.press('Home');
    await header(page, 'ticket-as-of').getByText('已报障', { exact: true }).waitFor();
    await slider.press('ArrowRight');
    await header(page, 'ticket-as-of').getByText('已响应', { exact: true }).waitFor();
  });

  it('lets the customer contact confirm the fix and answer the survey, which requires an overall score', async () => {
    const page = await world.openAs(world.desk.customerA, `/tickets/${ticketId}`);
    await header(page).getByText('已解决', { exact: true }).waitFor();
    // A customer contact only answers and rates.
    expect(await page.getByRole('button', { name: '解决', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '关闭工单' }).count()).toBe(0);

    await page.getByRole('button', { name: '确认已解决' }).click();
    const confirm = page.getByRole('dialog', { name: '确认已解决' });
    await confirm.getByLabel('客户意见').fill('已恢复，谢谢');
    await confirm.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('客户已确认', { exact: true }).waitFor();

    await page.getByRole('button', { name: '满意度调查' }).click();
    const survey = page.getByRole('dialog', { name: '满意度调查' });
    await survey.getByRole('radiogroup', { name: '工程师服务态度' }).getByText('5', { exact: true }).click();
    await survey
      .getByRole('radiogroup', { name: '维护请求响应时间' })
      .getByText('4', { exact: true })
      .click();
    await survey.getByLabel('填表人').fill('Ward head (fictional)');
    await survey.getByRole('button', { name: '提交' }).click();
    await survey.getByText('请给出总体评价').waitFor();
    await screenshot(page, 'ticket-survey');

    await survey.getByRole('radiogroup', { name: '总体评价' }).getByText('5', { exact: true }).click();
    await survey.getByRole('button', { name: '提交' }).click();
    await page.getByRole('row').filter({ hasText: '记录满意度调查（总体 5 分）' }).waitFor();
    const confirmed = page.getByRole('row').filter({ hasText: '确认问题已解决' });
    await confirmed.getByRole('cell', { name: '客户联系人', exact: true }).waitFor();
  });

  it("says plainly that a customer contact may not open another organisation's ticket", async () => {
    const page = await world.openAs(world.desk.customerB, `/tickets/${ticketId}`);
    await page.getByText('您无权查看这个工单：它不属于您的单位，或您的角色不能查看。').waitFor();
    expect(await page.getByText(serviceNo).count()).toBe(0);
  });
});
