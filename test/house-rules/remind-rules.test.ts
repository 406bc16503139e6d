/**
 * The reminders follow the house rules' timescales: from `--rules FILE`, else from the house
 * rules saved in the settings list. A stricter core group timescale moves the due date the job
 * computes; a bad file stops the job naming the field; bad rules in the list only warn.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { remindCommand, type RemindCommandOptions } from '../../src/cli/commands/remind';
import { HouseRulesStore } from '../../src/house-rules/store';
import { samplePlan, startHarness, tempDir, type Harness } from '../integration/helpers';

let h: Harness;
let planId: string;
const dir = tempDir('smart-remind-rules-');

/** Four-weekly core groups where the default (common practice) is six-weekly. */
const STRICTER = {
  version: 1,
  timescales: {
    planTypes: {
      'child-protection': { series: { 'core-group': { then: { count: 4, unit: 'weeks' } } } },
    },
  },
};

beforeAll(async () => {
  h = await startHarness();
  const saved = await h.store.savePlan(
    samplePlan({ startDate: '2027-01-04', nextReview: undefined }),
    [],
  );
  planId = saved.plan.id!;
  // The first core group was held on Friday 15 January 2027; the next one is due from there.
  await h.store.saveReview({
    planId,
    kind: 'core-group',
    scheduledDate: '2027-01-15',
    heldDate: '2027-01-15',
  });
});
afterAll(async () => {
  await h?.stop();
});

async function run(extra: Partial<RemindCommandOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await remindCommand(
    {
      graphUrl: h.server.graphUrl,
      data: h.dataDir,
      site: 'root',
      now: '2027-02-08',
      within: 30,
      dryRun: true,
      json: true,
      ...extra,
    },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
  );
  const dueItems = out
    .join('')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; dueItems?: string[] })
    .flatMap((e) => (e.type === 'digest' ? (e.dueItems ?? []) : []));
  return { result, dueItems, err: err.join('') };
}

const coreGroupDue = (items: string[]) =>
  items.filter((k) => k.startsWith(`${planId}/core-group/`)).map((k) => k.split('/')[2]);

test('without house rules the next core group is six weeks after the last', async () => {
  const { result, dueItems, err } = await run();
  expect(result.exitCode).toBe(0);
  expect(err).toBe('');
  expect(coreGroupDue(dueItems)).toEqual(['2027-02-26']);
});

test('--rules with a stricter core group timescale brings the due date forward', async () => {
  const file = path.join(dir, 'house.json');
  writeFileSync(file, JSON.stringify(STRICTER));
  const { result, dueItems } = await run({ rules: file });
  expect(result.exitCode).toBe(0);
  expect(coreGroupDue(dueItems)).toEqual(['2027-02-12']);
});

test('without --rules, the house rules saved in the settings list apply', async () => {
  await new HouseRulesStore(h.store).save(STRICTER, undefined);
  try {
    const { dueItems } = await run();
    expect(coreGroupDue(dueItems)).toEqual(['2027-02-12']);
  } finally {
    const saved = await h.store.getSetting('house-rules');
    await h.store.putSetting('house-rules', { version: 1 }, saved!.etag);
  }
});

test('invalid rules in the settings list warn, naming the field, and the defaults apply', async () => {
  const saved = await h.store.getSetting('house-rules');
  await h.store.putSetting(
    'house-rules',
    {
      version: 1,
      timescales: {
        planTypes: {
          'child-protection': { series: { 'core-group': { then: { count: 0, unit: 'weeks' } } } },
        },
      },
    },
    saved?.etag,
  );
  const { result, dueItems, err } = await run();
  expect(result.exitCode).toBe(0);
  expect(err).toMatch(
    /^Warning: the house rules in the settings list have a problem \(timescales\.planTypes\.child-protection\.series\.core-group\.then\.count: /,
  );
  expect(coreGroupDue(dueItems)).toEqual(['2027-02-26']);
});

test('a looser statutory timescale in --rules stops the job with one line', async () => {
  const file = path.join(dir, 'looser.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timescales: {
        planTypes: {
          'child-protection': {
            series: { 'core-group': { first: { count: 15, unit: 'working-days' } } },
          },
        },
      },
    }),
  );
  const { result, err } = await run({ rules: file });
  expect(result.exitCode).toBe(2);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(
    /looser\.json: timescales\.planTypes\.child-protection\.series\.core-group\.first: The first core group \(child-protection\) within 15 working days is looser than the statutory 10 working days/,
  );
});
