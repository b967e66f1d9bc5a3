import type { Notice, NoticeKind } from '../domain/alerts.js';
import type { ChatLine, ChatMessage, ChatTone } from '../domain/chat-message.js';
import { reasonText } from '../domain/read-reasons.js';
import { STATE_LABELS } from './labels.js';

/**
 * Notices → chat messages: one message per bureau and kind, and one rolled-up message when a kind touches
 * many bureaus at once (a network outage must not send hundreds). Pure.
 */

export type ChannelRole = 'alerts' | 'ops' | 'digest';

export interface OutgoingMessage {
  channel: ChannelRole;
  notBefore: string;
  message: ChatMessage;
  /** Sections the message is about, for acknowledge and snooze buttons. */
  sectionKeys: string[];
}

export const HEADINGS: Record<NoticeKind, string> = {
  alert: '⚠️ 栏目更新预警',
  due: '🟡 栏目即将超期',
  reminder: '⏰ 栏目仍未更新（提醒）',
  recovery: '✅ 栏目已恢复更新',
  'ops-down': '🔧 栏目无法读取',
  'ops-up': '🔧 栏目恢复可读',
};

const TONE: Record<NoticeKind, ChatTone> = {
  alert: 'alert',
  due: 'alert',
  reminder: 'alert',
  recovery: 'ok',
  'ops-down': 'ops',
  'ops-up': 'ops',
};

/** Above this many bureaus in one kind, one rolled-up message replaces one per bureau. */
export const ROLL_UP_BUREAUS = 10;

function describe(n: Notice): ChatLine {
  const o = n.outcome;
  const newest = o.newest ? `最新 ${o.newest}${o.ageDays !== null ? `（${o.ageDays} 天前）` : ''}` : '无可读日期';
  // An unreadable section says why, and what would read it; a readable one says how old its newest item is.
  const why = n.kind === 'ops-down' ? reasonText(o.reason, o.note) : '';
  return ['· ', { text: o.categoryName, url: o.url }, `：${STATE_LABELS[o.state]}，${why || newest}`];
}

function message(kind: NoticeKind, title: string, notices: Notice[], lines: ChatLine[]): OutgoingMessage {
  return {
    channel: kind.startsWith('ops') ? 'ops' : 'alerts',
    // biome-ignore lint/complexity/useMathMinMax: ISO instants compare as strings, not numbers.
    notBefore: notices.reduce((m, n) => (n.notBefore > m ? n.notBefore : m), ''),
    message: { title, tone: TONE[kind], lines },
    sectionKeys: notices.map((n) => n.outcome.key),
  };
}

export function renderNotices(notices: Notice[]): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  for (const kind of Object.keys(HEADINGS) as NoticeKind[]) {
    const ofKind = notices.filter((n) => n.kind === kind);
    const byBureau = new Map<string, Notice[]>();
    for (const n of ofKind) byBureau.set(n.outcome.bureauName, [...(byBureau.get(n.outcome.bureauName) ?? []), n]);
    if (byBureau.size > ROLL_UP_BUREAUS) {
      const names = [...byBureau.keys()];
      const title = `${HEADINGS[kind]}：${names.length} 个单位的 ${ofKind.length} 个栏目`;
      const summary = `${names.slice(0, 20).join('、')}${names.length > 20 ? ' 等' : ''}`;
      out.push(message(kind, title, ofKind, [[summary]]));
      continue;
    }
    for (const [bureau, list] of byBureau) {
      out.push(message(kind, `${HEADINGS[kind]}｜${bureau}`, list, list.map(describe)));
    }
  }
  return out;
}
