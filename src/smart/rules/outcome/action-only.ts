import type { Rule } from '../../rule';
import {
  adultAgreement,
  contingency,
  endInsertion,
  hasOutcome,
  unfilledSlot,
} from '../../features';
import { verbPhraseEnd } from '../../analysis/verbs';
import { addChange } from './add-change';
import type { Clause } from '../../analysis/clauses';
import { ADULT_SUBJECTS } from '../../analysis/subjects';
import { isPassiveInput } from '../../analysis/outcome';
import { wordsBefore } from '../../text';

/**
 * The child's name (or "the young person") as written, when the clause is a service done to the
 * child ("Jay will be introduced to …", "The young person will be offered …", "Leo will have two
 * tutoring sessions"). Only a name written by the author is taken: a stand-in or a fragment keeps
 * the "[child]" slot.
 */
function receivingChild(text: string, c: Clause): string | undefined {
  const s = c.subject;
  if (s.kind !== 'child' || s.implicit || s.standIn) return undefined;
  if (!isPassiveInput(c) && !RECEIVES.has(c.verb)) return undefined;
  const words = text.slice(s.start, s.end).trim();
  // "Children", "Student", "The young person": the child's noun reads in lower case after "so
  // that", with "the" where a singular needs it.
  const noun = CHILD_NOUN.exec(words);
  if (noun)
    return noun[1] || !/s$|^(?:youth|young people)$/i.test(noun[2])
      ? `the ${noun[2].toLowerCase()}`
      : noun[2].toLowerCase();
  // A first name, or two joined: a plural or an "-ing" word at the start ("Families", "Testing")
  // is a common noun in capitals, not a name, and a longer subject would not read after "so that".
  return NAMES.test(words) ? words : undefined;
}

/** "Leo will have two tutoring sessions", "will receive speech therapy": a service had is done to him. */
const RECEIVES = new Set(['have', 'get', 'receive']);

/** The child's noun as a subject, with or without "the". */
const CHILD_NOUN =
  /^(the\s+)?(child|children|young person|young people|baby|babies|infant|toddler|pupils?|students?|youth|juveniles?)$/i;
const NAME = String.raw`[A-Z][\p{L}'’-]*[^\Ws](?<!ing)`;
const NAMES = new RegExp(`^${NAME}(?: (?:and|&) ${NAME})?$`, 'u');

/**
 * Attending, referring, visiting and monitoring are inputs. A plan works when it says what will
 * be different for the child because of them.
 */
const rule: Rule = {
  id: 'outcome/action-only',
  criterion: 'outcome',
  description: 'The objective states the change for the child, not only an action or a service.',
  why: 'Actions can all be done while the child’s life stays the same; the change is what the plan is for.',
  severity: 'error',
  messages: {
    action: '"{{words}}" is an action: add what will be different for the child as a result.',
    state:
      '"{{words}}" says how the adults will be, not what will be different for the child: add the change for the child.',
    missing: 'Say what will be different for the child when this is done.',
    fill: 'Fill in {{words}}: what will be different for the child.',
    agreed:
      'This is what {{who}} {{words}} to do: add what will be different for the child as a result.',
    contingency:
      'This says what will be done if something happens: keep it with the rule or plan it backs up, and write the objective as the change for the child.',
  },
  check({ analysis }) {
    const a = analysis;
    // A contingency states no outcome and gets no rewrite: "…, so that [child] will …" after "If
    // the child is not found, report …" would not read as the change the plan is for.
    const when = contingency(a);
    if (when) return [{ messageId: 'contingency', start: when.start, end: when.end }];
    if (hasOutcome(a)) return [];
    // "attend [programme], so that [add why]": the slot after "so that" is where the change goes.
    const slot =
      a.placeholders.find(
        (p) => p.kind === 'what' && /\bso that\s*$/i.test(wordsBefore(a.text, p.start)),
      ) ?? unfilledSlot(a, ['what']);
    if (slot)
      return [{ messageId: 'fill', data: { words: slot.text }, start: slot.start, end: slot.end }];
    const at = endInsertion(a.text);
    const c = a.clauses.find((x) => x.verb !== '');
    // "Jay will be introduced to a personal adviser": the one something is done to is the child,
    // so the change is written for him by name; otherwise whose change it is stays to fill in.
    const child = c && receivingChild(a.text, c);
    const suggestion = addChange(at, child);
    const agreement = adultAgreement(a);
    if (agreement)
      return [
        {
          messageId: 'agreed',
          // "The parents" reads "the parents" mid-sentence; names and "Mum" keep their capitals.
          data: {
            who: agreement.signer.text.replace(/^The\b/, 'the'),
            words: agreement.agrees.text,
          },
          start: agreement.agrees.start,
          end: agreement.agrees.end,
          suggestion,
        },
      ];
    // "There should be a planning meeting": no verb of anyone's to mark, only the service.
    if (c && !a.imperative && c.subject.kind !== 'there') {
      // "take part" is one action: mark both words.
      const end = verbPhraseEnd(a.text, c);
      // "Everyone will be confident that …", "Professionals will be satisfied …": a state of the
      // adults, not an action, and not the child's change either.
      const state = c.verb === 'be' && !isPassiveInput(c) && ADULT_SUBJECTS.has(c.subject.kind);
      return [
        {
          messageId: state ? 'state' : 'action',
          data: { words: a.text.slice(c.verbStart, end) },
          start: c.verbStart,
          end,
          suggestion,
        },
      ];
    }
    const first = /^\s*([A-Za-z]+)/.exec(a.text);
    if (a.imperative && first) {
      const start = a.text.indexOf(first[1]);
      return [
        {
          messageId: 'action',
          data: { words: first[1] },
          start,
          end: start + first[1].length,
          suggestion,
        },
      ];
    }
    return [{ messageId: 'missing', suggestion }];
  },
  examples: {
    valid: [
      // What the children no longer live with is a change for them, not an appointment seen.
      'The children will not see or hear arguments at home.',
      // An IEP goal under the pupil's name opens on "will": what a child can also do is theirs.
      'Will identify family members by name in 4 of 5 sessions.',
      // What a parent learns is a change in them, as a skill a child gains is.
      'Mum will learn three ways to calm down when she is angry.',
      // A thing of one's own the young person is told to get is had or not: a result.
      'Ensure you have a provisional driving licence before your 17th birthday.',
      'Amy will be in bed by 7.30pm on at least 5 nights a week.',
      // A young carer's time of his own is what changes for him; time with Dad is family time.
      'Lewis goes to the young carers group every Thursday and says he has time for himself.',
      // A child's own safety plan: what she does to keep herself safe is the change.
      'If I feel unsafe at home, I will go to Nan’s next door and ring 999.',
      // A prompt given is the support a skill is judged with, not a contingency.
      'If given a visual prompt, Sam will read 10 sight words by July 2027.',
      // As "there will be no more arguments" is.
      'There must be no more arguments in front of the children before the review conference.',
      // A phrase fronted before "X to ..." leaves the clause as it was.
      "With help from the nursery, Daisy and Alfie's bedroom floor to be clear of clutter by 29 January 2027, photographed by the social worker.",
      'Further to the strategy meeting, Ruby to be at school by 8.30am every day, as the register shows.',
      'The family support worker will visit every Tuesday so that Ruby arrives at school before 8.50am.',
      'Poppy will be registered with a GP by 8 December 2026.',
      'There will be no police call-outs to the address before the review conference.',
      'XX will be able to tie her laces on 4 out of 5 occasions by July 2027.',
      'To read 20 high frequency words by the end of the spring term.',
      'Mum agrees to keep the kitchen floor clear so that Amy can crawl safely, checked at each visit.',
      'Jake agrees to be home by 10pm on school nights.',
      // A goal bank's heading: the child's own attendance is what is to change.
      'Improve overall attendance to 95% by the end of the summer term.',
      // A qualification received is what the young person achieved, not a service given.
      'Xavier will receive his High School Equivalency diploma by 30 May 2027.',
      // Coming to school, as attending it, is the child's own.
      'Jayden will turn up for school on time every day.',
      // The result each test will show is stated ("provide negative tests" is still the task).
      'Dad will give monthly hair strand tests to the social worker until the final hearing on 20/06/2027, each negative for cocaine.',
      // School attendance is counted in sessions in England: the child's own attendance.
      'Kai to attend at least 95% of school sessions by Easter 2027.',
      // An attendance plan's days are days at school.
      'To attend three days a week for the rest of the spring term.',
      'By July 2027, [the student] will complete half of the Grade 3 expectations in each strand.',
      // A year of schooling finished is the young person's own result.
      'Jade will complete Year 12 with passes in 4 subjects by July 2027.',
      // A task done without help, or with few prompts, is a skill shown, not a course attended.
      'By July 2027, [Child] will independently complete her morning routine with a visual timetable.',
      'By Easter 2027, Sam will complete his class tasks with no more than one adult prompt.',
      'By July 2027, the student will complete addition facts to 10 in 8 out of 10 consecutive trials.',
      // A goal bank's skill shown, with the child left out, is the child's, as "Name" or "Count" is.
      'Demonstrate two calming strategies when upset, by the end of the spring term.',
    ],
    invalid: [
      // How the adults will be is no action, and no change for the child either.
      {
        text: 'Professionals will be satisfied that the home is clean.',
        errors: [
          {
            messageId: 'state',
            marked: 'be satisfied',
            output:
              'Professionals will be satisfied that the home is clean, so that [child] will [what will be different].',
          },
        ],
      },
      // Reporting to an officer is a condition kept, however often: "weekly" or "every week".
      {
        text: 'Jayden will report every week to his YOT officer.',
        errors: [
          {
            messageId: 'action',
            marked: 'report',
            output:
              'Jayden will report every week to his YOT officer, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A service paid for is a service given, whatever the clause it follows.
        text: 'Kacey-Leigh will be referred to the Kinship Therapeutic Service by 15/12/2026, and any therapy it recommends will be funded by the council.',
        errors: [
          {
            messageId: 'action',
            marked: 'be referred',
            output:
              'Kacey-Leigh will be referred to the Kinship Therapeutic Service by 15/12/2026, and any therapy it recommends will be funded by the council, so that Kacey-Leigh will [what will be different].',
          },
        ],
      },
      {
        // A service that starts is a service given: "Counselling" opening the sentence is the
        // service, not a child of that name, and starting is what it does.
        text: 'Counselling will start by 15/01/2027 at the Harbour Centre, weekly for 10 weeks.',
        errors: [
          {
            messageId: 'action',
            marked: 'start',
            output:
              'Counselling will start by 15/01/2027 at the Harbour Centre, weekly for 10 weeks, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A worker introduced to the young person is a worker allocated, in kinder words.
        text: 'Jay will be introduced to a personal adviser by his 16th birthday.',
        errors: [
          {
            messageId: 'action',
            marked: 'be introduced',
            output:
              'Jay will be introduced to a personal adviser by his 16th birthday, so that Jay will [what will be different].',
          },
        ],
      },
      {
        // Sessions had, however many, are a service given: the amount does not make them a change.
        text: 'Leo will have a minimum of two tutoring sessions a week until July 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'have',
            output:
              'Leo will have a minimum of two tutoring sessions a week until July 2027, so that Leo will [what will be different].',
          },
        ],
      },
      {
        // The child's noun reads in lower case after "so that".
        text: 'The young person will be offered a mentor by 29 January 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'be offered',
            output:
              'The young person will be offered a mentor by 29 January 2027, so that the young person will [what will be different].',
          },
        ],
      },
      {
        // Two children named together are both the ones the change is for.
        text: 'Mia and Leo will be referred to the young carers group by 8 January 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'be referred',
            output:
              'Mia and Leo will be referred to the young carers group by 8 January 2027, so that Mia and Leo will [what will be different].',
          },
        ],
      },
      {
        // What is done when something goes wrong backs up a rule; it is not the change itself.
        text: 'If the child is not home by 10pm, the foster carer will report her missing to the police.',
        errors: [{ messageId: 'contingency', marked: 'If the child is not home by 10pm' }],
      },
      {
        // Showing the social worker is evidence handed over, not a change for the child.
        text: 'Mum will complete the housing application by 11 December 2026 and show the social worker.',
        errors: [
          {
            messageId: 'action',
            marked: 'complete',
            output:
              'Mum will complete the housing application by 11 December 2026 and show the social worker, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // Time with someone is a contact arrangement, as a visit is.
        text: 'Kai will spend every other weekend with his dad at Nan’s house.',
        errors: [
          {
            messageId: 'action',
            marked: 'spend',
            output:
              'Kai will spend every other weekend with his dad at Nan’s house, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A health plan's step for whoever is with the child.
        text: 'Administer insulin as prescribed by the diabetes nurse.',
        errors: [
          {
            messageId: 'action',
            marked: 'Administer',
            output:
              'Administer insulin as prescribed by the diabetes nurse, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // "our children": a parent's agreement, so "I" is the parent.
        text: 'I will tell my ex about our children’s school events.',
        errors: [
          {
            messageId: 'action',
            marked: 'tell',
            output:
              'I will tell my ex about our children’s school events, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A rule for the adult a safety plan keeps from the children, "is not to" as "will not".
        text: 'The offender is not to sit with a child on his lap.',
        errors: [
          {
            messageId: 'action',
            marked: 'sit',
            output:
              'The offender is not to sit with a child on his lap, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A behaviour plan's strategy: what staff do to the child, not what changes in him.
        text: 'Reinforce Sam for waiting his turn at snack time.',
        errors: [
          {
            messageId: 'action',
            marked: 'Reinforce',
            output:
              'Reinforce Sam for waiting his turn at snack time, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Ruby will get her MMR jab by 1 March 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'get',
            output:
              'Ruby will get her MMR jab by 1 March 2027, so that Ruby will [what will be different].',
          },
        ],
      },
      // What Mum will need to do is read past the adverb, and marked.
      {
        text: 'Mum will need to always take Amy to her dental appointments.',
        errors: [
          {
            messageId: 'action',
            marked: 'take',
            output:
              'Mum will need to always take Amy to her dental appointments, so that [child] will [what will be different].',
          },
        ],
      },
      // The fronted phrase is no part of who: the children's seeing their father is still an input.
      {
        text: 'Because of the worries about neglect, Freya and Harvey will see their father at the family centre every Saturday.',
        errors: [
          {
            messageId: 'action',
            marked: 'see',
            output:
              'Because of the worries about neglect, Freya and Harvey will see their father at the family centre every Saturday, so that [child] will [what will be different].',
          },
        ],
      },
      // "Prior to" is a preposition: no clause "Prior to each contact" states a change.
      {
        text: 'Prior to each contact visit, Dad will provide a breath test to the supervisor.',
        errors: [
          {
            messageId: 'action',
            marked: 'provide',
            output:
              'Prior to each contact visit, Dad will provide a breath test to the supervisor, so that [child] will [what will be different].',
          },
        ],
      },
      // "Turn up", "come to": attending, as "attend" is.
      {
        text: 'Dad will turn up on time for his contact sessions.',
        errors: [
          {
            messageId: 'action',
            marked: 'turn up',
            output:
              'Dad will turn up on time for his contact sessions, so that [child] will [what will be different].',
          },
        ],
      },
      // A term between the parents: forbidding it ("neither … will permit"), a duty ("is
      // responsible for"), a notice given when something happens (the condition is no result).
      {
        text: 'Neither parent will permit anyone to smoke in the car.',
        errors: [
          {
            messageId: 'action',
            marked: 'permit',
            output:
              'Neither parent will permit anyone to smoke in the car, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Each parent will tell the other when that parent plans to be away with the children.',
        errors: [
          {
            messageId: 'action',
            marked: 'tell',
            output:
              'Each parent will tell the other when that parent plans to be away with the children, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Mum will attend a parenting course.',
        errors: [
          {
            messageId: 'action',
            marked: 'attend',
            output:
              'Mum will attend a parenting course, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Dad agrees he will be sober whenever he has the children.',
        errors: [
          {
            messageId: 'agreed',
            marked: 'agrees',
            output:
              'Dad agrees he will be sober whenever he has the children, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: "Each parent will keep the other informed of the children's school events.",
        errors: [
          {
            messageId: 'action',
            marked: 'keep',
            output:
              "Each parent will keep the other informed of the children's school events, so that [child] will [what will be different].",
          },
        ],
      },
      {
        text: 'Jayden will bring his payslips to his PA each month.',
        errors: [
          {
            messageId: 'action',
            marked: 'bring',
            output:
              'Jayden will bring his payslips to his PA each month, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Refer Maya to CAMHS.',
        errors: [
          {
            messageId: 'action',
            marked: 'Refer',
            output: 'Refer Maya to CAMHS, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'The social worker will visit the home every 10 working days.',
        errors: [
          {
            messageId: 'action',
            marked: 'visit',
            output:
              'The social worker will visit the home every 10 working days, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: "Kayden's views will be sought.",
        errors: [
          {
            messageId: 'action',
            marked: 'be sought',
            output: "Kayden's views will be sought, so that [child] will [what will be different].",
          },
        ],
      },
      {
        text: 'Mum will attend the course, so that [child] will [what will be different].',
        errors: [{ messageId: 'fill', marked: '[what will be different]' }],
      },
      {
        text: 'Kyle will take part in the knife-crime group at the Youth Justice Service.',
        errors: [
          {
            messageId: 'action',
            marked: 'take part',
            output:
              'Kyle will take part in the knife-crime group at the Youth Justice Service, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'I will attend and take part in [add programme], so that [add why].',
        errors: [{ messageId: 'fill', marked: '[add why]' }],
      },
      {
        text: 'Keep the baby’s health appointments.',
        errors: [
          {
            messageId: 'action',
            marked: 'Keep',
            output:
              'Keep the baby’s health appointments, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Kieran will attend all his appointments with the Youth Offending Team until his order ends in June 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'attend',
            output:
              'Kieran will attend all his appointments with the Youth Offending Team until his order ends in June 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'The school nurse will see Harry every Monday to check his eczema cream has been applied.',
        errors: [
          {
            messageId: 'action',
            marked: 'see',
            output:
              'The school nurse will see Harry every Monday to check his eczema cream has been applied, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Mum will have a mental health assessment and follow the treatment plan.',
        errors: [
          {
            messageId: 'action',
            marked: 'have',
            output:
              'Mum will have a mental health assessment and follow the treatment plan, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Carers will never be alone with a child in the car.',
        errors: [
          {
            messageId: 'state',
            marked: 'be alone',
            output:
              'Carers will never be alone with a child in the car, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Mum will text the worker to confirm the visit.',
        errors: [
          {
            messageId: 'action',
            marked: 'text',
            output:
              'Mum will text the worker to confirm the visit, so that [child] will [what will be different].',
          },
        ],
      },
      // A referral order's conditions named by their nouns: tasks, not changes. "For up to 40
      // hours" is a cap on the work, not a rise.
      {
        text: 'Payment of £50 compensation to the victim by 31 March 2027.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Payment of £50 compensation to the victim by 31 March 2027, so that [child] will [what will be different].',
          },
        ],
      },
      // "Access" is contact in Irish and Australian plans: an arrangement, as contact is ("access
      // to their own inhalers" is a thing to hand, and is not one).
      {
        text: 'Dad will have access to the children once a fortnight at the family centre until the review on 1 March 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'have',
            output:
              'Dad will have access to the children once a fortnight at the family centre until the review on 1 March 2027, so that [child] will [what will be different].',
          },
        ],
      },
      // A need for a service, as an EHCP's advice states it.
      {
        text: 'Amy would benefit from a weekly session with the school counsellor until July 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'benefit',
            output:
              'Amy would benefit from a weekly session with the school counsellor until July 2027, so that [child] will [what will be different].',
          },
        ],
      },
      // Encouraged to, as supported to: the adults' help is promised, not the child's change.
      {
        text: 'Amy will be encouraged to use her visual timetable every day until the review on 1 March 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'be encouraged',
            output:
              'Amy will be encouraged to use her visual timetable every day until the review on 1 March 2027, so that Amy will [what will be different].',
          },
        ],
      },
      // A court report's or a review's past tense is read as the present is.
      {
        text: 'The mother had supervised access once every two months until the review in March 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'had',
            output:
              'The mother had supervised access once every two months until the review in March 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A service named by what it manages or plans is a service, as "counselling" is.
        text: 'Anger management for Dad, at the family centre, by 26 March 2027.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Anger management for Dad, at the family centre, by 26 March 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A parents' guide speaks to the parent: "your child" is the object of the help given.
        text: 'Supporting your child to join a football club by 12 February 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'Supporting',
            output:
              'Supporting your child to join a football club by 12 February 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A meeting arranged is an input, however the sentence is turned.
        text: 'There will be a core group meeting every 6 weeks until the review conference on 11 February 2027.',
        errors: [
          {
            messageId: 'missing',
            output:
              'There will be a core group meeting every 6 weeks until the review conference on 11 February 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // A plan set up is the input, not what it is for; "to adulthood" is a stage, not a verb.
        text: 'A pathway plan for transition to adulthood will be in place for Jade by her 16th birthday.',
        errors: [
          {
            messageId: 'action',
            marked: 'be in place',
            output:
              'A pathway plan for transition to adulthood will be in place for Jade by her 16th birthday, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // Assisting is help given: the gerund of an adult's task, with nobody named as doing it.
        text: 'Assisting Mum to open a bank account by 15 January 2027.',
        errors: [
          {
            messageId: 'action',
            marked: 'Assisting',
            output:
              'Assisting Mum to open a bank account by 15 January 2027, so that [child] will [what will be different].',
          },
        ],
      },
      {
        text: 'Unpaid work for up to 40 hours, completed by 30 April 2027.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Unpaid work for up to 40 hours, completed by 30 April 2027, so that [child] will [what will be different].',
          },
        ],
      },
    ],
  },
};
export default rule;
