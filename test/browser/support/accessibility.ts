import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The accessibility basics the desk promises, as axe-core checks them: every control named (form
 * fields, buttons, links, selects), readable contrast (WCAG 2 AA), a page language and title.
 */
export const BASICS = [
  'label',
  'aria-input-field-name',
  'select-name',
  'button-name',
  'link-name',
  'image-alt',
  'color-contrast',
  'html-has-lang',
  'document-title',
];

export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  where: string[];
}

/**
 * Runs axe-core in the page on the rules given; what it found, with up to five places each. axe is
 * evaluated through the debugging protocol, not added as a <script> (which the page's CSP refuses).
 */
export async function accessibilityViolations(page: Page, rules: string[] = BASICS): Promise<Violation[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const options = JSON.stringify({ runOnly: { type: 'rule', values: rules } });
  return page.evaluate(`axe.run(document, ${options}).then((result) => result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    where: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  })))`);
}
