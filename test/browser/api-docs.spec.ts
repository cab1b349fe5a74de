import { describeInBrowser, deskInBrowser } from './support/browser.js';

describeInBrowser('Swagger UI at /docs under the service’s CSP', () => {
  const world = deskInBrowser();

  it('renders the API’s operations with no CSP violation', async () => {
    const page = await world.open('en');
    await page.goto('/docs');
    await page.getByText('/api/auth/login').first().waitFor();
    await page.getByText('/api/tickets').first().waitFor();
  });
});
