import type { Reminder } from '../../src/plans/model';
import { backoffMinutes, decide, DEFAULT_RETRY_POLICY } from '../../src/reminders/ledger';

const rec = (r: Partial<Reminder>): Reminder => ({
  id: '1',
  planId: '1',
  dueItem: 'k',
  recipient: { name: 'Pat', email: 'Pat@Example.org' },
  dueDate: '2027-03-01',
  status: 'scheduled',
  attempts: 0,
  ...r,
});
const now = new Date('2027-03-01T10:00:00Z');

describe('decide', () => {
  it('sends a new item, skips a sent one whatever the address case', () => {
    expect(decide([], 'k', 'pat@example.org', now)).toEqual({ action: 'send' });
    expect(decide([rec({ status: 'sent' })], 'k', 'pat@example.org', now)).toMatchObject({
      action: 'skip',
      reason: 'already-sent',
    });
    // Someone else's record for the same item does not count.
    expect(
      decide(
        [rec({ status: 'sent', recipient: { name: 'O', email: 'o@example.org' } })],
        'k',
        'pat@example.org',
        now,
      ).action,
    ).toBe('send');
  });

  it('leaves a fresh claim to the run that holds it, and takes over a stale one', () => {
    const claimed = rec({ attempts: 1, sentAt: '2027-03-01T09:55:00Z' });
    expect(decide([claimed], 'k', 'pat@example.org', now)).toMatchObject({
      action: 'skip',
      reason: 'in-flight',
    });
    const stale = rec({ attempts: 1, sentAt: '2027-03-01T09:00:00Z' });
    expect(decide([stale], 'k', 'pat@example.org', now)).toMatchObject({
      action: 'send',
      record: stale,
    });
  });

  it('backs off failed items, doubling, capped below a day, and gives up after the last attempt', () => {
    expect([1, 2, 3, 10].map((n) => backoffMinutes(n, DEFAULT_RETRY_POLICY))).toEqual([
      5, 10, 20, 720,
    ]);
    const failed = rec({ status: 'failed', attempts: 2, sentAt: '2027-03-01T09:55:00Z' });
    expect(decide([failed], 'k', 'pat@example.org', now)).toMatchObject({
      action: 'skip',
      reason: 'waiting-to-retry',
    });
    expect(
      decide([{ ...failed, sentAt: '2027-03-01T09:45:00Z' }], 'k', 'pat@example.org', now).action,
    ).toBe('send');
    expect(decide([{ ...failed, attempts: 6 }], 'k', 'pat@example.org', now)).toMatchObject({
      reason: 'gave-up',
    });
  });

  it('the oldest of duplicate records is the one that counts', () => {
    const older = rec({ id: '9', status: 'failed', attempts: 1, sentAt: '2027-03-01T08:00:00Z' });
    const younger = rec({
      id: '10',
      status: 'failed',
      attempts: 0,
      lastError: 'Duplicate of reminder 9',
    });
    expect(decide([younger, older], 'k', 'pat@example.org', now)).toEqual({
      action: 'send',
      record: older,
    });
  });
});
