import { fnv1a } from '../domain/hash.js';

/**
 * The column trees of the twenty-second navigation template (page-vsb.ts) as data: a city or county
 * 自然资源局's site on 博达 VSB (Visual SiteBuilder 9), the Java site builder many cities bought for their
 * departments' sites (博达站群) from about 2013. Its columns are nodes of the site's tree, numbered
 * `wbtreeid` from 1001 (the homepage's own) in the order the webmaster added them, depth first, with gaps
 * where he deleted one; each has a 栏目目录 of pinyin initials under its parent's. A column with columns under
 * it is a 大栏目 (two levels deep on some trees: 政府信息公开 › 法定主动公开内容 › 征地信息); some hold one
 * text (本局简介, 政府信息公开指南), some are 链接栏目 to another site. Pure, and free of the model.
 */

export interface VsbColumn {
  /** A watched category, or (with `title`) a column nobody watches. */
  category?: string;
  title?: string;
  /** The column's 栏目目录, under its parent's. */
  dir: string;
  /** A column that holds one text rather than a list. */
  single?: boolean;
  /** A 链接栏目: where its link goes. */
  external?: string;
  /** In the tree but off the menu (网站地图, linked from the footer). */
  hidden?: boolean;
}

export interface VsbGroup {
  name: string;
  dir: string;
  entries: VsbNode[];
  /** The 互动交流 columns, which some static sites leave dynamic (their replies change daily). */
  interactive?: boolean;
}

export type VsbNode = VsbColumn | VsbGroup;

export const isGroup = (n: VsbNode): n is VsbGroup => 'entries' in n;

const col = (category: string, dir: string): VsbColumn => ({ category, dir });
const other = (title: string, dir: string): VsbColumn => ({ title, dir });
const single = (title: string, dir: string): VsbColumn => ({ title, dir, single: true });
const away = (title: string, dir: string, external: string): VsbColumn => ({ title, dir, external });

const HALL = 'http://zwfw.gov.test/';
const HOTLINE = 'http://12345.gov.test/';

/** A 自然资源局 of the 2019 reform: 土地管理 and 矿产管理 menus, a flat 政务公开. */
const RESOURCES_BUREAU: VsbNode[] = [
  {
    name: '机构概况',
    dir: 'jggk',
    entries: [
      single('本局简介', 'bjjj'),
      other('领导信息', 'ldxx'),
      other('内设机构', 'nsjg'),
      single('联系我们', 'lxwm'),
    ],
  },
  {
    name: '新闻动态',
    dir: 'xwdt',
    entries: [col('work_news', 'gzdt'), col('notices', 'tzgg'), other('基层动态', 'jcdt'), other('媒体聚焦', 'mtjj')],
  },
  {
    name: '政务公开',
    dir: 'zwgk',
    entries: [
      single('信息公开指南', 'gkzn'),
      col('laws_policies', 'zcwj'),
      col('plans', 'ghjh'),
      col('disclosure_basics', 'gknb'),
      other('财政资金', 'czzj'),
      other('人事信息', 'rsxx'),
    ],
  },
  {
    name: '土地管理',
    dir: 'tdgl',
    entries: [
      col('expro_notice', 'zdxx'),
      col('compensation_plan', 'bcaz'),
      col('land_auction', 'crgg'),
      col('land_transfer_result', 'cjgs'),
      col('supply_plan', 'gdjh'),
      col('land_change_survey', 'bgdc'),
      other('耕地保护', 'gdbh'),
    ],
  },
  { name: '矿产管理', dir: 'kcgl', entries: [col('mining_rights', 'kyq'), other('地质环境', 'dzhj')] },
  { name: '不动产登记', dir: 'bdcdj', entries: [col('real_estate_reg', 'djgg'), other('登记须知', 'djxz')] },
  {
    name: '政务服务',
    dir: 'zwfw',
    entries: [col('service_guide', 'bszn'), other('表格下载', 'bgxz'), away('网上办事大厅', 'wsbs', HALL)],
  },
  {
    name: '互动交流',
    dir: 'hdjl',
    interactive: true,
    entries: [col('director_mailbox', 'jzxx'), other('在线访谈', 'zxft'), away('12345热线', 'rx', HOTLINE)],
  },
];

/** A 自然资源和规划局 with a 政府信息公开 of the 2019 rules: 法定主动公开内容 a 大栏目 within it. */
const PLANNING_BUREAU: VsbNode[] = [
  {
    name: '走进我局',
    dir: 'zjwj',
    entries: [single('机构职能', 'jgzn'), other('局领导', 'jld'), other('内设科室', 'nsks')],
  },
  {
    name: '要闻动态',
    dir: 'ywdt',
    entries: [col('work_news', 'zrzyyw'), col('notices', 'tzgg'), other('区县动态', 'qxdt')],
  },
  {
    name: '政府信息公开',
    dir: 'zfxxgk',
    entries: [
      single('政府信息公开指南', 'zfxxgkzn'),
      single('政府信息公开制度', 'zfxxgkzd'),
      {
        name: '法定主动公开内容',
        dir: 'fdzdgknr',
        entries: [
          col('laws_policies', 'zcwj'),
          col('expro_notice', 'zdxx'),
          col('compensation_plan', 'zdbc'),
          col('supply_plan', 'gdjh'),
          col('land_auction', 'tdcr'),
          col('land_transfer_result', 'crjg'),
          col('mining_rights', 'kyqcr'),
          col('land_change_survey', 'dcjc'),
          other('财政预决算', 'czyjs'),
        ],
      },
      col('disclosure_basics', 'zfxxgknb'),
      single('依申请公开', 'ysqgk'),
    ],
  },
  { name: '国土空间规划', dir: 'gtkjgh', entries: [col('plans', 'ghgs'), other('规划成果', 'ghcg')] },
  {
    name: '自然资源管理',
    dir: 'zrzygl',
    entries: [other('耕地保护', 'gdbh'), other('地质灾害防治', 'dzzh'), other('测绘地理信息', 'chdl')],
  },
  col('real_estate_reg', 'bdcdj'),
  {
    name: '政务服务',
    dir: 'zwfw',
    entries: [col('service_guide', 'bszn'), other('表格下载', 'bgxz'), away('网上办事大厅', 'wsbs', HALL)],
  },
  {
    name: '公众参与',
    dir: 'gzcy',
    interactive: true,
    entries: [col('director_mailbox', 'jzxx'), other('意见征集', 'yjzj'), other('在线访谈', 'zxft')],
  },
];

export const VSB_TREES: VsbNode[][] = [RESOURCES_BUREAU, PLANNING_BUREAU];

/** The 网站地图 column some webmasters add, off the menu. */
const SITE_MAP: VsbColumn = { title: '网站地图', dir: 'wzdt', single: true, hidden: true };

/** A stable choice among `n` for a site and one of its traits (high bits: FNV-1a's low bits follow the key's). */
export const vsbPick = (bureauId: string, what: string, n: number) => (fnv1a(`${what}22:${bureauId}`) >>> 16) % n;

/** The site's owner number, which VSB's counters and click scripts carry. */
export const vsbOwner = (bureauId: string) => 1_000_000_000 + (fnv1a(`owner22:${bureauId}`) % 999_999_999);

/** Whether a site has a 网站地图 column. */
export const hasSiteMap = (bureauId: string) => vsbPick(bureauId, 'map', 2) === 0;

/** The tree a site's webmaster built, its 网站地图 last. */
export function vsbTree(bureauId: string): VsbNode[] {
  const tree = VSB_TREES[vsbPick(bureauId, 'tree', VSB_TREES.length)] as VsbNode[];
  return hasSiteMap(bureauId) ? [...tree, SITE_MAP] : tree;
}

/** A node's key: a 大栏目's `group:` name, a column's watched category or its own title. */
export const nodeKey = (n: VsbNode) => (isGroup(n) ? `group:${n.name}` : (n.category ?? (n.title as string)));

/** A node of the tree with its `wbtreeid`, its folders from the top, and the 大栏目 above it (outermost first). */
export interface TreeRow {
  key: string;
  id: number;
  dirs: string[];
  node: VsbNode;
  ancestors: VsbGroup[];
}

/** The rows as the webmaster added them: depth first from 1002, gaps where he deleted a column. */
function treeRows(bureauId: string): TreeRow[] {
  const rows: TreeRow[] = [];
  let next = 1002;
  const walk = (nodes: VsbNode[], dirs: string[], ancestors: VsbGroup[]) => {
    for (const node of nodes) {
      const key = nodeKey(node);
      if (vsbPick(bureauId, `gap:${key}`, 4) === 0) next += 1 + vsbPick(bureauId, `gapn:${key}`, 4);
      rows.push({ key, id: next++, dirs: [...dirs, node.dir], node, ancestors });
      if (isGroup(node)) walk(node.entries, [...dirs, node.dir], [...ancestors, node]);
    }
  };
  walk(vsbTree(bureauId), [], []);
  return rows;
}

const rowsCache = new Map<string, TreeRow[]>();

/** Every node of the site's tree, with its `wbtreeid` and folders. */
export function vsbRows(bureauId: string): readonly TreeRow[] {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = treeRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
}

/** The `wbtreeid` of a watched category, a column's title or a 大栏目 (`group:政务公开`); -1 if the tree has none. */
export const vsbTreeId = (bureauId: string, key: string): number =>
  vsbRows(bureauId).find((r) => r.key === key)?.id ?? -1;

export const vsbRow = (bureauId: string, id: number): TreeRow | undefined => vsbRows(bureauId).find((r) => r.id === id);

export const rowOf = (bureauId: string, key: string): TreeRow | undefined =>
  vsbRows(bureauId).find((r) => r.key === key);

/** Every 大栏目 of the site's tree, the nested ones too. */
export const vsbGroups = (bureauId: string): VsbGroup[] =>
  vsbRows(bureauId).flatMap((r) => (isGroup(r.node) ? [r.node] : []));
