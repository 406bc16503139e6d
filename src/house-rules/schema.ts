/**
 * The house-rules document: how an organisation makes the checker its own. Validated with zod
 * so that a bad field is reported by its path ("rules.specific/vague-verb.words.0") and the
 * product carries on with the last good rules or the defaults.
 */
import { z } from 'zod';
import { REGIONS } from '../plans/bank-holidays';
import { PLAN_STATUSES, PLAN_TYPES, REVIEW_KINDS } from '../plans/model';
import { RULES } from '../smart/rules';

const RULE_IDS = RULES.map((r) => r.id) as [string, ...string[]];
const severity = z.enum(['error', 'warning', 'info']);
const words = z.array(z.string().trim().min(1, 'an empty word matches nothing').max(200)).max(500);

const ruleSetting = z.union([
  z.literal('off'),
  severity,
  z.strictObject({
    severity: z.union([severity, z.literal('off')]).optional(),
    words: words.optional(),
    allow: words.optional(),
  }),
]);

const interval = z.strictObject({
  count: z.number().int('use a whole number').positive('use a number above 0'),
  unit: z.enum(['working-days', 'weeks', 'months']),
});

const timescales = z.strictObject({
  region: z.enum(REGIONS).optional(),
  extraClosures: z.array(z.iso.date()).optional(),
  extraBankHolidays: z.array(z.iso.date()).optional(),
  statuses: z.array(z.enum(PLAN_STATUSES)).optional(),
  planTypes: z
    .partialRecord(
      z.enum(PLAN_TYPES),
      z.strictObject({
        series: z
          .partialRecord(
            z.enum(REVIEW_KINDS),
            z.strictObject({
              first: interval.optional(),
              second: interval.optional(),
              then: interval.optional(),
            }),
          )
          .optional(),
        driftGraceWorkingDays: z.number().int().min(0).max(60).optional(),
      }),
    )
    .optional(),
});

export const houseRulesSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, 'the only house-rules version is 1'),
  name: z.string().max(200).optional(),
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
    .optional(),
  sections: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
  messages: z
    .record(
      z.string(),
      z.union([z.string().min(1).max(500), z.record(z.string(), z.string().min(1).max(500))]),
    )
    .optional(),
  timescales: timescales.optional(),
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
