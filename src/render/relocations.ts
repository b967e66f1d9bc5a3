import type { ChatLine } from '../domain/chat-message.js';
import type { Relocation } from '../domain/relocation.js';
import type { OutgoingMessage } from './changes.js';

const WHY: Record<Relocation['why'], string> = {
  missing: '原地址已失效',
  unparsed: '原地址不再是列表',
  'other-items': '原地址现为其他栏目内容',
};

/** One operations message per bureau with its proposed new addresses. Pure. */
export function renderRelocations(
  relocations: Relocation[],
  categoryName: (key: string) => string,
  at: string,
): OutgoingMessage[] {
  const byBureau = new Map<string, Relocation[]>();
  for (const r of relocations) byBureau.set(r.bureau, [...(byBureau.get(r.bureau) ?? []), r]);
  return [...byBureau].map(([bureau, list]) => {
    const line = (r: Relocation): ChatLine => [
      `· ${categoryName(r.category)}：`,
      { text: r.from, url: r.from },
      ' → ',
      { text: r.to, url: r.to },
      `（${WHY[r.why]}；“`,
      r.linkText,
      `”，置信度 ${r.confidence}）`,
    ];
    return {
      channel: 'ops',
      notBefore: at,
      message: {
        title: `📦 栏目疑似迁移｜${bureau}`,
        tone: 'ops',
        lines: [...list.map(line), ['请核实后更新 bureaus.yaml。']],
      },
      sectionKeys: [],
    };
  });
}
