/**
 * Professional words a family may not know, with the plain words to use. An acronym counts as
 * explained when its long form is given at its first use ("Child and Adolescent Mental Health
 * Services (CAMHS)") or just before it; a term when its plain words follow in brackets. House
 * rules add the council's own terms (`familyTerms`). Each entry's examples run as a test.
 */
export interface FamilyTerm {
  /** As written in plans; acronyms in capitals, matched with their case. */
  term: string;
  /** What the term stands for, where it is an acronym. */
  longForm?: string;
  /** The words a parent or child would use instead. */
  plain: string;
  examples?: { flagged: string; clear: string };
}

export const FAMILY_TERMS: readonly FamilyTerm[] = [
  {
    term: 'ICPC',
    longForm: 'initial child protection conference',
    plain: 'the first child protection meeting',
    examples: {
      flagged: 'The plan was agreed at the ICPC on 3 March.',
      clear: 'The plan was agreed at the initial child protection conference (ICPC) on 3 March.',
    },
  },
  {
    term: 'RCPC',
    longForm: 'review child protection conference',
    plain: 'the meeting that reviews the child protection plan',
  },
  { term: 'CP', longForm: 'child protection', plain: 'child protection' },
  { term: 'CIN', longForm: 'child in need', plain: 'child in need' },
  { term: 'LAC', longForm: 'looked after child', plain: 'a child in care' },
  { term: 'CLA', longForm: 'child looked after', plain: 'a child in care' },
  {
    term: 'CAMHS',
    longForm: 'Child and Adolescent Mental Health Services',
    plain: "the children's mental health service",
  },
  {
    term: 'PLO',
    longForm: 'Public Law Outline',
    plain: 'the formal stage before the council may go to court',
  },
  {
    term: 'LADO',
    longForm: 'Local Authority Designated Officer',
    plain: 'the council officer who looks into worries about adults who work with children',
  },
  {
    term: 'IRO',
    longForm: 'Independent Reviewing Officer',
    plain: 'the person who chairs reviews and checks the plan is working',
  },
  {
    term: 'TAF',
    longForm: 'Team Around the Family',
    plain: 'the family and the workers who help them meeting together',
  },
  {
    term: 'TAC',
    longForm: 'Team Around the Child',
    plain: 'the workers who help the child meeting together',
  },
  {
    term: 'EHCP',
    longForm: 'Education, Health and Care Plan',
    plain: "the plan for the child's special educational needs",
  },
  {
    term: 'SENCO',
    longForm: 'Special Educational Needs Coordinator',
    plain: 'the teacher in charge of extra help at school',
  },
  {
    term: 'SEND',
    longForm: 'special educational needs and disabilities',
    plain: 'special educational needs and disabilities',
  },
  { term: 'PEP', longForm: 'Personal Education Plan', plain: "the plan for the child's schooling" },
  {
    term: 'DSL',
    longForm: 'Designated Safeguarding Lead',
    plain: "the school's child safety lead",
  },
  {
    term: 'MASH',
    longForm: 'Multi-Agency Safeguarding Hub',
    plain: 'the team that first looks at worries about a child',
  },
  { term: 'SALT', longForm: 'speech and language therapy', plain: 'speech and language therapy' },
  { term: 'HV', longForm: 'health visitor', plain: 'the health visitor' },
  { term: 'CSE', longForm: 'child sexual exploitation', plain: 'sexual exploitation' },
  {
    term: 'CCE',
    longForm: 'child criminal exploitation',
    plain: 'being used by others to commit crime',
  },
  {
    term: 'MARAC',
    longForm: 'Multi-Agency Risk Assessment Conference',
    plain: 'the meeting about keeping people safe from domestic abuse',
  },
  {
    term: 'IDVA',
    longForm: 'Independent Domestic Violence Advisor',
    plain: 'the domestic abuse support worker',
  },
  {
    term: 'SGO',
    longForm: 'Special Guardianship Order',
    plain: 'a court order for a relative or friend to bring the child up',
  },
  {
    term: 'ICO',
    longForm: 'Interim Care Order',
    plain: "a temporary court order giving the council a say in the child's care",
  },
  { term: 'YOT', longForm: 'Youth Offending Team', plain: 'the youth justice team' },
  {
    term: 'NEET',
    longForm: 'not in education, employment or training',
    plain: 'not in school, work or training',
  },
  { term: 'EWO', longForm: 'Education Welfare Officer', plain: 'the school attendance officer' },
  { term: 'DA', longForm: 'domestic abuse', plain: 'domestic abuse' },
  { term: 'DV', longForm: 'domestic violence', plain: 'domestic violence' },
  {
    term: 'PR',
    longForm: 'parental responsibility',
    plain: 'the legal right to make decisions for the child',
  },
  { term: 'S47', longForm: 'section 47 enquiry', plain: 'a child protection enquiry' },
  {
    term: 'core group',
    plain: 'the family members and workers who meet to check the plan',
    examples: {
      flagged: 'The core group will meet every six weeks.',
      clear:
        'The core group (the family members and workers who meet to check the plan) will meet every six weeks.',
    },
  },
  { term: 'threshold', plain: 'the level of worry at which the council must act' },
  { term: 'escalate', plain: 'pass to a manager' },
  { term: 'section 47', plain: 'a child protection enquiry' },
  { term: 'section 20', plain: 'care the parents have agreed to' },
  {
    term: 'strategy discussion',
    plain: 'a meeting between the police, health and social care about how to keep a child safe',
  },
  { term: 'statutory', plain: 'required by law' },
  { term: 'safeguarding', plain: 'keeping children safe' },
  { term: 'pre-proceedings', plain: 'the formal stage before the council may go to court' },
  { term: 'care proceedings', plain: 'a court case about who the child lives with' },
  { term: 'contingency plan', plain: 'what will happen if the plan does not work' },
  { term: 'multi-agency', plain: 'from different services' },
  { term: 'step down', plain: 'move to less formal help' },
  { term: 'presenting needs', plain: 'what help is needed now' },
];
