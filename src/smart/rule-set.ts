/**
 * A rule set is the organisation's configuration of the rules: which are on, how severe, extra
 * and allowed words, message wording, and the local services that count as named. The house
 * rules document (src/house-rules) is validated outside the core and compiled here.
 */
import type { FamilyTerm } from './family-read/terms';
import type { RuleOptions } from './rule';
import { RULES } from './rules';
import type { Severity } from './types';

/** How one rule is configured in a house-rules document. */
export type RuleSetting =
  'off' | Severity | { severity?: Severity | 'off'; words?: string[]; allow?: string[] };

/** The parts of a house-rules document the core reads. */
export interface RuleSetInput {
  rules?: Record<string, RuleSetting>;
  services?: string[];
  /** rule id -> message text (or messageId -> text). */
  messages?: Record<string, string | Record<string, string>>;
  /** The council's own professional terms, with the plain words a family would use. */
  familyTerms?: FamilyTerm[];
  /** Headings the organisation requires in every plan ("Child's views"). */
  sections?: string[];
}

export interface CompiledRule {
  enabled: boolean;
  severity: Severity;
  /** The organisation chose this severity itself: the checker's own doubts leave it alone. */
  chosen?: boolean;
  options: RuleOptions;
  messages: Record<string, string>;
}

export interface RuleSet {
  rules: Record<string, CompiledRule>;
  /** Named local services and programmes that count as specific. */
  services: string[];
  familyTerms: FamilyTerm[];
  sections: string[];
}

export function compileRuleSet(input: RuleSetInput = {}): RuleSet {
  const rules: Record<string, CompiledRule> = {};
  for (const rule of RULES) {
    const setting = input.rules?.[rule.id];
    const custom = typeof setting === 'object' ? setting : undefined;
    const severitySetting = typeof setting === 'string' ? setting : custom?.severity;
    const override = input.messages?.[rule.id];
    const messages = { ...rule.messages };
    if (typeof override === 'string') for (const k of Object.keys(messages)) messages[k] = override;
    else if (override) Object.assign(messages, override);
    const chosen = severitySetting && severitySetting !== 'off' ? severitySetting : undefined;
    rules[rule.id] = {
      enabled: severitySetting !== 'off',
      severity: chosen ?? rule.severity,
      ...(chosen && { chosen: true }),
      options: {
        words: [...(rule.defaultOptions?.words ?? []), ...(custom?.words ?? [])],
        allow: [...(rule.defaultOptions?.allow ?? []), ...(custom?.allow ?? [])].map((w) =>
          w.toLowerCase(),
        ),
      },
      messages,
    };
  }
  return {
    rules,
    services: [...(input.services ?? [])],
    familyTerms: [...(input.familyTerms ?? [])],
    sections: [...(input.sections ?? [])],
  };
}

export const DEFAULT_RULE_SET: RuleSet = compileRuleSet();
