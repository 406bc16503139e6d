/**
 * Senders deliver one rendered digest to one person. In a tenant: a Teams activity feed
 * notification when our Teams app is installed for them (it opens the app, where the supervisor
 * view lists the items), else an email from the configured mailbox. In local mode: an item in the
 * "SMART Outbox" list, which the tab can show. Every sender throws SendError on failure, with a
 * message safe to store in the Reminders list (no recipient or plan details).
 */
import { GraphRequestError, odataString, type GraphClient } from '../graph/client';
import { listPath } from '../graph/lists';
import type { Person } from '../plans/model';
import type { RenderedDigest } from './digest';

export type Channel = 'teams-activity' | 'email' | 'outbox';

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
  /** The activity type declared in the Teams manifest's activities.activityTypes. */
  activityType?: string;
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
    if (installationId) {
      try {
        // Body shape: Graph v1.0 userTeamwork-sendActivityNotification. The topic points at the
        // app installation, so the notification opens our app; templateParameters fill the
        // activity type's text declared in the manifest.
        await this.opts.client.post(
          `users/${encodeURIComponent(user)}/teamwork/sendActivityNotification`,
          {
            topic: {
              source: 'entityUrl',
              value: `${this.opts.client.baseUrl}/users/${encodeURIComponent(user)}/teamwork/installedApps/${installationId}`,
            },
            activityType: this.opts.activityType ?? 'reviewsDue',
            previewText: { content: digest.preview },
            templateParameters: [{ name: 'summary', value: digest.preview }],
          },
        );
        return 'teams-activity';
      } catch (err) {
        throw asSendError(err, 'The Teams activity notification');
      }
    }
    if (!this.opts.fromMailbox) {
      throw new SendError(
        'The app is not installed in Teams for this recipient and no mailbox is set to send email from: set --mailbox or SMART_PLANS_MAILBOX.',
        false,
      );
    }
    try {
      // Graph v1.0 user-sendMail: 202 Accepted; saveToSentItems false keeps copies of children's
      // details out of the shared mailbox.
      await this.opts.client.post(`users/${encodeURIComponent(this.opts.fromMailbox)}/sendMail`, {
        message: {
          subject: digest.subject,
          body: { contentType: 'HTML', content: digest.html },
          toRecipients: [{ emailAddress: { address: user, name: recipient.name } }],
        },
        saveToSentItems: false,
      });
      return 'email';
    } catch (err) {
      throw asSendError(err, 'The email');
    }
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
        fields: {
          Title: digest.subject.slice(0, 255),
          Recipient: recipient.email,
          RecipientName: recipient.name,
          Channel: 'email',
          BodyText: digest.text,
          BodyHtml: digest.html,
          DueItem: dueItems.length <= 255 ? dueItems : `${meta.dueItems.length} items`,
          QueuedAt: new Date().toISOString(),
        },
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
