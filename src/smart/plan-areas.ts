/**
 * What the regulations say every plan of a kind sets out, area by area:
 * - a pathway plan for a young person leaving care: the ten matters of Schedule 1 to the Care
 *   Leavers (England) Regulations 2010 (the Care Leavers (Wales) Regulations 2015 list the same);
 * - a looked-after child's care plan: regulation 5 of the Care Planning, Placement and Case Review
 *   (England) Regulations 2010 (the plan for permanence, the child's needs area by area, the
 *   placement plan and the IRO's name).
 * A plan that never mentions an area has left it out, however it is laid out: such plans are read
 * by their areas, not by worries, so this is the check that stands where the worries check stands
 * in a child protection plan.
 *
 * The words are data: each area lists what plans write when they cover it, with a line that does
 * and one that does not beside it (checked in test/smart/plan-areas.test.ts).
 */

export interface PlanArea {
  id: string;
  /** As the checklist lists it, after "says nothing yet about …:". */
  name: string;
  words: RegExp;
  examples: { covers: string; not: string };
}

/** Whole words or phrases, in any case, with optional plural "s" where a phrase lists one. */
const phrases = (source: string): RegExp => new RegExp(String.raw`\b(?:${source})\b`, 'i');

/** Who a child's family and friends are, as both kinds of plan name them. */
const FAMILY_AND_FRIENDS = String.raw`family|friends?|friendships?|relationships?|brothers?|sisters?|siblings?|mum|mam|dad|mother|father|parents?|nan|nana|gran|grandma|grandad|aunt|auntie|uncle|cousins?|partner|girlfriend|boyfriend`;

export const PATHWAY_AREAS: readonly PlanArea[] = [
  {
    id: 'support',
    name: 'who keeps in touch, and how often',
    words: new RegExp(
      String.raw`\b(?:personal advis[eo]rs?|leaving care (?:workers?|team|service)|key ?workers?|(?:keeps?|stay|stays) in touch|visits? (?:me|him|her|them)|see (?:me|him|her|them) every)\b|\bPAs?\b`,
      'i',
    ),
    examples: {
      covers: 'Joanne (personal adviser) will visit me every two weeks.',
      not: 'I will go to college three days a week.',
    },
  },
  {
    id: 'education',
    name: 'education or training',
    words: phrases(
      String.raw`education|training|college|school|courses?|university|uni|apprenticeships?|qualifications?|GCSEs?|A[- ]levels?|NVQ|BTEC|ESOL|tutor(?:ing)?|ETE|NEET`,
    ),
    examples: {
      covers: 'Kyle will finish his Level 2 plumbing course at Riverside College by July 2027.',
      not: 'Kyle will register with a dentist near his flat.',
    },
  },
  {
    id: 'work',
    name: 'work, or what the young person does in the day',
    words: phrases(
      String.raw`employment|employer|jobs?|careers?|work experience|(?:paid|part-time|full-time|voluntary) work|(?:find|get|into|at|looking for) work|volunteer(?:ing)?|apprenticeships?|CV|job ?centre|jobcentre|purposeful activity|occupation`,
    ),
    examples: {
      covers: 'Amira will apply for three part-time jobs in shops by the end of May.',
      not: 'Amira will see her sister every Sunday.',
    },
  },
  {
    id: 'contingency',
    name: 'what happens if the plan stops working',
    words: phrases(
      String.raw`contingency|plan b|back-?up plan|if things go wrong|what happens if|if (?:this|the|my|his|her|their) (?:plan|placement|lodgings|tenancy|flat|course|job) (?:does not work|doesn['’]t work|stops|breaks? down|ends|fails)|if (?:it|this) (?:does not|doesn['’]t) work(?: out)?|in an emergency|emergency (?:number|contact|duty)`,
    ),
    examples: {
      covers:
        'If the supported lodgings break down, the leaving care team will find Kyle a room the same day; if this plan does not work, his adviser will call a review within 10 days.',
      not: 'Kyle will cook three meals a week.',
    },
  },
  {
    id: 'home',
    name: 'where the young person will live',
    words: phrases(
      String.raw`accommodation|where (?:I|you|he|she|they) (?:will )?live|housing|tenancy|flat|supported lodgings|staying put|staying close|foster (?:home|carers?|family)|hostel|rent|(?:my|own|new) (?:home|place)|move (?:in|out|into)|live (?:with|in|near|on (?:my|his|her|their) own|independently)|living (?:with|in|arrangements)`,
    ),
    examples: {
      covers: 'Kyle will stay in his supported lodgings at Ashgrove until he is 18.',
      not: 'Kyle will go to the gym twice a week.',
    },
  },
  {
    id: 'relationships',
    name: 'family and friends',
    words: phrases(FAMILY_AND_FRIENDS),
    examples: {
      covers: 'Amira will see her sister every Sunday at their nan’s house.',
      not: 'Amira will open a bank account by March.',
    },
  },
  {
    id: 'skills',
    name: 'skills for living independently',
    words: phrases(
      String.raw`independent living|independence|(?:life|living|practical) skills|cook(?:ing|s)?|meals?|shopping|laundry|wash (?:my|his|her|their) clothes|cleaning|travel (?:training|on (?:my|his|her|their) own|independently)|budget(?:ing|s)?|pay (?:my|his|her|their|the) bills`,
    ),
    examples: {
      covers: 'I will learn to cook three meals a week with my key worker.',
      not: 'I will see my PA every month.',
    },
  },
  {
    id: 'money',
    name: 'money and financial support',
    words: phrases(
      String.raw`money|finances?|financial|budget(?:ing|s)?|benefits?|bank account|allowance|bursary|universal credit|savings?|grants?|debts?|bills|income|wages?|council tax`,
    ),
    examples: {
      covers: 'Kyle will claim Universal Credit with his adviser by his 18th birthday.',
      not: 'Kyle will join a football team.',
    },
  },
  {
    id: 'health',
    name: 'health, including mental health',
    words: phrases(
      String.raw`health|healthy|wellbeing|well-being|GP|doctors?|dentists?|opticians?|mental|emotional|counsell(?:or|ing)|CAMHS|drugs?|alcohol|drinking|weed|cannabis|smoking|vaping|contraception|medication|therapy|therapist|sleep(?:ing)?`,
    ),
    examples: {
      covers: 'Register with a dentist near the flat.',
      not: 'Get a CSCS card.',
    },
  },
  {
    id: 'identity',
    name: 'identity (faith, culture and language)',
    words: phrases(
      String.raw`identity|culture|cultural|religion|religious|faith|church|mosque|temple|gurdwara|synagogue|heritage|ethnicity|ethnic|(?:first|home|own) language|who (?:I am|he is|she is|they are)|roots`,
    ),
    examples: {
      covers: 'Dawit will find an Orthodox church near his flat, with help from his adviser.',
      not: 'Dawit will open a bank account.',
    },
  },
];

/** Faith, culture and language: both kinds of plan set out the child's identity. */
const IDENTITY = PATHWAY_AREAS.find((a) => a.id === 'identity')!;

export const CARE_PLAN_AREAS: readonly PlanArea[] = [
  {
    id: 'permanence',
    name: 'the long-term plan (permanence)',
    words: phrases(
      String.raw`permanence|permanency|permanent(?:ly)?|long[- ]term (?:plan|foster(?:ing| care)?|placement|home)|adoption|adopted|special guardian(?:ship)?|SGO|return(?:ing)? home|reunification|rehabilitation to|child arrangements order|stay(?:ing)? (?:there|with [\w ]{1,30}) until (?:he|she|they) (?:is|are|turns?) 18`,
    ),
    examples: {
      covers: 'The plan for permanence is for Tyler to stay with his foster carers long term.',
      not: 'Tyler will see the dentist every six months.',
    },
  },
  {
    id: 'health',
    name: 'health',
    words: phrases(
      String.raw`health|healthy|GP|doctors?|dentists?|dental|opticians?|immunis(?:ation|ations|ed)|vaccinat(?:ion|ions|ed)|hearing|eyesight|medical|medication|asthma|paediatrician`,
    ),
    examples: {
      covers: 'Tyler will have his review health assessment by 1 March 2027.',
      not: 'Tyler will go to football on Saturdays.',
    },
  },
  {
    id: 'education',
    name: 'education (the PEP)',
    words: phrases(
      String.raw`education|school|nursery|college|PEP|personal education plan|virtual school|designated teacher|training|tutor(?:ing)?|GCSEs?`,
    ),
    examples: {
      covers: "Tyler's PEP will be reviewed with the virtual school every term.",
      not: 'Tyler will see his mum every other Saturday.',
    },
  },
  {
    id: 'emotional',
    name: 'emotional and behavioural development',
    words: phrases(
      String.raw`emotional|emotions|behaviour|behavioural|feelings|therap(?:y|ist|eutic)|CAMHS|counsell(?:or|ing)|mental health|anxi(?:ety|ous)|anger|self-esteem|confidence|wellbeing|well-being|SDQ|trauma|life story`,
    ),
    examples: {
      covers:
        'Tyler will have weekly play therapy to help him with his feelings about leaving home.',
      not: 'Tyler will have his eyes tested.',
    },
  },
  {
    ...IDENTITY,
    examples: {
      covers: 'Tyler will go to the gurdwara with his uncle every month, as he asked.',
      not: 'Tyler will have his eyes tested.',
    },
  },
  {
    id: 'relationships',
    name: 'family and friends (contact)',
    words: phrases(String.raw`family time|contact|${FAMILY_AND_FRIENDS}`),
    examples: {
      covers: 'Tyler will have family time with his sister every fortnight at the contact centre.',
      not: 'Tyler will have his eyes tested.',
    },
  },
  {
    id: 'presentation',
    name: 'how the child presents (clothes, hygiene, appearance)',
    words: phrases(
      String.raw`social presentation|presentation|appearance|clothes|clothing|uniform|hair(?:cut|dresser)?|hygiene|wash(?:ing)?|shower(?:s|ing)?|bath(?:s|ing)?|teeth|dressed`,
    ),
    examples: {
      covers: 'Tyler will choose his own clothes with his foster carer each season.',
      not: 'Tyler will see his social worker every six weeks.',
    },
  },
  {
    id: 'self-care',
    name: 'self-care skills',
    words: phrases(
      String.raw`self[- ]care|independence|independent(?:ly)?|life skills|living skills|personal care|cook(?:ing|s)?|meals?|make (?:his|her|their|my) own|pocket money|budget(?:ing)?|laundry|on (?:his|her|their) own|by (?:himself|herself|themselves)`,
    ),
    examples: {
      covers: 'Tyler will make his own breakfast on school days by Easter.',
      not: 'Tyler will see his social worker every six weeks.',
    },
  },
  {
    id: 'placement',
    name: 'where the child lives (the placement plan)',
    words: phrases(
      String.raw`placement(?: plan)?|placed with|foster carers?|foster home|foster family|fostering|children['’]s home|residential|kinship carers?|connected persons?|lives? with|living with|stay(?:s|ing)? with`,
    ),
    examples: {
      covers: 'Tyler lives with his foster carers, Sue and Martin, in Kelsby.',
      not: 'Tyler will have his eyes tested.',
    },
  },
  {
    id: 'iro',
    name: "the independent reviewing officer's name",
    words: new RegExp(String.raw`\bIROs?\b|\bindependent reviewing officers?\b`, 'i'),
    examples: {
      covers: 'IRO: Helen Price',
      not: 'Social worker: Priya Shah',
    },
  },
];

const careArea = (id: string): PlanArea => CARE_PLAN_AREAS.find((a) => a.id === id)!;

/**
 * A placement plan's areas: how the carers will meet the child's needs day to day (Care
 * Planning, Placement and Case Review (England) Regulations 2010, Schedule 2; in Wales, the 2015
 * regulations' Schedule 3). The plan for permanence is the care plan's, not the placement's.
 */
export const PLACEMENT_PLAN_AREAS: readonly PlanArea[] = [
  {
    id: 'day-to-day',
    name: 'day-to-day care',
    words: phrases(
      String.raw`day[- ]to[- ]day|daily life|routines?|bed ?times?|safe care|house rules|pocket money|curfew|school run|meals?|mealtimes?`,
    ),
    examples: {
      covers: 'Sandra will keep the same bedtime routine that Ava had at home.',
      not: 'Ava will see her dad every Sunday.',
    },
  },
  careArea('relationships'),
  careArea('health'),
  careArea('education'),
  {
    id: 'visits',
    name: "the social worker's visits",
    words: phrases(
      String.raw`statutory visits?|visits? (?:from|by) (?:the |her |his |their |a )?social worker|(?:social worker|SW)\b[^.;]{0,40}?\b(?:visits?|visiting|see)`,
    ),
    examples: {
      covers: 'Owen, the social worker, will visit Ava at the foster home every six weeks.',
      not: 'Ava will visit her nan every other Saturday.',
    },
  },
  careArea('identity'),
  {
    id: 'delegated',
    name: 'what the carers may agree to (delegated authority)',
    words: phrases(
      String.raw`delegated authority|delegation of authority|(?:can|may) (?:agree|sign|consent|give consent)|sign (?:the )?(?:consent|school trip|trip) forms?`,
    ),
    examples: {
      covers: 'Delegated authority: the carers can agree to school trips and haircuts.',
      not: 'Ava will go to Brownies on Thursdays.',
    },
  },
];

/** The areas a plan's lines never mention, in the order the regulations list them. */
export function areasMissing(areas: readonly PlanArea[], texts: readonly string[]): PlanArea[] {
  return areas.filter((area) => !texts.some((t) => area.words.test(t)));
}

/**
 * A heading that names one of the plan's areas ("Health", "Family time", "Education and
 * training"): in a plan set out by its areas, the items under it are its objectives. Short, so a
 * sentence set as a heading is not taken for one.
 */
export function namesAnArea(areas: readonly PlanArea[], heading: string): boolean {
  return heading.length <= 60 && areas.some((a) => a.words.test(heading));
}
