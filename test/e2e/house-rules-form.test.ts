/**
 * The house rules form in Chromium against local mode, at the meeting side panel's 320 px. First
 * driven by the keyboard alone (Tab, Shift+Tab, Space, Enter, the arrow keys and typing; no
 * clicks, no `fill`, no `focus()`): a team manager turns a rule off, changes a severity, adds a
 * word and removes a service, adds a term for families (and is told when one is listed already)
 * and removes another, sees a too-long timescale refused beside the field with its statutory
 * limit and fixes it, and saves; the settings list, the house-rules store and a reload all show
 * the change. Then: the form is read-only for people who cannot edit, the form and the
 * JSON view edit one draft, and every Tab stop comes in reading order with its focus visible.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { type Browser, type ElementHandle, type Locator, type Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { localClient } from '../helpers/local-server';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { HouseRulesStore } from '../../src/house-rules/store';
import { startServer, type RunningServer } from '../../src/server/index';
import { ruleById } from '../../src/smart/rules';

retryRendererStalls();

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');

const FAST = {
  term: 'FAST',
  longForm: 'Family Assessment and Support Team',
  plain: 'the family support team',
};
const IRO = {
  term: 'IRO',
  longForm: 'Independent Reviewing Officer',
  plain: 'the person who chairs your child’s reviews',
};

/** What a council saved before: one allowed word, two services, one term for families. */
const SAVED = {
  version: 1,
  name: 'Oakfield Council children’s services',
  rules: { 'specific/vague-verb': { allow: ['support'] } },
  services: ['Oakfield Family Hub parenting group', 'Oakfield Young Carers'],
  familyTerms: [FAST],
};

let server: RunningServer;
let browser: Browser;
let store: GraphPlanStore;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'house-rules-form-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', demo: true, dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  server.faults.clear();
  const current = await store.getSetting('house-rules');
  await store.putSetting('house-rules', SAVED, current?.etag);
});

async function openForm(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/tab.html#/settings`);
  await page.getByTestId('house-rules-form').waitFor();
  expect(errors).toEqual([]);
  return page;
}

function description(id: string): string {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.description;
}

/** A rule's card, found by the rule's own description (its legend). */
function ruleCard(page: Page, id: string): Locator {
  return page.getByRole('group', { name: description(id), exact: true });
}

function isFocused(page: Page, handle: ElementHandle): Promise<boolean> {
  return page.evaluate((el) => el === document.activeElement, handle);
}

/** Presses Tab (or Shift+Tab) until the control has the focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('no such control');
  for (let presses = 0; presses < 300; presses++) {
    if (await isFocused(page, handle)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the control`);
}

async function pressOnce(page: Page, key: string, then: Locator): Promise<void> {
  await page.keyboard.press(key);
  const handle = await then.elementHandle();
  expect(handle && (await isFocused(page, handle))).toBe(true);
}

test('a team manager edits the house rules with the keyboard alone, and the saved rules show it', async () => {
  const page = await openForm();

  // A word for "vague verb" to flag. Its word lists are open: it already allows "support".
  const vagueVerb = ruleCard(page, 'specific/vague-verb');
  const extraWords = vagueVerb.getByRole('textbox', { name: 'Extra words to flag' });
  await tabTo(page, extraWords);
  await page.keyboard.type('liaise');
  await page.keyboard.press('Enter');
  await vagueVerb.getByRole('list', { name: 'Extra words to flag' }).getByText('liaise').waitFor();
  expect(await extraWords.inputValue()).toBe('');
  await vagueVerb.getByRole('button', { name: 'Remove liaise' }).waitFor();

  // "Sudden stop" becomes a warning: arrow keys on its severity.
  const suddenStop = ruleCard(page, 'realistic/sudden-stop');
  const severity = suddenStop.getByRole('combobox', { name: 'How serious' });
  await tabTo(page, severity);
  expect(await severity.inputValue()).toBe('error');
  await page.keyboard.press('ArrowDown');
  expect(await severity.inputValue()).toBe('warning');

  // "Action only" off: Space on its switch.
  const actionOnly = ruleCard(page, 'outcome/action-only');
  const useRule = actionOnly.getByRole('switch', { name: 'Use this rule' });
  await tabTo(page, useRule);
  await page.keyboard.press('Space');
  expect(await useRule.isChecked()).toBe(false);
  // Off, its severity cannot be chosen, and the card says why.
  expect(await actionOnly.getByRole('combobox', { name: 'How serious' }).isDisabled()).toBe(true);
  await actionOnly.getByText('Switch the rule on to choose.').waitFor();

  // A service removed: its Remove button is named after it, and the focus stays in the list.
  const services = page.getByTestId('services-list');
  await tabTo(page, services.getByRole('button', { name: 'Remove Oakfield Young Carers' }));
  await page.keyboard.press('Enter');
  await services.getByRole('button', { name: 'Remove Oakfield Young Carers' }).waitFor({
    state: 'detached',
  });
  const remaining = services.getByRole('button', {
    name: 'Remove Oakfield Family Hub parenting group',
  });
  expect(await isFocused(page, (await remaining.elementHandle())!)).toBe(true);

  // A term of the council's own: typed into its three boxes, added with Enter in the last.
  const terms = page.getByTestId('family-terms');
  const termList = terms.getByRole('list', { name: 'Your own terms for families' });
  const term = terms.getByRole('textbox', { name: 'Term', exact: true });
  const longForm = terms.getByRole('textbox', { name: 'Long form (optional)' });
  const plain = terms.getByRole('textbox', { name: 'Plain words' });
  await termList.getByText('FAST', { exact: true }).waitFor();
  await tabTo(page, term);
  await page.keyboard.type(IRO.term);
  await pressOnce(page, 'Tab', longForm);
  await page.keyboard.type(IRO.longForm);
  await pressOnce(page, 'Tab', plain);
  await page.keyboard.type(IRO.plain);
  await page.keyboard.press('Enter');
  await termList.getByText('IRO', { exact: true }).waitFor();
  await termList.getByText(`Plain words: ${IRO.plain}`).waitFor();
  // Ready for the next: the boxes empty, the focus back in the first, and the addition said.
  expect(await isFocused(page, (await term.elementHandle())!)).toBe(true);
  expect([await term.inputValue(), await longForm.inputValue(), await plain.inputValue()]).toEqual([
    '',
    '',
    '',
  ]);
  expect(await terms.getByRole('status').textContent()).toBe('Added IRO.');

  // FAST again, in other capitals: refused beside the term, with what was typed kept.
  await page.keyboard.type('fast');
  await pressOnce(page, 'Tab', longForm);
  await pressOnce(page, 'Tab', plain);
  await page.keyboard.type('the support team');
  await page.keyboard.press('Enter');
  await terms.getByRole('alert').getByText('“fast” is in the list already, as “FAST”.').waitFor();
  // The focus goes to the box that needs the change.
  expect(await isFocused(page, (await term.elementHandle())!)).toBe(true);
  expect(await term.inputValue()).toBe('fast');
  expect(await plain.inputValue()).toBe('the support team');
  expect(await termList.getByRole('listitem').count()).toBe(2);
  // Nothing on the page, refusal and all, is a serious accessibility problem.
  expect(await seriousAxeViolations(page)).toEqual([]);

  // FAST removed: its Remove button is named after it, and the focus moves to the next one.
  await tabTo(page, terms.getByRole('button', { name: 'Remove FAST' }));
  await page.keyboard.press('Enter');
  await terms.getByRole('button', { name: 'Remove FAST' }).waitFor({ state: 'detached' });
  expect(
    await isFocused(
      page,
      (await terms.getByRole('button', { name: 'Remove IRO' }).elementHandle())!,
    ),
  ).toBe(true);
  expect(await terms.getByRole('status').textContent()).toBe('Removed FAST.');

  // A first review conference in 4 months: longer than the statutory 3, refused beside the field.
  const conference = page.getByRole('group', { name: 'First review conference', exact: true });
  await conference.getByText(/^Statutory limit: 3 months \(Working Together/).waitFor();
  const howMany = conference.getByRole('textbox', { name: 'How many' });
  await tabTo(page, howMany);
  await page.keyboard.type('4');
  const refusal = conference.getByRole('alert');
  await refusal.getByText(/within 4 months is looser than the statutory 3 months/).waitFor();
  expect(await howMany.getAttribute('aria-invalid')).toBe('true');
  const saveButton = page.getByRole('button', { name: 'Save house rules' });
  expect(await saveButton.isDisabled()).toBe(true);

  // Fixed: back out and in again (which selects what is in the box) and type 2.
  await pressOnce(
    page,
    'Shift+Tab',
    page
      .getByRole('group', { name: 'Each later core group' })
      .getByRole('combobox', { name: 'Unit' }),
  );
  await pressOnce(page, 'Tab', howMany);
  await page.keyboard.type('2');
  expect(await howMany.inputValue()).toBe('2');
  await refusal.waitFor({ state: 'detached' });
  expect(await howMany.getAttribute('aria-invalid')).not.toBe('true');
  await page
    .getByTestId('house-rules-problems')
    .getByText('No problems: these rules can be saved.')
    .waitFor();

  // Nothing sticks out sideways on the side panel, with the lists open and the errors shown.
  expect(
    await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  await tabTo(page, saveButton);
  await page.keyboard.press('Enter');
  await page
    .getByTestId('settings-status')
    .getByText(/^Saved\./)
    .waitFor();

  const expected = {
    version: 1,
    name: 'Oakfield Council children’s services',
    rules: {
      'specific/vague-verb': { allow: ['support'], words: ['liaise'] },
      'realistic/sudden-stop': 'warning',
      'outcome/action-only': 'off',
    },
    services: ['Oakfield Family Hub parenting group'],
    familyTerms: [IRO],
    timescales: {
      planTypes: {
        'child-protection': {
          series: { 'review-conference': { first: { count: 2, unit: 'months' } } },
        },
      },
    },
  };
  // The settings list holds exactly that...
  expect((await store.getSetting('house-rules'))?.value).toEqual(expected);
  // ...and everyone who loads the house rules from it checks with it.
  const loaded = await new HouseRulesStore(store).load();
  expect(loaded.origin).toBe('store');
  const { ruleSet, schedule } = loaded.loaded;
  expect(ruleSet.rules['outcome/action-only'].enabled).toBe(false);
  expect(ruleSet.rules['realistic/sudden-stop'].severity).toBe('warning');
  expect(ruleSet.rules['specific/vague-verb'].options.words).toContain('liaise');
  expect(ruleSet.services).toEqual(['Oakfield Family Hub parenting group']);
  expect(ruleSet.familyTerms).toEqual([IRO]);
  expect(schedule.planTypes['child-protection'].series[1].first).toEqual({
    count: 2,
    unit: 'months',
    statutory: true,
  });

  // A reload shows the saved rules in the form.
  await page.reload();
  await page.getByTestId('house-rules-form').waitFor();
  await page
    .getByTestId('house-rules-origin')
    .getByText(/saved here/)
    .waitFor();
  expect(
    await ruleCard(page, 'outcome/action-only')
      .getByRole('switch', { name: 'Use this rule' })
      .isChecked(),
  ).toBe(false);
  expect(
    await ruleCard(page, 'realistic/sudden-stop')
      .getByRole('combobox', { name: 'How serious' })
      .inputValue(),
  ).toBe('warning');
  await ruleCard(page, 'specific/vague-verb')
    .getByRole('button', { name: 'Remove liaise' })
    .waitFor();
  expect(
    await services
      .getByRole('button', { name: /^Remove / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
  ).toEqual(['Remove Oakfield Family Hub parenting group']);
  await terms.getByText(`Plain words: ${IRO.plain}`).waitFor();
  expect(
    await terms
      .getByRole('button', { name: /^Remove / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
  ).toEqual(['Remove IRO']);
  expect(
    await page
      .getByRole('group', { name: 'First review conference', exact: true })
      .getByRole('textbox', { name: 'How many' })
      .inputValue(),
  ).toBe('2');
  await page.context().close();
});

test('someone who cannot edit the house rules reads the form, told why, with nothing to change', async () => {
  // The settings list refuses this person's writes, as SharePoint does for a site member.
  server.faults.add({ method: 'PATCH', path: 'items/.*/fields', status: 403, times: 5 });
  const page = await openForm();
  await page
    .getByTestId('read-only-note')
    .getByText(/Only the site’s owners can change/)
    .waitFor();
  const switches = page.getByRole('switch', { name: 'Use this rule' });
  expect(await switches.count()).toBeGreaterThan(10);
  for (const s of await switches.all()) expect(await s.isDisabled()).toBe(true);
  for (const s of await page.getByRole('combobox', { name: 'How serious' }).all())
    expect(await s.isDisabled()).toBe(true);
  for (const box of await page.getByRole('textbox', { name: 'How many' }).all())
    expect(await box.getAttribute('readonly')).not.toBeNull();
  // The lists are shown, with nothing to add or remove.
  await page.getByTestId('services-list').getByText('Oakfield Young Carers').waitFor();
  await page.getByTestId('family-terms').getByText(`Plain words: ${FAST.plain}`).waitFor();
  expect(await page.getByTestId('family-terms').getByRole('textbox').count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Add to / }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Save house rules' }).count()).toBe(0);
  await page.context().close();
});

test('the form and the JSON view edit one draft: switching loses nothing, nor does a reload', async () => {
  const page = await openForm();
  const jsonView = page.getByRole('switch', { name: 'Advanced: edit as JSON' });
  const editor = page.getByTestId('house-rules-editor');
  const actionOnly = ruleCard(page, 'outcome/action-only').getByRole('switch', {
    name: 'Use this rule',
  });

  // A form edit is in the JSON.
  await actionOnly.uncheck();
  await jsonView.check();
  expect(JSON.parse(await editor.inputValue()).rules['outcome/action-only']).toBe('off');

  // A JSON edit is in the form.
  const fromJson = {
    ...SAVED,
    rules: { ...SAVED.rules, 'outcome/action-only': 'off' },
    services: [...SAVED.services, 'Oakfield Mentoring Scheme'],
    familyTerms: [...SAVED.familyTerms, { term: 'C', plain: 'a child in need' }],
  };
  await editor.fill(JSON.stringify(fromJson, null, 2));
  await jsonView.uncheck();
  await page.getByTestId('services-list').getByText('Oakfield Mentoring Scheme').waitFor();
  expect(await actionOnly.isChecked()).toBe(false);
  // A term typed in the JSON is listed, with the schema's problem beside it, not elsewhere.
  const terms = page.getByTestId('family-terms');
  const shortTerm = terms.getByRole('listitem').filter({ hasText: 'a child in need' });
  await shortTerm.getByText('A term needs at least 2 characters.').waitFor();
  expect(await terms.getByTestId('field-problem').count()).toBe(1);
  expect(
    await shortTerm.getByRole('button', { name: 'Remove C' }).getAttribute('aria-describedby'),
  ).toBe(await shortTerm.getByTestId('field-problem').getAttribute('id'));

  // A form edit to the terms is in the JSON, and the rest of it untouched.
  await shortTerm.getByRole('button', { name: 'Remove C' }).click();
  await jsonView.check();
  expect(JSON.parse(await editor.inputValue())).toEqual({ ...fromJson, familyTerms: [FAST] });
  await editor.fill(JSON.stringify(fromJson, null, 2));
  await jsonView.uncheck();

  // JSON the form cannot show is kept as typed, with the form saying where to fix it.
  await jsonView.check();
  await editor.fill('{"version": 1,');
  await jsonView.uncheck();
  await page
    .getByTestId('house-rules-form')
    .getByText(/The form cannot show this draft: the draft is not valid JSON/)
    .waitFor();
  await jsonView.check();
  expect(await editor.inputValue()).toBe('{"version": 1,');

  // The draft outlives a reload; nothing was saved.
  await editor.fill(JSON.stringify(fromJson, null, 2));
  await page.reload();
  await page.getByTestId('services-list').getByText('Oakfield Mentoring Scheme').waitFor();
  expect((await store.getSetting('house-rules'))?.value).toEqual(SAVED);
  await page.context().close();
});

/** How many pixels differ between two screenshots of the same area. */
function differingPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4)
    if (
      Math.abs(x.data[i] - y.data[i]) +
        Math.abs(x.data[i + 1] - y.data[i + 1]) +
        Math.abs(x.data[i + 2] - y.data[i + 2]) >
      48
    )
      n++;
  return n;
}

test('Tab goes through the form in reading order, and every stop shows where the focus is', async () => {
  const page = await openForm();
  // Screenshots must differ by the focus indicator alone: no blinking caret, no fading.
  await page.addStyleTag({
    content:
      '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }',
  });
  const form = await page.getByTestId('house-rules-form').elementHandle();
  const stops: string[] = [];
  const problems: string[] = [];
  let inForm = false;
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate((formEl) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const prev = (window as unknown as { __lastStop?: Element }).__lastStop;
      const inOrder =
        !prev || Boolean(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      (window as unknown as { __lastStop?: Element }).__lastStop = el;
      const name =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        '';
      return {
        name: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`,
        inOrder,
        inForm: formEl?.contains(el) ?? false,
        focusVisible: el.matches(':focus-visible'),
      };
    }, form);
    if (!where) break; // Past the last stop: the focus has left the page.
    if (!where.inForm) {
      if (inForm) break; // Out of the form at its end: its stops are all checked.
      continue;
    }
    inForm = true;
    stops.push(where.name);
    if (!where.inOrder) problems.push(`${where.name} comes before the stop ahead of it`);
    if (!where.focusVisible) problems.push(`${where.name} does not match :focus-visible`);
    // Seen with the focus, then without (Shift+Tab moves it to the stop before), then back.
    const stop = await page.evaluateHandle(() => document.activeElement!);
    const area = () =>
      stop.evaluate((el) => {
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        const x = Math.max(0, r.x - 3);
        return {
          x,
          y: Math.max(0, r.y - 3),
          width: Math.min(r.width + 6, document.documentElement.clientWidth - x),
          height: r.height + 6,
        };
      });
    const focused = await page.screenshot({ clip: await area() });
    await page.keyboard.press('Shift+Tab');
    const unfocused = await page.screenshot({ clip: await area() });
    await page.keyboard.press('Tab');
    if (differingPixels(focused, unfocused) < 8) problems.push(`${where.name} shows no focus`);
  }
  // Every control of the form was reached: 16 rules, the lists, 13 timescales and the calendar.
  expect(stops.length).toBeGreaterThan(60);
  if (process.env.DEBUG_STOPS) console.log(stops.length, stops.join('\n'));
  expect(problems).toEqual([]);
  await page.context().close();
});
