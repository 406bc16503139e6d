import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';
import type { DueItem } from '../../src/plans/due';
import type { Plan } from '../../src/plans/model';
import { connectToHost, type TeamsHost } from '../../src/teams/context';
import { documentLink } from '../../src/teams/document-link';
import { participantsOf, latestViews } from '../../src/teams/people';
import { filterPlans, NO_FILTER } from '../../src/teams/plan-filter';
import { parseRoute, routeFromSubPage, routeHash } from '../../src/plans/tab-routes';
import { summarise } from '../../src/teams/supervisor';
import { worriesColumnLabel, worriesLabel, worriesNotAnswered } from '../../src/teams/worries';
import { fluentTheme, hostTheme } from '../../src/teams/theme';

const localUser = async () => ({ name: 'the local user' });

describe('connecting to Teams', () => {
  it('does not hang when app.initialize() never settles, and says why in the banner text', async () => {
    const never: TeamsHost = {
      initialize: () => new Promise(() => undefined),
      getContext: jest.fn(),
      registerOnThemeChangeHandler: jest.fn(),
    };
    const started = Date.now();
    const host = await connectToHost({ host: never, framed: true, timeoutMs: 50, localUser });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(host).toMatchObject({
      inTeams: false,
      user: { name: 'the local user' },
      theme: 'default',
    });
    expect(host.notInTeamsReason).toMatch(/Teams did not answer/);
  });

  it('takes the user, theme, frame and deep link from the Teams context, and follows theme changes', async () => {
    let themeHandler: ((t: string) => void) | undefined;
    const teams: TeamsHost = {
      initialize: async () => undefined,
      getContext: async () =>
        ({
          app: { theme: 'dark' },
          page: { frameContext: 'sidePanel', subPageId: 'plan/12' },
          user: { displayName: 'Alex Worker', userPrincipalName: 'alex@example.org' },
          meeting: { id: 'm1' },
        }) as unknown as app.Context,
      registerOnThemeChangeHandler: (h) => (themeHandler = h),
    };
    const changes: string[] = [];
    const host = await connectToHost({
      host: teams,
      framed: true,
      localUser,
      onThemeChange: (t) => changes.push(t),
    });
    expect(host).toMatchObject({
      inTeams: true,
      theme: 'dark',
      frame: 'sidePanel',
      subPageId: 'plan/12',
      user: { name: 'Alex Worker' },
    });
    // The context is not proof of identity: no email is taken from it.
    expect(host.user.email).toBeUndefined();
    themeHandler!('contrast');
    expect(changes).toEqual(['contrast']);
  });

  it('maps Teams themes to the Teams Fluent themes', () => {
    expect(fluentTheme(hostTheme('default'))).toBe(teamsLightTheme);
    expect(fluentTheme(hostTheme('dark'))).toBe(teamsDarkTheme);
    expect(fluentTheme(hostTheme('contrast'))).toBe(teamsHighContrastTheme);
    expect(fluentTheme(hostTheme('glass'))).toBe(teamsLightTheme);
  });
});

describe('routes and deep links', () => {
  it('round-trips a plan route through the hash and a Teams subPageId', () => {
    expect(parseRoute(routeHash({ view: 'plan', planId: '12' }))).toEqual({
      view: 'plan',
      planId: '12',
    });
    expect(routeFromSubPage('plan/12')).toEqual({ view: 'plan', planId: '12' });
    expect(parseRoute('#/supervisor')).toEqual({ view: 'supervisor' });
    expect(parseRoute('')).toEqual({ view: 'plans' });
  });
});

const plan = (over: Partial<Plan>): Plan => ({
  childRef: 'Child A',
  type: 'child-protection',
  status: 'active',
  leadProfessional: { name: 'Pat Lead', email: 'pat@example.org' },
  supervisor: { name: 'Sue Visor', email: 'sue@example.org' },
  members: [],
  ...over,
});

describe('plans list', () => {
  it('searches by child or worker and filters by type, status and next review date', () => {
    const plans = [
      plan({ id: '1', childRef: 'Ava', nextReview: '2027-02-01' }),
      plan({ id: '2', childRef: 'Ben', type: 'early-help', nextReview: '2027-05-01' }),
      plan({ id: '3', childRef: 'Cal', status: 'closed', leadProfessional: { name: 'Rob Other' } }),
    ];
    expect(filterPlans(plans, { ...NO_FILTER, text: 'rob' }).map((p) => p.id)).toEqual(['3']);
    expect(filterPlans(plans, { ...NO_FILTER, type: 'early-help' }).map((p) => p.id)).toEqual([
      '2',
    ]);
    expect(filterPlans(plans, { ...NO_FILTER, status: 'closed' }).map((p) => p.id)).toEqual(['3']);
    expect(filterPlans(plans, { ...NO_FILTER, reviewBy: '2027-03-01' }).map((p) => p.id)).toEqual([
      '1',
    ]);
  });
});

describe('people and their views', () => {
  it('lists the child, people with recorded roles, the lead, supervisor and members, and the latest view of each', () => {
    const p = plan({ id: '1', members: [{ name: 'Dr Nurse', email: 'nurse@example.org' }] });
    const agreements = [
      {
        planId: '1',
        objectiveId: 'o1',
        person: { name: 'Jo Parent' },
        role: 'parent-carer' as const,
        stance: 'agreed' as const,
        date: '2027-01-01',
      },
      {
        planId: '1',
        objectiveId: 'o1',
        person: { name: 'Jo Parent' },
        role: 'parent-carer' as const,
        stance: 'disagreed' as const,
        words: 'Not fair',
        date: '2027-01-08',
      },
    ];
    expect(participantsOf({ plan: p, agreements }).map((x) => [x.person.name, x.role])).toEqual([
      ['Child A', 'child'],
      ['Jo Parent', 'parent-carer'],
      ['Pat Lead', 'professional'],
      ['Sue Visor', 'professional'],
      ['Dr Nurse', 'professional'],
    ]);
    const views = latestViews(agreements, 'o1');
    expect(views).toHaveLength(1);
    expect(views[0].agreement).toMatchObject({ stance: 'disagreed', words: 'Not fair' });
    expect(
      latestViews(agreements, 'o1', [{ ...agreements[0], date: '2027-01-09' }])[0],
    ).toMatchObject({ pending: true, agreement: { stance: 'agreed' } });
  });
});

describe('supervisor summary', () => {
  const item = (over: Partial<DueItem>): DueItem => ({
    key: Math.random().toString(),
    planId: '1',
    childRef: 'Child A',
    planType: 'child-protection',
    kind: 'review-conference',
    title: 'First review conference',
    state: 'upcoming',
    notes: [],
    ...over,
  });
  it('sorts due items into due this week, overdue, drifting and weekly counts', () => {
    const today = '2027-01-13'; // a Wednesday
    const s = summarise(
      [
        item({ dueDate: '2027-01-05', state: 'overdue' }),
        item({ dueDate: '2027-01-15', state: 'due' }),
        item({ dueDate: '2027-01-19', state: 'due', kind: 'core-group' }),
        item({ dueDate: '2027-02-20', state: 'upcoming' }),
        item({ dueDate: '2027-01-10', state: 'overdue', kind: 'drift' }),
        item({ state: 'unschedulable', kind: 'cannot-schedule' }),
      ],
      today,
    );
    expect([
      s.dueThisWeek.length,
      s.overdue.length,
      s.drifting.length,
      s.cannotSchedule.length,
    ]).toEqual([2, 1, 1, 1]);
    expect(s.weeks[0]).toEqual({ start: '2027-01-11', count: 1 });
    expect(s.weeks[1]).toEqual({ start: '2027-01-18', count: 1 });
    expect(s.weeks.reduce((n, w) => n + w.count, 0)).toBe(3);
  });
});

describe('the plan\'s "Open the Word document" link', () => {
  it('links to http(s) addresses only, as the digest does', () => {
    const sharePoint = 'https://contoso.sharepoint.com/sites/cs/Plans/Amy%20plan.docx';
    expect(documentLink(sharePoint)).toBe(sharePoint);
    expect(documentLink('http://localhost:3200/plan.docx')).toBe('http://localhost:3200/plan.docx');
    for (const hostile of [
      'javascript:alert(document.domain)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/plan.docx',
      '',
      undefined,
    ]) {
      expect(documentLink(hostile)).toBeUndefined();
    }
  });
});

describe('worries not answered, as the supervisor view and the plans list say it', () => {
  it('says how many of the named worries nothing answers, or why there is no count', () => {
    expect(worriesNotAnswered({ worries: { named: 4, unanswered: 1 } })).toBe('1 of 4');
    expect(worriesNotAnswered({ worries: { named: 3, unanswered: 0 } })).toBe('0 of 3');
    expect(worriesNotAnswered({ worries: { named: 0, unanswered: 0 } })).toBe('No worries named');
    // Saved before the counts were kept: not known, which is not the same as none.
    expect(worriesNotAnswered({})).toBe('Not checked yet');
  });

  it("calls an EHC plan's worries its needs, as the task pane does", () => {
    expect(worriesLabel({ type: 'ehc' })).toBe('Needs not met');
    expect(worriesLabel({ type: 'child-protection' })).toBe('Worries not answered');
    const none = { worries: { named: 0, unanswered: 0 } };
    expect(worriesNotAnswered({ ...none, type: 'ehc' })).toBe('No needs named');
    expect(worriesNotAnswered({ ...none, type: 'early-help' })).toBe('No worries named');
  });

  it("heads a list's column by what its plans count, and names each count when they differ", () => {
    const cp = { type: 'child-protection' as const, worries: { named: 4, unanswered: 1 } };
    const ehc = { type: 'ehc' as const, worries: { named: 1, unanswered: 0 } };
    expect(worriesColumnLabel([cp])).toBe('Worries not answered');
    expect(worriesColumnLabel([])).toBe('Worries not answered');
    expect(worriesColumnLabel([ehc, ehc])).toBe('Needs not met');
    // A list of both: an EHC plan's needs must not sit under "Worries not answered" unnamed.
    expect(worriesColumnLabel([cp, ehc])).toBe('Worries not answered, needs not met');
    expect(worriesNotAnswered(cp, { named: true })).toBe('1 of 4 worries');
    expect(worriesNotAnswered(ehc, { named: true })).toBe('0 of 1 need');
    // An EHC plan not checked yet shows no number, so nothing needs telling apart.
    expect(worriesColumnLabel([cp, { type: 'ehc' }])).toBe('Worries not answered');
  });
});
