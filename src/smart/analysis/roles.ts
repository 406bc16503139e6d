/**
 * Who an objective names: people's roles and job titles, the collectives that name nobody in
 * particular, and the agents of a passive ("by the social worker").
 */
import { COLLECTIVES, PARENT_ROLES, PROFESSIONAL_ROLES } from '../lexicon';
import { adultNamesPattern, type FamilyRole } from '../family-names';
import { allMatches, overlaps, phraseRegex, type Match } from '../text';

/** A role or person named in the text, and which side of the plan they are on. */
export type Role = Match & { kind: 'parent' | 'professional' };

const ROLE_RE = phraseRegex([...PROFESSIONAL_ROLES, ...PARENT_ROLES]);
const PARENT_SET = new Set(PARENT_ROLES);
const COLLECTIVE_RE = phraseRegex(COLLECTIVES);

/** Job titles not in the list still name a professional: "the missing episodes coordinator". */
const PROFESSIONAL_HEAD =
  /\b(?:head of year|head of house|virtual school(?: head)?|care co-?ordinator|(?:[a-z-]{1,40} )?(?:worker|officer|co-?ordinator|adviser|advisor|nurse|mentor|therapist|practitioner|clinician|consultant|tutor|counsellor|supervisor|assessor|facilitator|coach|specialist|psychiatrist|psychologist|paediatrician|health visitor|manager))s?\b/gi;

/** Named roles in order of place; where a title holds a shorter one, the longer title stands. */
export function findRoles(text: string): Role[] {
  const out: Role[] = [];
  for (const m of allMatches(ROLE_RE, text)) {
    const lower = m.text.toLowerCase().replace(/\s+/g, ' ');
    // "Young carers" are children who look after someone at home, not the child's carers.
    if (
      /^carers?$/.test(lower) &&
      /\byoung\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: PARENT_SET.has(lower) ? 'parent' : 'professional',
    });
  }
  for (const m of allMatches(PROFESSIONAL_HEAD, text)) {
    const inside = out.filter((r) => overlaps(r, m));
    // "speech therapist" is more than "therapist": keep the longer title.
    if (inside.every((r) => r.start >= m.start && r.end <= m.end && r.kind === 'professional')) {
      for (const r of inside) out.splice(out.indexOf(r), 1);
      out.push({ start: m.start, end: m.end, text: m.text, kind: 'professional' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The roles with the plan's own adults added where it names them by first name: once a plan has
 * said "Mum (Agnieszka)", "Agnieszka will ring the school" is Mum's task, read as "Mum will ring
 * the school" is, not a change in a child the name might have been.
 */
export function withNamedAdults(
  roles: Role[],
  text: string,
  adults: ReadonlyMap<string, FamilyRole> | undefined,
): Role[] {
  if (!adults || adults.size === 0) return roles;
  const named: Role[] = allMatches(adultNamesPattern(adults), text)
    .filter((m) => !roles.some((r) => overlaps(r, m)))
    .map((m) => ({ ...m, kind: adults.get(m.text) === 'Worker' ? 'professional' : 'parent' }));
  return named.length === 0 ? roles : [...roles, ...named].sort((a, b) => a.start - b.start);
}

/** Collectives ("the family", "services"), except where the words are part of a role's title. */
export function findCollectives(text: string, roles: Role[]): Match[] {
  return allMatches(COLLECTIVE_RE, text).filter(
    // "the service user" is the one person a service is for, as "the young person" is.
    (c) => !roles.some((r) => overlaps(r, c)) && !SERVICE_USER.test(text.slice(c.start)),
  );
}

/** "The service user", "Service User": a person, neither a collective nor a named service. */
export const SERVICE_USER = /^(?:the\s+)?service\s+users?\b/i;

/** Organisations that deliver a named thing: "provided by the pharmacy". */
const PROVIDER_AGENT =
  /^by (?:the |his |her |their )?(?:[\w-]+ )?(?:pharmacy|landlord|housing association|gp practice|surgery|clinic|hospital|court|contractor|dentist|practice|fire service|council|local authority|(?:fostering |adoption )?panel|judge|magistrates)\b/i;

/**
 * "collected by a named adult", "driven only by a licensed and insured driver": a passive whose
 * agent is a person, even if not a titled role, whatever words describe them.
 */
const NAMED_ADULT_AGENT =
  /^by (?:a |an |the )?(?:[a-z-]+,? (?:(?:and|or) )?){0,3}(?:adult|person|people|relative|family member|member of (?:staff|the family)|staff member|carer|driver|supervisor|volunteer)s?\b/i;

/** "by the social worker" style agents: a role, an organisation, an adult or a full name. */
export function findAgents(text: string, roles: Role[]): Match[] {
  return allMatches(/\bby (?:the |his |her |their |a |an )?[\w' -]+/gi, text).filter(
    (m) =>
      roles.some((r) => r.start >= m.start && r.start <= m.start + 20) ||
      PROVIDER_AGENT.test(m.text) ||
      NAMED_ADULT_AGENT.test(m.text) ||
      /^by [A-Z][a-z]+ [A-Z][a-z'’-]+/.test(text.slice(m.start, m.end + 30)),
  );
}
