import type { ChatMessage, ChatTone } from './chat-message.js';

/** A message written before it is sent, and marked when the platform confirms it. */
export interface OutboxEntry {
  /** Unique and at most 25 characters: also the Discord nonce that makes a resend idempotent. */
  id: string;
  createdAt: string;
  channel: 'alerts' | 'ops' | 'digest';
  notBefore: string;
  /** What to say, platform-neutral; each sink renders it for its platform when it sends. */
  message?: ChatMessage;
  /**
   * Entries written before messages were platform-neutral carry, instead of `message`, their plain text
   * (title on the first line) and a Discord page, which is ignored; `messageOf` reads both kinds.
   */
  text?: string;
  /** Images sent with the message (the digest chart), base64. */
  files?: { name: string; base64: string }[];
  sectionKeys: string[];
  sentAt: string | null;
  /** Message id per sink that has it: a retry after a partial failure skips these. */
  deliveries: Record<string, string>;
  attempts: number;
  lastError: string | null;
}

const CHANNEL_TONE: Record<OutboxEntry['channel'], ChatTone> = { alerts: 'alert', ops: 'ops', digest: 'info' };

/**
 * The entry's message. An entry stored by an earlier version becomes a message from its plain text, which
 * was never escaped, so every platform escapes it as it does any other.
 */
export function messageOf(entry: OutboxEntry): ChatMessage {
  if (entry.message) return entry.message;
  const [title = 'landwatch', ...lines] = (entry.text ?? '').split('\n');
  const chart = entry.files?.[0];
  return {
    title,
    tone: CHANNEL_TONE[entry.channel],
    lines: lines.map((l) => [l]),
    ...(chart ? { image: { file: chart.name } } : {}),
  };
}
