import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

/** "YYYY-MM-DD HH:mm:ss" in Asia/Shanghai (the browser's zone in these tests). */
function shanghai(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const header = (page: Page) => page.getByTestId('ticket-now');

/** Picks the option a search field offers for what was typed (Enter only once the list shows it). */
async function pickOffered(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.fill(text);
  await page.locator('.ant-select-item-option-active').waitFor();
  await field.press('Enter');
}

describeInBrowser('actions on the ticket page', () => {
  const world = deskInBrowser();

  async function report(over: Record<string, unknown> = {}): Promise<{ id: string; serviceNo: string }> {
    const reported = await world.desk.agent.post('/api/tickets', faultReport(world.desk.contractA, over));
    expect(reported.status).toBe(201);
    return reported.body;
  }

  it("shows the service's explanation when an action is refused (someone responded meanwhile)", async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.agent, `/tickets/${id}`, 'en');
    await header(page).getByText('Reported', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Respond', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Respond' });
    await dialog.getByRole('radio', { name: 'Remote' }).check();
    // While the agent fills the form, an engineer responds.
    const meanwhile = await world.desk.engineer2.post(`/api/tickets/${id}/responses`, { mode: 'guided' });
    expect(meanwhile.status).toBe(200);
    // The form was opened on the reported ticket (If-Match): the service refuses, the form says the ticket moved on.
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog
      .getByRole('alert')
      .getByText('it is now Responded, and this action was not recorded')
      .waitFor();
    // The page behind the form shows what happened meanwhile.
    await header(page).getByText('Responded', { exact: true }).waitFor();
    // Submitted again, on the ticket as it now is, the domain explains why it cannot be done.
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByRole('alert').getByText('Respond is not allowed: the ticket is responded').waitFor();
    await screenshot(page, 'ticket-refused-en');
  });

  it('explains the same refusal in Chinese: the status it is now, and that the action no longer applies', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.agent, `/tickets/${id}`);
    await header(page).getByText('已报障', { exact: true }).waitFor();
    await page.getByRole('button', { name: '响应', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '响应' });
    await dialog.getByRole('radio', { name: '远程响应' }).check();
    expect((await world.desk.engineer2.post(`/api/tickets/${id}/responses`, { mode: 'guided' })).status).toBe(
      200,
    );
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByRole('alert').getByText('现为「已响应」，本次操作未记录', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByRole('alert').getByText('409 与工单的当前状态冲突').waitFor();
    await dialog.getByRole('alert').getByText('工单现为「已响应」，此操作已不适用。').waitFor();
  });

  it('records nothing decided on an outdated ticket: a severity change made meanwhile must be seen first', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.agent, `/tickets/${id}`);
    await header(page).getByText('一级', { exact: true }).waitFor();
    await page.getByRole('button', { name: '调整故障级别' }).click();
    const dialog = page.getByRole('dialog', { name: '调整故障级别' });
    await dialog.getByRole('radio', { name: '二级' }).check();
    await dialog.getByLabel('调整原因').fill('客户确认仍可手工结算');
    // Meanwhile a manager lowers it to 3.
    const meanwhile = await world.desk.manager.post(`/api/tickets/${id}/severity`, {
      severity: 3,
      reason: 'only one ward affected (test)',
    });
    expect(meanwhile.status).toBe(200);
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByRole('alert').getByText('本次操作未记录', { exact: false }).waitFor();
    await header(page).getByText('三级', { exact: true }).waitFor();
    const changes = async () =>
      (await world.desk.agent.get(`/api/tickets/${id}/timeline`)).body.items.filter(
        (e: { type: string }) => e.type === 'SeverityChanged',
      ).length;
    expect(await changes()).toBe(1);
    // Having seen it, the agent submits again: recorded, from 3 to 2.
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: '将故障级别由三级改为二级' }).waitFor();
    expect(await changes()).toBe(2);
  });

  it('records an action entered after the fact with its business time, marked back-dated', async () => {
    const reportedAt = Date.now() - 30 * 60_000;
    const { id } = await report({ reportedAt: new Date(reportedAt).toISOString() });
    const page = await world.openAs(world.desk.engineer, `/tickets/${id}`);
    await page.getByRole('button', { name: '响应', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '响应' });
    await dialog.getByRole('radio', { name: '指导性响应' }).check();

    // An hour from now is refused by the service, next to the field.
    const when = dialog.getByLabel('实际发生时间（事后补录时填写）');
    await when.fill(shanghai(Date.now() + 60 * 60_000));
    await when.press('Enter'); // Enter submits the form
    // The service's "occurredAt must not lie in the future", in the UI's Chinese.
    await dialog.getByText('不能晚于当前时间', { exact: true }).waitFor();

    // A time 40 minutes back asks why it is entered after the fact, and is not sent without it.
    await when.fill(shanghai(reportedAt - 10 * 60_000));
    await when.press('Enter');
    const why = dialog.getByLabel('补录原因');
    // The form's own check (the help text below the field adds an example), or the service's 422 in Chinese.
    await dialog.getByText('早于现在 5 分钟以上的时间须说明补录原因', { exact: true }).waitFor();
    await why.fill('夜班电话记录事后录入');

    // Before the report itself (the ticket's latest event) is refused by the domain, explained in Chinese.
    await when.press('Enter');
    await dialog.getByRole('alert').getByText('422 不符合业务规则').waitFor();
    await dialog
      .getByRole('alert')
      .getByText('实际发生时间不能早于工单的最近一条记录（', { exact: false })
      .waitFor();

    await when.fill(shanghai(reportedAt + 10 * 60_000));
    await when.press('Enter'); // Enter submits the form
    await header(page).getByText('已响应', { exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '指导性响应' });
    await row.getByText('补录', { exact: true }).waitFor();
    await row.getByText('补录原因：夜班电话记录事后录入', { exact: false }).waitFor();
    await row
      .getByText(shanghai(reportedAt + 10 * 60_000).slice(11, 16))
      .first()
      .waitFor();
  });

  it('lets a manager close an unconfirmed ticket only with a reason, and then reopen it', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.manager, `/tickets/${id}`);
    await header(page).getByText('已报障', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '重开工单' }).count()).toBe(0);

    await page.getByRole('button', { name: '关闭工单' }).click();
    const dialog = page.getByRole('dialog', { name: '关闭工单' });
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByText('请填写关闭原因').waitFor();
    await dialog.getByLabel('关闭原因').fill('客户来电说明问题已自行消失 (fictional)');
    await dialog.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已关闭', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '未经客户确认关闭工单' }).waitFor();

    await page.getByRole('button', { name: '重开工单' }).click();
    const reopen = page.getByRole('dialog', { name: '重开工单' });
    await reopen.getByLabel('重开原因').fill('问题再次出现');
    await reopen.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已重开', { exact: true }).waitFor();
  });

  it('lets a manager dispatch an engineer picked by name, and enter the arrival', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.manager, `/tickets/${id}`);
    await page.getByRole('button', { name: '响应', exact: true }).click();
    const respond = page.getByRole('dialog', { name: '响应' });
    await respond.getByRole('radio', { name: '现场响应' }).check();
    await respond.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已响应', { exact: true }).waitFor();

    await page.getByRole('button', { name: '派工赴现场' }).click();
    const dispatch = page.getByRole('dialog', { name: '派工赴现场' });
    await pickOffered(page, dispatch.getByLabel('派出工程师'), world.desk.engineer2.username); // the one engineer found
    await dispatch.getByText(`Test engineer ${world.desk.engineer2.username}`).waitFor();
    await dispatch.getByLabel('派工原因（远程无法解决的原因）').fill('远程无法连接服务器');
    await dispatch.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已派工', { exact: true }).waitFor();
    await header(page)
      .getByText(/到场 · 计时中/)
      .waitFor();
    await page.getByRole('row').filter({ hasText: '派工程师赴现场（1 人）' }).waitFor();

    await page.getByRole('button', { name: '到达现场' }).click();
    const arrive = page.getByRole('dialog', { name: '到达现场' });
    await pickOffered(page, arrive.getByLabel('到场工程师'), world.desk.engineer2.username);
    await arrive.getByTitle(`Test engineer ${world.desk.engineer2.username}`).waitFor();
    await arrive.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已到场', { exact: true }).waitFor();
    await header(page)
      .getByText(/到场 · 已达成/)
      .waitFor();
    await screenshot(page, 'ticket-on-site');
  });

  it('lets an agent change the severity, escalate, chase, assign and correct the report time', async () => {
    const reportedAt = Date.now() - 10 * 60_000;
    const { id } = await report({ reportedAt: new Date(reportedAt).toISOString() });
    const page = await world.openAs(world.desk.agent, `/tickets/${id}`);
    await header(page).getByText('已报障', { exact: true }).waitFor();
    const submit = async (dialog: ReturnType<Page['getByRole']>) => {
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };

    await page.getByRole('button', { name: '调整故障级别' }).click();
    const severity = page.getByRole('dialog', { name: '调整故障级别' });
    await severity.getByRole('radio', { name: '二级' }).check();
    await severity.getByLabel('调整原因').fill('客户确认仍可手工结算');
    await submit(severity);
    await page.getByRole('row').filter({ hasText: '将故障级别由一级改为二级' }).waitFor();
    await header(page).getByText('二级', { exact: true }).waitFor();

    await page.getByRole('button', { name: '问题升级' }).click();
    const escalate = page.getByRole('dialog', { name: '问题升级' });
    await escalate.getByRole('radio', { name: '一级：售后服务部经理' }).check();
    await pickOffered(page, escalate.getByLabel('升级原因'), '人工');
    await escalate.getByLabel('说明').fill('客户要求经理跟进');
    await submit(escalate);
    await page.getByRole('row').filter({ hasText: '将问题升级至售后服务部经理（人工升级）' }).waitFor();

    await page.getByRole('button', { name: '督办' }).click();
    const chase = page.getByRole('dialog', { name: '督办' });
    await chase.getByLabel('督办期次').fill('第1次督办');
    await chase.getByLabel('处理进展').fill('已联系工程师，正在排查');
    await chase.getByLabel('解决程度（%）').fill('30');
    await submit(chase);
    await page.getByRole('row').filter({ hasText: '记录督办（已解决 30%）' }).waitFor();

    // The agent picks the engineer by name (GET /api/people), and the header then names the holder.
    await page.getByRole('button', { name: '指派工程师' }).click();
    const assign = page.getByRole('dialog', { name: '指派工程师' });
    const engineer = `Test engineer ${world.desk.engineer.username}`;
    await pickOffered(page, assign.getByLabel('工程师', { exact: true }), engineer);
    await submit(assign);
    await page.getByRole('row').filter({ hasText: '指派工程师' }).waitFor();
    await header(page).getByText(engineer).first().waitFor();

    await page.getByRole('button', { name: '更正报障时间' }).click();
    const correct = page.getByRole('dialog', { name: '更正报障时间' });
    await correct.getByLabel('正确的报障时间').fill(shanghai(reportedAt - 5 * 60_000));
    await correct.getByLabel('更正原因').fill('值班员登记时晚录了五分钟');
    await submit(correct);
    await page.getByRole('row').filter({ hasText: '更正报障时间' }).waitFor();
    await header(page)
      .getByText(shanghai(reportedAt - 5 * 60_000).slice(11))
      .first()
      .waitFor();
  });

  it('follows a change made elsewhere as it happens (live stream, no reload)', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.manager, `/tickets/${id}`);
    await header(page).getByText('已报障', { exact: true }).waitFor();
    await page.getByRole('status').getByText('实时更新', { exact: true }).waitFor();
    expect((await world.desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote' })).status).toBe(
      200,
    );
    // Sooner than the 10-second poll the page falls back on without the stream.
    await header(page).getByText('已响应', { exact: true }).waitFor({ timeout: 5000 });
    await page.getByRole('row').filter({ hasText: '远程响应' }).waitFor({ timeout: 5000 });
  });

  it('takes a response by keyboard alone: the form opens in its first field and Enter submits', async () => {
    const { id } = await report();
    const page = await world.openAs(world.desk.engineer, `/tickets/${id}`);
    await page.getByRole('button', { name: '响应', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '响应' });
    await dialog.waitFor();
    await page.waitForTimeout(600); // the dialog's opening animation, after which the first field has the focus
    await page.keyboard.press('ArrowRight'); // from 指导性响应 to 远程响应
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await header(page).getByText('已响应', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '远程响应' }).waitFor();
  });

  it('lets the customer contact reject a fix, which must say why and reopens the ticket', async () => {
    const { id } = await report();
    expect((await world.desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote' })).status).toBe(
      200,
    );
    const fix = { cause: '缓存过期', measures: '清理缓存', resolution: '已恢复', category: 'data' };
    expect((await world.desk.engineer.post(`/api/tickets/${id}/resolution`, fix)).status).toBe(200);
    const page = await world.openAs(world.desk.customerA, `/tickets/${id}`);
    await page.getByRole('button', { name: '未解决，退回' }).click();
    const dialog = page.getByRole('dialog', { name: '未解决，退回' });
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByText('请填写未解决的原因').waitFor();
    await dialog.getByLabel('未解决的原因').fill('结算仍然失败');
    await dialog.getByRole('button', { name: '提交' }).click();
    await header(page).getByText('已重开', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '拒绝解决方案，问题重新打开' }).waitFor();
  });

  it('offers the auditor no action at all', async () => {
    const { id, serviceNo } = await report();
    const page = await world.openAs(world.desk.auditor, `/tickets/${id}`);
    await page.getByRole('heading', { name: `工单 ${serviceNo}` }).waitFor();
    await page.getByText('当前状态下您没有可做的操作。').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
