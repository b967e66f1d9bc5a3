import type { ChangeKind } from '../domain/transitions.js';
import type { Day, FreshnessState } from '../domain/types.js';
import { STATE_LABELS } from './labels.js';

export interface SectionChange {
  kind: ChangeKind;
  bureau: string;
  category: string;
  state: FreshnessState;
  newest: Day | null;
  ageDays: number | null;
  url: string;
}

export interface ChatMessage {
  channel: 'alerts' | 'ops';
  text: string;
}

const HEADINGS: Record<ChangeKind, string> = {
  alert: '⚠️ 栏目更新预警',
  recovery: '✅ 栏目已恢复更新',
  'ops-down': '🔧 栏目无法读取',
  'ops-up': '🔧 栏目恢复可读',
};

/** Above this many bureaus in one kind, one rolled-up message replaces one per bureau (outages). */
const ROLL_UP_BUREAUS = 10;

function line(c: SectionChange): string {
  const newest = c.newest ? `最新 ${c.newest}${c.ageDays !== null ? `（${c.ageDays} 天前）` : ''}` : '无可读日期';
  return `  · ${c.category}：${STATE_LABELS[c.state]}，${newest} ${c.url}`;
}

/** One message per bureau and kind; mass failures roll up into one. Pure. */
export function renderChanges(changes: SectionChange[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const kind of Object.keys(HEADINGS) as ChangeKind[]) {
    const ofKind = changes.filter((c) => c.kind === kind);
    const byBureau = new Map<string, SectionChange[]>();
    for (const c of ofKind) byBureau.set(c.bureau, [...(byBureau.get(c.bureau) ?? []), c]);
    const channel = kind.startsWith('ops') ? 'ops' : 'alerts';
    if (byBureau.size > ROLL_UP_BUREAUS) {
      const names = [...byBureau.keys()];
      messages.push({
        channel,
        text: `${HEADINGS[kind]}：${names.length} 个单位的 ${ofKind.length} 个栏目（${names.slice(0, 5).join('、')} 等）`,
      });
      continue;
    }
    for (const [bureau, list] of byBureau) {
      messages.push({ channel, text: [`${HEADINGS[kind]}｜${bureau}`, ...list.map(line)].join('\n') });
    }
  }
  return messages;
}
