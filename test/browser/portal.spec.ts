import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

interface Reported {
  id: string;
  serviceNo: string;
}

const FIX = {
  cause: '数据库连接池耗尽 (fictional)',
  measures: '调大连接池并重启分组服务',
  resolution: '分组恢复正常',
  category: 'software',
};

describeInBrowser('the customer portal', () => {
  const world = deskInBrowser();
  let toConfirm: Reported;
  let toReject: Reported;
  let ofOrgB: Reported;

  const report = async (contractId: string, description: string): Promise<Reported> =>
    (await world.desk.agent.post('/api/tickets', faultReport(contractId, { description, severity: 2 })))
      .body as Reported;
  const resolve = async (id: string) => {
    await world.desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote', note: 'logged in' });
    await world.desk.engineer.post(`/api/tickets/${id}/resolution`, FIX);
  };
  const portalOfCustomerA = async (): Promise<Page> => {
    const page = await world.openAs(world.desk.customerA, '/portal');
    await page.getByRole('row', { name: new RegExp(toConfirm.serviceNo) }).waitFor();
    return page;
  };

  /** Clicks `button` on the ticket's row in the list and answers the dialog that opens for it. */
  const answerDialog = async (page: Page, ticket: Reported, button: '确认已解决' | '未解决') => {
    await page
      .getByRole('row', { name: new RegExp(ticket.serviceNo) })
      .getByRole('button', { name: button })
      .click();
    return page.getByRole('dialog', { name: `确认解决情况 ${ticket.serviceNo}` });
  };

  beforeAll(async () => {
    toConfirm = await report(
      world.desk.contractA,
      '医保结算上传失败 (upload to the insurance platform fails)',
    );
    toReject = await report(world.desk.contractA, '病案首页打印错位 (discharge summary prints misaligned)');
    ofOrgB = await report(world.desk.contractB, '门诊挂号页面空白 (registration page blank)');
    await resolve(toConfirm.id);
    await resolve(toReject.id);
  });

  it("lists its own organisation's tickets, marks the fixed ones to confirm, and never shows another organisation's", async () => {
    const page = await portalOfCustomerA();
    const row = page.getByRole('row', { name: new RegExp(toConfirm.serviceNo) });
    expect(await row.getByText('已解决', { exact: true }).count()).toBe(1);
    expect(await row.getByText('请确认', { exact: true }).count()).toBe(1);
    await page.getByText('2 个问题已解决，请确认是否已解决', { exact: false }).waitFor();
    expect(await page.getByText(ofOrgB.serviceNo).count()).toBe(0);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }); // settled, for the picture
    await screenshot(page, 'portal');
  });

  it("opens a ticket's details: the fault, the fix, and its dispute bundle", async () => {
    const page = await portalOfCustomerA();
    const row = page.getByRole('row', { name: new RegExp(toConfirm.serviceNo) });
    await row.getByRole('button', { name: '展开行' }).click();
    await page.getByText('医保结算上传失败 (upload to the insurance platform fails)').waitFor();
    await page.getByText(FIX.measures).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载争议证据包' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`dispute-bundle-${toConfirm.serviceNo}.json`);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      ticket: { serviceNo: string };
      events: { type: string }[];
    };
    expect(bundle.ticket.serviceNo).toBe(toConfirm.serviceNo);
    expect(bundle.events.map((e) => e.type)).toEqual(['FaultReported', 'Responded', 'Resolved']);
  });

  it('takes the confirmation of a fix and shows the ticket as confirmed', async () => {
    const page = await portalOfCustomerA();
    const dialog = await answerDialog(page, toConfirm, '确认已解决');
    await dialog.getByText(FIX.cause).waitFor(); // the fix being confirmed is shown first
    await dialog.getByRole('button', { name: '提交答复' }).click();

    await page.getByText(`已确认 ${toConfirm.serviceNo} 已解决`).first().waitFor();
    const row = page.getByRole('row', { name: new RegExp(toConfirm.serviceNo) });
    await row.getByText('客户已确认', { exact: true }).waitFor();
    expect(await row.getByText('请确认', { exact: true }).count()).toBe(0);
    expect((await world.desk.agent.get(`/api/tickets/${toConfirm.id}`)).body.status).toBe('confirmed');

    // Rating the service is the ticket page's survey form.
    await page.getByRole('alert').getByRole('link', { name: '评价服务' }).click();
    await page.waitForURL(`**/tickets/${toConfirm.id}`);
    await page.getByRole('button', { name: '满意度调查' }).waitFor();
  });

  it('asks for a reason next to the field when the fix is rejected, and reopens the ticket', async () => {
    const page = await portalOfCustomerA();
    const dialog = await answerDialog(page, toReject, '未解决');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.getByText('请说明未解决的原因').waitFor();

    await dialog.getByLabel('说明').fill('打印仍然错位 (still misaligned)');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    const row = page.getByRole('row', { name: new RegExp(toReject.serviceNo) });
    await row.getByText('已重开', { exact: true }).waitFor();
    expect((await world.desk.agent.get(`/api/tickets/${toReject.id}`)).body.status).toBe('reopened');
  });

  it('reports a fault through the portal and shows it in the list with its service number', async () => {
    const page = await portalOfCustomerA();
    await page.getByRole('button', { name: '报告故障' }).click();
    await page.getByLabel('故障描述').fill('住院医嘱无法保存 (inpatient orders cannot be saved)');
    await page.getByRole('radio', { name: /三级/ }).check();
    await page.getByRole('radio', { name: 'B 紧迫' }).check();
    await page.getByRole('button', { name: /提交报障/ }).click();

    // Three tickets were reported before this one, in this month's sequence.
    const serviceNo = `${toConfirm.serviceNo.slice(0, 'SV-YYYYMM'.length)}-0004`;
    await page.getByText(`已收到您的报障，售后服务号 ${serviceNo}`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(serviceNo) });
    await row.getByText('已报障', { exact: true }).waitFor();
    expect(await row.getByText('B 紧迫').count()).toBe(1);

    const listed = (await world.desk.agent.get(`/api/tickets?q=${serviceNo}`)).body.items as Reported[];
    const ticket = (await world.desk.agent.get(`/api/tickets/${listed[0].id}`)).body;
    expect(ticket).toMatchObject({
      channel: 'web',
      severity: 3,
      urgency: 'urgent',
      customerId: world.desk.orgA,
      reporter: { name: `Test customer ${world.desk.customerA.username}` },
    });
  });

  it('shows a fault reported and fixed meanwhile without a reload', async () => {
    const page = await portalOfCustomerA();
    await page.getByRole('status').getByText('实时更新', { exact: true }).waitFor();
    const meanwhile = await report(world.desk.contractA, '检验报告无法推送 (lab results are not pushed)');
    const row = page.getByRole('row', { name: new RegExp(meanwhile.serviceNo) });
    await row.getByText('已报障', { exact: true }).waitFor();
    await resolve(meanwhile.id);
    await row.getByText('请确认', { exact: true }).waitFor();
  });

  it('records no answer on a fix that changed meanwhile: it shows the new fix, and the answer is given on that', async () => {
    const changing = await report(world.desk.contractA, '检验报告无法打印 (lab reports do not print)');
    await resolve(changing.id);
    const page = await portalOfCustomerA();
    const dialog = await answerDialog(page, changing, '确认已解决');
    await dialog.getByText(FIX.cause).waitFor();
    // Meanwhile a colleague sends the fix back, and the engineer fixes it another way.
    const rejected = await world.desk.customerA.post(`/api/tickets/${changing.id}/confirmation`, {
      confirmed: false,
      note: 'still fails on ward 3 (test)',
    });
    expect(rejected.status).toBe(200);
    const second = { ...FIX, cause: '打印机驱动版本不符 (fictional)' };
    expect((await world.desk.engineer.post(`/api/tickets/${changing.id}/resolution`, second)).status).toBe(
      200,
    );

    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.getByRole('alert').getByText('本次答复未记录', { exact: false }).waitFor();
    await dialog.getByText(second.cause).waitFor();
    const types = async () =>
      (await world.desk.agent.get(`/api/tickets/${changing.id}/timeline`)).body.items.map(
        (e: { type: string }) => e.type,
      );
    expect((await types()).at(-1)).toBe('Resolved');

    await dialog.getByRole('button', { name: '提交答复' }).click();
    await page.getByText(`已确认 ${changing.serviceNo} 已解决`).first().waitFor();
    expect((await types()).slice(-3)).toEqual(['ResolutionRejected', 'Resolved', 'ResolutionConfirmed']);
  });
});
