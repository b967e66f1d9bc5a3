import { fnv1a } from '../domain/hash.js';

/**
 * The 公开目录 of the eleventh navigation template (page-zhanqun.ts) as data: a county bureau's site on a
 * provincial 站群 (site group), whose platform gives every member site a number and every 目录 column a
 * catalogue id (`/public/<site>/col<id>/`). The groups of the left accordion, in the platform's order;
 * pure, and free of the model so the model can ask it where a column lives.
 */

export interface ZhanqunGroup {
  name: string;
  /** Entries in the accordion's order: a watched category, or the title of a column nobody watches. */
  entries: { category?: string; title?: string }[];
}

const watched = (category: string) => ({ category });
const other = (title: string) => ({ title });

export const ZHANQUN_GROUPS: ZhanqunGroup[] = [
  { name: '人事财务', entries: [other('人事任免'), other('财政预决算')] },
  { name: '政策法规', entries: [watched('laws_policies')] },
  { name: '规划计划', entries: [watched('plans'), watched('supply_plan')] },
  { name: '征地信息', entries: [watched('expro_notice'), watched('compensation_plan')] },
  { name: '土地矿产', entries: [watched('land_auction'), watched('land_transfer_result'), watched('mining_rights')] },
  { name: '动态信息', entries: [watched('work_news'), watched('notices')] },
  { name: '调查登记', entries: [watched('land_change_survey'), watched('real_estate_reg'), other('统计数据')] },
  { name: '公开年报', entries: [watched('disclosure_basics')] },
  { name: '办事服务', entries: [watched('service_guide')] },
];

/** The member site's number on the provincial 站群: one per site. */
export function zhanqunSite(bureauId: string): number {
  return 1000 + (fnv1a(`site11:${bureauId}`) % 9000);
}

/** The 公开目录's root on this host (before any redesign). */
export function zhanqunRoot(bureauId: string): string {
  return `/public/${zhanqunSite(bureauId)}/`;
}

/** A 目录 column's catalogue id: the platform numbers columns across the whole group. */
export function zhanqunColumnId(bureauId: string, key: string): number {
  return 100000 + (fnv1a(`col11:${bureauId}:${key}`) % 900000);
}

/** The mailbox is no 目录 column: it sits on the group's 互动 platform, under the site's number. */
export function zhanqunMailboxPath(bureauId: string): string {
  return `/interact/${zhanqunSite(bureauId)}/ldxx/`;
}

/** Where a column lives on the group (before any redesign): watched by category, others by title. */
export function zhanqunColumnPath(bureauId: string, key: string): string {
  if (key === 'director_mailbox') return zhanqunMailboxPath(bureauId);
  return `${zhanqunRoot(bureauId)}col${zhanqunColumnId(bureauId, key)}/`;
}
