import type { Page } from '../render/chat-pages.js';

/** A message written before it is sent, and marked when the platform confirms it. */
export interface OutboxEntry {
  /** Unique and at most 25 characters: also the Discord nonce that makes a resend idempotent. */
  id: string;
  createdAt: string;
  channel: 'alerts' | 'ops' | 'digest';
  notBefore: string;
  text: string;
  page: Page;
  /** Images sent with the message (the digest chart), base64. */
  files?: { name: string; base64: string }[];
  sectionKeys: string[];
  sentAt: string | null;
  /** Message id per sink that has it: a retry after a partial failure skips these. */
  deliveries: Record<string, string>;
  attempts: number;
  lastError: string | null;
}
