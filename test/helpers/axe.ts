/**
 * axe-core in a browser page, shared by the browser tests. The script is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern, so the page keeps
 * its strict policy (no bypassCSP needed). Nothing is excluded: Fluent's focus-trap sentinels
 * count like any other element.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  /** The first few offending elements' selectors, so a failure says where to look. */
  targets: string[];
}

export interface AxeOptions {
  /** CSS selectors to check within (default: the whole page). */
  include?: string[];
  /** Rule tags to run (default: WCAG 2.0 and 2.1, A and AA). */
  tags?: string[];
}

let source: string | undefined;

/** Every violation axe finds on the page as it is now. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Judge the settled page: text that is fading in passes through contrasts it never rests at
  // (seen once as a colour-contrast failure with the npm Chromium).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(source);
  return page.evaluate(
    async ({ include, tags }) => {
      // axe is a global evaluated above; the page has no types for it.
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: object,
              options: object,
            ) => Promise<{
              violations: {
                id: string;
                impact: string | null;
                nodes: { target: unknown[] }[];
              }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
      }));
    },
    {
      include: options.include,
      tags: options.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    },
  );
}

/** The serious and critical violations only: the tests' bar is none. */
export async function seriousAxeViolations(
  page: Page,
  options: AxeOptions = {},
): Promise<AxeViolation[]> {
  return (await axeViolations(page, options)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
