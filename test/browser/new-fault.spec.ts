import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot } from './support/browser.js';

/** The message shown under a labelled control (antd links it with aria-describedby). */
async function messageOf(page: Page, label: string): Promise<string> {
  const item = page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  return (await item.locator('.ant-form-item-explain').innerText()).trim();
}

describeInBrowser('the new fault report form', () => {
  const world = deskInBrowser();

  beforeAll(async () => {
    // An earlier call on the hospital's contract, so the new report is not the desk's first.
    const earlier = await world.desk.agent.post(
      '/api/tickets',
      faultReport(world.desk.contractA, { severity: 3 }),
    );
    expect(earlier.status).toBe(201);
  });

  async function openForm(): Promise<Page> {
    const page = await world.openAs(world.desk.agent, '/new-fault');
    // The caller names the hospital: the agent types it into the contract field and takes the match.
    await expectFocus(page, '服务合同');
    await page.keyboard.type('Example County');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Example County Hospital (fictional)' })
      .waitFor();
    await page.keyboard.press('Enter');
    return page;
  }

  it('is filled in by keyboard alone during a call and answers the service number', async () => {
    const page = await openForm();
    // The caller's name field has the focus once the contract is chosen.
    await expectFocus(page, '报障人');
    await page.keyboard.type('Ward nurse Li (fictional)');
    await page.keyboard.press('Tab');
    await page.keyboard.type('000-1111-2222');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ward@hospital.example');
    await page.keyboard.press('Tab'); // the channel: 热线电话 stays
    await page.keyboard.press('Tab'); // the report time: empty is now
    await page.keyboard.press('Tab');
    await expectFocus(page, '故障描述');
    await page.keyboard.type('住院结算时 DIP 分组失败，提示“分组服务超时”');
    await page.keyboard.press('Tab'); // into the severity group
    await page.keyboard.press('Space'); // 一级
    await page.keyboard.press('Tab'); // kind: A request stays
    await page.keyboard.press('Tab'); // urgency
    await page.keyboard.press('ArrowDown'); // B 紧迫
    await page.keyboard.press('ArrowDown'); // C 非常紧迫
    await screenshot(page, 'new-fault');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // on 提交报障

    await page.getByText('报障已登记').waitFor();
    const serviceNo = (await page.getByTestId('service-no').innerText()).trim();
    expect(serviceNo).toMatch(/^SV-\d{6}-\d{4}$/);
    await screenshot(page, 'new-fault-reported');

    const listed = await world.desk.agent.get(`/api/tickets?q=${encodeURIComponent(serviceNo)}`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ severity: 1, kind: 'request', urgency: 'very_urgent' });
    expect(listed.body.items[0].reporter).toMatchObject({
      name: 'Ward nurse Li (fictional)',
      phone: '000-1111-2222',
      email: 'ward@hospital.example',
    });

    await page.getByRole('button', { name: '再报一个' }).click();
    expect(await page.getByLabel('故障描述').inputValue()).toBe('');
  });

  it('takes an earlier report time typed into the picker, for a call entered afterwards', async () => {
    const page = await openForm();
    await page.getByLabel('报障人').fill('Night nurse Zhao (fictional)');
    await page.getByLabel('故障描述').fill('夜间结算批处理未运行');
    await page.getByRole('radio', { name: /三级/ }).check();
    // Two hours ago, to the minute, in Shanghai's wall time as the picker shows it.
    const call = Math.floor((Date.now() - 2 * 3_600_000) / 60_000) * 60_000;
    const typed = new Date(call + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await page.getByLabel('报障时间').click();
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter'); // confirms the time and submits, like Enter in any one-line field
    // More than 5 minutes back: the form asks why before it sends anything.
    await page.getByText('早于现在 5 分钟以上的时间须说明补录原因', { exact: true }).waitFor();
    await page.getByLabel('补录原因').fill('夜班电话记录事后录入');
    await page.getByRole('button', { name: '提交报障' }).click();
    const serviceNo = (await page.getByTestId('service-no').innerText()).trim();
    const listed = await world.desk.agent.get(`/api/tickets?q=${encodeURIComponent(serviceNo)}`);
    expect(Date.parse(listed.body.items[0].reportedAt)).toBe(call);
    const timeline = await world.desk.agent.get(`/api/tickets/${listed.body.items[0].id}/timeline`);
    expect(timeline.body.items[0].summary.zh).toContain('补录原因：夜班电话记录事后录入');
  });

  it('says next to the description that it is missing, and submits nothing', async () => {
    const page = await openForm();
    const before = (await world.desk.agent.get('/api/tickets')).body.items.length;
    await page.getByLabel('报障人').fill('Ward nurse Li (fictional)');
    await page.getByRole('radio', { name: /二级/ }).check();
    await page.getByLabel('报障人').press('Enter'); // Enter in a one-line field submits
    expect(await messageOf(page, '故障描述')).toBe('请填写故障描述');
    expect((await world.desk.agent.get('/api/tickets')).body.items.length).toBe(before);
  });

  it("puts the service's own field message next to the field it names", async () => {
    const page = await openForm();
    await page.getByLabel('报障人').fill('Ward nurse Li (fictional)');
    await page.getByLabel('产品版本').fill('9'.repeat(51)); // the service allows 50 characters
    await page.getByLabel('故障描述').fill('门诊结算页面打不开');
    await page.getByRole('radio', { name: /三级/ }).check();
    await page.getByLabel('故障描述').focus();
    await page.keyboard.press('Control+Enter'); // submits from the description
    // The service says "product.version must be shorter than or equal to 50 characters"; the Chinese form says it in Chinese.
    expect(await messageOf(page, '产品版本')).toBe('不能超过 50 个字符');
  });
});

/** Waits until the control labelled `label` has the keyboard focus. */
async function expectFocus(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).and(page.locator(':focus')).waitFor({ timeout: 5000 });
}
