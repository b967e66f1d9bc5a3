import type { Logger } from 'pino';
import type { OutboxEntry } from '../domain/outbox.js';
import type { ChannelRole } from '../render/changes.js';

/** Where messages of one channel role go: a Discord channel, a webhook, the console. */
export interface Sink {
  name: string;
  /** Sends one message and returns the platform's message id; `entry.id` is the idempotency key. */
  send(entry: OutboxEntry): Promise<string>;
  /**
   * The message an earlier attempt posted although its outcome was never recorded (the process stopped
   * in between), for platforms whose recent messages can be listed; null when there is none.
   */
  find?(entry: OutboxEntry): Promise<string | null>;
}

/** Recorded before a first send, so that after a crash the resend knows to look before it posts. */
const IN_FLIGHT = 'sent but not confirmed: the process stopped before the platform answered';

export type Sinks = Partial<Record<ChannelRole, Sink[]>>;

/** What delivery needs of the store: chat sees the outbox through this, never the store itself. */
export interface OutboxStore {
  outbox(): OutboxEntry[];
  markDelivered(id: string, sink: string, messageId: string): void;
  markFailed(id: string, error: string): void;
  markSent(id: string, at: Date): void;
  flush(): Promise<void>;
}

/**
 * Delivers pending outbox messages whose time has come, oldest first. A failure stops that channel's
 * delivery for this round, so order is kept and nothing is skipped; the next round retries. Each success
 * is written to the store at once, and so is each first attempt before it starts: an entry tried before
 * and not confirmed is looked for among the sink's recent messages before it is sent again.
 */
export async function drainOutbox(
  store: OutboxStore,
  sinks: Sinks,
  now: Date,
  logger: Logger,
): Promise<{ sent: number; failed: number }> {
  const due = store.outbox().filter((e) => e.sentAt === null && e.notBefore <= now.toISOString());
  const blocked = new Set<ChannelRole>();
  let sent = 0;
  let failed = 0;
  for (const entry of due) {
    if (blocked.has(entry.channel)) continue;
    const targets = sinks[entry.channel] ?? [];
    try {
      for (const sink of targets) {
        if (entry.deliveries[sink.name]) continue;
        const earlier = entry.attempts > 0 && sink.find ? await sink.find(entry) : null;
        if (earlier) {
          store.markDelivered(entry.id, sink.name, earlier);
          logger.info({ entry: entry.id, sink: sink.name }, 'found an unconfirmed earlier delivery; not resending');
          continue;
        }
        if (entry.attempts === 0) {
          store.markFailed(entry.id, IN_FLIGHT);
          await store.flush();
        }
        store.markDelivered(entry.id, sink.name, await sink.send(entry));
      }
      store.markSent(entry.id, now);
      sent++;
    } catch (e) {
      store.markFailed(entry.id, (e as Error).message);
      blocked.add(entry.channel);
      failed++;
      logger.warn(
        { entry: entry.id, channel: entry.channel, err: (e as Error).message },
        'delivery failed; will retry',
      );
    }
    await store.flush();
  }
  return { sent, failed };
}
