/**
 * Senders deliver one rendered digest to one person. In a tenant: a Teams activity feed
 * notification when our Teams app is installed for them (it opens the app, where the supervisor
 * view lists the items), else an email from the configured mailbox. In local mode: an item in the
 * "SMART Outbox" list, which the tab can show. Every sender throws SendError on failure, with a
 * message safe to store in the Reminders list (no recipient or plan details).
 */
import { GraphRequestError, odataString, type GraphClient } from '../graph/client';
import { listPath } from '../graph/lists';
import { forCreate } from '../graph/schema/list';
import { OUTBOX } from '../graph/schema/outbox';
import type { Person } from '../plans/model';
import type { RenderedDigest } from './digest';

export type Channel = 'teams-activity' | 'email' | 'outbox';

/**
 * Every Teams activity type this code sends, with the template parameters it fills. Each must be
 * declared in the Teams manifest's `activities.activityTypes` (with a `templateText` using these
 * parameters), or Graph refuses the notification; test/teams/manifest-declarations.test.ts checks.
 */
export const ACTIVITY_TYPES = {
  reviewsDue: { templateParameters: ['summary'] },
} as const;

export type ActivityType = keyof typeof ACTIVITY_TYPES;

export interface Sender {
  /** Delivers the digest; returns the channel used. */
  send(recipient: Person, digest: RenderedDigest, meta: { dueItems: string[] }): Promise<Channel>;
}

export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

function asSendError(err: unknown, what: string): SendError {
  if (err instanceof SendError) return err;
  if (err instanceof GraphRequestError) {
    const retryable = err.status === 0 || err.status === 429 || err.status >= 500;
    const hint =
      err.status === 401 || err.status === 403
        ? ' Check the app registration has the permissions in the README and admin consent.'
        : retryable
          ? ' It will be retried on the next run.'
          : '';
    return new SendError(`${what} failed: HTTP ${err.status} ${err.code}.${hint}`, retryable);
  }
  return new SendError(`${what} failed: ${err instanceof Error ? err.message : String(err)}`, true);
}

export interface GraphSenderOptions {
  client: GraphClient;
  /** Mailbox (UPN or id) that sends the emails; needs Mail.Send for the app. */
  fromMailbox?: string;
  /** Our Teams app's id in the app catalogue (the manifest id); enables activity notifications. */
  teamsAppId?: string;
  /** Told when a Teams notification failed and the digest went by email instead (no details). */
  onTeamsFallback?: (reason: string) => void;
}

/** Teams activity feed where the app is installed for the recipient, else email. */
export class GraphSender implements Sender {
  constructor(private readonly opts: GraphSenderOptions) {}

  private async installation(userId: string): Promise<string | undefined> {
    if (!this.opts.teamsAppId) return undefined;
    try {
      const filter = `teamsApp/externalId eq ${odataString(this.opts.teamsAppId)}`;
      const found = await this.opts.client.get<{ value: { id: string }[] }>(
        `users/${encodeURIComponent(userId)}/teamwork/installedApps?$expand=teamsApp&$filter=${encodeURIComponent(filter)}`,
      );
      return found.value[0]?.id;
    } catch (err) {
      // Not permitted to look, or no Teams licence: email still reaches them.
      if (err instanceof GraphRequestError && [403, 404].includes(err.status)) return undefined;
      throw asSendError(err, 'Looking up the Teams app for the recipient');
    }
  }

  async send(recipient: Person, digest: RenderedDigest): Promise<Channel> {
    const user = recipient.email;
    if (!user) throw new SendError('The recipient has no email address in the plan.', false);
    const installationId = await this.installation(user);
    let teamsFailure: SendError | undefined;
    if (installationId) {
      try {
        await this.notifyInTeams(user, installationId, digest);
        return 'teams-activity';
      } catch (err) {
        // The notification failed (not declared, throttled, the app removed meanwhile): the
        // recipient still gets the digest, by email, when a mailbox is set.
        teamsFailure = asSendError(err, 'The Teams activity notification');
        if (!this.opts.fromMailbox) throw teamsFailure;
        this.opts.onTeamsFallback?.(teamsFailure.message);
      }
    }
    if (!this.opts.fromMailbox) {
      throw new SendError(
        'The app is not installed in Teams for this recipient and no mailbox is set to send email from: set --mailbox or SMART_PLANS_MAILBOX.',
        false,
      );
    }
    try {
      await this.email(this.opts.fromMailbox, recipient, user, digest);
      return 'email';
    } catch (err) {
      const e = asSendError(err, 'The email');
      if (!teamsFailure) throw e;
      throw new SendError(
        `${teamsFailure.message} ${e.message}`,
        teamsFailure.retryable || e.retryable,
      );
    }
  }

  private async notifyInTeams(
    user: string,
    installationId: string,
    digest: RenderedDigest,
  ): Promise<void> {
    // Body shape: Graph v1.0 userTeamwork-sendActivityNotification. The topic points at the app
    // installation, so the notification opens our app; templateParameters fill the activity
    // type's templateText declared in the manifest.
    const activityType: ActivityType = 'reviewsDue';
    const parameters: Record<
      (typeof ACTIVITY_TYPES)[typeof activityType]['templateParameters'][number],
      string
    > = {
      summary: digest.preview,
    };
    await this.opts.client.post(
      `users/${encodeURIComponent(user)}/teamwork/sendActivityNotification`,
      {
        topic: {
          source: 'entityUrl',
          value: `${this.opts.client.baseUrl}/users/${encodeURIComponent(user)}/teamwork/installedApps/${installationId}`,
        },
        activityType,
        previewText: { content: digest.preview },
        templateParameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
      },
    );
  }

  private async email(
    fromMailbox: string,
    recipient: Person,
    address: string,
    digest: RenderedDigest,
  ): Promise<void> {
    // Graph v1.0 user-sendMail: 202 Accepted; saveToSentItems false keeps copies of children's
    // details out of the shared mailbox.
    await this.opts.client.post(`users/${encodeURIComponent(fromMailbox)}/sendMail`, {
      message: {
        subject: digest.subject,
        body: { contentType: 'HTML', content: digest.html },
        toRecipients: [{ emailAddress: { address, name: recipient.name } }],
      },
      saveToSentItems: false,
    });
  }
}

/**
 * Local mode: writes the digest to the "SMART Outbox" list of the local lists service, where the
 * tab (and a developer) can read what would have been sent.
 */
export class LocalOutboxSender implements Sender {
  constructor(
    private readonly client: GraphClient,
    private readonly siteId: string,
    private readonly listName = 'SMART Outbox',
  ) {}

  async send(
    recipient: Person,
    digest: RenderedDigest,
    meta: { dueItems: string[] },
  ): Promise<Channel> {
    if (!recipient.email)
      throw new SendError('The recipient has no email address in the plan.', false);
    const dueItems = meta.dueItems.join(' ');
    try {
      await this.client.post(`${listPath(this.siteId, this.listName)}/items`, {
        fields: forCreate(
          OUTBOX.toFields({
            subject: digest.subject.slice(0, 255),
            recipient: recipient.email,
            recipientName: recipient.name,
            channel: 'email',
            bodyText: digest.text,
            bodyHtml: digest.html,
            dueItem: dueItems.length <= 255 ? dueItems : `${meta.dueItems.length} items`,
            queuedAt: new Date().toISOString(),
          }),
        ),
      });
      return 'outbox';
    } catch (err) {
      throw asSendError(err, 'Writing to the local outbox');
    }
  }
}

/** Retries a retryable failure a few times with doubling waits before giving up for this run. */
export function withRetries(
  sender: Sender,
  opts: { tries?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Sender {
  const tries = opts.tries ?? 3;
  const base = opts.baseDelayMs ?? 1000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    async send(recipient, digest, meta) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await sender.send(recipient, digest, meta);
        } catch (err) {
          const e = err instanceof SendError ? err : asSendError(err, 'Sending');
          if (!e.retryable || attempt >= tries) throw e;
          await sleep(base * 2 ** (attempt - 1));
        }
      }
    },
  };
}
