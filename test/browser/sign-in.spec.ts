import {
  describeInBrowser,
  deskInBrowser,
  screenshot,
  signIn,
  takeCspViolations,
} from './support/browser.js';

describeInBrowser('signing in to the web UI', () => {
  const world = deskInBrowser();

  it('serves the UI at / in Chinese and takes an agent to the desk board', async () => {
    const page = await world.open();
    await page.goto('/');
    await page.waitForURL('**/login');
    await signIn(page, world.desk.agent.username, world.desk.agent.password);
    await page.waitForURL('**/board');
    await page.getByRole('link', { name: '新报障' }).waitFor();
    await page.getByText('值班员', { exact: false }).first().waitFor();
    await screenshot(page, 'sign-in-agent-board');
  });

  it('takes a customer contact to the portal, with no desk menu', async () => {
    const page = await world.open();
    await signIn(page, world.desk.customerA.username, world.desk.customerA.password);
    await page.waitForURL('**/portal');
    expect(await page.getByRole('link', { name: '服务台' }).count()).toBe(0);
  });

  it('says plainly when the password is wrong, and stays on the login', async () => {
    const page = await world.open('en');
    await signIn(page, world.desk.agent.username, 'not-the-password');
    await page.getByRole('alert').getByText('Wrong username or password').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('can be done with the keyboard alone', async () => {
    const page = await world.open();
    await page.goto('/login');
    // The username field takes the focus once the page has rendered.
    await page.getByLabel('用户名').and(page.locator(':focus')).waitFor();
    await page.keyboard.type(world.desk.engineer.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(world.desk.engineer.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/board');
  });

  it('runs under a CSP that refuses an injected inline script, and the suite sees the violation', async () => {
    const page = await world.open();
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    const ran = await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.append(script);
      return window.inlineScriptRan === true;
    })()`);
    expect(ran).toBe(false);
    let seen: string[] = [];
    for (let i = 0; i < 100 && seen.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = takeCspViolations();
    }
    // The same violation is also logged to the console: let it arrive, so it is not left for afterEach.
    await new Promise((resolve) => setTimeout(resolve, 500));
    seen.push(...takeCspViolations());
    expect(seen.join('\n')).toMatch(/script-src/);
  });

  it('shows a 403 page, not the data, when a role opens a screen not its own', async () => {
    const page = await world.open();
    await signIn(page, world.desk.agent.username, world.desk.agent.password);
    await page.waitForURL('**/board');
    await page.goto('/audit');
    await page.getByText('您的角色无权查看此页。').waitFor();
  });
});
