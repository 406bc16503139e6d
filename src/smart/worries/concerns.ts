/**
 * What plans worry about, as data: each concern is the words a worry and the objective that
 * answers it use for the same thing ("drinking", "alcohol", "sober"). A plan rarely answers a
 * worry in the worry's own words, so pairing by shared words alone misses most links; two texts
 * that touch the same concern are about the same thing.
 *
 * Phrases are matched on word stems ("drinks", "drinking" and "drink" are one), so list a word
 * once; a phrase written "=using" matches that word only ("using" again, not "use the calendar").
 * `not` lists phrases in which a listed word means something else ("drinking water").
 * Every entry's examples run as a test (test/smart/worries/concerns.test.ts): `worry` and
 * `answer` must both touch the concern, `unrelated` must not.
 */
import { list } from './phrase-list';
import { SPECIFIC_CONCERNS } from './specific-concerns';

export interface Concern {
  id: string;
  /** How the pane names the concern: "alcohol". */
  label: string;
  phrases: readonly string[];
  not?: readonly string[];
  /** A broad concern links only with another clue (0.5) rather than on its own (1). */
  weight?: number;
  examples: { worry: string; answer: string; unrelated: string };
}

/** The broad concerns; the narrow ones are in specific-concerns.ts. */
const BROAD_CONCERNS: readonly Concern[] = [
  {
    id: 'alcohol',
    label: 'alcohol',
    phrases: list(`
      alcohol, drink, drunk, drunken, sober, sobriety, intoxicated, intoxication, under the
      influence, hungover, hangover, beer, lager, cider, wine, vodka, spirits, units,
      breathalyser, breath test, alcohol test, peth, detox, alcoholics anonymous, alcoholic,
      abstinent, abstinence, relapse, pub
    `),
    not: list(`
      drinking water, drinks of water, drink of water, soft drink, drink milk, drinks milk,
      drinking milk, hot drink, drink a cup, drink water, drinks water, drinks of juice, referral
      unit, assessment unit, baby unit, mother and baby unit,
      fizzy drinks, sugary drinks, energy drinks, drinks juice, drinks of milk, cup of tea,
      drink plenty, drink enough, enough to drink, something to drink, food and drink,
      bottles of milk, empty bottles of milk, high spirits, in good spirits, spirit possession,
      units of work, family unit
    `),
    examples: {
      worry: "Dad's drinking when he is looking after the children.",
      answer: 'Dad will be sober at every contact, checked by a breath test.',
      unrelated: 'Mia will drink a cup of milk at breakfast.',
    },
  },
  {
    id: 'drugs',
    label: 'drug use',
    phrases: list(`
      drug, drugs, substance, substances, cannabis, weed, skunk, cocaine, crack, heroin,
      amphetamine, ketamine, spice, mdma, methadone, subutex, buprenorphine, script, hair
      strand, hair-strand, urine test, urine screen, drug test, test clean, tests clean, clean
      tests, clean test, =using, change grow live, cgl, needle, needles, stoned, high, relapse,
      abstinent, abstinence, recovery, recovery worker, drug worker, drug service, smoke
      cannabis
    `),
    not: list(`
      using the toilet, using words, using her words, using his words, high school, high chair,
      high standards, high risk, high needs, high level, high quality, high attendance,
      high expectations, high priority, ice cream, ice skating, ice pack, ice lolly, icing,
      rehab for his leg, rehab for her leg, physical rehab, script for the play,
      positive test for covid, negative covid test, high five, high street, recovery from surgery,
      recovery from her operation, recovery from his operation, using the bus, using the calendar,
      using me, using him, using her, using them, using you, using young people, using children,
      using a, using an, using the, using his, using their, using my, using your, using our,
      using this, using these, using pictures, using words, using signs
    `),
    examples: {
      worry: 'Mum uses cannabis daily in the home.',
      answer: 'Mum will give a clear hair-strand test in March.',
      unrelated: 'Mum will take Leo to the dentist.',
    },
  },
  {
    id: 'domestic-abuse',
    label: 'violence between adults',
    phrases: list(`
      domestic abuse, domestic violence, dv, violence, violent, argue, arguing, argument,
      arguments, row, rows, fight, fights, fighting, shouting, shout, assault, assaulted, police
      called, police call-outs, police callouts, incident, incidents, controlling, coercive,
      coercive control, injunction, non-molestation, bail conditions, perpetrator, caring dads,
      freedom programme, dapp, idva, marac, refuge, abusive, abuse, conflict, ex-partner,
      relationship, relationships, separate, separated, separation, restraining order, respect
      programme, healthy relationships, jealous, threats, threatening
    `),
    not: list(`
      separate bedroom, separate room, separately, separate from the dog, kept separate,
      relationship with her mum, relationship with his mum, relationship with her dad,
      relationship with his dad, relationship with her siblings, relationship with his siblings,
      relationship with her carers, relationship with his carers, relationship with school,
      relationship with professionals, trusting relationship, working relationship,
      positive relationship, sibling relationship, healthy relationships education,
      relationships and sex education, row of, in a row, incident at school, behaviour incidents,
      conflict resolution at school, fight the, fights for, fighting back tears, kicked off,
      pest control, birth control, self-control, impulse control, emotional control,
      parental controls, remote control, controlled crying, infection control,
      in control of her emotions, in control of his emotions
    `),
    examples: {
      worry: 'The children have seen Dad hit Mum during arguments.',
      answer: 'Dad will complete the Caring Dads programme by June.',
      unrelated: 'Sam will read 20 words by Easter.',
    },
  },
  {
    id: 'physical-harm',
    label: 'physical harm',
    phrases: list(`
      hit, hits, hitting, smack, smacking, slap, slapped, bruise, bruises, bruising, injury,
      injuries, injured, =marks, mark on, physical chastisement, physical punishment, physical harm,
      physical abuse, hurt, hurts, discipline, punish, punishment, belt, rough handling, shake,
      shaking, grab, grabbed, positive parenting, praise, time out, calm, temper, lose her
      temper, lose his temper, skelp, skelps, skelped, skelping,
      punch, punched, punches, punching, pushed, shoved, kicked, kicking
    `),
    not: list(`
      calm-down corner, calm box, marks at school, good marks, marks in, full marks, hurt feelings,
      hurts her feelings, hurts his feelings, hurt by, beat the, strike action, threw up, thrown up,
      shake hands, grab a, grab bag, beats her record, beats his record, heart beat, pushed for,
      lump sum, thrown out, threw him out, threw her out, thrown out of home, struck off,
      push for, pushing for, kick off, kicks off, kicked off, kicking off, kicked out, kick-about
    `),
    examples: {
      worry: 'Leo came to school with a bruise on his cheek after being smacked.',
      answer: 'Mum will use time out and praise instead of physical punishment.',
      unrelated: 'Leo will have his two-year check with the health visitor.',
    },
  },
  {
    id: 'home-conditions',
    label: 'home conditions',
    phrases: list(`
      home conditions, conditions in the home, clutter, cluttered, mess, messy, tidy, untidy,
      clean, cleaned, cleaning, cleanliness, dirty, filthy, rubbish, bins, bin bags, waste, dog
      mess, dog faeces, faeces, smell, smells, hazard, hazards, bedding, mattress, bedroom,
      floor is, floors are, clear floor, kitchen, bathroom, pests, mice, rats, infestation,
      damp, mould, heating, stair gate, fire guard, home safety, hoarding, washing up, dishes,
      laundry, state of the home, state of the house, living room
    `),
    not: list(`
      clean test, clean tests, test clean, tests clean, clean hair strand, clean clothes, clean
      uniform,
      clean and presentable, clean record, clean bill of health, clean screens, clean drug test,
      clean test results, clean urine, smell of cannabis, smell of alcohol, smelt of alcohol,
      urine test, urine screen
    `),
    examples: {
      worry: 'The home is cluttered and there is rubbish on the floors.',
      answer: "The children's bedroom floor will be clear and their beds will have clean bedding.",
      unrelated: 'Ava will go to the dentist every six months.',
    },
  },
  {
    id: 'basic-care',
    label: 'basic care and hygiene',
    phrases: list(`
      hygiene, bath, bathed, bathing, washed, wash, clean clothes, clean uniform, dirty clothes,
      nappy, nappies, nappy rash, head lice, nits, teeth, toothbrush, brushing, clothing,
      clothes, shoes, coat, uniform, basic care, basic needs, personal care, neglect, neglected,
      unkempt, appropriately dressed, dressed, lice, nit comb, treat her hair, treat his hair,
      baby equipment, car seat, pushchair, pram, steriliser, baby bank
    `),
    not: list(`
      washed out, wash her hands of, wash his hands of, brushing up, brushing off, uniform approach,
      uniformed, police uniform
    `),
    examples: {
      worry: 'Ruby often arrives at nursery in dirty clothes and with nappy rash.',
      answer:
        'Ruby will be bathed every evening and have her nappy changed at least every four hours.',
      unrelated: 'Dad will pay the rent arrears by April.',
    },
  },
  {
    id: 'food-growth',
    label: 'food and growth',
    phrases: list(`
      food, fed, feed, feeds, feeding, meal, meals, hungry, hunger, breakfast, lunch, dinner,
      tea, eat, eating, eats, eaten, diet, weight, weighed, underweight, overweight, growth, faltering
      growth, failure to thrive, centile, centiles, milk, formula, bottle, bottles, weaning,
      snacks, packed lunch, free school meals, food bank, cupboards
    `),
    not: list(`
      feed back, feedback, fed back, fed up, weight to, carries weight, given weight,
      weight of evidence, tea towel, cup of tea, eat into, bottle of vodka, bottle of wine,
      bottle of cider, empty bottles, bottle shop, eaten away, food for thought, growth mindset,
      personal growth
    `),
    examples: {
      worry: "Baby Noah's weight has dropped from the 25th to the 9th centile.",
      answer: 'Noah will be fed every three hours and weighed weekly by the health visitor.',
      unrelated: 'Noah will live with his mother.',
    },
  },
  {
    id: 'health',
    label: 'health care',
    weight: 0.5,
    phrases: list(`
      health, appointment, appointments, gp, doctor, hospital, dentist, dental, immunisations,
      immunisation, vaccinations, vaccination, jabs, health visitor, medical, medication,
      medicine, medicines, prescribed, optician, glasses, hearing, developmental check, two-year
      check, paediatrician, paediatric, was not brought, not brought, missed appointments,
      asthma, inhaler, epilepsy, eczema, diabetes, clinic, health assessment, school nurse,
      midwife, check-up, flat head, flat patch, plagiocephaly, 2-year check, 2 year check, two
      year check, 1-year check, one-year check, 9-month check, 12-month check, 27-month check, well-baby, well baby, well-child, well child,
      health review, developmental review, development review, 2-year review, 2 year review,
      two-year review, two year review, 1-year review, one-year review, 2½ year review,
      scabies, wound, infection, infections, tb screening, surgery, medical centre, health centre,
      practice nurse
    `),
    not: list(`
      court hearing, final hearing, hearing date, the hearing, next hearing,
      issues resolution hearing, case management hearing, hearing on, hearing in court,
      hearing voices, hearing from, hearing about, hearing her, hearing him, hearing them,
      last hearing, children's hearing, childrens hearing, review hearing, his hearings, her
      hearings, their hearings, hearings and reviews, panel hearing, at the hearing,
      hearing the children, hearing what, mental health nurse, health and safety,
      medicines out of reach, medicines locked, medication locked, medication in a locked,
      broken glass, smashed glass, shards of glass, pieces of glass, glass in the garden,
      glass of water, glass bottles, health visitor, health visitors, health visiting, school nurse
    `),
    examples: {
      worry: 'Jake was not brought to three hospital appointments for his asthma.',
      answer:
        'Mum will take Jake to every asthma clinic appointment, recorded by the school nurse.',
      unrelated: 'Jake will be in school every day.',
    },
  },
  {
    // Wetting and soiling: a worry of its own, answered in its own words ("dry nights", "a
    // mattress protector"), where the health words alone are too broad to link.
    id: 'continence',
    label: 'wetting and soiling',
    phrases: list(`
      bedwetting, bed-wetting, wetting the bed, wets the bed, wet the bed, wet bed, wet beds, wet
      bedding, wet sheets, enuresis, continence, incontinence, soiling, soils, soiled, dry
      nights, dry night, dry at night, dry bed, dry beds, mattress protector, pull-ups,
      potty, smells of urine, smelling of urine, toilet trained, toilet-trained, toilet training,
      toilet train, toileting, potty trained, potty training, nappy, nappies
    `),
    examples: {
      worry: 'Chidi is still wetting the bed most nights and is teased at school.',
      answer: 'Chidi will have dry nights on at least 4 nights a week, as recorded on his chart.',
      unrelated: 'Chidi will be in school every day.',
    },
  },
  {
    // Where a child spends the day, and the learning there. Most worries and objectives about a
    // school-age child say "at school", so it weighs less than what the worry is about: "Connor
    // has no inhaler at school" is not answered by "a trusted adult at school".
    id: 'school',
    label: 'school and nursery',
    phrases: list(`
      school, schools, class, classes, lessons, nursery, college, education, timetable,
      school run, school gate, homework, early years, pre-school, preschool, classroom,
      alternative provision, pupil referral unit, pru, school place, full-time place, managed move
    `),
    // A role that works in a school is who acts, not what the worry is about.
    not: list(`
      high school, school nurse, school nursing, school counsellor, school counselor
    `),
    weight: 0.5,
    examples: {
      worry: 'Maisie has no friends at school and spends break times on her own.',
      answer: 'School will give Maisie a place at the lunchtime club twice a week.',
      unrelated: 'Dad will stop drinking alcohol.',
    },
  },
  {
    // Being in school, and on time: what an attendance worry and its answer share, where "at
    // school" alone is only the place.
    id: 'attendance',
    label: 'school attendance',
    phrases: list(`
      =attendance, =attendance officer, absence, absences, absent, =lateness, punctual, punctuality,
      register, exclusion, excluded, exclusions, suspended, suspension, truancy, truanting,
      education welfare, ewo, be in school, school every day, in school by, at school by, to school,
      into school, to nursery, into nursery, school refusal, school run, school on time,
      nursery on time, school late, nursery late, late for school, late into school,
      late for nursery, arrives late, arrived late, late most mornings, late most days,
      missed school, missed loads of days, missed days, days off school, get up for school, won't go to school, will not go to school, misses school, missing school, miss school, off school, kept off school,
      kept home from school, attend school, attends school, attending school, attend nursery,
      attends nursery, attending nursery, attend college, days of school, school sessions,
      nursery sessions
    `),
    // "Attendance" and "lateness" are written with "=": their stems are "attend" and "late", and
    // neither "Mum will attend the core group" nor "a late shift" is a worry about school.
    not: list(`
      housing register, electoral register, sex offender register, register the birth,
      register with a gp, register with a dentist, register with the dentist, register with a dental,
      register with the gp
    `),
    examples: {
      worry: 'Ellie has missed a third of school this term and is late most mornings.',
      answer: "Ellie's attendance will be above 90% by half term.",
      unrelated: 'Ellie will see the school counsellor every week.',
    },
  },
  {
    id: 'learning',
    label: 'learning and development',
    weight: 0.75,
    phrases: list(`
      learning, reading, writing, maths, literacy, numeracy, phonics, sen, send, ehcp, ehc plan,
      education health and care, senco, special educational needs, speech, speech and language,
      salt, developmental, milestones, delay, delayed, autism, asd, adhd, diagnosis, educational
      psychologist, crawling, sentences, vocabulary, makaton, signing, not talking, talking as
      much, chatting, first words, pecs, communication book, communication system, =development,
      tummy time, floor play
    `),
    not: list(`
      personal development, housing development, development plan, signing the, signing a,
      signing up, signs of, send a, send her, send him, send them, sent to,
      send the, send messages, sent messages, delayed the, delay in the, delay in court,
      delay in proceedings, talking as much about, chatting online, chatting to strangers,
      salt and pepper, salt water, diagnosis of depression, diagnosis of ptsd, learning from,
      learning about, learnt from, learning that, lesson learning, writing a letter, writing to,
      in writing, reading the plan, reading the report, reading of the, reading from,
      reading through, sign an
    `),
    examples: {
      worry: "Kai's speech is delayed and he uses only a few words.",
      answer: 'Kai will use 50 words, counted by his speech and language therapist in May.',
      unrelated: 'Mum will bid for a two-bedroom flat.',
    },
  },
  {
    id: 'child-emotional',
    label: "the child's feelings",
    weight: 0.75,
    phrases: list(`
      emotional, emotions, feelings, anxious, anxiety, upset, sad, unhappy, happier, low mood,
      self-esteem, self esteem, confidence, confident, wellbeing, well-being, counselling,
      counsellor, play therapy, camhs, therapy, therapist, trauma, nightmares, scared,
      frightened, afraid, feel safe, feels safe, cries, crying, withdrawn, angry, anger, mental
      health, kooth, mentor, trusted adult, worry box, elsa, emotional literacy, her worries, his
      worries, their worries, worries scale, worry scale,
      self-harm, self harm, self-harming, self harming, wish she was dead, wish he was dead,
      wish you were dead, wish i was dead
    `),
    not: list(`
      upset stomach, afraid that, scared that, parent's mental health, persistent crying,
      coping with crying, confident that, confident she, confident he, worries about his mum,
      worries about her mum, worries about his dad, worries about her dad,
      speech and language therapy, speech and language therapist, speech therapy, speech therapist,
      occupational therapy, occupational therapist, language therapy
    `),
    examples: {
      worry: 'Zara is anxious and has nightmares since the incident.',
      answer: 'Zara will start play therapy and say she feels safe at home when asked each visit.',
      unrelated: 'The landlord will repair the boiler.',
    },
  },
  {
    id: 'self-harm',
    label: 'self-harm',
    phrases: list(`
      self-harm, self harm, self-harming, self harming, cutting, cuts, overdose, overdosed,
      suicidal, suicide, ligature, harm herself, harm himself, hurt herself, hurt himself,
      harming herself, harming himself, safety plan, crisis, a&e, kill herself, kill himself,
      wish she was dead, wish he was dead, wishes she was dead, wishes he was dead,
      wished she was dead, wished he was dead, wish you were dead, wish i was dead,
      banging her head, banging his head, banging your head, head banging, head-banging
    `),
    not: list(`
      crisis loan, crisis grant, crisis payment, financial crisis, housing crisis,
      cost of living crisis, crisis accommodation, cuts to, funding cuts, cuts across, cutting down,
      cutting back, cutting out, cut off, haircut, hair cut, cutting her hair, cutting his hair,
      cutting grass, safety plan for the children, safety plan with the family, family safety plan,
      domestic abuse safety plan, cut her food, cutting up food, were =cut, was =cut, been =cut,
      hours cut, cut his hours, cut her hours, cut their hours, benefits cut, benefit cut
    `),
    examples: {
      worry: 'Maya has cut her arms three times this month.',
      answer:
        'Maya will use her safety plan and tell a trusted adult when she feels like self-harming.',
      unrelated: 'Maya will go to college three days a week.',
    },
  },
  {
    id: 'adult-mental-health',
    label: "a parent's mental health",
    phrases: list(`
      mental health, depression, depressed, low mood, anxiety, psychosis, psychotic, bipolar,
      schizophrenia, personality disorder, medication, antidepressant, antidepressants,
      psychiatrist, psychiatric, cmht,
      community mental health, perinatal, talking therapies, iapt, counselling, crisis team,
      sectioned, mental state, unwell, struggling to cope, overwhelmed, feels down, feeling down, gets down, really down, so down, gp, wellbeing,
      exhausted, exhaustion, stays in bed, staying in bed, in bed all day, get out of bed, getting out of bed,
      sertraline, fluoxetine, citalopram, mirtazapine, venlafaxine
    `),
    weight: 0.75,
    not: list(`
      child's mental health, children's mental health, young person's mental health, gp registration,
      register with a gp, physically unwell, medication for her asthma, medication for his asthma,
      medication for adhd, adhd medication, counselling for the children, =medical
    `),
    examples: {
      worry: "Mum's depression means she stays in bed and the children get themselves to school.",
      answer: 'Mum will see her GP about her low mood and take her medication as prescribed.',
      unrelated: 'Dad will attend the Freedom Programme.',
    },
  },
  {
    id: 'missing',
    label: 'going missing',
    phrases: list(`
      missing from home, reported missing, missing episode, missing episodes, go missing, goes
      missing, went missing, run away, runs away, ran away, running away, absconding, absconded,
      whereabouts, curfew, home by, back by, return home interview, return interview, stays out,
      staying out, out late, overnight, out all night, where she is, where he is, where they
      are, not come home, did not come home, comes home, come home, report him missing, report
      her missing, reporting him missing, reporting her missing, report them missing, gone
      missing, going missing, missing from care, missing from placement, missing protocol,
      missing from care protocol, missing person, missing persons
    `),
    not: list(`
      home by bus, whereabouts of the father, come home from school, comes home from work,
      come home from hospital, overnight stays with dad, overnight contact, overnight stays with mum,
      overnight with her dad, overnight with his dad, overnight with her mum, overnight with his mum,
      where she is up to, where he is up to
    `),
    examples: {
      worry: 'Tyler has been missing overnight four times since September.',
      answer: 'Tyler will be home by 9pm every night and text Mum where he is.',
      unrelated: 'Tyler will have a dental check-up.',
    },
  },
  {
    id: 'exploitation',
    label: 'exploitation',
    phrases: list(`
      exploitation, exploited, exploit, cse, cce, county lines, grooming, groomed, older men,
      older males, older boys, older adults, gang, gangs, dealing, knife, knives, weapon,
      weapons, nrm, trafficking, trafficked, exploitative, risky adults, unknown adults, sexual
      exploitation, criminal exploitation, youth worker, safer choices, disruption,
      debt bondage, money for the journey, owes money for the journey
    `),
    not: list(`
      sharp knives, kitchen knives, knives out of reach, knives within reach, knife and fork,
      knives and forks, use a knife, dealing with, dealt with, disruption in class,
      disruption to her education, disruption to his education, disruption to schooling,
      placement disruption, disruption meeting, =disruptive, =disrupting, =disrupts, =disrupt,
      disruptive behaviour
    `),
    examples: {
      worry: 'Jordan has been seen with older males and came home with a new phone and cash.',
      answer:
        'Jordan will name the adults he spends time with and work with the exploitation team weekly.',
      unrelated: 'Jordan will brush his teeth twice a day.',
    },
  },
  {
    id: 'online',
    label: 'online safety',
    phrases: list(`
      online, internet, social media, phone, mobile, apps, app, gaming, screen time, screens,
      images, photos, pictures, sexting, snapchat, instagram, tiktok, whatsapp, parental
      controls, messages, messaging, chat, webcam, tablet, ipad, laptop, strangers, xbox,
      playstation, nintendo, games console, console, computer games, video games
    `),
    weight: 0.75,
    not: list(`
      phone calls, phone contact, phone the, phoned, mobile home, mobile phone number, contact phone,
      telephone interpreter, app to communicate, co-parenting app, communication app,
      messages to mum, messages to dad, text messages to the social worker, images of the home,
      photos of the home, photographs of the home, photos of her early life,
      photos of his early life, baby photos, baby photographs, life story photos,
      photos for her memory box, photos for his memory box, pictures of the home, picture chart,
      picture prompts, picture books, =mobility, tablets left, tablets lying, sleeping tablets,
      his tablets, her tablets, their tablets, tablets and, and tablets, =screening, =screened,
      language screen, hearing screen, health screen, vision screen, screen flagged
    `),
    examples: {
      worry: 'Lily has been sending photos to adults she met online.',
      answer: "Mum will set parental controls on Lily's phone and check her apps weekly.",
      unrelated: 'Lily will sleep in her own bed.',
    },
  },
  {
    id: 'supervision',
    label: 'supervision of the children',
    phrases: list(`
      left alone, home alone, leave alone, leaves alone, left on their own, left on her own,
      left on his own, unsupervised, supervision, supervised, supervise, supervising,
      babysitter, babysitting, childcare, child care, responsible adult, adult present, out of
      sight, looked after by, look after, looks after, looking after, care for, caring for, in
      the care of, minded, childminder, collected, collect, pick up, picked up, walk to school,
      wandering, wanders, playing in the street, road, left in charge, in charge of,
      without an adult, without a responsible adult
    `),
    weight: 0.75,
    not: list(`
      looked after children, looked after child, child looked after, children looked after,
      looked after children nurse, lac, care for her teeth, care for his teeth, care for her skin,
      care for his skin, collect her prescription, collect his prescription,
      collect the prescription, collect prescriptions, pick up prescriptions,
      pick up the prescription, minded to, road to recovery, on the road to, road map, roadmap,
      care for herself, care for himself, look after herself, look after himself
    `),
    examples: {
      worry: 'The children aged 4 and 6 were found home alone at night.',
      answer: 'A named adult over 18 will look after the children whenever Mum goes out.',
      unrelated: 'Mum will complete her budgeting course.',
    },
  },
  {
    id: 'safe-sleep',
    label: 'safe sleep',
    phrases: list(`
      co-sleeping, co-sleep, co sleeping, cosleeping, safe sleep, safe sleeping, cot, moses
      basket, sleeping arrangements, sofa, bed sharing, bed-sharing, sleeps in, sleep in, own
      bed, crib, sleeping bag, back to sleep, sids, sudden infant death, lullaby trust, safe
      place to sleep, safe to sleep, somewhere safe to sleep, nowhere safe to sleep
    `),
    not: list(`
      sofa bed, sofa surfing, sofa surfer, sleeps in school, sleeps in class,
      sleeping bag for camping, sleeps in late, sleeps in at weekends,
      off the sofa
    `),
    examples: {
      worry: 'Dad falls asleep on the sofa with the baby after drinking.',
      answer: 'Baby Isla will sleep in her own cot every night.',
      unrelated: 'Isla will be weighed at the clinic.',
    },
  },
  {
    id: 'routines',
    label: 'routines and sleep',
    weight: 0.75,
    phrases: list(`
      routine, routines, bedtime, bed time, in bed, bed by, go to bed, sleep, sleeps, sleeping,
      asleep, tired, wake, wakes, waking, up in the morning, mornings, night-time, night time
    `),
    not: list(`
      routine appointments, routine checks, routine health, routine review, routine visits,
      routine enquiries, routine immunisations, routine vaccinations, in bed with the baby,
      in bed with her, in bed with him, wake-up call, asleep on the sofa with,
      fell asleep with the baby, falls asleep with the baby
    `),
    examples: {
      worry: 'There is no bedtime routine and the children are tired in class.',
      answer: 'The children will be in bed by 7.30pm on school nights.',
      unrelated: 'Mum will pay her council tax.',
    },
  },
  {
    id: 'behaviour',
    label: 'behaviour',
    weight: 0.75,
    phrases: list(`
      behaviour, behaviours, behave, behaving, tantrum, tantrums, aggression, aggressive, anger,
      angry, temper, lashing out, lashes out, boundaries, consequences, rewards, reward chart,
      sticker chart, calm, calmer, meltdown, meltdowns, outburst, outbursts, violent, hits out, kicking, biting,
      swearing, restraint, detention, detentions, incidents, fixed-term, regulate, regulation,
      self-regulate, child to parent violence, damage, damaging, wound up, calm down, calms
      down, swears, threatened, threatening, refuses to do, refused to do, refuse to do, do as he
      is told, do as she is told, do what he is told, do what she is told, parenting group,
      parenting course, parenting programme, triple p, incredible years
    `),
    not: list(`
      damage to the home, damage to the property, damp damage, water damage, emotional damage,
      damage to his teeth, damage to her teeth, brain damage, damage to her hearing,
      damage to his hearing, damaging to the children, threatened with eviction, threatening letter,
      incidents of domestic abuse, incidents of domestic violence, domestic incidents,
      police incidents, violent partner, violent relationship, violent ex-partner,
      boundaries of the property, garden boundaries
    `),
    examples: {
      worry: 'Oscar has tantrums and hits his younger sister when told no.',
      answer:
        'Oscar will use his calm-down corner and the family will use a reward chart every day.',
      unrelated: 'Dad will register with a GP.',
    },
  },
  {
    id: 'money-housing',
    label: 'money and housing',
    phrases: list(`
      money, debt, debts, arrears, rent, bills, budget, budgeting, benefits, universal credit,
      food bank, income, financial, finances, eviction, evicted, notice to quit, section 21,
      housing officer, housing association, housing benefit, housing register, social housing,
      council housing, housing needs, tenancy, landlord, homeless, homelessness, temporary
      accommodation, accommodation, overcrowded, overcrowding, rehoused, rehousing, council tax,
      citizens advice, disability living allowance, dla, child benefit, move house, allowance,
      section 17, grant, sofa surfing, sofa-surfing, no fixed abode, nowhere to live,
      somewhere to live, place to live, hostel
    `),
    not: list(`
      money laundering, personal budget, bids for attention, income from drug dealing,
      money for drugs, money from dealing
    `),
    examples: {
      worry: 'The family owe £2,000 in rent and face eviction.',
      answer: 'Mum will agree a repayment plan with the landlord with Citizens Advice by March.',
      unrelated: 'Ben will read every night with Dad.',
    },
  },
  {
    id: 'contact',
    label: 'family time and contact',
    weight: 0.75,
    phrases: list(`
      contact, family time, supervised contact, see her mum, see his mum, see her dad, see his
      dad, phone calls, video calls, letterbox, siblings, birth family, birth parents,
      grandparents, spend time with, time with dad, time with mum, time with their dad, time
      with their mum, time with her dad, time with his dad, time with her mum, time with his mum,
      seen her mum, seen his mum, seen her dad, seen his dad, seen their mum, seen their dad,
      seen her mother, seen his mother, seen her father, seen his father, video call,
      keeps cancelling, cancelled contact, contact cancelled, missed contact, see each other, seen each other, brothers to meet, sisters to meet, siblings to meet, see his brother, see her brother, see his sister, see her sister, see their brother, see their sister
    `),
    not: list(`
      contact the, contact details, contact number, point of contact, eye contact,
      in contact with professionals, contact with professionals, contact with the social worker,
      contact with school, contact with the school, contact with services, contact with police,
      contact with the police, police contact, physical contact, sexual contact, contact sport,
      contact lenses, online contact, contact with strangers, contact with older,
      contact with unknown, contact with risky, first contact
    `),
    examples: {
      worry: 'Contact with Dad has been cancelled at short notice four times.',
      answer: 'Dad will confirm each family time session with the contact centre a day before.',
      unrelated: 'The school will assess Amir for dyslexia.',
    },
  },
  {
    id: 'sexual-harm',
    label: 'sexual harm',
    phrases: list(`
      sexual abuse, sexual harm, sexually, sexualised, inappropriate touching, touching,
      touched, sex offender, registered sex offender, rso, schedule 1, harmful sexual behaviour,
      hsb, body safety, pants, private parts, underwear, consent, indecent, sexual, rape,
      disclosure, disclosed
    `),
    not: list(`
      lost touch, in touch, keep in touch, keeps in touch, touch base,
      kept in touch, get in touch, got in touch, losing touch, finishing touches, touch typing,
      touched on, consent to, consent form, parental consent, informed consent, consent for,
      consent to share, disclosure and barring, dbs, disclosed that she was pregnant,
      disclosed her pregnancy, disclosed his diagnosis, disclosed her diagnosis, disclosure scheme,
      domestic violence disclosure scheme, pants and socks, pants and vests
    `),
    examples: {
      worry: 'Mum has let a registered sex offender stay overnight.',
      answer:
        'The children will learn the PANTS rules about body safety with the school nurse by Easter.',
      unrelated: 'The children will have a bath every night.',
    },
  },
  {
    id: 'young-carer',
    label: 'caring for family members',
    phrases: list(`
      young carer, young carers, caring responsibilities, caring role, cares for, looks after
      mum, looks after dad, looks after his mum, looks after her mum, looks after his siblings,
      looks after her siblings, carers support, carer's assessment, carers assessment, respite,
      short breaks, break from caring, worries about his mum, worries about her mum, worries
      about his dad, worries about her dad, check on her, check on him, checks on her, checks on
      him,
      acting as the adult, acting as an adult, acting as the parent, acting as a parent,
      be a kid again, be a child again, just be a kid, just be a child
    `),
    not: list(`
      check on her progress, check on his progress, check on her attendance, check on his attendance,
      check on her welfare, check on his welfare
    `),
    examples: {
      worry: 'Aisha, 12, does most of the cooking and looks after her mum.',
      answer: 'Aisha will go to the young carers group every Tuesday and have time for herself.',
      unrelated: 'Aisha will be weighed every month.',
    },
  },
  {
    id: 'friends-activities',
    label: 'friends and activities',
    weight: 0.5,
    phrases: list(`
      friends, friendships, friendship, isolated, isolation, lonely, loneliness, club, clubs,
      activities, activity, hobbies, hobby, football, swimming, dance, scouts, youth club,
      after-school club, peers, bullied, bullying
    `),
    not: list(`
      friends of mum, friends of dad, friends of the family, family friends, mum's friends,
      dad's friends, his friends who use, her friends who use, drug-using friends, drinking friends,
      activity of the case, activity on her account, activity on his account, criminal activity,
      gang activity, sexual activity, physical activity, club drugs, clubbing with,
      drugs at the club, night club, nightclub, swimming pool fence, isolation room,
      isolation at school, in isolation at school, internal isolation, socially isolated mum,
      socially isolated dad, mum is isolated, dad is isolated, mum is lonely, dad is lonely,
      mum feels isolated, dad feels isolated
    `),
    examples: {
      worry: 'Finn has no friends and is bullied at lunchtime.',
      answer: 'Finn will join an after-school club and name two friends by Easter.',
      unrelated: 'Dad will attend his probation appointments.',
    },
  },
  {
    id: 'identity',
    label: 'identity and life story',
    phrases: list(`
      identity, culture, cultural, religion, religious, faith, church, mosque, life story,
      life-story, heritage, first language, hair care, skin care, ethnicity, background, memory
      box, photographs,
      congregation, gurdwara, synagogue, place of worship
    `),
    not: list(`
      background checks, police background, dbs background, in the background, background noise,
      criminal background, faith in, has faith that, photographs of the home,
      photographs of injuries, photographs of the injuries, photographs of bruising
    `),
    examples: {
      worry: 'Amara does not know why she is in care and has no photographs of her early life.',
      answer: 'Amara will have a life story book made with her social worker by her next review.',
      unrelated: 'Amara will be home by 9pm.',
    },
  },
  {
    id: 'independence',
    label: 'independence and leaving care',
    phrases: list(`
      independence, independent living, independently, cooking, cook, pathway plan, education
      employment or training, neet, job, employment, apprenticeship, work experience, cv,
      interview, staying put, semi-independent, leaving care, personal adviser, bank account,
      travel, bus, life skills
    `),
    not: list(`
      interview with the police, police interview, abe interview, video interview,
      recorded interview, specialist interview, joint interview, forensic interview,
      interview under caution, cook drugs, job of, good job, travel abroad, travel to pakistan,
      travel out of the country, bus pass for contact, travel to contact, =traveller,
      =travellers
    `),
    examples: {
      worry: 'Kieran, 17, cannot cook or manage money and will leave care next year.',
      answer: 'Kieran will cook a meal for himself twice a week and open a bank account.',
      unrelated: 'Kieran will see the optician.',
    },
  },
  {
    id: 'offending',
    label: 'offending',
    phrases: list(`
      offending, offence, offences, police, arrested, arrest, crime, criminal, youth offending,
      yot, youth justice, court, bail, antisocial, anti-social, asb, reoffend, reoffending,
      probation, custody, shoplifting, theft, stealing, criminal damage, referral order
    `),
    not: list(`
      police called, police call-outs, police callouts, police were called, called the police,
      police attended, police have attended, police welfare check, police protection,
      police powers of protection, police domestic abuse, police checks, court hearing, family court,
      court proceedings, final hearing, court order, child arrangements order, court of protection,
      caution about, with caution, possession order, possession proceedings
    `),
    examples: {
      worry: 'Callum has been arrested twice for shoplifting.',
      answer: 'Callum will keep every youth justice appointment and commit no further offences.',
      unrelated: 'Callum will see the dentist.',
    },
  },
  {
    id: 'smoking',
    label: 'smoking',
    phrases: list(`
      smoking, smoke, smokes, cigarettes, cigarette, tobacco, vaping, vape, smoke-free, smoke
      free, stop smoking
    `),
    not: list(`
      smoke alarm, smoke detector, smoking ceremony, smoke damage, no smoke without fire,
      smoking ice, smoke crack, smoking heroin
    `),
    examples: {
      worry: 'Both parents smoke indoors near the baby.',
      answer: 'Mum and Dad will smoke only outside, with the door shut, from today.',
      unrelated: 'The baby will be weighed every week.',
    },
  },
  {
    id: 'animals',
    label: 'animals in the home',
    phrases: list(`
      dog, dogs, puppy, cat, cats, pets, pet, animal, animals, snake, bitten, bite
    `),
    not: list(`
      party animal, pet name, bite her nails, bite his nails, bite to eat, hair of the dog
    `),
    examples: {
      worry: 'The dog has bitten the toddler and is not kept apart from her.',
      answer: 'The dog will be kept in the kitchen behind a gate whenever Poppy is downstairs.',
      unrelated: 'Poppy will go to nursery three mornings a week.',
    },
  },
  {
    id: 'adults-around',
    label: 'adults around the children',
    phrases: list(`
      partner, new partner, boyfriend, girlfriend, associates, people coming to the house,
      people in the home, adults in the home, who comes to the house, who visits, unknown
      adults, risky adults, known to police, schedule 1, lodger, friends of mum, friends of dad,
      stays over, staying over, stay overnight, moved in, living at the address,
      let him in, lets him in, letting him in, let her in, lets her in, letting her in, let them in,
      lets them in, come to the house, comes to the house, coming to the house, come round, comes
      round, coming round, come to the flat, comes to the flat
    `),
    weight: 0.75,
    not: list(`
      partner agencies, partners in, multi-agency partners, safeguarding partners,
      partner organisations, partner services, health visitor, =association, associated with,
      associated to, associated risks
    `),
    examples: {
      worry: "Mum's new partner has convictions for violence and stays at the house.",
      answer:
        'Mum will tell the social worker before any new partner stays over, so that checks can be made.',
      unrelated: 'Mum will take the children to the park.',
    },
  },
  {
    id: 'parenting',
    label: 'warmth and parenting',
    weight: 0.5,
    phrases: list(`
      bond, bonding, attachment, warmth, warm, affection, interaction, responsive, responds,
      cues, parenting, parenting programme, parenting course, parenting skills, praise, play
      with, plays with, playing with, quality time, one-to-one time, cuddles, reads to,
      emotional needs, emotionally available, criticise, criticises, criticism, shouts at,
      rejected, rejection, blame, blames, scapegoat, video interaction guidance, vig, mellow
      parenting, triple p, incredible years, solihull,
      call you names, calls you names, call her names, calls her names, call him names,
      calls him names, calling her names, calling him names, calling you names, name-calling,
      name calling, put-downs, put downs, speak kindly, speak to you kindly, speak to her kindly,
      speak to him kindly, nobody wants you, nobody wants her, nobody wants him
    `),
    not: list(`
      bond with the dog, bond with her carers, bail bond, warm home discount, warm enough,
      warm clothes, warm coat, keep warm, warm house, warm home, warm bath, warm bottle, warm milk,
      warm food, warm meal, responds to medication, responds to treatment, responds to emails,
      responds to messages, responds to calls, play with fire, play with matches,
      playing with lighters
    `),
    examples: {
      worry: 'Mum shouts at and criticises Jade and rarely praises her.',
      answer:
        'Mum will praise Jade at least three times a day and spend 15 minutes of one-to-one time playing with her.',
      unrelated: 'Jade will go to school on time.',
    },
  },
  {
    id: 'disability-needs',
    label: 'disability and care needs',
    phrases: list(`
      disability, disabled, wheelchair, equipment, adaptations, adaptation, hoist, occupational
      therapy, occupational therapist, ot, physiotherapy, physio, feeding tube, peg,
      gastrostomy, seizures, continence, complex needs, care package, personal budget, direct
      payments, sensory, visual impairment, hearing impairment, carers assessment, lifting him,
      lifting her, lift him, lift her, moving and handling, manual handling
    `),
    not: list(`
      baby equipment, safety equipment, home safety equipment, sports equipment, drug equipment,
      drug-taking equipment, sensory play
    `),
    examples: {
      worry: 'The bathroom is not adapted and Mum lifts Ollie, who uses a wheelchair, on her own.',
      answer: 'The occupational therapist will fit a hoist and a level-access shower by July.',
      unrelated: 'Ollie will see his grandparents monthly.',
    },
  },
  {
    id: 'dental',
    label: 'teeth',
    phrases: list(`
      dentist, dental, dental practice, toothache, tooth decay, decayed teeth, teeth, tooth,
      orthodontist, fillings, extraction
    `),
    examples: {
      worry: 'Ella has not seen a dentist for two years and has tooth decay.',
      answer: 'Mum will register Ella with a dental practice and take her to a check-up by May.',
      unrelated: 'Ella will go to bed by 8pm on school nights.',
    },
  },
  {
    id: 'skin',
    label: 'skin',
    phrases: list(`
      eczema, dermatitis, dermatology, skin, scratching, scratches, emollient, creams, cream,
      rash, rashes
    `),
    not: list(`
      skin care, skin colour, skin tone,
      ice cream, cream cakes, cream tea, skin in the game, thick skin, saved her skin
    `),
    examples: {
      worry: "Leo's eczema is not treated and he scratches until his arms bleed.",
      answer: 'Dad will put on the cream the GP prescribed every morning and evening.',
      unrelated: 'Leo will join the football club.',
    },
  },
  {
    id: 'language',
    label: 'language and interpreting',
    phrases: list(`
      interpreter, interpreters, interpreting, interpreted, translated, translation, translate,
      english, esol, first language, home language, language line, speaks little english
    `),
    not: list(`
      english and maths, english homework, english teacher, english gcse
    `),
    examples: {
      worry: "Mum's English is limited and she did not understand the conference.",
      answer: 'An interpreter will be booked for every visit and meeting with Mum.',
      unrelated: 'Mum will take Ali to the dentist.',
    },
  },
  {
    id: 'respite',
    label: 'a break for the parent',
    weight: 0.75,
    phrases: list(`
      a break, give her a break, give him a break, no break, regular break, regular breaks, short
      break, short breaks, break from caring, time to rest, rest, time for herself, time for
      himself, time to herself, time to himself, have the children, has the children, respite,
      no one to help, nobody to help, on her own with the children, on his own with the children
    `),
    not: list(`
      break the rules, breaks the rules, break up, broke up, break in, broken, break down,
      breakfast,
      rest of, the rest, for the rest, at rest, resting heart, have the children removed,
      has the children removed, have the children taken, had the children removed,
      have the children back, has the children back, have the children returned,
      has the children returned, have the children with her, have the children with him,
      has the children with her, has the children with him, has the children living with
    `),
    examples: {
      worry: 'Mum is exhausted and has no one to give her a break.',
      answer: 'Gran will have the children every other Saturday so Mum has time to rest.',
      unrelated: 'The children will go to school every day.',
    },
  },
  {
    id: 'play',
    label: 'play and stimulation',
    weight: 0.75,
    phrases: list(`
      toys, toy, toy library, stay and play, floor play, tummy time, stimulation, play mat,
      bouncer, highchair, messy play, play session, play sessions
    `),
    not: list(`
      park the, car park, parked, library of resources, resource library
    `),
    examples: {
      worry: 'Ava spends most of the day in her bouncer and has very few toys.',
      answer: "Mum and Ava will go to Stay and Play at the children's centre every Monday.",
      unrelated: 'Mum will pay the rent on time.',
    },
  },
];

export const CONCERNS: readonly Concern[] = [...BROAD_CONCERNS, ...SPECIFIC_CONCERNS];

const LABELS = new Map(CONCERNS.map((c) => [c.id, c.label]));

/** How the pane names a concern ("food and growth" for food-growth); the id if it has no label. */
export function concernLabel(id: string): string {
  return LABELS.get(id) ?? id;
}
