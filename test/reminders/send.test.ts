import { GraphRequestError, type GraphClient } from '../../src/graph/client';
import type { RenderedDigest } from '../../src/reminders/digest';
import { GraphSender, SendError } from '../../src/reminders/send';

const DIGEST: RenderedDigest = {
  subject: '2 reviews due',
  preview: '2 reviews due',
  text: 'text',
  html: '<p>html</p>',
};
const PAT = { name: 'Pat Super', email: 'pat.super@example.org' };

/** A GraphClient stand-in: answers GET with an installation, and POSTs as told per path. */
function fakeClient(post: (path: string, body: unknown) => Promise<unknown>) {
  const calls: { path: string; body: unknown }[] = [];
  const client = {
    baseUrl: 'https://graph.example/v1.0',
    get: async () => ({ value: [{ id: 'inst-1' }] }),
    post: async (path: string, body: unknown) => {
      calls.push({ path, body });
      return post(path, body);
    },
  } as unknown as GraphClient;
  return { client, calls };
}

describe('GraphSender', () => {
  it('sends a Teams activity notification with the declared activity type', async () => {
    const { client, calls } = fakeClient(async () => ({}));
    const channel = await new GraphSender({
      client,
      teamsAppId: 'app',
      fromMailbox: 'plans@example.org',
    }).send(PAT, DIGEST);
    expect(channel).toBe('teams-activity');
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toMatchObject({
      activityType: 'reviewsDue',
      templateParameters: [{ name: 'summary', value: '2 reviews due' }],
    });
  });

  it('falls back to email for that recipient when the Teams notification fails', async () => {
    const fallbacks: string[] = [];
    const { client, calls } = fakeClient(async (path) => {
      if (path.endsWith('sendActivityNotification'))
        throw new GraphRequestError(400, 'BadRequest', 'activity type not declared');
      return {};
    });
    const channel = await new GraphSender({
      client,
      teamsAppId: 'app',
      fromMailbox: 'plans@example.org',
      onTeamsFallback: (reason) => fallbacks.push(reason),
    }).send(PAT, DIGEST);
    expect(channel).toBe('email');
    expect(calls.map((c) => c.path)).toEqual([
      'users/pat.super%40example.org/teamwork/sendActivityNotification',
      'users/plans%40example.org/sendMail',
    ]);
    expect(fallbacks).toEqual([expect.stringMatching(/Teams activity notification failed/)]);
  });

  it('reports both failures when the email fallback fails too', async () => {
    const { client } = fakeClient(async (path) => {
      throw path.endsWith('sendMail')
        ? new GraphRequestError(503, 'serviceUnavailable', 'busy')
        : new GraphRequestError(400, 'BadRequest', 'no');
    });
    const sending = new GraphSender({
      client,
      teamsAppId: 'app',
      fromMailbox: 'plans@example.org',
    }).send(PAT, DIGEST);
    await expect(sending).rejects.toThrow(SendError);
    await expect(sending).rejects.toMatchObject({
      retryable: true,
      message: expect.stringMatching(/Teams activity notification failed.*email failed/),
    });
  });

  it('without a mailbox, a failed Teams notification is the error', async () => {
    const { client } = fakeClient(async () => {
      throw new GraphRequestError(429, 'tooManyRequests', 'slow down');
    });
    await expect(
      new GraphSender({ client, teamsAppId: 'app' }).send(PAT, DIGEST),
    ).rejects.toMatchObject({ retryable: true });
  });
});
