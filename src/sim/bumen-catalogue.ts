import { fnv1a } from '../domain/hash.js';

/**
 * The 部门信息公开目录 of the ninth navigation template (page-bumen.ts) as data: a city portal's 集约化
 * platform numbers its 目录 nodes the same way for every department (01 机构信息, 0401 …), and a
 * department's columns live under the platform's tree at `/zwgk/bmxxgk/<department>/<code>/`. Pure, and
 * free of the model so the model can ask it where a column lives.
 */

/** The platform's 部门信息公开 tree, the root of every department's 目录. */
export const BUMEN_PATH = '/zwgk/bmxxgk/';

export interface BumenNode {
  /** The node's number in the platform's 目录 (01, 02, …). */
  code: string;
  name: string;
  /** Entries in the order the 目录 lists them: a watched category, or the title of a column nobody watches. */
  entries: { category?: string; title?: string }[];
}

const watched = (category: string) => ({ category });
const other = (title: string) => ({ title });

export const BUMEN_NODES: BumenNode[] = [
  { code: '01', name: '机构信息', entries: [other('机构职能'), other('领导信息'), other('内设机构')] },
  { code: '02', name: '政策文件', entries: [watched('laws_policies')] },
  { code: '03', name: '规划计划', entries: [watched('plans'), watched('supply_plan')] },
  {
    code: '04',
    name: '重点领域信息公开',
    entries: [
      watched('expro_notice'),
      watched('compensation_plan'),
      watched('land_auction'),
      watched('land_transfer_result'),
      watched('mining_rights'),
      // An archive of the old site's 征地 column: still listed, no longer published to.
      other('征地批复公告（2020年以前）'),
    ],
  },
  { code: '05', name: '工作动态', entries: [watched('work_news'), watched('notices')] },
  { code: '06', name: '调查统计', entries: [watched('land_change_survey'), other('统计信息')] },
  { code: '07', name: '不动产登记', entries: [watched('real_estate_reg')] },
  { code: '08', name: '政务服务', entries: [watched('service_guide')] },
  { code: '09', name: '政府信息公开年报', entries: [watched('disclosure_basics')] },
];

/** The department's short name in the platform's paths: one per site. */
export function bumenSlug(bureauId: string): string {
  return ['zrzyj', 'zrzygh', 'gtzyj'][fnv1a(`slug9:${bureauId}`) % 3] as string;
}

/**
 * An entry's code: the node's number and the entry's place in it. Some platforms start a node's entries
 * at 01, others leave gaps where columns were retired.
 */
export function bumenCode(bureauId: string, node: BumenNode, index: number): string {
  const gap = fnv1a(`gap9:${bureauId}:${node.code}`) % 3;
  return `${node.code}${String(index + 1 + gap).padStart(2, '0')}`;
}

/** A path under the department's 目录 (before any redesign). */
export function bumenPath(bureauId: string, rest: string): string {
  return `${BUMEN_PATH}${bumenSlug(bureauId)}/${rest}`;
}

/** The mailbox is no 信息公开 column: it lives on the city portal's 互动 platform, per department. */
export function bumenMailboxPath(bureauId: string): string {
  return `/hdjl/ldxx/${bumenSlug(bureauId)}/`;
}

/** Where a watched column lives on the platform (before any redesign). */
export function bumenColumnPath(bureauId: string, category: string): string {
  if (category === 'director_mailbox') return bumenMailboxPath(bureauId);
  for (const node of BUMEN_NODES) {
    const i = node.entries.findIndex((e) => e.category === category);
    if (i >= 0) return bumenPath(bureauId, `${bumenCode(bureauId, node, i)}/`);
  }
  throw new Error(`bumen-catalogue: no 目录 node holds category "${category}"`);
}
