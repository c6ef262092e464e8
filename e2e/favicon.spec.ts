import { test, expect } from './fixtures';

// The browser asks the web harness for /favicon.ico on its own; a 404 there was
// logged as a console error on every load.

test('the web harness serves a favicon and a page load logs no console error', async ({ page, app }) => {
  test.skip(app.target !== 'web', 'only the web harness answers HTTP requests');
  const errors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  await page.reload();
  await expect(page.getByTestId('page-item')).toHaveCount(5);

  for (const path of ['/favicon.ico', '/favicon.svg']) {
    const icon = await page.request.get(`${app.baseUrl}${path}`);
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
  }
  const linked = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(linked).toBe('./favicon.svg');
  expect(failedRequests).toEqual([]);
  expect(errors).toEqual([]);
});
