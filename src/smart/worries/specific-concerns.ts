/**
 * Narrow concerns beside the broad ones in concerns.ts: what plans worry about in particular
 * ("the meter runs out", "no stairgate", "her licence at the hostel ends") and the words their
 * answers use ("energy supplier", "safety gate", "housing register"). Some sit inside a broad
 * concern on purpose (housing, debt and utilities inside money and housing): a worry and the
 * objective that answers it then share two concerns, while a housing worry and a utilities
 * objective share only the broad one. Written from practice guidance (Signs of Safety danger
 * statements and safety goals, graded care profile areas, home safety checklists, case plan
 * service areas), not from any labelled plan; the names in the examples are fictional.
 * The format, and the test every entry's examples run as, are those of concerns.ts.
 */
import type { Concern } from './concerns';
import { list } from './phrase-list';

export const SPECIFIC_CONCERNS: readonly Concern[] = [
  // ---------------------------------------------------------------- housing, money, the home
  {
    // Where the family or young person will live. Split from `money-housing`, which also
    // holds debts and benefits: "licence ending" and "bidding" are answered by housing steps.
    id: 'housing',
    label: 'housing and where to live',
    phrases: list(`
      housing register, housing list, housing application, housing officer, housing options,
      housing needs, housing team, housing association, housing provider, housing support,
      housing worker, social housing, council housing, public housing, community housing,
      department of housing, housing authority, bid, choice based lettings, homefinder,
      priority band, rehoused, move house, house move, new tenancy, tenancy, tenancy agreement,
      tenant, lease, rental, rental property, private rented, real estate agent, letting agent,
      licence agreement, licence ending, licence is ending, license agreement, hostel,
      supported accommodation, supported housing, supported lodgings,
      semi-independent accommodation, move-on accommodation, staying close, foyer,
      temporary accommodation, emergency accommodation, b&b, bed and breakfast, motel, caravan,
      caravan park, static caravan, mobile home, trailer, trailer park, homeless,
      homeless application, homeless shelter, shelter, transitional housing, section 8 voucher,
      housing voucher, eviction, notice to quit, section 21, possession order,
      possession proceedings, notice to vacate, overcrowded, sofa surfing, couch surfing,
      no fixed abode, nfa address, nowhere to live, somewhere to live, place to live,
      where she will live, where he will live, where they will live, new flat, council flat,
      two-bedroom, three-bedroom, one-bedroom, new house, stable housing, stable accommodation,
      living in one room, live in one room, all in one room, share one room, sharing one room,
      suitable accommodation, suitable housing, secure housing, secure tenancy, =housing,
      where i'm going to live, where i am going to live, where i will live,
      where she is going to live, where he is going to live, where they are going to live,
      somewhere safe to live, somewhere safe to stay,
      transfer application, housing transfer, medical priority
    `),
    not: list(`
      flat head, flat patch, flat affect, flat mood, housing benefit, shelter from
    `),
    examples: {
      worry: "Tasha's licence at the hostel ends in May and she has nowhere to live.",
      answer: 'Tasha will be on the housing register and bid for a one-bedroom flat every week.',
      unrelated: 'Tasha will see her GP about her asthma.',
    },
  },
  {
    id: 'debt',
    label: 'debt and bills',
    phrases: list(`
      debt, indebted, arrears, rent arrears, council tax arrears, owe, catalogue, catalogue debt,
      loan, payday loan, loan shark, doorstep lender, credit card, overdraft, buy now pay later,
      klarna, phone contract, phone bill, mobile contract, repayment, repayment plan, payment plan,
      payment arrangement, pay back, paid back, bailiff, enforcement agent, debt collector,
      county court judgment, ccj, court fines, debt relief order, dro, bankruptcy, bankrupt,
      individual voluntary arrangement,
      debt advice, debt adviser, debt advisor, money advice, money adviser, money advisor,
      money advice service, stepchange, christians against poverty, national debtline,
      financial counsellor, financial counselling, budget, budget planner, budgeting course,
      budgeting plan, household budget, money management, manage money, manage her money,
      manage his money, manage their money, bills, unpaid bills, paying bills, pay the bills,
      priority bills, income and expenditure, financial statement, cost of living
    `),
    not: list(`
      personal budget, fines for school absence, bill of rights, fines for non-attendance,
      penalty notice
    `),
    examples: {
      worry: 'Mum owes £900 on catalogues and a phone contract and the bailiffs have called.',
      answer: 'Mum will draw up a budget planner with a money adviser from StepChange by April.',
      unrelated: 'Mum will take Riley to the optician.',
    },
  },
  {
    id: 'utilities',
    label: 'gas, electricity and water',
    phrases: list(`
      electricity, gas, gas supply, electricity supply, energy, energy supplier, energy company,
      energy provider, energy bill, energy debt, utility, utility bills, meter, gas meter,
      electric meter, prepayment meter, pre-payment meter, prepayment, pre-payment, key meter,
      card meter, smart meter, top up the meter, top up her meter, top up his meter,
      emergency credit, friendly credit, run out of credit, ran out of credit, no credit on,
      fuel voucher, fuel bank, fuel debt, fuel poverty, warm home discount, winter fuel,
      power bill, power company, power supply, power cut, power off, power was cut off,
      power disconnected, disconnected, cut off, switched off, no lights, no power, no electricity,
      no gas, no hot water, water bill, water company, water supply, water was cut off, heating,
      no heating, heat the home, heat the house, keep warm, warm enough, cold house, cold home,
      the house is cold, the home is cold, boiler, radiator, storage heaters, heater,
      candles for light
    `),
    not: list(`
      laughing gas, gas canisters, nitrous, cut off from, cut off contact, electric scooter,
      electric blanket, energy levels, low energy, high energy, lots of energy, energy drink,
      hot water bottle, bath water, heated argument, heated discussion, heated exchange, gas money,
      gas station, gas for the car, phone switched off, phone is switched off,
      switched off her phone, switched off his phone, switched off emotionally, disconnected from
    `),
    examples: {
      worry: 'The electricity meter often runs out and the family are left with no lights.',
      answer: 'Mum will agree a payment plan with her energy supplier and get a fuel voucher.',
      unrelated: 'Dad will attend the Caring Dads programme.',
    },
  },
  {
    id: 'repairs',
    label: 'repairs to the home',
    phrases: list(`
      repairs, disrepair, housing disrepair, broken window, smashed window, boarded up,
      broken door, broken lock, front door lock, leak, leaky, leaking roof, burst pipe, flooded,
      water damage, ceiling, collapsed ceiling, hole in the ceiling, hole in the wall,
      broken boiler, broken toilet, blocked toilet, blocked drains, exposed wires, electrician,
      plumber, maintenance request, maintenance team, repairs team, environmental health,
      landlord to fix, landlord will fix, condemned, unsafe floorboards, floorboards,
      broken banister, banister, broken stairs
    `),
    not: list(`
      repair the relationship, repair their relationship, repair her relationship,
      repair his relationship, relationship repair, repair relationships
    `),
    examples: {
      worry: 'The roof is leaking into the children’s bedroom and the landlord has not acted.',
      answer: 'The landlord will complete the repairs, checked by environmental health by June.',
      unrelated: 'Kai will attend nursery four mornings a week.',
    },
  },
  {
    id: 'damp-mould',
    label: 'damp and mould',
    phrases: list(`
      damp, mould, mouldy, mold, moldy, black mould, black mold, condensation, ventilation,
      dehumidifier, mould treatment, anti-mould, spores, wet walls, wet windows, extractor fan
    `),
    examples: {
      worry: "There is black mould on the walls of Isla's room and she has a constant cough.",
      answer: 'The housing association will treat the mould and fit an extractor fan by March.',
      unrelated: 'Isla will go to bed by 7pm.',
    },
  },
  {
    id: 'pests',
    label: 'pests and infestation',
    phrases: list(`
      pests, pest control, mice, mouse droppings, rats, rodents, vermin, cockroaches, roaches,
      bed bugs, bedbugs, fleas, flea treatment, maggots, infestation, fumigation, exterminator,
      flies in the kitchen, fruit flies, mouse traps, rat traps, rat droppings, droppings from
    `),
    not: list(`
      computer mouse, mickey mouse, mouse mat, trap house, trapping
    `),
    examples: {
      worry: 'There are mice in the kitchen and droppings on the worktops.',
      answer:
        'The council pest control team will treat the flat and Mum will keep food in sealed tubs.',
      unrelated: 'Mum will go to the Freedom Programme.',
    },
  },
  {
    id: 'furniture',
    label: 'beds, furniture and household goods',
    phrases: list(`
      furniture, furnished, unfurnished, a bed, no bed, new bed, beds for, bed frame, bunk beds,
      single bed, double bed, cot bed, mattress, white goods, fridge, freezer, cooker, oven,
      washing machine, tumble dryer, carpet, flooring, curtains, blinds, wardrobe,
      chest of drawers, table and chairs, dining table, sofa bed, furniture project,
      furniture bank, furniture scheme, household items, household goods, essential items,
      setting up home, household support fund, local welfare assistance, welfare assistance,
      crisis grant, community grant
    `),
    not: list(`
      blind cord, sleeps on the sofa bed with, visually impaired, registered blind, going blind
    `),
    examples: {
      worry: 'The children share one mattress on the floor and there is no fridge.',
      answer: 'The family will get two bunk beds and a fridge from the furniture project by May.',
      unrelated: 'Dad will go to every probation appointment.',
    },
  },
  {
    id: 'home-safety',
    label: 'safety equipment in the home',
    phrases: list(`
      stairgate, stair gate, safety gate, baby gate, fireguard, fire guard, guard on the fire,
      window restrictor, window lock, window latch, window guards, open windows,
      fall from the window, balcony, blind cord, looped cords, curtain cords, socket covers,
      plug covers, plug sockets, electrical sockets, trailing wires, trailing cables,
      hair straighteners, straighteners, kettle, hot drinks, scald, burn, burnt, cooker guard,
      hob guard, cupboard locks, drawer locks, corner guards, furniture straps,
      anchored to the wall, fixed to the wall, secured to the wall, tv fixed, tip over, topple,
      baby walker, button batteries, magnets, small objects, choking, choking hazard, childproof,
      child-proof, baby-proof, babyproof, home safety, home safety check, home safety equipment,
      safety equipment, safety scheme, accident, accidental, falls, fell, fallen,
      fall down the stairs, fell down the stairs, top of the stairs, bottom of the stairs,
      climbing, hazard, dangerous items, sharp objects, sharp items
    `),
    not: list(`
      falls asleep, fell asleep, fallen asleep, falls out, fell out, fallen out, falls behind,
      fell behind, falls apart, burn out, burnout, burnt out, hot drinks of water, choked her,
      choked him, choked me, toileting accidents, wetting accidents, soiling accidents, fixed term,
      car accident, road traffic accident, fell pregnant, falls pregnant,
      falling out, falling-out, in the fall, this fall, last fall, next fall, fall semester,
      fall term
    `),
    examples: {
      worry: 'There is no stairgate and Finn, 14 months, has fallen down the stairs twice.',
      answer: 'Mum will fit a safety gate at the top of the stairs by Friday.',
      unrelated: 'Finn will be weighed at the baby clinic monthly.',
    },
  },
  {
    // Medicines, methadone, chemicals and sharps within a child's reach; answered by locked
    // storage.
    id: 'safe-storage',
    label: 'medicines and chemicals out of reach',
    phrases: list(`
      out of reach, out of the reach, within reach, in reach, within her reach, within his reach,
      within their reach, in her reach, in his reach, reach of the children, reach of children,
      lock box, lockbox, locked cupboard, locked cabinet, locked away, locked up, lockable,
      lockable box, lockable cabinet, lockable cupboard, high cupboard, high shelf, safe storage,
      stored safely, safely stored, securely stored, stored securely, stored out of reach,
      child-resistant, medicine cabinet, cleaning products, cleaning chemicals,
      household chemicals, chemicals, bleach, detergent, washing tablets, laundry pods, liquitabs,
      dishwasher tablets, poison, ingested, swallowed, methadone bottle, methadone stored,
      tablets left, medication left, medicines left, left out on, left lying around, lying around,
      paraphernalia, sharps box, sharps bin, used needles, e-cigarette liquid, vape liquid
    `),
    not: list(`
      swallow her pride, swallow his pride, swallowing difficulties, swallow food, reach out,
      reach her targets, reach his targets, reach her potential, reach his potential,
      reach their potential, reach milestones, locked up in prison, locked up for
    `),
    examples: {
      worry: "Dad's methadone and tablets are left lying around where Jax can reach them.",
      answer: 'Dad will keep all his medication in a locked box out of reach of the children.',
      unrelated: 'Jax will go to bed at 7pm.',
    },
  },
  {
    id: 'fire-safety',
    label: 'fire safety',
    phrases: list(`
      fire, house fire, kitchen fire, chip pan, fire-setting, firesetting, setting fires,
      lighting fires, arson, lighters, matches, candles, smoke alarm, smoke detector, fire alarm,
      carbon monoxide, carbon monoxide alarm, co alarm, fire safety, fire safety check,
      home fire safety check, safe and well visit, safe and well check, fire service,
      fire and rescue, fire brigade, firefighters, fire escape, escape plan, fire blanket,
      fire extinguisher, fire door, fire risk, cigarettes left burning, cigarette burns on
    `),
    not: list(`
      fired from, was fired, got fired, been fired, fire guard, fireguard, under fire, firearm,
      fire brigade of questions, matches her, matches his, matches the, football matches,
      matches their
    `),
    examples: {
      worry: 'There is no working smoke alarm and Dad falls asleep smoking in the flat.',
      answer: 'The fire service will carry out a safe and well visit and fit smoke alarms by May.',
      unrelated: 'Dad will take Zoe to school on time every day.',
    },
  },
  {
    id: 'garden',
    label: 'the garden and outside space',
    phrases: list(`
      garden, back garden, front garden, yard, back yard, backyard, front yard, outside space,
      outdoor space, broken glass, smashed glass, shards of glass, pieces of glass,
      glass in the garden, trampoline, pond, shed, garage, fence, garden fence, garden gate,
      back gate, side gate, front gate, secure garden, overgrown, nettles, brambles, bulky waste,
      bulky items, bulky rubbish, junk, scrap, scrap metal, old furniture in the garden, a skip,
      skip hire,
      rubbish removal, rubbish collection, the tip, to the tip, council tip, recycling centre,
      dump, rusty nails, nails sticking out, rusty, rusted, power tools, building materials, dog
      mess in the garden,
      car parts, tyres, garden tools
    `),
    not: list(`
      skip meals, skip school, skip breakfast, skip lessons, skip appointments, skip a dose,
      skips doses, car park, nails done, nail varnish, dump her, dump him, junk food,
      bites her nails, bites his nails, shed light, shed tears, shed some light,
      junk food
    `),
    examples: {
      worry: 'The back garden is full of broken glass, old furniture and scrap metal.',
      answer: 'The bulky waste team will clear the garden by the end of March.',
      unrelated: 'Ruby will have her eyes tested at the optician.',
    },
  },
  {
    id: 'water-safety',
    label: 'water safety',
    phrases: list(`
      drowning, near-drowning, swimming pool, pool, pool fence, pool gate, paddling pool, hot tub,
      pond, dam, river, canal, lake, creek, beach, the sea, water safety, swimming lessons,
      learn to swim, alone in the bath, left in the bath, unattended in the bath,
      in the bath alone, bath seat, bath time, bathtime, supervised in the bath,
      supervise bath time
    `),
    not: list(`
      car pool, carpool, pool table, pool of, talent pool, gene pool, pooled budget,
      pool of carers, bank of the river, dam it, gold coast
    `),
    examples: {
      worry: 'Lola, 2, was found alone in the bath and the paddling pool is left full.',
      answer:
        'An adult will stay with Lola for the whole of bath time and empty the paddling pool after use.',
      unrelated: 'Lola will go to nursery three mornings a week.',
    },
  },
  {
    // Guns in the home: a common worry in US case plans, rarer elsewhere.
    id: 'firearms',
    label: 'guns and firearms',
    phrases: list(`
      firearm, gun, handgun, pistol, rifle, shotgun, ammunition, ammo, bullets, gun safe, gun lock,
      trigger lock, cable lock, locked gun safe, firearms licence, firearms license,
      shotgun certificate, firearms certificate, gun licence, gun license, concealed carry,
      loaded gun, loaded weapon, unloaded, hunting, air rifle, bb gun, imitation firearm,
      replica gun, surrender the firearms
    `),
    not: list(`
      glue gun, nerf gun, water gun, water pistol, toy gun, hunting for, job hunting,
      house hunting, gun to her head, bullet points
    `),
    examples: {
      worry: 'A loaded handgun was found in a bedside drawer within reach of Mason, 4.',
      answer: 'All firearms will be stored unloaded in a locked gun safe with trigger locks.',
      unrelated: 'Mason will attend Head Start five days a week.',
    },
  },
  {
    id: 'car-safety',
    label: 'cars and road safety',
    phrases: list(`
      car seat, booster seat, child seat, child restraint, seatbelt, seat belt, buckled,
      strapped in, drink driving, drug driving, drives under the influence, dui, dwi,
      disqualified from driving, disqualified driver, driving ban, banned from driving,
      driving without insurance, no insurance, no licence, without a licence, unlicensed,
      uninsured, speeding, reckless driving, dangerous driving, car crash, car accident,
      crashed the car, road traffic accident, road traffic collision, rta, road safety,
      crossing the road, busy road, main road, near the road, into the road, ran into the road,
      runs into the road, traffic, left in the car, left in a car, alone in the car,
      in the car alone
    `),
    not: list(`
      no licence agreement, licence ending
    `),
    examples: {
      worry: 'Dad drives the children without car seats and has a conviction for drink driving.',
      answer:
        'The children will travel in fitted car seats with their seatbelts fastened every journey.',
      unrelated: 'Dad will attend parenting sessions at the family hub.',
    },
  },
  // ---------------------------------------------------------------- health
  {
    id: 'sight',
    label: 'eyesight and glasses',
    phrases: list(`
      =glasses, specs, spectacles, optician, optometrist, ophthalmology, ophthalmologist,
      orthoptist, orthoptics, eye clinic, eye hospital, eye test, eye check, eye examination,
      eye sight, eyesight, sight test, vision, vision test, vision screening, visual impairment,
      squint, lazy eye, eye patch, patching, wear her glasses, wear his glasses, contact lenses,
      short-sighted, long-sighted, registered blind, partially sighted
    `),
    not: list(`
      glasses of water, glasses of juice, glasses of milk, glasses of wine, wine glasses, vision
      for, shared vision, vision board, her vision of, his vision of, vision statement
    `),
    examples: {
      worry: "Josh's glasses broke in January and have not been replaced; he squints at the board.",
      answer: 'Mum will take Josh to the optician for a sight test and new specs by half term.',
      unrelated: 'Josh will be in bed by 8pm.',
    },
  },
  {
    id: 'hearing',
    label: 'hearing and ears',
    phrases: list(`
      hearing test, hearing check, hearing screen, hearing assessment, newborn hearing,
      hearing aid, hearing loss, hard of hearing, hearing impairment, audiology, audiologist, ear,
      ear infection, ear ache, earache, glue ear, grommets, ear drops, ent, ear nose and throat,
      deaf, cochlear implant, sign language, bsl, auslan, asl, teacher of the deaf
    `),
    not: list(`
      ear to the ground, ears open
    `),
    examples: {
      worry: 'Ayla keeps getting ear infections and does not respond when her name is called.',
      answer: 'Mum will take Ayla to her audiology appointment for a hearing test in March.',
      unrelated: 'Ayla will go to Stay and Play every Monday.',
    },
  },
  {
    id: 'immunisations',
    label: 'immunisations',
    phrases: list(`
      immunisation, immunization, vaccination, unvaccinated, jab, booster, pre-school booster,
      preschool booster, mmr, whooping cough, flu vaccine, flu jab, flu nasal spray, nasal flu,
      catch-up immunisations, immunisation schedule, vaccination schedule, shots up to date,
      flu shot, baby shots, childhood immunisations, red book, immunisation record,
      immunization record
    `),
    not: list(`
      booster seat, confidence booster, mood booster
    `),
    examples: {
      worry: 'Leah, 3, has had none of her immunisations since she was a baby.',
      answer:
        'Mum will book Leah in with the practice nurse for her catch-up jabs and pre-school booster.',
      unrelated: 'Leah will go to nursery every weekday.',
    },
  },
  {
    // A child's long-term condition, answered by managing it: linked in full, where `health`
    // links only with another clue.
    id: 'medical-condition',
    label: "a child's medical condition",
    phrases: list(`
      asthma, asthmatic, asthma plan, asthma action plan, asthma review, asthma nurse, inhaler,
      nebuliser, spacer, epilepsy, epileptic, seizure, rescue medication, buccal midazolam,
      diabetes, type 1 diabetes, insulin, blood sugar, blood glucose, glucose monitor,
      diabetes nurse, cystic fibrosis, sickle cell, allergy, allergic, anaphylaxis, anaphylactic,
      epipen, epi-pen, auto-injector, heart condition, cardiac, kidney, renal, coeliac, crohn's,
      long-term condition, chronic condition, health care plan, healthcare plan,
      individual health care plan, ihcp, specialist nurse, consultant, hospital admissions,
      admitted to hospital, hospital ward, children's ward, on the ward, =fits, preventer inhaler, reliever inhaler, brown inhaler,
      blue inhaler
    `),
    not: list(`
      fits in, fits into, fits with, ward off, ward of court, wardship, consultant social worker
    `),
    examples: {
      worry:
        "Sami's inhalers are often empty and he has been admitted to hospital twice with asthma.",
      answer:
        'Dad will collect Sami’s preventer inhaler every month and follow his asthma action plan.',
      unrelated: 'Sami will join the football club.',
    },
  },
  {
    id: 'medication',
    label: 'medication given as prescribed',
    weight: 0.75,
    phrases: list(`
      meds, prescribed, prescription, repeat prescription, dose, dosage, missed doses, dosette,
      dosette box, blister pack, medication chart, medication record, mar chart, pharmacy,
      pharmacist, chemist, antibiotics, melatonin, methylphenidate, adhd medication,
      take her medication, take his medication, give her medication, give his medication,
      given her medication, given his medication, gives him his medication, =medication,
      =medications
    `),
    not: list(`
      medication left, medicines left
    `),
    examples: {
      worry: 'Max often misses doses of his ADHD medication when he stays with Dad.',
      answer: 'Dad will give Max his medication each morning and tick the medication chart.',
      unrelated: 'Max will join the youth club on Fridays.',
    },
  },
  {
    id: 'eating-disorder',
    label: 'eating difficulties',
    phrases: list(`
      eating disorder, disordered eating, anorexia, anorexic, bulimia, bulimic, binge eating,
      arfid, restricting food, restricting her food, restricting his food, restrictive eating,
      refuses food, food refusal, purging, vomiting after meals, makes herself sick,
      makes himself sick, body image, calorie, calorie counting, fussy eater, fussy eating,
      picky eater, picky eating, selective eating, limited diet, eating disorder service
    `),
    not: list(`

    `),
    examples: {
      worry:
        'Grace, 15, has lost a lot of weight and is restricting food; staff think she has anorexia.',
      answer:
        'Grace will be seen by the community eating disorder service and follow her meal plan.',
      unrelated: 'Grace will be home by 10pm on Fridays.',
    },
  },
  {
    id: 'healthy-lifestyle',
    label: 'healthy weight and lifestyle',
    weight: 0.75,
    phrases: list(`
      obesity, overweight, healthy weight, weight management, bmi, body mass index, healthy eating,
      healthy diet, balanced diet, healthy meals, healthy food, healthy lifestyle, junk food,
      fast food, takeaway, takeaway food, sugary drinks, fizzy drinks, sweets, crisps, fruit,
      vegetables, veg, five a day, portion, portion sizes, cooking from scratch, exercise,
      physically active, sedentary, henry programme, henry course, change4life, lifestyle service
    `),
    not: list(`
      fruitful, exercise parental responsibility, exercise her parental, exercise his parental,
      exercise book
    `),
    examples: {
      worry: 'Tommy, 9, is obese and mostly eats takeaways and sweets.',
      answer:
        'The family will go on the HENRY course and cook healthy meals at least four nights a week.',
      unrelated: 'Tommy will see his dad every Saturday.',
    },
  },
  {
    // Fabricated or induced illness and perplexing presentations.
    id: 'fabricated-illness',
    label: 'fabricated or induced illness',
    phrases: list(`
      fabricated, induced illness, fabricated or induced illness, fii, perplexing presentation,
      medically unexplained, unexplained symptoms, exaggerates symptoms, reported symptoms,
      symptoms not seen, unnecessary appointments, unnecessary investigations,
      unnecessary treatment, multiple hospitals, different hospitals, second opinions,
      doctor shopping, munchausen, munchausen by proxy, medical child abuse,
      single named clinician, lead clinician, health chronology, lead paediatrician,
      single lead paediatrician, named paediatrician, one hospital, emergency departments,
      different emergency departments, health records, medical records, second opinion
    `),
    examples: {
      worry:
        'Mum reports symptoms that doctors have never seen and has taken Evie to five different hospitals.',
      answer:
        'One lead clinician will coordinate all of Evie’s care and Mum will take her only to appointments they arrange.',
      unrelated: 'Evie will join Brownies.',
    },
  },
  {
    id: 'parent-physical-health',
    label: "a parent's physical health",
    weight: 0.75,
    phrases: list(`
      physical health, ill health, chronic illness, chronic pain, long-term illness,
      serious illness, terminal illness, cancer, chemotherapy, radiotherapy, stroke,
      multiple sclerosis, fibromyalgia, arthritis, heart attack, kidney failure, dialysis,
      mobility problems, limited mobility, wheelchair user, back pain, in hospital, hospital stay,
      painkillers, =mobility
    `),
    examples: {
      worry:
        'Mum has multiple sclerosis and her mobility is getting worse, so she cannot do the school run.',
      answer:
        'Adult social care will assess Mum’s mobility needs and arrange help with personal care.',
      unrelated: 'Leo will use a reward chart at bedtime.',
    },
  },
  // ---------------------------------------------------------------- feelings, loss, story
  {
    id: 'trauma',
    label: 'trauma, nightmares and flashbacks',
    phrases: list(`
      trauma, traumatic, traumatised, traumatic experiences, post-traumatic, ptsd, complex trauma,
      developmental trauma, trauma-informed, trauma therapy, trauma-focused, tf-cbt, emdr,
      trauma service, trauma recovery, nightmare, bad dreams, night terrors, flashback,
      intrusive memories, intrusive thoughts, triggers, hypervigilant, jumpy, startles,
      dissociation, freezes, shuts down, wakes screaming, wakes up screaming, scared at night,
      nightlight, night light, theraplay, ddp, dyadic developmental psychotherapy,
      therapeutic parenting,
      wakes up shouting, wakes shouting
    `),
    not: list(`
      triggers for her behaviour, triggers for his behaviour, trigger lock
    `),
    examples: {
      worry: 'Since the assault Noor has bad dreams most nights and flashbacks at school.',
      answer:
        'Noor will start trauma-focused CBT and Dad will use a night light and settling routine.',
      unrelated: 'Noor will have her eyes tested.',
    },
  },
  {
    id: 'bereavement',
    label: 'bereavement and loss',
    phrases: list(`
      bereavement, grief, grieve, griefwork, mourning, death, died, dying, passed away, passing of,
      lost her mum, lost his mum, lost her dad, lost his dad, lost her mother, lost his mother,
      lost her father, lost his father, funeral, grave, graveside, cemetery, memorial,
      anniversary of, remembrance, remember her mum, remember his mum, remember her dad,
      remember his dad, memories of her mum, memories of his mum, memories of her dad,
      memories of his dad, bereavement counselling, bereavement counsellor, bereavement service,
      bereavement support, grief counselling, winston's wish, cruse, child bereavement, hospice,
      palliative, terminal, terminally ill, end of life, suicide of, murdered, killed
    `),
    not: list(`
      grave concern, grave danger, death threats, threats to kill, threatened to kill,
      sudden infant death, near death, died down, dying down, killed time, dying to,
      grave concern, grave concerns, grave danger, grave risk
    `),
    examples: {
      worry: 'Kayla has been withdrawn since her mum died last year and never talks about her.',
      answer: 'Kayla will see a Winston’s Wish worker and make a memory book about her mum.',
      unrelated: 'Kayla will be home by 9pm on school nights.',
    },
  },
  {
    id: 'life-story',
    label: 'life story and understanding why',
    phrases: list(`
      life story, life story work, life story book, later life letter, words and pictures,
      why {she is|he is|they are} in care, why {she|he|they} came into care,
      why {she is|he is|they are} not living, why {she|he|they} {cannot|can't} live,
      why {she lives|he lives|they live}, came into care, coming into care,
      {her|his|their} history, {her|his} story, family tree, memory book, memory box, baby photos,
      baby photographs, early life, early years photographs, origins, birth family history,
      why {she|he|they} {can't|cannot} go home, why she can not go home,
      answer {her|his} questions, questions about {her|his} past, questions about why,
      why {she|he|they} {could not|couldn't} {stay|live}
    `),
    not: list(`
      medical history, offending history, criminal history, history of domestic, history of
      violence, history of drug, history of alcohol, history of mental, history of self-harm,
      history of going missing
    `),
    examples: {
      worry: 'Jayden, 8, does not understand why he cannot live with his mum.',
      answer:
        'Jayden’s social worker will do life story work with him and write his later life letter.',
      unrelated: 'Jayden will go to swimming club on Saturdays.',
    },
  },
  {
    id: 'sibling-contact',
    label: 'brothers and sisters',
    phrases: list(`
      siblings, brothers and sisters, sisters and brothers, sibling contact, sibling time,
      sibling relationship, sibling group, sibling assessment, together or apart, placed together,
      placed apart, placed separately, separated from her brother, separated from his brother,
      separated from her sister, separated from his sister, half-brother, half-sister,
      half-siblings, step-brother, stepbrother, step-sister, stepsister, step-siblings,
      stepsiblings, twin, see her brother, see her sister, see his brother, see his sister,
      see their brother, see their sister, seen her brother, seen her sister, seen his brother,
      seen his sister, seen their brother, seen their sister, saw her brother, saw her sister,
      saw his brother, saw his sister, saw their brother, saw their sister, visit her brother,
      visit her sister, visit his brother, visit his sister, visit their brother,
      visit their sister, time with her brother, time with her sister, time with his brother,
      time with his sister, time with their brother, time with their sister,
      contact with her brother, contact with her sister, contact with his brother,
      contact with his sister, contact with their brother, contact with their sister,
      misses her brother, misses her sister, misses his brother, misses his sister,
      misses their brother, misses their sister
    `),
    examples: {
      worry: 'Mia has not seen her younger brothers since they were placed apart in June.',
      answer:
        'Mia will have sibling time with her brothers every fortnight, with a video call between.',
      unrelated: 'Mia will register with a dentist.',
    },
  },
  // ---------------------------------------------------------------- parents' lives
  {
    id: 'parent-isolation',
    label: "a parent's isolation and support network",
    phrases: list(`
      isolated, socially isolated, lonely, loneliness, no friends nearby, no family nearby,
      no one nearby, nobody nearby, no support network, little support network, support network,
      network of support, new to the area, moved to the area, does not know anyone,
      doesn't know anyone, knows no one, knows nobody, parent group, parent and toddler group,
      parent and baby group, mother and toddler group, toddler group, baby group, mums group,
      dads group, mothers group, playgroup, play group, supported playgroup, family hub,
      children's centre, family centre, community centre, neighbourhood house, community house,
      drop-in, coffee morning, peer support, support group, befriender, home-start,
      community group, church group, meet other parents, meet other mums, meet other dads,
      friendships with other, no friends locally, no friends in the area, few friends locally,
      indoors all day, all day indoors, rarely leaves the house, rarely leaves the flat,
      rarely leaves the home, does not go out, doesn't go out, never goes out,
      no one to talk to, nobody to talk to, no-one to talk to
    `),
    not: list(`
      drop in attendance, drop in her attendance, drop in his attendance, drop in weight,
      drop in his weight, drop in her weight
    `),
    examples: {
      worry: 'Mum moved to the area last year, has no family nearby and rarely leaves the flat.',
      answer: 'Mum will go to the parent and toddler group at the family hub every Wednesday.',
      unrelated: 'Dad will give a clear hair-strand test.',
    },
  },
  {
    id: 'work-and-training',
    label: "a parent's work and training",
    phrases: list(`
      unemployed, unemployment, out of work, lost her job, lost his job, job loss, redundant,
      job centre, jobcentre, jobcentre plus, work coach, job coach, employment adviser,
      employment advisor, employment service, employability, job search, job seeking, jobseeker,
      looking for work, looking for a job, find work, find a job, a job, paid work, part-time work,
      full-time work, part-time job, full-time job, back to work, return to work, volunteer,
      voluntary work, work placement, training course, adult education, adult learning,
      college course, course at college, qualifications, gcse, tafe, certificate iii,
      certificate iv, workforce australia, job network, shift work, night shifts, working hours,
      employed, shift patterns
    `),
    not: list(`
      job of, good job, done a good job, doing a good job, employment of
    `),
    examples: {
      worry: 'Dad has been unemployed for two years and his low mood is getting worse.',
      answer:
        'Dad will meet his work coach at the Jobcentre and start volunteering two days a week.',
      unrelated: 'Dad will take Ben to his dental check-up.',
    },
  },
  {
    id: 'benefits',
    label: 'benefits and income',
    phrases: list(`
      benefits, universal credit, uc, legacy benefits, child benefit, child tax credit,
      tax credits, working tax credit, pip, personal independence payment, dla,
      disability living allowance, carer's allowance, esa, jsa, jobseeker's allowance,
      income support, pension credit, housing benefit, housing element, council tax reduction,
      council tax support, benefit cap, benefit sanction, sanctioned, benefit check,
      better off calculation, welfare rights, welfare benefits, income maximisation, entitlements,
      advance payment, budgeting advance, healthy start, healthy start vouchers, best start grant,
      sure start maternity grant, free school meals, school uniform grant, centrelink,
      family tax benefit, parenting payment, jobseeker payment, rent assistance, crisis payment,
      snap, snap benefits, food stamps, ebt, tanf, wic, ssi, ssdi, social security, medicaid,
      medi-cal, child support payments, child maintenance, child maintenance service, cms,
      maintenance payments, income, no income, low income, benefit claim, universal credit claim,
      new claim, make a claim, claiming benefits
    `),
    not: list(`
      benefit from, will benefit, would benefit, benefit her, benefit him, benefit them,
      benefit of the doubt, snap map, oh snap
    `),
    examples: {
      worry: 'The family have had no income since their Universal Credit claim was stopped.',
      answer:
        'Mum will have a benefits check with the welfare rights team and reclaim child benefit.',
      unrelated: 'Mum will see her GP about her low mood.',
    },
  },
  {
    id: 'gambling',
    label: 'gambling',
    phrases: list(`
      gambling, gambler, betting, bookies, bookmakers, betting shop, slot machines, fruit machines,
      pokies, poker machines, casino, online betting, online casino, scratch cards, scratchcards,
      lottery tickets, sports betting, gamcare, gamblers anonymous, gamban, self-exclusion,
      gambling help
    `),
    examples: {
      worry: 'Dad spends his wages on online betting and there is no money left for food.',
      answer: 'Dad will install Gamban on his phone and attend GamCare sessions weekly.',
      unrelated: 'Dad will take the children to the park on Sundays.',
    },
  },
  {
    id: 'parent-learning-needs',
    label: "a parent's learning needs",
    weight: 0.75,
    phrases: list(`
      learning disability, learning difficulty, cognitive assessment, cognitive ability, iq,
      easy read, pams, parent assessment manual, parenting assessment adapted, visual prompts,
      visual aids, picture prompts, reminders, prompts, alarms on her phone, alarms on his phone,
      phone alarms, phone reminders, calendar, wall calendar, wall planner, written down,
      write down, cannot read, can't read, unable to read, struggles to read, reading ability,
      understand information, processing information, remember, forgets, forgot,
      memory difficulties, care act assessment, adult social care, cognitive difficulties,
      parent advocate, independent advocate
    `),
    not: list(`
      remember her mum, remember his mum, remember her dad, remember his dad, memory box,
      memory book
    `),
    examples: {
      worry: 'Mum has a learning disability and forgets Noah’s feeds when she is busy.',
      answer:
        'Mum will use phone alarms and a picture chart to remind her when Noah’s feeds are due.',
      unrelated: 'Dad will stop smoking indoors.',
    },
  },
  {
    id: 'legal-advice',
    label: 'legal advice',
    weight: 0.5,
    phrases: list(`
      solicitor, lawyer, attorney, barrister, legal advice, legal aid, legal representation,
      legally represented, legal adviser, legal advisor, law centre, legal service,
      aboriginal legal service, community legal centre, duty solicitor, legal team,
      public defender, guardian ad litem, gal
    `),
    examples: {
      worry: 'Mum has had no legal advice about the pre-proceedings letter.',
      answer: 'Mum will see a solicitor on legal aid before the pre-proceedings meeting.',
      unrelated: 'Mum will attend the baby clinic.',
    },
  },
  {
    id: 'transport',
    label: 'transport and getting there',
    weight: 0.5,
    phrases: list(`
      transport, public transport, bus fare, bus pass, train fare, travel costs, travel expenses,
      travel card, oyster card, opal card, myki, taxi, uber, give her a lift, give him a lift, give
      them a lift, lift to school, lifts to school, lift to, no car,
      driving lessons, driving licence, driving license, provisional licence, petrol, gas money,
      mileage, travel warrant, school transport, transport to school, get to appointments,
      get to school, get to contact
    `),
    not: list(`
      lift her, lift him, car seat
    `),
    examples: {
      worry: 'Mum cannot afford the bus fare to get to contact and the hospital.',
      answer: 'Children’s services will give Mum a weekly bus pass until the end of the plan.',
      unrelated: 'Mum will use praise and time out.',
    },
  },
  {
    id: 'prison',
    label: 'prison and probation',
    phrases: list(`
      prison, jail, gaol, incarcerated, imprisoned, remand, on remand, custodial sentence,
      serving a sentence, release date, released from prison, released from custody, on licence,
      licence conditions, released on licence, recall, recalled to prison, probation,
      probation officer, probation service, offender manager, community order, suspended sentence,
      parole, parole board, mappa, prison visits, visit in prison, visiting order,
      video calls from prison, hmp, hmyoi, yoi, detention centre, young offender institution,
      corrections, community corrections, =sentenced, prison sentence, her sentence, his sentence,
      end of her sentence, end of his sentence
    `),
    not: list(`
      recall information, recall events, recalled that
    `),
    examples: {
      worry: 'Dad is due out of prison in March and plans to return to the family home.',
      answer: 'Dad’s probation officer will share his licence conditions before his release date.',
      unrelated: 'The children will have a bath every evening.',
    },
  },
  // ---------------------------------------------------------------- abuse, investigation, protection
  {
    id: 'investigation',
    label: 'police and child protection investigation',
    phrases: list(`
      investigation, police investigation, criminal investigation, joint investigation, section 47,
      s47, s.47, child protection enquiry, strategy meeting, strategy discussion, abe,
      abe interview, achieving best evidence, video recorded interview,
      visually recorded interview, vri, specialist interviewer, joint interview,
      forensic interview, child advocacy center, child advocacy centre, cac,
      child protection medical, cp medical, forensic medical, sarc, sexual assault referral centre,
      allegation, disclosure, released under investigation, under investigation,
      pre-charge bail, bail, charged, charging decision, cps, crown prosecution service,
      no further action, nfa, trial, criminal trial, court case, crown court, magistrates,
      registered intermediary, intermediary, give evidence, witness service,
      outcome of the investigation, outcome of the police, interviewed by, be interviewed,
      police interview, interviewed by police, interviewed by the police, specialist officer,
      specialist police officer, child abuse investigation team, cait, told her teacher,
      told his teacher, told a teacher, told the teacher, told school staff, disclosed to
    `),
    not: list(`
      charged her phone, charged his phone, free of charge, in charge, service charges, bail out,
      trial period, on trial basis, trial run, nfa address, disclosure and barring, dbs,
      phone charged, phone is charged, charged phone,
      trial basis, trial period, trial run, trial and error, on a trial
    `),
    examples: {
      worry: 'Ellie told her teacher that her stepdad touched her; the police are investigating.',
      answer:
        'Ellie will have an ABE interview with a specialist interviewer and a child protection medical.',
      unrelated: 'Ellie will go swimming on Saturdays.',
    },
  },
  {
    // Keeping a person who may harm the children away from them: bail, orders and written
    // agreements. Answers "Uncle Ray must not be alone with the children".
    id: 'keeping-away',
    label: 'keeping a risky person away',
    phrases: list(`
      no contact with, not to have contact, must not have contact, will not have contact,
      not have contact, no unsupervised contact, not have unsupervised contact, not be alone with,
      never be alone with, never left alone with, not left alone with, not to be alone with,
      not be left alone with, alone with the children, alone with her, alone with him,
      kept away from, keep away from, keep him away, keep her away, stay away from,
      not come to the house, not to come to the house, not come to the home, not to visit the home,
      not return to the home, not return to the family home, not to return, leave the family home,
      left the family home, moved out, not to enter, exclusion order, occupation order,
      non-molestation order, no-contact order, stay-away order, restraining order,
      protective order, order of protection, apprehended violence order, avo, advo,
      family violence intervention order, intervention order, ivo, dvo, domestic violence order,
      protection notice, dvpn, dvpo, bail conditions, safety agreement, sex offender register,
      schedule 1 offender
    `),
    not: list(`
      moved out of area, moved out of the area, had no contact, has had no contact,
      no contact since, had no contact since, no contact for
    `),
    examples: {
      worry:
        "Mum's brother, who is on the sex offender register, is often alone with the children.",
      answer:
        'Mum’s brother will not come to the house and will have no contact with the children.',
      unrelated: 'The children will brush their teeth twice a day.',
    },
  },
  {
    // Whether a parent believes and accepts what happened: the core of many sexual abuse and
    // non-accidental injury plans.
    id: 'belief-acceptance',
    label: "a parent's belief and acceptance",
    phrases: list(`
      does not believe, doesn't believe, did not believe, didn't believe, do not believe,
      don't believe, not believe, disbelief, disbelieves, believes her, believes him,
      believes the children, believes what, believes she is lying, believes he is lying,
      says she is lying, says he is lying, lying about, made it up, making it up, does not accept,
      doesn't accept, did not accept, didn't accept, do not accept, not accepted, accepts that,
      accepts what happened, acceptance of, denies, denial, minimises, minimizes,
      takes responsibility, took responsibility, acknowledge, understand the risk,
      understanding of the risk, understanding of the harm, understand the harm,
      understand the concerns, understanding of the concerns, insight, insight into,
      blames the child, blames the children, protective parent, protective parenting programme,
      protective carer, protective capacity, non-offending parent, non-abusing parent,
      safeguarding understanding
    `),
    not: list(`

    `),
    examples: {
      worry: 'Mum does not believe Lucy and says she is making it up.',
      answer:
        'Mum will complete the protective parenting programme and show she understands the risk.',
      unrelated: 'Lucy will be in bed by 8pm.',
    },
  },
  {
    // How a family engages with professionals: access, trust, a named worker. Every plan
    // mentions visits, so this links only with another clue.
    id: 'engagement',
    label: 'working with professionals',
    weight: 0.75,
    phrases: list(`
      not answering the door, answer the door, open the door, let the social worker in,
      let professionals in, allow professionals in, allow the social worker, access to the home,
      access to the house, access to the children, no access, no access visit, unannounced visit,
      announced visit, home visit, cancelled visits, missed visits, refuses to meet,
      refuses to engage, not engaging, does not engage, did not engage, disengaged, non-engagement,
      to engage, will engage, engage with professionals,
      does not trust, doesn't trust, did not trust, do not trust, distrust, mistrust,
      trust professionals, trust the social worker, trust social workers, trusting relationship,
      hostile, aggressive towards professionals, disguised compliance, named worker,
      consistent worker, same worker, one worker, change of social worker, change of worker,
      seen alone, see the children alone, see her alone, see him alone,
      speak to the children alone, bedrooms seen, look around the home, walk around the home,
      returns calls, answers calls, respond to messages,
      non-compliance, lack of engagement, poor engagement, limited engagement,
      engagement with professionals, engage with the social worker, avoids professionals,
      avoids the social worker,
      let the social worker into, let the worker in
    `),
    not: list(`
      trusted adult
    `),
    examples: {
      worry:
        'Dad does not answer the door to the social worker and says he does not trust social workers.',
      answer:
        'Dad will have one named worker and let her see the children alone at each home visit.',
      unrelated: 'Dad will stop smoking in the car.',
    },
  },
  {
    // A child who feels nobody hears them at their reviews, hearings or meetings, answered by an
    // advocate or a way to give their views ("Mind of My Own"), not by the meetings themselves.
    id: 'child-voice',
    label: "the child's voice",
    phrases: list(`
      nobody listens, no one listens, nobody listened, not listened to, not being listened to,
      not heard, feel heard, feels heard, listened to, listens to him, listens to her,
      listen to him, listen to her, have a say, has a say, no say, any say, a say in,
      advocate, advocacy, advocacy worker, independent advocate, children's rights,
      children's rights service, mind of my own, give his views, give her views, share his
      views, share her views, his views are heard, her views are heard, speak for himself,
      speak for herself, speak up for
    `),
    not: list(`
      parent advocate, parents' advocate, parent's advocate, advocate for the family,
      advocate for mum, advocate for dad, advocate for her mum, advocate for his mum
    `),
    examples: {
      worry: 'Kian says nobody listens to him at his looked after reviews.',
      answer: 'Kian will be offered an independent advocate to help him give his views at reviews.',
      unrelated: 'Kian will see the dentist by March.',
    },
  },
  {
    id: 'immigration',
    label: 'immigration and asylum',
    phrases: list(`
      immigration, immigration status, immigration advice, immigration solicitor,
      immigration lawyer, immigration attorney, immigration case, immigration appeal, asylum,
      asylum seeker, asylum seeking, asylum claim, asylum application, asylum support, refugee,
      refugee status, home office, leave to remain, limited leave, indefinite leave,
      settled status, pre-settled status, eu settlement scheme, euss, visa, visa status,
      no recourse, no recourse to public funds, nrpf, deportation, undocumented, overstayer,
      overstayed, biometric residence permit, brp, citizenship, naturalisation, naturalization,
      british citizenship, age assessment, age dispute, disputed age, uasc, unaccompanied,
      unaccompanied asylum, unaccompanied minor, separated child, family tracing, red cross,
      tracing service, interpreter for the home office, uscis, green card, daca, sijs,
      special immigrant juvenile, bridging visa, protection visa, department of home affairs,
      home affairs, country of origin, home country
    `),
    examples: {
      worry:
        'Abdi, 16, arrived alone, has no leave to remain and does not know where his family are.',
      answer:
        'Abdi will see an immigration solicitor about his asylum claim and the Red Cross will start family tracing.',
      unrelated: 'Abdi will join the football club.',
    },
  },
  {
    id: 'documents',
    label: 'identity documents',
    phrases: list(`
      birth certificate, register the birth, birth registration, birth not registered,
      birth registered, passport, photo id, id, proof of identity, proof of address,
      national insurance number, ni number, nin, social security number, social security card, ssn,
      medicare card, tax file number, tfn, id documents, identity documents, provisional licence,
      driving licence, photo identification, immigration documents
    `),
    not: list(`
      id numbers of
    `),
    examples: {
      worry: "Baby Rosa's birth has not been registered and Mum has no ID.",
      answer:
        'Mum will register the birth and apply for a passport with help from the family worker.',
      unrelated: 'Rosa will sleep in her own cot.',
    },
  },
  {
    id: 'harmful-practices',
    label: 'FGM, forced marriage and harmful practices',
    phrases: list(`
      fgm, female genital mutilation, female circumcision, cutting ceremony, fgm protection order,
      fgmpo, forced marriage, forced marriage protection order, fmpo, arranged marriage,
      married off, marriage abroad, honour, honour-based, honour-based abuse,
      honour based violence, hba, hbv, breast ironing, breast flattening, witchcraft, witch,
      spirit possession, possessed, exorcism, juju, spiritual abuse, virginity testing,
      conversion therapy
    `),
    not: list(`
      honour her, honour his, honour their, honour the, honours
    `),
    examples: {
      worry: 'Amina, 9, is due to travel abroad this summer and her older sisters have had FGM.',
      answer: 'An FGM protection order will be in place and Amina’s passport held by the court.',
      unrelated: 'Amina will read with Mum each night.',
    },
  },
  {
    id: 'radicalisation',
    label: 'radicalisation and extremism',
    phrases: list(`
      radicalisation, radicalization, extremism, extremist, extreme views, extreme right-wing,
      far right, islamist, jihadi, terrorism, terrorist, neo-nazi, white supremacist, incel,
      prevent referral, prevent duty, prevent officer, prevent team, prevent programme,
      channel panel, channel programme, channel support, hate speech, hateful material,
      extremist material, extremist content
    `),
    examples: {
      worry: 'Oliver, 14, shares far-right videos online and has talked about a race war.',
      answer: 'Oliver will work with a Channel mentor after the Prevent referral.',
      unrelated: 'Oliver will see the dentist by June.',
    },
  },
  // ---------------------------------------------------------------- babies and pregnancy
  {
    id: 'baby-care',
    label: 'caring for a new baby',
    phrases: list(`
      newborn, new-born, new baby, first baby, first child, first-time parent, first-time mum,
      first-time dad, little experience, limited experience, no experience, inexperienced,
      baby care, baby care course, baby care skills, basic baby care, parentcraft, parent craft,
      bottle feeding, breastfeeding, breast feeding, feeding plan, make up bottles, make up feeds,
      sterilise, sterilise bottles, winding, wind the baby, top and tail, change nappies,
      nappy changes, bath the baby, hold the baby, handling the baby, support his head,
      support her head, baby's cues, crying baby, persistent crying, coping with crying, icon,
      icon programme, shaken baby, abusive head trauma, baby massage, baby's needs, baby's routine,
      the baby's routine, tummy time, new birth visit
    `),
    examples: {
      worry: 'Chloe, 17, is a first-time mum with little experience of looking after a baby.',
      answer:
        'Chloe will complete the baby care course and show she can make up bottles and bath the baby safely.',
      unrelated: 'Chloe will go to college two days a week.',
    },
  },
  {
    id: 'pregnancy',
    label: 'pregnancy and the unborn baby',
    phrases: list(`
      pregnant, pregnancy, unborn, unborn baby, unborn child, due date, expected date of delivery,
      edd, antenatal, ante-natal, antenatal care, antenatal appointments, antenatal classes,
      prenatal, pre-natal, midwife, midwives, midwifery, specialist midwife, booking appointment,
      booked with the midwife, scan, dating scan, 20-week scan, 12-week scan, birth plan,
      pre-birth, prebirth, pre-birth assessment, pre-birth conference, labour, delivery suite,
      maternity, maternity unit, maternity ward, gestation, weeks pregnant, postnatal, post-natal,
      post-birth, postpartum, discharge from hospital, hospital discharge, discharge planning,
      discharge meeting, termination, miscarriage, stillbirth, concealed pregnancy, concealment,
      late booking
    `),
    not: list(`
      body scan, brain scan, ct scan, mri scan, scan the, labour party,
      termination of parental rights, termination of the placement, termination of placement
    `),
    examples: {
      worry: 'Kerry is 30 weeks pregnant and has missed all her antenatal appointments.',
      answer: 'Kerry will see the specialist midwife every two weeks until the baby is born.',
      unrelated: 'Kerry will pay her rent on time.',
    },
  },
  {
    id: 'early-years-place',
    label: 'nursery, childcare and preschool place',
    phrases: list(`
      nursery, nursery place, nursery sessions, funded hours, funded place, funded childcare,
      free childcare, 15 hours, 30 hours, two-year-old funding, two-year-old offer,
      2-year-old funding, eligible twos, early education, early years setting, early years place,
      early learning, early learning centre, childcare place, childcare centre, child care centre,
      preschool, pre-school, kindy, kindergarten, kinder, daycare, day care, day nursery, creche,
      crèche, head start, early head start, pre-k, prek, pre-kindergarten, childminder,
      child minder, family day care, playgroup place, sure start
    `),
    not: list(`
      pre-school booster, preschool booster, kinder than, kinder to
    `),
    examples: {
      worry: 'Ollie, 2, spends all day at home and is not in any nursery or childcare.',
      answer:
        'Mum will take up Ollie’s funded two-year-old place at the day nursery from September.',
      unrelated: 'Mum will see her GP about her depression.',
    },
  },
  // ---------------------------------------------------------------- children's development, school
  {
    id: 'speech-language',
    label: 'speech and language',
    phrases: list(`
      speech and language, speech and language therapy, speech and language therapist,
      speech therapy, speech therapist, speech pathologist, speech pathology, salt, slt, slcn,
      speech delay, language delay, delayed speech, delayed language, communication delay,
      communication difficulties, communication needs, language and communication, first words,
      new words, single words, words together, two-word, late talker, not talking, not yet talking,
      started talking, talks in sentences, babble, vocabulary, stammer, stutter, makaton,
      communication aid, communication device, eye-gaze, eye gaze, aac,
      baby signing, pecs, wellcomm, early talk boost, talk boost, chatterbox, language group,
      language unit, understanding of language, receptive language, expressive language, echolalia,
      handful of words, few words, only says, says a few words, not many words, words he says,
      words she says, number of words, communicate his needs, communicate her needs,
      communicate their needs, communicate his key needs, communicate her key needs,
      communicate his wishes, communicate her wishes, early intervention evaluation,
      early childhood special education, ecse, ifsp, individualized family service plan
    `),
    not: list(`
      speech at the wedding, best man speech, free speech, hate speech, salt and pepper, salt
      water, salty
    `),
    examples: {
      worry: 'Eli is 2½ and is not talking yet; he has only a few single words.',
      answer:
        'Eli will be seen by a speech and language therapist and join the Early Talk Boost group.',
      unrelated: 'Eli will go to bed at the same time each night.',
    },
  },
  // An EHC plan's needs (Section B) and its outcomes (Section E) are all about learning, so
  // the broad concern tells them apart no more than a child's name does: these say which need
  // an outcome answers.
  {
    id: 'social-communication',
    label: 'conversation and playing with others',
    phrases: list(`
      conversation, conversations, take turns, takes turns, taking turns, turn-taking,
      turn taking, talks over, talking over, social communication, social interaction,
      interacting with, interact with, social skills, play with peers, plays with peers,
      playing with peers, play alongside, plays alone, join in, joins in, joining in,
      eye contact, social stories, share toys, sharing toys, friendships, make friends,
      making friends, keep friends, socialise, socialises, socialising
    `),
    examples: {
      worry: 'Oliver finds it hard to take turns in conversation and often talks over others.',
      answer: 'Oliver will hold a conversation of 4 turns with a familiar adult by July 2027.',
      unrelated: 'Oliver will write two sentences on his own.',
    },
  },
  {
    id: 'transitions',
    label: 'changes to routine and moving between activities',
    phrases: list(`
      change in routine, changes in routine, change to routine, changes to routine,
      change to his routine, change to her routine, changes to his routine, changes to her routine,
      routine changes, routine is changed, changes in the day, changes to the day, transition,
      transitions, moving between activities, move between activities, moves between activities,
      visual timetable, now and next, warning before, advance warning, unexpected change,
      unexpected changes, supply teacher
    `),
    not: list(`
      transition to adulthood, transition to adult services, transition plan, transition planning,
      transition review, transition to secondary, transition to high school, transition to college
    `),
    examples: {
      worry: 'Oliver becomes very anxious when the routine changes and may leave the classroom.',
      answer: 'Oliver will use his visual timetable to move between activities on 4 days out of 5.',
      unrelated: 'Oliver will hold a conversation of 4 turns with a familiar adult.',
    },
  },
  {
    id: 'handwriting',
    label: 'handwriting and fine motor skills',
    phrases: list(`
      handwriting, hand writing, fine motor, pencil grip, pen grip, letter formation,
      forming letters, writing slope, touch typing, typing, scissors, fasteners, buttons,
      do up his coat, do up her coat, writes slowly, tires quickly when writing, writing speed,
      speed of writing, hand strength, hand-eye coordination, hand eye coordination
    `),
    examples: {
      worry: "Oliver's handwriting is slow and he tires quickly when writing.",
      answer: 'Oliver will touch type 15 words a minute on the class laptop by July 2027.',
      unrelated: 'Oliver will hold a conversation of 4 turns with a familiar adult.',
    },
  },
  {
    id: 'neurodevelopmental',
    label: 'autism, ADHD and neurodiversity',
    phrases: list(`
      autism, autistic, asd, asc, autism spectrum, autism assessment, autism diagnosis,
      autism pathway, asd pathway, adhd, adhd assessment, adhd diagnosis, adhd medication,
      attention deficit, hyperactive, methylphenidate, ritalin, concerta, elvanse,
      neurodevelopmental, neurodevelopmental pathway, neurodevelopmental assessment,
      neurodivergent, neurodiversity, sensory processing, sensory needs, sensory overload,
      sensory diet, sensory toys, sensory seeking, stimming, pda, pathological demand avoidance,
      fasd, foetal alcohol, fetal alcohol, ados, diagnostic assessment, child development centre,
      developmental paediatrician, community paediatrician, waiting list for assessment
    `),
    examples: {
      worry: 'School think Ravi may be autistic but he has not been assessed.',
      answer:
        'The GP will refer Ravi to the autism assessment pathway and school will use a sensory plan.',
      unrelated: 'Ravi will go to bed at 8pm.',
    },
  },
  {
    id: 'school-exclusion',
    label: 'exclusion and part-time timetables',
    phrases: list(`
      exclusion, excluded, permanent exclusion, permanently excluded, fixed-term exclusion,
      suspension, suspended from school, internal exclusion, isolation room, inclusion room,
      inclusion unit, expelled, expulsion, at risk of exclusion, risk of permanent exclusion,
      sent home from school, sent home early, reduced timetable, part-time timetable,
      reduced hours, shortened day, half days, alternative provision, learning centre,
      education place, school place, in any education, not in education, out of education,
      no school place, pupil referral unit, pru,
      managed move, reintegration, reintegration meeting, return to school meeting,
      back into school, full-time timetable, full-time education, full-time in school,
      full timetable, increase his hours, increase her hours, hours increased, build up his hours,
      build up her hours, behaviour support service,
      school full time, in school full time, full time at school, full time in school,
      full school day, full school days,
      been suspended, was suspended, suspended twice, suspensions, suspended for, stood down, stand-down
    `),
    not: list(`
      suspended sentence, social exclusion, financial exclusion, self-exclusion, exclusion order,
      excluded from the home
    `),
    examples: {
      worry: 'Kyle is on a reduced timetable of two hours a day after three fixed-term exclusions.',
      answer:
        'Kyle will build up his hours to a full-time timetable by Easter through a reintegration plan.',
      unrelated: 'Kyle will see his dad every Sunday.',
    },
  },
  {
    id: 'school-behaviour',
    label: "a child's behaviour at school",
    weight: 0.75,
    phrases: list(`
      behaviour at school, behaviour in school, behaviour in class, behaviour in lessons,
      classroom behaviour, disruptive, disruption in class, detention, behaviour points,
      behaviour log, behaviour incidents, sent out of class, sent out of lessons,
      removed from class, removed from lessons, walks out of class, walks out of lessons,
      on report, report card, behaviour plan, behaviour support plan, pastoral support plan,
      pastoral, pastoral team, pastoral lead, head of year, year head, learning mentor,
      nurture group, nurture room, nurture provision, reflection room, sanctions, school rules,
      refuses to follow instructions, rude to teachers, rude to staff, defiant, defiance,
      answering back, fighting at school, one page profile, key adult, meet and greet,
      time out card, exit card, elsa, emotional literacy support assistant, thrive practitioner
    `),
    not: list(`
      benefit sanction, sanctioned by the jobcentre
    `),
    examples: {
      worry: 'Jack has had twelve detentions this term for disruptive behaviour in class.',
      answer: 'Jack will have a key adult, a meet and greet each morning and a time out card.',
      unrelated: 'Jack will have his eyes tested.',
    },
  },
  {
    id: 'missing-education',
    label: 'missing education and school places',
    phrases: list(`
      missing education, missing from education, child missing education,
      children missing education, cme, not on a school roll, not on roll, not on the roll,
      off-rolled, removed from roll, taken off roll, no school place, without a school place,
      school place, in-year admission, school admissions, admissions team, admissions,
      school application, apply for a school place, elective home education, home education,
      homeschool, home schooling, ehe, not in school, out of school, not attending any school,
      education other than at school, eotas, home tuition, tuition, enrolled in school,
      enrolled at school, enrolled at a school, school enrolment, enrolled in a school,
      registered at a school, start school
    `),
    not: list(`
      hospital admissions, admissions to hospital, out of school activities, out of school hours,
      out of school clubs
    `),
    examples: {
      worry: 'Nadia, 11, has had no school place since the family moved in October.',
      answer: 'Mum will apply for a school place and Nadia will start school by January.',
      unrelated: 'Nadia will see the dentist.',
    },
  },
  {
    id: 'bullying',
    label: 'bullying',
    phrases: list(`
      bullied, cyberbullying, cyber-bullying, anti-bullying, picked on, teased, name-calling,
      called names, calls her names, calls him names, excluded by friends, left out by,
      child-on-child, peer-on-peer, peer abuse, buddy, buddy system, friendship group,
      friendship issues, fallen out with, falling out with, fell out with
    `),
    not: list(`
      xl bully, bully xl, american bully, bully breed
    `),
    examples: {
      worry: 'Sophie is bullied on the bus and older girls call her names online.',
      answer:
        'School will put the anti-bullying plan in place and Sophie will have a buddy at break.',
      unrelated: 'Sophie will have a bath every other night.',
    },
  },
  // ---------------------------------------------------------------- young people outside the home
  {
    id: 'criminal-exploitation',
    label: 'criminal exploitation and county lines',
    phrases: list(`
      county lines, cce, child criminal exploitation, criminal exploitation, exploited,
      running drugs, holding drugs, drug running, drug runner, drug dealing, dealing drugs,
      dealing, dealer, trap house, trapping, going country, cuckooing, debt bondage, plugging,
      burner phone, second phone, two phones, extra phone, unexplained phone, unexplained money,
      unexplained cash, large amounts of cash, cash, unexplained gifts, expensive trainers,
      designer clothes, expensive clothes, where money comes from, where his money,
      where her money, train tickets, out of area, found out of area, found in another town, nrm,
      national referral mechanism, modern slavery, contextual safeguarding, exploitation team,
      exploitation worker, exploitation panel, missing and exploitation,
      child abduction warning notice, cawn, safer choices, st giles, catch22, rescue and response,
      youth worker, disruption activity, disruption plan, disruption tactics, new trainers,
      new phone, money he cannot explain, money she cannot explain, money and gifts
    `),
    not: list(`
      deal with, dealt with, a great deal, good deal, big deal, no big deal, deal with it,
      cash flow, cash machine, pocket money, out of area placement, placed out of area
    `),
    examples: {
      worry: 'Deon, 14, has been found in a trap house in another county with cash and two phones.',
      answer:
        'Deon will work with the St Giles exploitation worker weekly and an NRM referral will be made.',
      unrelated: 'Deon will see the optician.',
    },
  },
  {
    id: 'sexual-exploitation',
    label: 'sexual exploitation',
    phrases: list(`
      cse, child sexual exploitation, sexual exploitation, older boyfriend, older men, older man,
      older males, older adults, house parties, given alcohol, given drugs, gifts from,
      lifts in cars, lifts from, picked up in cars, taxi drivers, hotspot, grooming, groomer,
      relationship with an older, boyfriend is older, much older, age gap, sexting, nudes,
      indecent images, images shared, sextortion, barnardo's, exploitation worker, cse worker,
      abduction notice, child abduction warning notice, cawn, sexual health, consent,
      healthy relationships, taken to hotels, taken to a hotel, getting into cars,
      parties with older, in love with
    `),
    not: list(`

    `),
    examples: {
      worry: 'Chantelle, 14, is picked up in cars by older men and taken to house parties.',
      answer:
        'Chantelle will meet her Barnardo’s CSE worker weekly and police will issue child abduction warning notices.',
      unrelated: 'Chantelle will see the dentist by May.',
    },
  },
  {
    id: 'sexual-health',
    label: 'sexual health and contraception',
    phrases: list(`
      sexual health, sexual health clinic, sexual health nurse, contraception, contraceptive pill,
      the pill, implant, contraceptive implant, coil, depo, condoms, c-card, sti,
      sexually transmitted, chlamydia, gonorrhoea, hiv, morning-after pill,
      emergency contraception, pregnancy test, brook clinic, brook service, brook centre, family
      planning,
      relationships and sex education, rse, sex education, safe sex, unprotected sex,
      sexually active
    `),
    not: list(`
      cochlear implant, breast implant
    `),
    examples: {
      worry: 'Tia, 15, is sexually active and has had two pregnancy tests this term.',
      answer:
        'Tia will go to the Brook sexual health clinic with her youth worker and choose contraception.',
      unrelated: 'Tia will be home by 10pm.',
    },
  },
  {
    id: 'weapons',
    label: 'knives and weapons',
    phrases: list(`
      knife, knives, blade, bladed article, weapon, machete, zombie knife, carrying a knife,
      carrying knives, carrying weapons, knife crime, knife crime awareness, weapons awareness,
      stabbed, stab wound, knuckleduster, knuckle duster, acid attack, corrosive,
      possession of a knife, possession of a weapon, offensive weapon, knife arch, knife wand,
      bag search, stop and search, weapons sweep, room search, bedroom search
    `),
    not: list(`
      knife and fork, knives and forks, use a knife, cutlery, kitchen knives, sharp knives,
      knives out of reach, knives within reach, knives locked, razor blades, searching for
    `),
    examples: {
      worry:
        'Marcus, 15, was found carrying a knife near school and says he needs it for protection.',
      answer:
        'Marcus will complete knife crime awareness sessions and agree to weekly bedroom searches.',
      unrelated: 'Marcus will see his GP about his asthma.',
    },
  },
  {
    id: 'gangs',
    label: 'gangs and youth violence',
    phrases: list(`
      gang, gang-affiliated, gang-associated, gang member, gang involvement, gang activity,
      gang-related, postcode, postcode rivalry, postcode war, rival, rival group, drill,
      drill music, drill videos, youth violence, serious youth violence, violence reduction unit,
      vru, redthread, detached youth work, detached youth workers, street team, negative peers,
      negative peer group, pro-social, prosocial, positive peers, positive peer group, associates,
      associates with, hangs around with, hangs out with, who he hangs around with,
      who she hangs around with, hostile group, group of young people, older teenagers,
      older youths
    `),
    not: list(`
      fire drill, drill down, drill into, =association, associated with, associated to,
      associated risks,
      fire drill, fire drills
    `),
    examples: {
      worry:
        'Liam hangs around with a group linked to a local gang and has been threatened by rivals.',
      answer:
        'Liam will meet a detached youth worker twice a week and spend time with positive peers at boxing club.',
      unrelated: 'Liam will have his eyes tested.',
    },
  },
  {
    id: 'asb-curfew',
    label: 'anti-social behaviour and curfews',
    phrases: list(`
      anti-social behaviour, antisocial behaviour, anti-social behavior, antisocial behavior, asb,
      asb team, asb officer, acceptable behaviour contract, acceptable behaviour agreement,
      community protection warning, community protection notice, cpw, dispersal order,
      dispersal notice, criminal behaviour order, cbo, asbo, civil injunction, curfew,
      electronic tag, electronic monitoring, doorstep curfew, pcso, neighbourhood policing,
      police community support officer, hanging around the streets, on the streets,
      out on the streets, loitering, causing a nuisance, nuisance, graffiti, vandalism, vandalised,
      criminal damage, damaging property, throwing stones, joyriding, nuisance bikes,
      off-road bikes, scrambler, streets late, gang injunction, tagged curfew, home by,
      back home by, indoors by
    `),
    not: list(`

    `),
    examples: {
      worry:
        'Connor has been given a community protection warning for anti-social behaviour in the park.',
      answer:
        'Connor will keep to his 8pm curfew and sign an acceptable behaviour contract with the PCSO.',
      unrelated: 'Connor will register with a dentist.',
    },
  },
  {
    id: 'neighbours',
    label: 'neighbours and the local area',
    phrases: list(`
      neighbour, neighbor, neighbourhood, neighborhood, neighbour dispute, dispute with neighbours,
      complaints from neighbours, neighbour complaints, neighbours complained,
      neighbours have complained, noise, noise complaint, noise nuisance, loud music,
      tenancy warning, breach of tenancy, housing officer warning, community safety,
      community safety team, community mediation, harassment by neighbours,
      intimidated by neighbours, targeted by neighbours, hate incident, unsafe area, on the estate,
      the area is unsafe
    `),
    not: list(`
      neighbourhood house, neighborhood house, neighbourhood policing
    `),
    examples: {
      worry: 'Neighbours have complained about shouting and loud music late at night.',
      answer:
        'Mum will keep music off after 10pm and meet the community mediation service with her neighbour.',
      unrelated: 'Mum will take Liam to his hearing test.',
    },
  },
  // ---------------------------------------------------------------- culture, identity, care
  {
    id: 'first-nations-culture',
    label: 'Aboriginal, Torres Strait Islander and First Nations culture',
    phrases: list(`
      aboriginal, torres strait islander, torres strait, first nations, first peoples, indigenous,
      connection to country, connection with country, on country, back to country,
      return to country, visit country, visits to country, time on country, her country,
      his country, their country, kin, mob, her mob, his mob, elder, community elders,
      cultural plan, cultural support plan, cultural care plan, cultural support,
      cultural connection, connection to culture, culture and community, language group, nation,
      totem, songlines, naidoc, naidoc week, sorry business, men's business, women's business,
      yarning, acco, accho, aboriginal community controlled, aboriginal medical service, ams,
      aboriginal health worker, aboriginal caseworker, aboriginal liaison, absec, snaicc, vacca,
      qatsicpp, atsicpp, aboriginal child placement principle, child placement principle,
      stolen generations, native american, american indian, alaska native, tribe, tribal,
      tribal enrollment, icwa, indian child welfare act, métis, metis, inuit, māori, maori, iwi,
      hapū, hapu, whānau, whanau, whakapapa, marae, tikanga, te reo, dreamtime
    `),
    not: list(`
      kinship care, kinship carer, kinship placement, kinship assessment, elder sister,
      elder brother, elder son, elder daughter, her elder, his elder, country of origin,
      home country, another country, this country, the country, out of the country,
      leave the country, left the country,
      elder sister, elder brother, elder son, elder daughter, elder child, next of kin
    `),
    examples: {
      worry:
        'Jarrah, 7, has lost contact with his mob and has not been back to Country since coming into care.',
      answer:
        'Jarrah will go on Country with his uncle each school holiday, as set out in his cultural support plan.',
      unrelated: 'Jarrah will have his teeth checked by the dentist.',
    },
  },
  {
    id: 'racism',
    label: 'racism and discrimination',
    phrases: list(`
      racism, racist, racially, racially abused, racial slurs, racial harassment,
      racial discrimination, discrimination, hate crime, hate incident, islamophobia, islamophobic,
      antisemitism, homophobia, homophobic, transphobia, transphobic, xenophobia, xenophobic,
      prejudice, prejudiced, stereotypes, anti-racist, anti-racism
    `),
    examples: {
      worry: 'Kofi is called racist names at school and has stopped wanting to go.',
      answer:
        'School will log each racist incident and Kofi will meet the anti-racism lead weekly.',
      unrelated: 'Kofi will go to bed by 8.30pm.',
    },
  },
  {
    // LGBTQ+ young people and gender identity: often a worry about rejection at home.
    id: 'gender-sexuality',
    label: 'sexuality and gender identity',
    phrases: list(`
      lgbt, lgbtq, lgbtqia, gay, lesbian, bisexual, queer, transgender, trans, non-binary,
      nonbinary, gender identity, gender dysphoria, gender questioning, gender clinic,
      gender service, gids, sexual orientation, came out, coming out, come out as, pronouns,
      her pronouns, his pronouns, their pronouns, chosen name, preferred name, mermaids,
      lgbt youth group, rainbow group, pride group, the proud trust, just like us, chest binder,
      binder for her chest, binder for his chest, =sexuality
    `),
    not: list(`
      trans-racial, transracial, came out of, come out of
    `),
    examples: {
      worry: 'Sam, 15, came out as trans and Dad refuses to use his chosen name.',
      answer:
        'Dad will use Sam’s chosen name and pronouns at home and Sam will join the LGBT youth group.',
      unrelated: 'Sam will see the dentist by June.',
    },
  },
  // ---------------------------------------------------------------- care, placement, family courts
  {
    id: 'placement-stability',
    label: 'placement stability',
    weight: 0.75,
    phrases: list(`
      placement stability, stability meeting, placement stability meeting, placement breakdown,
      placement broke down, placement broken down, placement ending, placement disruption,
      disruption meeting, placement move, placement changes, moved placements, moves of placement,
      changes of placement, number of placements, multiple placements, placement plan,
      placement planning meeting, placement support, placement support worker,
      settled in placement, settled in her placement, settled in his placement,
      settled with her carers, settled with his carers, stay in placement, remain in placement,
      remain in her placement, remain in his placement, remain with her carers,
      remain with his carers, stay with her carers, stay with his carers, given notice,
      gave notice, give notice, notice on the placement, carers have given notice,
      placement is at risk, placement at risk, placement breaking down, at risk of breaking down,
      placement could break down, placement may break down,
      moving between houses, moving between homes, moving between relatives,
      moves between houses, moved between houses, different relatives, different houses,
      one settled home, will live with, will continue to live with, will stay living with
    `),
    not: list(`
      notice to quit, notice to vacate, short notice, give notice to the landlord
    `),
    examples: {
      worry: 'Kian has had four placement moves this year and his carers have given notice.',
      answer:
        'A stability meeting will agree extra placement support so that Kian can remain with his carers.',
      unrelated: 'Kian will see the dentist every six months.',
    },
  },
  {
    id: 'permanence',
    label: 'permanence and the long-term plan',
    weight: 0.75,
    phrases: list(`
      permanence, permanence plan, permanence report, permanent home, permanent placement,
      long-term foster, long-term placement, long-term match, long-term carers,
      special guardianship, special guardianship order, special guardian, sgo, adoption,
      placement order, care order, interim care order, supervision order, child arrangements order,
      guardianship, guardianship order, legal guardianship, reunification, reunify, reunite,
      restoration, return to her parents, return to his parents, return to their parents,
      return to the care of, return home to, rehabilitation home, rehabilitation to,
      concurrent planning, concurrency, fostering for adoption, foster to adopt, twin track,
      parallel planning, legal permanency, tpr, termination of parental rights, parental rights,
      matching panel,
      viability assessment, considered as a carer, assessed as a carer, connected person,
      connected persons assessment, kinship assessment, kinship carer assessment
    `),
    not: list(`
      restore power, restore the power
    `),
    examples: {
      worry: 'Freya has lived with her aunt for two years with no plan for permanence.',
      answer:
        'The local authority will assess Freya’s aunt for a special guardianship order by July.',
      unrelated: 'Freya will go swimming every Saturday.',
    },
  },
  {
    id: 'co-parenting',
    label: 'separated parents and arrangements',
    phrases: list(`
      co-parenting, coparenting, parallel parenting, parenting plan, child arrangements,
      child arrangements order, contact arrangements, family court, private law,
      private law proceedings, cafcass, family court adviser, mediation, family mediation, miams,
      handover, hand over, changeover, exchange of the children, collection and return,
      pick-up point, handover point, parental alienation, alienation, joint custody, sole custody,
      shared custody, custody arrangement, custody order, physical custody, legal custody,
      visitation schedule, parenting time, shared care, 50/50, week on week off,
      every other weekend, alternate weekends, two homes, both homes, both households,
      between homes, communication app, ourfamilywizard, our family wizard, talking parents,
      co-parenting app, separated parents, parenting apart
    `),
    not: list(`
      hand over the keys, hand over her phone, hand over his phone
    `),
    examples: {
      worry: 'Mum and Dad argue in front of Ella at every handover.',
      answer:
        'Handovers will take place at the contact centre and parents will use a co-parenting app to communicate.',
      unrelated: 'Ella will have her eyes tested.',
    },
  },
  {
    id: 'clothing',
    label: 'clothing and uniform',
    phrases: list(`
      clothes, clean clothes, dirty clothes, unwashed clothes, school uniform, uniform, pe kit,
      shoes, school shoes, trainers, coat, winter coat, jumper, socks, pants, underwear,
      seasonal clothing, weather-appropriate, appropriate clothing, appropriately dressed,
      dressed for the weather, clothes that fit, too small, worn out, washing machine, laundry,
      launderette, washed and dried, change of clothes, spare clothes, clothing grant,
      uniform grant, uniform bank, holes in her shoes, holes in his shoes, holes in her clothes,
      holes in his clothes
    `),
    not: list(`
      pants rule, the pants, underwear rule, new clothes and, designer clothes, expensive clothes,
      expensive trainers, too small for, worn out by, worn out from, worn out after,
      police uniform, uniformed, dog trainer, personal trainer
    `),
    examples: {
      worry: 'Zac comes to school in dirty clothes, without a coat, and his shoes are too small.',
      answer:
        'Dad will make sure Zac has a clean uniform each day and new school shoes and a winter coat by November.',
      unrelated: 'Zac will join the football club.',
    },
  },
  {
    id: 'head-lice',
    label: 'head lice',
    phrases: list(`
      head lice, lice, louse, nits, nit comb, nitty gritty comb, wet combing, comb through,
      combing, conditioner and comb, lice treatment, nit treatment, hedrin, lyclear, itchy head,
      itchy scalp, scratching her head, scratching his head, infestation of lice,
      treat her hair, treat his hair, treat their hair, check her hair, check his hair,
      check their hair
    `),
    not: list(`
      nitty gritty
    `),
    examples: {
      worry: 'Tilly has had untreated head lice for months and her scalp is sore.',
      answer:
        'Mum will treat Tilly’s hair and do wet combing with a nit comb every three days until clear.',
      unrelated: 'Tilly will sleep in her own bed.',
    },
  },
  {
    id: 'personal-hygiene',
    label: 'washing and personal hygiene',
    phrases: list(`
      personal hygiene, hygiene, body odour, body odor, smells, smelly, unwashed, unkempt,
      greasy hair, matted hair, hair brushed, brush her hair, brush his hair, hair washed,
      wash her hair, wash his hair, washed daily, shower, bath, wash, washing herself,
      washing himself, deodorant, soap, shampoo, toothbrush, toiletries, cleanliness
    `),
    not: list(`
      smells of alcohol, smells of cannabis, washing up, washing machine, bath time supervision,
      baby shower, shower curtain, washes her hands of, wash his hands of, bathroom,
      wash the dishes
    `),
    examples: {
      worry: 'Ryan, 13, has strong body odour and is teased at school for being smelly.',
      answer: 'Ryan will shower every morning and have his own deodorant and toiletries.',
      unrelated: 'Ryan will go to the youth club on Tuesdays.',
    },
  },
];
