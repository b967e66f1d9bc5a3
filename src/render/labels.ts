import type { FreshnessState, Group, Level } from '../domain/types.js';

/** What team members read: the zh-CN words inspectors use. */
export const STATE_LABELS: Record<FreshnessState, string> = {
  fresh: '正常',
  due: '即将超期',
  stale: '已超期',
  blank: '空白栏目',
  undated: '无发布日期',
  missing: '栏目不存在',
  unreachable: '无法访问',
  blocked: '访问被拦截',
  unparsed: '无法解析',
};

export const LEVEL_LABELS: Record<Level, string> = { province: '省级', city: '市级', county: '县级' };

export const GROUP_LABELS: Record<Group, string> = {
  disclosure: '政务公开',
  online_service: '在线办事',
  participation: '公众参与',
  site: '网站可用性',
};
