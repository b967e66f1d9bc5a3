import type { Config } from './config.js';
import { bestProposals, discoverSections } from './crawl/discover.js';
import type { Fetcher } from './crawl/fetcher.js';
import type { HostQueue } from './crawl/host-queue.js';
import type { SectionResult } from './cycle.js';
import { chinaDay } from './domain/day.js';
import { nowHoldsOtherItems } from './domain/discovery.js';
import type { OutgoingMessage } from './render/changes.js';
import { COLORS, escapeMarkdown, fitEmbed, link } from './render/chat-pages.js';

/**
 * Sites get redesigned (改版) and moved onto provincial platforms. When a watched section turns missing
 * (404, or a redirect to the homepage), stops reading as a list, or its list suddenly holds another
 * category's items, look for it again from the homepage and propose the new address to operations,
 * instead of letting a moved column look like a silent one (or another column's news look like its own).
 */
export interface Relocation {
  bureau: string;
  category: string;
  from: string;
  to: string;
  confidence: number;
  linkText: string;
  why: 'missing' | 'unparsed' | 'other-items';
}

/**
 * Why a check suggests the column moved: its address is gone (404, redirect to the homepage), no longer
 * reads as a list, or its list now holds another category's items. Only on the change, not every check.
 */
export function movedHint(r: SectionResult): 'missing' | 'unparsed' | 'other-items' | null {
  if (r.state === 'missing' && r.previous !== 'missing') return 'missing';
  if (r.state === 'unparsed' && r.previous !== null && r.previous !== 'unparsed') return 'unparsed';
  if (nowHoldsOtherItems(r.previousItemFit, r.itemFit ?? null)) return 'other-items';
  return null;
}

/** Bureaus searched per cycle at most: discovery costs a few dozen polite requests per bureau. */
const BUREAUS_PER_CYCLE = 5;

const WHY: Record<Relocation['why'], string> = {
  missing: '原地址已失效',
  unparsed: '原地址不再是列表',
  'other-items': '原地址现为其他栏目内容',
};

export async function findRelocations(
  results: SectionResult[],
  deps: { config: Config; fetcher: Fetcher; queue: HostQueue; now: () => Date },
): Promise<Relocation[]> {
  const gone = results.filter((r) => movedHint(r) !== null);
  const byBureau = new Map<string, SectionResult[]>();
  for (const r of gone) byBureau.set(r.bureau, [...(byBureau.get(r.bureau) ?? []), r]);
  const out: Relocation[] = [];
  for (const [bureauId, sections] of [...byBureau].slice(0, BUREAUS_PER_CYCLE)) {
    const bureau = deps.config.bureaus.find((b) => b.id === bureauId);
    if (!bureau) continue;
    const found = bestProposals(
      await discoverSections(
        bureau.homepage,
        { fetcher: deps.fetcher, queue: deps.queue, categories: deps.config.categories, today: chinaDay(deps.now()) },
        sections.map((s) => s.category),
      ),
    );
    for (const s of sections) {
      const p = found.get(s.category);
      if (p && p.url !== s.url) {
        out.push({
          why: movedHint(s) ?? 'missing',
          bureau: bureau.name,
          category: s.category,
          from: s.url,
          to: p.url,
          confidence: p.confidence,
          linkText: p.evidence.linkText,
        });
      }
    }
  }
  return out;
}

/** One operations message per bureau with its proposed new addresses. Pure. */
export function renderRelocations(
  relocations: Relocation[],
  categoryNames: Map<string, string>,
  at: string,
): OutgoingMessage[] {
  const byBureau = new Map<string, Relocation[]>();
  for (const r of relocations) byBureau.set(r.bureau, [...(byBureau.get(r.bureau) ?? []), r]);
  return [...byBureau].map(([bureau, list]) => {
    const title = `📦 栏目疑似迁移｜${bureau}`;
    const line = (r: Relocation, md: boolean) =>
      `· ${categoryNames.get(r.category) ?? r.category}：${md ? link(r.from, r.from) : r.from} → ${md ? link(r.to, r.to) : r.to}（${WHY[r.why]}；“${md ? escapeMarkdown(r.linkText) : r.linkText}”，置信度 ${r.confidence}）`;
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
