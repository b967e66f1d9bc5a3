import type { Relocation } from '../domain/relocation.js';
import type { OutgoingMessage } from './changes.js';
import { COLORS, escapeMarkdown, fitEmbed, link } from './chat-pages.js';

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
    const title = `📦 栏目疑似迁移｜${bureau}`;
    const line = (r: Relocation, md: boolean) =>
      `· ${categoryName(r.category)}：${md ? link(r.from, r.from) : r.from} → ${md ? link(r.to, r.to) : r.to}（${WHY[r.why]}；“${md ? escapeMarkdown(r.linkText) : r.linkText}”，置信度 ${r.confidence}）`;
    return {
      channel: 'ops',
      notBefore: at,
      text: [title, ...list.map((r) => line(r, false)), '请核实后更新 bureaus.yaml。'].join('\n'),
      page: {
        embeds: [
          fitEmbed({
            title,
            description: [...list.map((r) => line(r, true)), '请核实后更新 bureaus.yaml。'].join('\n'),
            color: COLORS.ops,
          }),
        ],
      },
      sectionKeys: [],
    };
  });
}
