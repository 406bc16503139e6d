/**
 * The house-rules document: how an organisation makes the checker its own. Validated with zod
 * so that a bad field is reported by its path ("rules.specific/vague-verb.words.0") and the
 * product carries on with the last good rules or the defaults.
 */
import { z } from 'zod';
import { REGIONS } from '../plans/bank-holidays';
import { PLAN_STATUSES, PLAN_TYPES, REVIEW_KINDS } from '../plans/model';
import { RULES } from '../smart/rules';
import { SEVERITIES } from '../smart/types';

// The descriptions below are the settings page's hints (src/teams/components/HouseRulesForm.tsx
// reads them), so they are written for a team manager, in plain words.

const RULE_IDS = RULES.map((r) => r.id) as [string, ...string[]];
export const severitySchema = z.enum(SEVERITIES);
const words = z.array(z.string().trim().min(1, 'an empty word matches nothing').max(200)).max(500);

/** A rule's options, when it is more than "off" or a severity. */
export const ruleOptionsSchema = z.strictObject({
  severity: z.union([severitySchema, z.literal('off')]).optional(),
  words: words
    .optional()
    .describe(
      'Your own words or phrases for this rule to flag, matched as whole words (capitals do not matter).',
    ),
  allow: words
    .optional()
    .describe(
      'Words or phrases that are fine in your plans: the rule stays silent when the words it would flag are, or include, one of these.',
    ),
});

const ruleSetting = z.union([z.literal('off'), severitySchema, ruleOptionsSchema]);

export const intervalSchema = z.strictObject({
  count: z
    .number('write a number, such as 6')
    .int('use a whole number')
    .positive('use a number above 0'),
  unit: z.enum(['working-days', 'weeks', 'months']),
});

const date = z.iso.date('write the date as YYYY-MM-DD, such as 2026-12-29');

export const timescalesSchema = z.strictObject({
  region: z
    .enum(REGIONS)
    .optional()
    .describe('Whose bank holidays are skipped when counting working days.'),
  extraClosures: z
    .array(date)
    .optional()
    .describe(
      'Days your offices are closed, such as the days between Christmas and New Year: they are not counted as working days. Write each as YYYY-MM-DD.',
    ),
  extraBankHolidays: z
    .array(date)
    .optional()
    .describe(
      'One-off bank holidays announced after this version was released (a coronation, say). Write each as YYYY-MM-DD.',
    ),
  statuses: z
    .array(z.enum(PLAN_STATUSES))
    .optional()
    .describe('Plans in these states get review dates and reminders.'),
  planTypes: z
    .partialRecord(
      z.enum(PLAN_TYPES),
      z.strictObject({
        series: z
          .partialRecord(
            z.enum(REVIEW_KINDS),
            z.strictObject({
              first: intervalSchema.optional(),
              second: intervalSchema.optional(),
              then: intervalSchema.optional(),
            }),
          )
          .optional(),
        driftGraceWorkingDays: z
          .number('write a number, such as 10')
          .int('use a whole number')
          .min(0, 'use 0 or more')
          .max(60, 'use 60 or fewer')
          .optional()
          .describe(
            'Working days allowed after each meeting to record progress on the objectives; after that the plan shows as drifting.',
          ),
      }),
    )
    .optional(),
});

export const houseRulesSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, 'the only house-rules version is 1'),
  name: z
    .string()
    .max(200)
    .optional()
    .describe(
      'A name for these house rules, such as your council’s, shown to everyone who reads them.',
    ),
  rules: z
    .record(z.string(), ruleSetting)
    .superRefine((value, ctx) => {
      for (const [id, setting] of Object.entries(value)) {
        const rule = RULES.find((r) => r.id === id);
        if (!rule)
          ctx.addIssue({
            code: 'custom',
            path: [id],
            message: `there is no rule "${id}"; the rules are ${RULE_IDS.join(', ')}`,
          });
        // Built from what each rule declares it reads, so a setting never silently does nothing.
        else if (typeof setting === 'object' && setting.words && !rule.takes?.words)
          ctx.addIssue({
            code: 'custom',
            path: [id, 'words'],
            message: `rule "${id}" takes no extra words; the rules that do are ${RULES.filter(
              (r) => r.takes?.words,
            )
              .map((r) => r.id)
              .join(', ')}`,
          });
      }
    })
    .optional(),
  services: z
    .array(z.string().trim().min(3, 'a service name needs at least 3 characters').max(200))
    .max(1000)
    .optional()
    .describe(
      'Your local services and programmes, by name. An objective that names one of them counts as specific about the service.',
    ),
  familyTerms: z
    .array(
      // Each message names its part: the settings page shows an entry's problems together.
      z.strictObject(
        {
          term: z
            .string('each entry needs a term, written as text')
            .trim()
            .min(2, 'a term needs at least 2 characters')
            .max(60, 'a term can have at most 60 characters')
            .describe(
              'As written in plans. A term in capitals, such as FAST, is found only in capitals.',
            ),
          longForm: z
            .string('write the long form as text')
            .trim()
            .min(2, 'a long form needs at least 2 characters')
            .max(200, 'a long form can have at most 200 characters')
            .optional()
            .describe('What the letters stand for, where the term is an acronym.'),
          plain: z
            .string('say the plain words a family would use')
            .trim()
            .min(2, 'say the plain words a family would use')
            .max(200, 'the plain words can have at most 200 characters')
            .describe('The words a parent or child would use instead.'),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `an entry has only "term", "longForm" and "plain", not ${issue.keys.map((k) => `"${k}"`).join(' or ')}`
              : 'write each entry as {"term": …, "longForm": …, "plain": …}',
        },
      ),
    )
    .max(500)
    // The pane explains a term once; a second entry for it, in other capitals, would be ignored.
    .superRefine((terms, ctx) => {
      const seen = new Set<string>();
      terms.forEach((t, i) => {
        const key = t.term.toLowerCase();
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'term'],
            message: `"${t.term}" is already in the list: keep one entry for it`,
          });
        seen.add(key);
      });
    })
    .optional()
    .describe(
      'Your council’s own terms and acronyms, with the plain words a family would understand. The pane asks for them to be explained where first used.',
    ),
  sections: z
    .array(z.string().trim().min(1, 'an empty heading matches nothing').max(200))
    .max(100)
    .optional()
    .describe(
      'The headings your organisation requires in every plan, such as “Child’s views”. The plan checklist lists any the plan does not have.',
    ),
  messages: z
    .record(
      z.string(),
      z.union([z.string().min(1).max(500), z.record(z.string(), z.string().min(1).max(500))]),
    )
    .optional(),
  timescales: timescalesSchema.optional(),
});

export type HouseRules = z.infer<typeof houseRulesSchema>;

/** What the README shows: a council's own rules. */
export const HOUSE_RULES_EXAMPLE: HouseRules = {
  version: 1,
  name: 'Oakfield Council children’s services',
  rules: {
    'specific/vague-verb': { words: ['liaise'], allow: ['support'] },
    'realistic/sudden-stop': 'warning',
  },
  services: ['Oakfield Family Hub parenting group', 'Oakfield Young Carers'],
  sections: ['What needs to change', "Child's views", "Parents' views"],
  messages: { 'timely/no-timescale': 'Oakfield plans give every action a date: add one.' },
  timescales: {
    planTypes: {
      'child-protection': { series: { 'core-group': { then: { count: 4, unit: 'weeks' } } } },
    },
  },
};
