/**
 * Readings learnt from the tune half of real set F (early help outcome frameworks, contact
 * agreements, independent living plans, skills checklists). The objectives below are made up in
 * the same shapes; the labelled ones stay in test/corpus.
 */
import { checkObjectiveText, type Criterion } from '../../src/smart';

const today = new Date(2026, 11, 1);
const check = (text: string) => checkObjectiveText(text, { today });
const met = (text: string, criterion: Criterion) => check(text).criteria[criterion].met;
const rules = (text: string) => check(text).findings.map((f) => f.ruleId);

describe('results counted over a window', () => {
  it('reads "in the last 6 months" as the window a result is counted over, not a past date', () => {
    const text = 'No police call-outs to the family home in the last 6 months.';
    expect(rules(text)).not.toContain('timely/past-date');
    expect(met(text, 'timely')).toBe(true);
    // None, counted over a stated window, is a count anyone can check, and a result.
    expect(met(text, 'measurable')).toBe(true);
    expect(met(text, 'outcome')).toBe(true);
    // Days count as a window too, and an incident named with a hyphen is no service.
    expect(met('Dad will have no police call-outs to the home for 90 days.', 'measurable')).toBe(
      true,
    );
    expect(met('Dad will have no police call-outs to the home for 90 days.', 'outcome')).toBe(true);
    // A date that is really past is still flagged.
    expect(rules('Kai will be registered with a GP by 3 March 2026.')).toContain(
      'timely/past-date',
    );
  });

  it('reads a counted change written as a noun as a result about the plan’s family', () => {
    const text = '50% reduction in missing episodes over the next 6 months';
    expect(met(text, 'outcome')).toBe(true);
    expect(met(text, 'specific')).toBe(true);
    expect(met('A third fewer missing episodes by the review conference.', 'measurable')).toBe(
      true,
    );
    expect(rules('A third fewer missing episodes by the review conference.')).not.toContain(
      'specific/no-amount',
    );
    // A service counted is still a service.
    expect(met('Ongoing support sessions for the family.', 'outcome')).toBe(false);
  });
});

describe('who the sentence is about', () => {
  it('reads a skills checklist item ("Uses the spoon ...") as the child’s skill, not a command', () => {
    const text = 'Uses the spoon to feed herself at lunch on 4 of 5 days by the end of term.';
    expect(met(text, 'outcome')).toBe(true);
    expect(rules(text)).not.toContain('specific/no-who');
    // A command keeps its bare verb: still an input with nobody named.
    expect(rules('Use the spoon to feed her at lunch.')).toContain('specific/no-who');
  });

  it('reads "the parent" as the parent an agreement is written for, and "staff" as nobody', () => {
    const parent = 'The parent will attend every contact session at the centre.';
    expect(rules(parent)).not.toContain('specific/no-who');
    expect(met(parent, 'outcome')).toBe(false);
    expect(rules('Staff will check the diary every day.')).toContain('specific/no-who');
    expect(met('Staff will check the diary every day.', 'outcome')).toBe(false);
  });

  it('reads a stand-in who supervises or refers as an adult, and being assisted as an input', () => {
    expect(met('X to supervise Y’s contact every Saturday.', 'outcome')).toBe(false);
    expect(met('X will read 20 words with 90% accuracy by June 2027.', 'outcome')).toBe(true);
    expect(met('Youth will be assisted in getting a provisional driving licence.', 'outcome')).toBe(
      false,
    );
  });
});

describe('agreements and wishes', () => {
  it('reads "throughout the programme" as a time frame bound to the plan', () => {
    expect(met('Jade will be in school, college or work throughout the programme.', 'timely')).toBe(
      true,
    );
    // Being in school, work or training is a status, not an unnamed service.
    expect(rules('Jade will attend school or training every weekday.')).not.toContain(
      'specific/generic-service',
    );
    expect(rules('Mum will attend training.')).toContain('specific/generic-service');
  });

  it('reads a parent wanting to see an improvement in the child as an outcome', () => {
    expect(
      met('Mum would like to see an improvement in Sam’s speech by the annual review.', 'outcome'),
    ).toBe(true);
    expect(met('Mum would like to see the social worker every week.', 'outcome')).toBe(false);
  });
});

describe('names written the American way', () => {
  it('reads an initial or a title with a full stop ("J. will", "Mr. Hale will") as the subject', () => {
    const text = 'Given a recipe card, J. will make a sandwich with 90% accuracy by June 2027.';
    expect(rules(text)).not.toContain('specific/no-who');
    expect(met(text, 'outcome')).toBe(true);
    expect(met('Mr. Hale will attend every contact session.', 'outcome')).toBe(false);
    expect(rules('Mr. Hale will attend every contact session.')).not.toContain('specific/no-who');
  });

  it('reads a goal bank’s "…" where the name goes as the child', () => {
    expect(rules('… will put her hand up to answer in 4 of 5 lessons.')).not.toContain(
      'specific/no-who',
    );
  });

  it('reads "Reduce the child’s anxiety" as a change in the child, not a task', () => {
    expect(met('Reduce the child’s anxiety about contact.', 'outcome')).toBe(true);
    expect(met('Improve Dad’s parenting skills.', 'outcome')).toBe(false);
  });
});

describe('transition and safety-rule wording (set G)', () => {
  it('reads "Learn to …" as the child’s own skill with the subject left out', () => {
    expect(rules('Learn to use the washing machine by June 2027.')).not.toContain(
      'specific/no-who',
    );
  });

  it('reads school years, semesters and employment as American plans use them', () => {
    expect(
      met('During junior year, Ty will list the entry requirements of 2 colleges.', 'timely'),
    ).toBe(true);
    expect(met('Ty will read one book each semester.', 'timely')).toBe(true);
    expect(met('After graduation, Ty will be employed.', 'measurable')).toBe(true);
    // "as monitored weekly" says how the target is checked; it is not a vague verb.
    expect(
      rules(
        'Ty will ask for his 3 agreed accommodations in class, as monitored weekly by his tutor.',
      ),
    ).not.toContain('specific/vague-verb');
  });

  it('does not ask "how much more" of a comparison that describes someone', () => {
    expect(
      rules(
        'Jo will not share a bedroom with a younger or more vulnerable child while the plan is in place.',
      ),
    ).not.toContain('specific/no-amount');
    expect(rules('Maisie will eat more fruit.')).toContain('specific/no-amount');
  });
});

describe('house rules for the adults', () => {
  it('reads "No medication is to be given" and "not permitted" as rules, not results', () => {
    expect(
      met('No medication is to be given during contact except in an emergency.', 'outcome'),
    ).toBe(false);
    expect(met('No child may be left without a parent in the room.', 'outcome')).toBe(false);
    expect(met('Smoking is not permitted inside the centre.', 'outcome')).toBe(false);
    // A state that will be seen is still a result.
    expect(
      met('There will be no police call-outs to the house before the review.', 'outcome'),
    ).toBe(true);
  });
});

describe('court conditions and IEP benchmarks (set H)', () => {
  it('reads past an adverb to the verb, and "Be able to …" as the child', () => {
    expect(met('Sam will independently prepare 3 snacks by June 2027.', 'outcome')).toBe(true);
    expect(rules('Be able to follow 3 of 5 conversation rules by June 2027.')).not.toContain(
      'specific/no-who',
    );
  });

  it('reads "(Indicate responsible person)" as a gap for who, not a subject', () => {
    expect(
      rules('(Indicate responsible person) will provide transport to appointments.'),
    ).toContain('specific/unfilled-slot');
  });

  it('keeps a rule of conduct realistic, and giving up a habit at once is not', () => {
    expect(met('Do not swear at staff at the centre.', 'realistic')).toBe(true);
    expect(met('Not damaging the property.', 'realistic')).toBe(true);
    expect(met('Mum and Dad will not argue.', 'realistic')).toBe(false);
    expect(met('Not take illegal drugs.', 'realistic')).toBe(false);
  });
});

describe('times and gaps in court and school plans', () => {
  it('reads a curfew, "during your sentence" and "after each lesson" as times', () => {
    expect(met('Jay will be home by his 9 p.m. curfew.', 'timely')).toBe(true);
    expect(
      met('Jay will not use drugs during his sentence, checked by weekly tests.', 'timely'),
    ).toBe(true);
    expect(met('After each lesson, Sam will highlight 3 key ideas in his notes.', 'timely')).toBe(
      true,
    );
  });

  it('reads a gap marked "(fill in a number)" as a missing number, not a missing what', () => {
    const text = 'Jay will apply for at least ____ (fill in a number) jobs a week.';
    expect(rules(text)).not.toContain('specific/unfilled-slot');
    expect(met(text, 'measurable')).toBe(false);
  });
});

describe('results named inside an action', () => {
  it('reads a change counted from one level to another as a result', () => {
    expect(
      met('Ms Hale to ensure Ty’s attendance improves from 63% to 85% by July 2027.', 'outcome'),
    ).toBe(true);
  });

  it('reads what help names the child doing as the result', () => {
    expect(met('To help Ava hear her teacher in noisy places.', 'outcome')).toBe(true);
    expect(met('Support Mum to attend the group.', 'outcome')).toBe(false);
  });

  it('reads the child completing their own homework as their work, a course as an input', () => {
    expect(met('I will complete my homework essay by the end of this week.', 'outcome')).toBe(true);
    expect(met('Mum will complete the parenting course by March 2027.', 'outcome')).toBe(false);
  });
});

describe('contracts and plans in the young person’s own words (set I)', () => {
  it('reads a command in the first person as the child’s own plan item', () => {
    expect(rules('Wash my dishes after dinner every day.')).not.toContain('specific/no-who');
    expect(met('Wash my dishes after dinner every day.', 'outcome')).toBe(true);
    expect(met('Attend my appointments every week.', 'outcome')).toBe(false);
  });

  it('reads a grade average, a counted set of skills and passing a course as measures', () => {
    expect(met('Jo will keep at least a C average this semester.', 'measurable')).toBe(true);
    expect(met('Learn two positive anger management skills by June 2027.', 'measurable')).toBe(
      true,
    );
    expect(met('I will pass a driver-training course by May 2027.', 'measurable')).toBe(true);
  });

  it('reads "no matter how" as an absolute', () => {
    expect(met('Do not meet him alone, no matter how sorry he says he is.', 'realistic')).toBe(
      false,
    );
  });
});

describe('commands, skills and arrangements in real plans (this round)', () => {
  it('reads a child’s skill given as a bare verb as the child’s own, whatever words follow', () => {
    const text = 'play a turn-taking game with another child for a short period of time';
    expect(rules(text)).not.toContain('specific/no-who');
    expect(met(text, 'outcome')).toBe(true);
    expect(
      rules('Independently raise hand to ask for help in a small group setting'),
    ).not.toContain('specific/no-who');
  });

  it('names the reader of a dated or second-person command, but not of an undated bare one', () => {
    expect(rules('Complete the housing application by 30 January 2027.')).not.toContain(
      'specific/no-who',
    );
    expect(rules('Take your children to the dentist when a check-up is due.')).not.toContain(
      'specific/no-who',
    );
    expect(rules('Refer Maya to CAMHS.')).toContain('specific/no-who');
  });

  it('reads a child "placed in" a program as an arrangement, and "placed with" family as a home', () => {
    expect(
      met('Kai will be placed in a program with one teacher for most of the day.', 'outcome'),
    ).toBe(false);
    expect(met('Kai will be placed with his grandmother by the review.', 'outcome')).toBe(true);
  });

  it('asks for a window on a perfect record from day one', () => {
    expect(rules('Kai will attend school with no unauthorised absences.')).toContain(
      'realistic/absolute',
    );
    expect(
      rules('Kai will attend school with no unauthorised absences until the February half term.'),
    ).not.toContain('realistic/absolute');
  });

  it('judges the main clause’s what, not the purpose after it', () => {
    const text =
      'Anna will point to a picture card to ask for a drink at snack time, so that her teachers understand what she needs.';
    expect(rules(text)).not.toContain('specific/vague-verb');
    expect(rules('Mum will improve her parenting so that Kai is safe.')).toContain(
      'specific/vague-verb',
    );
  });
});

describe('a parent’s own safety plan', () => {
  it('reads "I" as a parent when the sentence names "my children", and teaching as an input', () => {
    expect(met('I can teach my children how to use the phone to call the police.', 'outcome')).toBe(
      false,
    );
    expect(met('Teach the children the names for their body parts.', 'outcome')).toBe(false);
    expect(met('I will be in bed by 10pm on school nights.', 'outcome')).toBe(true);
  });
});

describe('stand-ins and services taken up', () => {
  it('reads "(name) Health Visitor" as the professional, and engaging with a service as an input', () => {
    expect(
      met('(name) Health Visitor to contact the school nurse after each weekly visit.', 'outcome'),
    ).toBe(false);
    expect(met('Jayden to engage with the youth offending team.', 'outcome')).toBe(false);
  });
});

describe('times in house rules and leaving-care plans', () => {
  it('reads "no phone after 10pm" as an evening rule and "at 21 years old" as a point in time', () => {
    expect(met('No phone calls after 10pm.', 'timely')).toBe(true);
    expect(met('Ask for your pathway plan to be reviewed at 21 years old.', 'timely')).toBe(true);
    // A time of day holds every day, as a curfew does: every real objective read with a clock
    // time and nothing else of time was labelled timely ("stop all screens by 6:00-6:30 PM").
    expect(met('Amy will be in bed by 7.30pm.', 'timely')).toBe(true);
    // Figures with no am, pm or colon are not read as a clock.
    expect(met('Amy will be in bed by 7.', 'timely')).toBe(false);
    // Reading the day of the week off a calendar is a skill, not a date.
    expect(met('Ava will name the day of the week from the class calendar.', 'timely')).toBe(false);
  });
});

describe('terms of an order or a parenting plan (set K)', () => {
  it('reads what a parent "shall" or "must" do as a term, and keeping or remaining as a result', () => {
    expect(
      met('Each parent shall reply to messages about the children within 24 hours.', 'outcome'),
    ).toBe(false);
    expect(met('Dad must keep all medicines in the locked cupboard.', 'outcome')).toBe(true);
    expect(met('Mum will read with Ava for 10 minutes every night.', 'outcome')).toBe(true);
  });
});

describe('conditions to comply with', () => {
  it('reads "To report weekly to the case officer" as a condition, not a change in the child', () => {
    expect(met('To report weekly to the youth justice officer.', 'outcome')).toBe(false);
    expect(met('To immediately notify the office of any change of address.', 'outcome')).toBe(
      false,
    );
    expect(met('To apply phonics skills to read 20 new words.', 'outcome')).toBe(true);
  });
});

describe('times of every day in house rules and contracts', () => {
  it('reads "after dinner", "by my curfew" and "during family meals" as times', () => {
    expect(met('Wash my dishes after dinner.', 'timely')).toBe(true);
    expect(met('I will be home by my curfew.', 'timely')).toBe(true);
    // A place is not a time.
    expect(met('Ellie will be happy at school.', 'timely')).toBe(false);
  });
});

describe('a morning routine still asks by when', () => {
  it('does not read "before school" as a time', () => {
    expect(met('Jamie will have breakfast before school.', 'timely')).toBe(false);
  });
});

describe('each of the parents', () => {
  it('reads "Neither of the parents" and "Both parents" as the child’s parents, not a collective', () => {
    expect(
      rules('Neither of the parents will drink alcohol within 12 hours of having the children.'),
    ).not.toContain('specific/no-who');
    expect(rules('Both parents will come to the review meeting on 3 March 2027.')).not.toContain(
      'specific/no-who',
    );
    expect(rules('Parents will come to the review meeting on 3 March 2027.')).toContain(
      'specific/no-who',
    );
  });
});

describe('a template’s suggestions for a gap', () => {
  it('does not take "(checklists, observation, etc.)" after a blank as the evidence', () => {
    const text =
      'Sam will eat with a spoon at lunch on ____ of days as measured by ________ (checklists, observation, etc.).';
    expect(met(text, 'measurable')).toBe(false);
    expect(
      met(
        'Sam will eat with a spoon at lunch on 4 of 5 days, as recorded on the lunch checklist.',
        'measurable',
      ),
    ).toBe(true);
  });
});

describe('a young person’s own routine given as a command', () => {
  it('reads "Attend school" and "Do your homework" as their conduct, and "Contact the school" as a task', () => {
    expect(met('Attend school every day this term.', 'outcome')).toBe(true);
    expect(met('Do 30 minutes of homework each school night.', 'outcome')).toBe(true);
    expect(met('Do a minimum of 30 minutes of homework each school night.', 'outcome')).toBe(true);
    expect(met('Contact the school by phone to check attendance.', 'outcome')).toBe(false);
    expect(met('Complete the parenting course by March.', 'outcome')).toBe(false);
  });
  // Set Z's tune half: a sleep plan's steps, given to the child.
  it('reads "Go to sleep" and "Go to bed" as the child’s own, and "Go to the GP" as a task', () => {
    expect(met('Go to sleep while Mum sits by the door, on 5 nights a week.', 'outcome')).toBe(
      true,
    );
    expect(met('Go to bed by 8pm on school nights.', 'outcome')).toBe(true);
    expect(met('Go to the GP about the rash this week.', 'outcome')).toBe(false);
  });
  // The tune halves of Q, U and Z: a teenager's contract and a form's rules.
  it('reads keeping one’s own room tidy as the child’s own, and a kept record as a task', () => {
    expect(met('Keep your room clean and tidy, with no clothes on the floor.', 'outcome')).toBe(
      true,
    );
    expect(met('Keep form room tidy.', 'outcome')).toBe(true);
    expect(met('Keep a record of every visit in the contact book.', 'outcome')).toBe(false);
  });
});

describe('a prohibition on a parent, given as a command', () => {
  // From the tune halves of H, J and V (parenting plans, safety plans, probation terms).
  it.each([
    'Do not argue with your partner when the children are present.',
    'Do not allow your child to spend time with anyone who uses drugs.',
    'Do not talk negatively about the other parent where the children can hear.',
  ])('is what the adult must not do: %s', (text) => {
    expect(met(text, 'outcome')).toBe(false);
  });

  it('still reads a young person’s own rule as their conduct', () => {
    expect(met('Do not swear or use bad language at home.', 'outcome')).toBe(true);
  });
});

describe('terms of an order and contact kept by the adults', () => {
  // From the tune halves of AA and O (Australian, Singapore and US orders, a nursery policy).
  it.each([
    'That the father have sole parental responsibility for the child.',
    'Both parents have equal shared parental responsibility for Ella.',
    'The children to be placed under the supervision of a welfare officer for 12 months.',
    'Jayden is contacted three times a week by his youth justice worker.',
    'Each nappy change will be logged on the changing sheet.',
  ])('is an input or a term, not a change in the child: %s', (text) => {
    expect(met(text, 'outcome')).toBe(false);
  });

  it('still reads a child placed with a relative as where the child lives', () => {
    expect(met('Oskar will be placed with his aunt by March 2027.', 'outcome')).toBe(true);
  });
});

describe('house rules and order terms given as commands or about things', () => {
  it('reads "Refrain from …", "Always knock …" and a child’s report to an officer as tasks', () => {
    expect(met('Refrain from leaving the children alone in the car.', 'outcome')).toBe(false);
    expect(met('Always knock on bedroom doors before going in.', 'outcome')).toBe(false);
    expect(met('Remove every knife from the kitchen drawer by Friday.', 'outcome')).toBe(false);
    expect(met('Leo will report to the youth officer every Monday.', 'outcome')).toBe(false);
    expect(met('Leo will read 20 words from the Year 1 list by July.', 'outcome')).toBe(true);
  });
  it('reads what a thing "shall" or "must" do as a term, and what it will be as a result', () => {
    expect(
      met('All messages about the children shall go through the co-parenting app.', 'outcome'),
    ).toBe(false);
    expect(met('The car must have a child seat fitted.', 'outcome')).toBe(false);
    expect(met("Ava's bedroom will have a cot by 8 January 2027.", 'outcome')).toBe(true);
  });
});

describe('who may care for the child', () => {
  it('reads "a sober adult" as who collects the child, and "sober within a week" as too soon', () => {
    expect(
      rules(
        'Logan will be collected by a sober adult every school day, with any late pick-up phoned through to the social worker the same day.',
      ),
    ).not.toContain('realistic/too-soon');
    expect(rules('Dad will be sober within 7 days.')).toContain('realistic/too-soon');
  });
});

describe('subjects that hold a collective word', () => {
  it('reads "his after-school meltdowns" as the child’s and "All three children" as the children', () => {
    expect(
      met(
        'Mum will use the sticker chart every day, and his after-school meltdowns will come down from daily to twice a week by half term.',
        'outcome',
      ),
    ).toBe(true);
    expect(
      rules('All three children will be at school by 8.50am every day this term.'),
    ).not.toContain('specific/no-who');
    expect(rules('All staff will be at the meeting on 3 March 2027.')).toContain('specific/no-who');
  });
});

describe('a child’s words in quotation marks, and school on time', () => {
  it('reads a quoted "I will …" as the child speaking', () => {
    expect(rules('“I will read ten pages of my book every night this term.”')).not.toContain(
      'specific/no-who',
    );
  });
  it('reads "go to school on time" as attending school, a result', () => {
    expect(met('Amy will go to school on time every day this term.', 'outcome')).toBe(true);
    expect(met('Amy will go to her CAMHS appointments this term.', 'outcome')).toBe(false);
    expect(met('Amy will get to school on time every day this term.', 'outcome')).toBe(true);
    expect(met('Leo will have time with his dad every Saturday.', 'outcome')).toBe(false);
  });
});

describe('pronouns, parties and paperwork', () => {
  it('reads "He/she" as the child and "Both parties" as nobody in particular', () => {
    expect(rules('He/she will read 20 words from the Year 1 list by July 2027.')).not.toContain(
      'specific/no-who',
    );
    expect(rules('Both parties will come to the review meeting on 3 March 2027.')).toContain(
      'specific/no-who',
    );
  });
  it('reads signing a plan as paperwork and signing a word as a skill', () => {
    expect(met('Sam will need to sign his Pathway Plan by Friday.', 'outcome')).toBe(false);
    expect(met('Amy will sign “more” at snack time on 4 of 5 days by July.', 'outcome')).toBe(true);
  });
});

describe('a skill verb before a later verb', () => {
  it('reads "Understand how to read and pay bills" as the child’s skill, not a subject "Understand how"', () => {
    expect(
      rules('Understand how to read and pay bills on time, using a calendar, by June 2027.'),
    ).not.toContain('specific/no-who');
  });
});

describe('a task whose object is the child', () => {
  it('reads "teaching children …" as the adults’ input, not a change in the child', () => {
    expect(
      met(
        'teaching children the names for body parts and who to tell if someone touches them',
        'outcome',
      ),
    ).toBe(false);
  });
});

describe('a first-person command with a verb we do not list', () => {
  it('reads "appear for each of my classes …" as the young person’s own plan item', () => {
    const text = 'appear for each of my classes at the start time, every school day this term';
    expect(rules(text)).not.toContain('specific/no-who');
    // The rules read it as the child's own clause; whether turning up is a change or a task is
    // the second reading's to weigh, and labellers split on it, so its verdict is not pinned here.
    expect(rules(text)).not.toContain('outcome/action-only');
  });
});

describe('a worker assigned', () => {
  it('reads "will be assigned your own social worker" as a service given, not a change', () => {
    expect(
      met(
        'You and your family will be assigned your own social worker by 8 January 2027.',
        'outcome',
      ),
    ).toBe(false);
  });
});

describe('a house rule that names nobody', () => {
  it('asks who for "Physical punishment is not permitted"', () => {
    expect(rules('Physical punishment is not permitted.')).toContain('specific/no-who');
  });
});

describe('safe by whose measure', () => {
  it('reads "keep myself and others safe" as a vague standard, as "keep Amy safe" is', () => {
    expect(rules('I will keep myself and others safe at home every day this term.')).toContain(
      'specific/vague-standard',
    );
  });
});

describe('a caseworker, and a meeting named for the child', () => {
  it('reads "caseworker" as a professional and "the first Child in Need meeting" as no person', () => {
    expect(
      met(
        'The Citizens Advice caseworker will help Mum fill in the benefits form by Friday 8 January 2027.',
        'outcome',
      ),
    ).toBe(false);
    const meeting = 'The first Child in Need meeting will take place within 10 working days.';
    expect(rules(meeting)).toContain('specific/no-who');
    expect(met(meeting, 'outcome')).toBe(false);
  });
});

describe('a programme named with a letter', () => {
  it('reads "Weekly Triple P sessions for Mum" as a service, not a child called Triple', () => {
    const text =
      'Weekly Triple P sessions for Mum, 8 weeks from 11/01/2027, Family Support Worker to confirm attendance.';
    expect(met(text, 'outcome')).toBe(false);
  });
});

describe('a line typed in capitals', () => {
  it('reads "DAD TO PROVIDE A NEGATIVE HAIR STRAND TEST …" as it reads the same words in lower case', () => {
    const text =
      'DAD TO PROVIDE A NEGATIVE HAIR STRAND TEST FOR COCAINE BY 28/02/2027 – SW to arrange lab.';
    const lower =
      'Dad to provide a negative hair strand test for cocaine by 28/02/2027 – SW to arrange lab.';
    expect(met(text, 'outcome')).toBe(false);
    expect(rules(text)).toEqual(rules(lower));
    // The underline falls on the words as typed.
    const finding = check(text).findings.find((f) => f.ruleId === 'outcome/action-only');
    expect(text.slice(finding?.start, finding?.end)).toBe('PROVIDE');
  });

  it('finds in capitals what every rule finds in lower case, and quotes it in lower case', () => {
    const pairs = [
      [
        'DAD WILL ATTEND A PARENTING COURSE BY 30 JUNE 2027.',
        'Dad will attend a parenting course by 30 June 2027.',
      ],
      ["SAM'S HEALTH NEEDS WILL BE MET.", "Sam's health needs will be met."],
      ['MUM WILL SUPPORT LEO TO BE SAFE.', 'Mum will support Leo to be safe.'],
    ];
    for (const [capitals, lower] of pairs) expect(rules(capitals)).toEqual(rules(lower));
    const service = check(pairs[0][0]).findings.find(
      (f) => f.ruleId === 'specific/generic-service',
    );
    expect(service?.message).toMatch(/^"a parenting course" is not a named service/);
    expect(pairs[0][0].slice(service?.start, service?.end)).toBe('A PARENTING COURSE');
  });
});

describe('an event written as a noun', () => {
  it('reads "GP registration by 31/01/2027" as a crisp event, as "registered with a GP" is', () => {
    expect(met('GP registration by 31/01/2027', 'measurable')).toBe(true);
    expect(met('Dental registration for Kian and Lola by 31/01/2027.', 'measurable')).toBe(true);
  });
});

describe('a parent’s own written agreement', () => {
  it('reads "I" as the parent when the speaker looks after the child', () => {
    const text = 'I agree not to drink alcohol when I am looking after Ava.';
    expect(rules(text)).not.toContain('specific/no-who');
    expect(rules('I will not smoke cannabis while the children are in my care.')).toContain(
      'outcome/action-only',
    );
    // The young person's own agreement stays theirs.
    expect(
      met('I agree to go to bed by 9pm on school nights, as my carer records.', 'outcome'),
    ).toBe(true);
  });
});

describe('a cut written as a fragment', () => {
  it('reads "Less time on the Xbox" as a change to see, not an action', () => {
    expect(met('Less time on the Xbox.', 'outcome')).toBe(true);
    expect(met('Ongoing support from the family worker.', 'outcome')).toBe(false);
  });
});

describe('a counted result in the purpose', () => {
  it('reads "so that … her teacher reports fewer than 2 incidents a week" as the result', () => {
    const text =
      "Chloe's dad will give her ADHD medication every morning at 7.30, so that by the 90-day review her teacher reports fewer than 2 behaviour incidents a week.";
    expect(met(text, 'outcome')).toBe(true);
    expect(met('Dad will attend a parenting course.', 'outcome')).toBe(false);
  });
});

describe('a one-off step by a date', () => {
  it('reads a call or an appointment by a date as an event done or not', () => {
    expect(
      met('Mum to contact Citizens Advice about the rent arrears before Christmas.', 'measurable'),
    ).toBe(true);
    expect(met('Zara to be seen by CAMHS within 2 weeks.', 'measurable')).toBe(true);
    // A rule kept for a time is not a task done once.
    expect(
      met(
        'Callum must not contact or approach Leon Barker for the length of the order (12 months from 02/11/2026).',
        'measurable',
      ),
    ).toBe(false);
  });
});

describe('an agency by its title', () => {
  it('reads "The Department" as an agency, not a child with a capitalised name', () => {
    const text = 'The Department will work with the family to reduce risk.';
    expect(met(text, 'outcome')).toBe(false);
    expect(met(text, 'specific')).toBe(false);
  });
});

describe('a service joined online', () => {
  it('reads "log on to my counselling chat" as attending a service, "log her feelings" as her own', () => {
    expect(
      met('I will log on to my Kooth counselling chat every Wednesday after school.', 'outcome'),
    ).toBe(false);
    expect(met('Amy will log her feelings in her diary every night.', 'outcome')).toBe(true);
  });
});

describe('a safety goal scaled', () => {
  it('reads "will rate the children’s safety at 7 or above" as a result, whoever rates it', () => {
    expect(
      met(
        "Mum and the social worker will both rate the children's safety at 7 or above on a 0-10 scale by the review on 20/04/2027.",
        'outcome',
      ),
    ).toBe(true);
    // A rating with no level to reach is the worker's task.
    expect(
      met(
        'The social worker will rate the home conditions at every visit until the review.',
        'outcome',
      ),
    ).toBe(false);
  });
});

describe('the school holidays as a frequency', () => {
  it('reads "every school holidays" and "each school holiday" as how often', () => {
    for (const text of [
      'Tama will stay with his nan on the marae every school holidays, so he knows his whānau.',
      'Tama will stay with his nan on the marae each school holiday, so he knows his whānau.',
    ]) {
      expect(met(text, 'timely')).toBe(true);
      expect(met(text, 'measurable')).toBe(true);
    }
  });
});

describe('a therapist as plans abbreviate them', () => {
  it('reads "by the OT" as the agent that names who', () => {
    expect(
      rules("Lily's hoist will be fitted in the bathroom by the OT by 15/01/2027."),
    ).not.toContain('specific/no-who');
  });
  it('reads "GP referral" and "SALT referral" as a kind of service, not who will refer', () => {
    expect(rules('GP referral needed.')).toContain('specific/no-who');
    expect(rules('SALT referral needed.')).toContain('specific/no-who');
  });
});

describe('a document in the young person’s own hands', () => {
  it('reads "I will have my provisional driving licence" as a crisp event, as "a passport" is', () => {
    expect(
      met(
        'I will have my provisional driving licence by my 18th birthday in June 2027.',
        'measurable',
      ),
    ).toBe(true);
    expect(met('Ahmed will have his biometric residence permit by 31/03/2027.', 'measurable')).toBe(
      true,
    );
  });
});

describe('a change still to be written', () => {
  it('reads "Sam will be [what will be different]" as no change yet, and asks for it', () => {
    const text = 'Sam will be [what will be different] by the review conference on 14 April 2027.';
    expect(met(text, 'outcome')).toBe(false);
    const finding = check(text).findings.find((f) => f.ruleId === 'outcome/action-only');
    expect(text.slice(finding?.start, finding?.end)).toBe('[what will be different]');
    // A bare blank leaves out one word of the change: telling someone is still the change.
    expect(met('If I am hurt I will tell ______ straight away.', 'outcome')).toBe(true);
  });
});

describe('a table cell’s note', () => {
  it('reads a score to reach, "PHQ-9 below 10", as a result', () => {
    expect(
      met(
        'Mum to see GP re low mood by 3/2/27 & PHQ-9 below 10 by CIN review 28/4/27 – Mum/HV',
        'outcome',
      ),
    ).toBe(true);
  });
  it('reads the target before the dashes, not the check after them', () => {
    expect(
      met(
        'Finley & Grace in bed by 7.30 on 5+ nights/wk – sleep chart – FSW to check wkly',
        'outcome',
      ),
    ).toBe(true);
    expect(
      met(
        'Ayaan – 3 x 20 min Read Write Inc. 1:1 sessions a week with TA from 6th January.',
        'outcome',
      ),
    ).toBe(false);
  });
  it('reads "Ongoing." as no change at all', () => {
    expect(met('Ongoing.', 'outcome')).toBe(false);
  });
});

describe('an aside in brackets after the name', () => {
  it('reads "Zak (7, autistic, in pads day and night) will" as Zak, and keeps a role given there', () => {
    expect(
      rules(
        'Leon (on the council housing register in band C) will move into his own flat by June 2027.',
      ),
    ).not.toContain('specific/no-who');
    expect(
      rules(
        'Zak (7, autistic, in pads day and night) will be dry in the day by the end of the summer term.',
      ),
    ).not.toContain('specific/no-who');
    // "(YOS)" says Gary Flint is a worker: seeing Riley is his task, not a change for Riley.
    expect(met('Gary Flint (YOS) will see Riley twice a week at the YOS office.', 'outcome')).toBe(
      false,
    );
  });
});

describe('a mastery criterion counted in opportunities', () => {
  it('reads "in 100% of opportunities across 10 consecutive school days" as mastery, not an absolute', () => {
    const text =
      'Given a verbal reminder, Tyler will look both ways before crossing the school car park in 100% of opportunities across 10 consecutive school days by March 2027, as recorded by his teaching assistant.';
    expect(rules(text)).not.toContain('realistic/absolute');
    expect(
      rules(
        'Tyler will look both ways before crossing the road in 100% of opportunities from tomorrow.',
      ),
    ).toContain('realistic/absolute');
  });
});

describe('a vague word in a name', () => {
  it('reads "the Refugee Wellbeing Service" and "positive behaviour support" as names, not standards', () => {
    expect(
      rules('Hamid will be seen by the Refugee Wellbeing Service by 20 January 2027.'),
    ).not.toContain('specific/vague-standard');
    expect(
      rules(
        "Riley's head-banging will drop from 10 episodes a day to fewer than 4 by May 2027, using the positive behaviour support plan.",
      ),
    ).not.toContain('specific/vague-standard');
    expect(rules('Riley will be more positive at school.')).toContain('specific/vague-standard');
  });
});

describe('a note’s abbreviations and owners', () => {
  it('reads "wkly", "5+ nights/wk" and "4 days per wk" as how often', () => {
    for (const text of [
      'Mum to phone the school wkly about Zoe’s attendance until the review.',
      'Zoe in bed by 8pm on 5+ nights/wk until the review',
      'Zoe at school 4 days per wk by half term',
    ]) {
      expect(rules(text)).not.toContain('measurable/no-measure');
      expect(rules(text)).not.toContain('timely/no-timescale');
    }
  });
  it('reads "– Dad to book by 8/1/27" after a dash as Dad’s own task, and the target before it', () => {
    const text = 'Benefits check – Citizens Advice – Dad to book by 8/1/27';
    expect(rules(text)).not.toContain('measurable/no-measure');
    expect(met(text, 'outcome')).toBe(false);
    expect(
      met(
        'Ava – 2 decayed teeth treated by end Jan 27 – Smile Dental – Mum to take, practice to confirm to HV',
        'outcome',
      ),
    ).toBe(true);
    expect(met('Housing – Mum to bid weekly on Homefinder.', 'outcome')).toBe(false);
  });
});

describe('events and evidence as plans note them', () => {
  it('reads "– SW to check" after an opening "Mum to keep" as the check that names evidence', () => {
    expect(rules('Mum to keep house clean & tidy – SW to check')).not.toContain(
      'measurable/no-measure',
    );
    // Two spaces after "to", as a pasted table often has.
    expect(rules('Mum to keep house clean & tidy – SW to  check')).not.toContain(
      'measurable/no-measure',
    );
  });
  it('reads an order granted, and an assessment noted with its date, as crisp events', () => {
    expect(
      met('Aunty Rose to be granted an SGO for Precious by 31 March 2027.', 'measurable'),
    ).toBe(true);
    expect(met("Carers' assessment for Dad – SW – by 15/1/27", 'measurable')).toBe(true);
    expect(met("Carers' assessment for Dad", 'measurable')).toBe(false);
  });
  it('reads "will note his practice in his All About Me book" as evidence', () => {
    expect(
      met(
        'Mikaere will be able to say his pepeha by April 2027; his caregiver will note his practice in his All About Me book.',
        'measurable',
      ),
    ).toBe(true);
  });
  it('reads the child registered with a GP as a result, an adult registering as their own task', () => {
    expect(
      met('Mrs Osei will register Kofi with a local GP and dentist by 31/01/2027.', 'outcome'),
    ).toBe(true);
    expect(met('Dad will register with a GP by 31/01/2027.', 'outcome')).toBe(false);
  });
  // The tune halves of M, Q and S: every one of a named kind of appointment kept can be counted.
  it('reads "all your Youth Justice Service (YJS) appointments" as a crisp event', () => {
    expect(
      met('You must keep all your Youth Justice Service (YJS) appointments.', 'measurable'),
    ).toBe(true);
    expect(met('Dad will attend all of his scheduled Family Court sessions.', 'measurable')).toBe(
      true,
    );
    expect(met('You must keep your Youth Justice Service appointments.', 'measurable')).toBe(false);
  });
  // Set Y's tune half.
  it('reads an apartment found as a crisp event, as a flat found is', () => {
    expect(met('Jay will find an apartment near the college by June 2027.', 'measurable')).toBe(
      true,
    );
  });
  it('reads an assessment passed as a crisp event, as a test passed is', () => {
    expect(met('Kai will pass the end-of-year assessment.', 'measurable')).toBe(true);
    expect(met('Kai will revise for the end-of-year assessment.', 'measurable')).toBe(false);
  });
  it('reads an adult making sure something is documented as their task, not a change', () => {
    expect(
      met(
        "The foster carer should ensure that the information is documented in Kai's red book.",
        'outcome',
      ),
    ).toBe(false);
  });
  // From the tune halves of U and V (court orders and probation terms).
  it.each([
    'The section 7 report to be submitted to the court by 3 March 2027.',
    'Community service is not to be performed during school hours.',
    'Messages from the foster carer will be responded to within 24 hours.',
  ])('reads a procedure done to a paper or a service as the adults’ task: %s', (text) => {
    expect(met(text, 'outcome')).toBe(false);
  });
});

describe('provision counted in hours', () => {
  it('reads "will have 25 hours a week of 1:1 teaching assistant support" as a service given', () => {
    expect(
      met('Mikey will have 25 hours a week of 1:1 teaching assistant support in class.', 'outcome'),
    ).toBe(false);
  });
  it('reads "Te Reo Māori lessons for Aroha – weekly" as lessons given, not a child who lessons', () => {
    expect(met('Te Reo Māori lessons for Aroha – weekly', 'outcome')).toBe(false);
  });
});

describe('a service received', () => {
  it('reads "will receive" and "is receiving" instruction as a service given, not a change', () => {
    expect(
      met(
        'Adam will receive strategic instruction in decoding for 20 minutes, three times a week.',
        'outcome',
      ),
    ).toBe(false);
    expect(
      met(
        'Adam is receiving strategic instruction in decoding for 20 minutes, three times a week.',
        'outcome',
      ),
    ).toBe(false);
    expect(met('Adam is reading 20 words a minute by the end of term.', 'outcome')).toBe(true);
  });
});

describe('deadlines plans tie to events', () => {
  it.each([
    'Mum will attend all antenatal appointments by the 20-week scan.',
    'Tom will be registered with a dentist by the start of the new school year.',
    'Tom will be registered with a dentist by the time he starts nursery.',
    'Tom will be registered with a dentist by the IRH.',
    'Tom will be registered with a dentist by the end of the pre-proceedings period.',
    'Tom will be registered with a dentist prior to discharge.',
    'Mum will keep the kitchen clear of rubbish until the end of the assessment.',
  ])('reads the deadline in "%s"', (text) => {
    expect(rules(text)).not.toContain('timely/no-timescale');
  });
});

describe('a stage of the plan before its command', () => {
  // Set Z's tune half: a living-at-home contract set out month by month.
  it('reads "Month 2: Apply for 5 jobs per week" as the command it is, not a change', () => {
    expect(met('Month 2: Apply for 5 jobs per week until a job is found.', 'outcome')).toBe(false);
    expect(met('Weeks 1-6: Read with Nan for 10 minutes every night.', 'outcome')).toBe(true);
  });
});
