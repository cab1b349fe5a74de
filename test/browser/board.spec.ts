import type { Page } from 'playwright-core';
import { faultReport } from '../e2e/tickets/ticket-desk.fixture.js';
import { setSecondsPolicy } from '../e2e/watchman/watch-desk.fixture.js';
import { describeInBrowser, deskInBrowser, screenshot, signIn } from './support/browser.js';

describeInBrowser('the desk board', () => {
  const world = deskInBrowser();

  async function report(over: Record<string, unknown>, contract = world.desk.contractA): Promise<string> {
    const answer = await world.desk.agent.post('/api/tickets', faultReport(contract, over));
    expect(answer.status).toBe(201);
    return answer.body.serviceNo as string;
  }

  async function openBoard(who: { username: string; password: string }): Promise<Page> {
    // Through the login form: a manager's board opened straight from a stored session missed its
    // notification pop-up in this test (not yet understood; the other suites open signed in).
    const page = await world.open();
    await signIn(page, who.username, who.password);
    await page.getByRole('link', { name: '服务台' }).click(); // the menu (an auditor starts elsewhere)
    await page.waitForURL('**/board');
    return page;
  }

  const row = (page: Page, serviceNo: string) => page.getByRole('row').filter({ hasText: serviceNo });

  it('lists a fault reported on the form, with its severity, kind and countdowns', async () => {
    const page = await openBoard(world.desk.agent);
    await page.getByRole('button', { name: '新报障' }).click();
    await page.waitForURL('**/new-fault');
    await page.getByLabel('服务合同', { exact: true }).fill('Example County');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Example County Hospital (fictional)' })
      .click();
    await page.getByLabel('报障人', { exact: true }).fill('Head nurse Wang (fictional)');
    await page.getByLabel('故障描述').fill('病案首页上传失败，提示校验错误');
    await page.getByRole('radio', { name: /二级/ }).check();
    await page.getByRole('radio', { name: 'B 投诉' }).check();
    await page.getByRole('button', { name: /提交报障/ }).click();
    const serviceNo = (await page.getByTestId('service-no').innerText()).trim();

    await page.getByRole('link', { name: '回到服务台' }).click();
    const line = row(page, serviceNo);
    await line.getByRole('link', { name: serviceNo }).waitFor();
    await line.getByText('二级').waitFor();
    await line.getByText('B 投诉').waitFor();
    await line.getByText('已报障').waitFor();
    await line.getByText(/^响应 · 计时中 · 剩余 0:[23]\d:\d\d$/).waitFor();
    await line.getByText('Example County Hospital (fictional)').waitFor();
  });

  it('shows a ticket another user reports, without a reload (live)', async () => {
    const page = await openBoard(world.desk.engineer);
    await page.getByRole('status').filter({ hasText: '实时更新' }).waitFor();
    const serviceNo = await report({ severity: 1, description: '全院 DIP 结算中断 (reported by the agent)' });
    await row(page, serviceNo).getByRole('link', { name: serviceNo }).waitFor({ timeout: 5000 });
  });

  it('shows a ticket past its response deadline as breached, in red words', async () => {
    await setSecondsPolicy(world.desk.admin, world.desk.contractB, {
      response: 'PT2S',
      onSite: 'PT1H',
      resolution: 'PT2H',
      atRiskShare: 0.5,
      confirmationWindow: 'P3D',
    });
    const serviceNo = await report({ severity: 2, description: '科室上报接口超时' }, world.desk.contractB);
    const page = await openBoard(world.desk.manager);
    const tag = row(page, serviceNo).getByText(/^响应 · 已超时/);
    await tag.waitFor();
    expect(await tag.getAttribute('class')).toContain('ant-tag-error');
    await screenshot(page, 'board');

    // Only the breached one is left when the SLA state filter asks for 已超时.
    await page.getByLabel('SLA 状态').focus();
    await page.keyboard.press('ArrowDown'); // opens the list on 全部
    await page.keyboard.press('ArrowDown'); // 已超时
    await page.keyboard.press('Enter');
    await page.getByText('显示 1 个工单').waitFor();
    await row(page, serviceNo).waitFor();
    expect(new URL(page.url()).searchParams.get('sla')).toBe('breached');
  });

  it('narrows the list to level-1 faults, and keeps the filter in the address over a reload', async () => {
    const level1 = await report({ severity: 1, description: '医保结算全部失败' });
    const level4 = await report({ severity: 4, description: '请教报表导出方法' });
    const page = await openBoard(world.desk.agent);
    await row(page, level4).waitFor();
    await page.getByLabel('故障级别').focus();
    await page.keyboard.press('ArrowDown'); // opens the list on 全部
    await page.keyboard.press('ArrowDown'); // 一级
    await page.keyboard.press('Enter');
    await row(page, level1).waitFor();
    await row(page, level4).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('severity')).toBe('1');
    const severities = await page.locator('tbody tr[data-row-key] td:nth-child(2)').allInnerTexts();
    expect(new Set(severities)).toEqual(new Set(['一级']));

    await page.reload();
    await row(page, level1).waitFor();
    expect(await row(page, level4).count()).toBe(0);
  });

  it("pops up the manager's notification of a complaint as it arrives, and counts it unread", async () => {
    const page = await openBoard(world.desk.manager);
    await page.getByRole('status').filter({ hasText: '实时更新' }).waitFor();
    const serviceNo = await report({ severity: 3, kind: 'complaint', description: '工程师未按约定时间回电' });
    await page.locator('.ant-notification').getByText(`收到投诉 ${serviceNo}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: /通知/ }).click();
    const link = page.getByRole('link', { name: new RegExp(`收到投诉 ${serviceNo}`) });
    await link.waitFor();
    await page.getByRole('listitem').filter({ has: link }).getByRole('button', { name: '标为已读' }).click();
    await link.waitFor({ state: 'detached' });
    const unread = await world.desk.manager.get('/api/notifications?unread=true');
    expect(unread.body.items.map((n: { serviceNo: string }) => n.serviceNo)).not.toContain(serviceNo);
  });

  it('shows an engineer only the tickets assigned to it with "mine only", as 我', async () => {
    const mine = await report({ severity: 2, description: '药品目录同步失败' });
    const other = await report({ severity: 2, description: '费用清单导出乱码' });
    const ids = (await world.desk.agent.get('/api/tickets?limit=200')).body.items as {
      id: string;
      serviceNo: string;
    }[];
    const idOf = (no: string) => ids.find((t) => t.serviceNo === no)!.id;
    const assigned = await world.desk.agent.post(`/api/tickets/${idOf(mine)}/assignment`, {
      engineerId: world.desk.engineer.id,
    });
    expect(assigned.status).toBe(200);

    const page = await openBoard(world.desk.engineer);
    await row(page, other).waitFor();
    await page.getByRole('checkbox', { name: '只看我的' }).check();
    await row(page, other).waitFor({ state: 'detached' });
    await row(page, mine).getByText('我', { exact: true }).waitFor();
    expect(await page.locator('tbody tr[data-row-key]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('mine')).toBe('1');
  });

  it('reads in English too, with the same columns and filters', async () => {
    const page = await world.openAs(world.desk.agent, '/board', 'en');
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await page.getByRole('columnheader', { name: 'SLA timers' }).waitFor();
    await page.getByLabel('Severity').waitFor();
    await page.getByRole('button', { name: 'New fault report' }).waitFor();
    await screenshot(page, 'board-en');
  });

  it('pages with "load more", fifty tickets at a time when sorted by report time', async () => {
    const before = (await world.desk.agent.get('/api/tickets?limit=200')).body.items.length as number;
    for (let i = 0; i < 55 - before; i++) await report({ severity: 4, description: `咨询报表 ${i}` });
    const page = await openBoard(world.desk.agent);
    await page.getByLabel('排序').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '最新报障优先' }).click();
    await page.waitForURL('**/board?*sort=-reportedAt*');
    await page.getByText('显示 50 个工单').waitFor();
    await page.getByRole('button', { name: '加载更多' }).click();
    await page.getByText('显示 55 个工单').waitFor();
    expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
  });

  it('is read-only for an auditor: no new fault report', async () => {
    const page = await openBoard(world.desk.auditor);
    await page.getByText('只读：审计角色可查看，不能修改').waitFor();
    expect(await page.getByRole('button', { name: '新报障' }).count()).toBe(0);
  });
});
