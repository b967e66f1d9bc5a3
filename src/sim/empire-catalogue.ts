import { fnv1a } from '../domain/hash.js';
import type { NumberedGroup } from './numbered-catalogue.js';

/**
 * The column tree of the twenty-first navigation template (page-empire.ts) as data: a city or county
 * bureau's site on 帝国CMS (EmpireCMS 6.x/7.x, PHP and MySQL), as county webmasters and small web firms
 * built them from 2009 to 2019. Its columns are rows of `phome_enewsclass`, each a 大栏目 (a parent, its
 * page a cover of boxes or a list of all its children's news) or a 终极栏目 (a list), numbered `classid` in
 * the order the webmaster added them: the top-level ones first as he sketched the menu, then their
 * children. Some are 外部栏目 (a link elsewhere: the trading centre, the feedback form), some cover pages
 * that hold one text (单位简介). Each has a 栏目目录 in pinyin initials under its parent's. Pure, and free
 * of the model.
 */

export interface EmpireEntry {
  /** A watched category, or (with `title`) a column nobody watches. */
  category?: string;
  title?: string;
  /** The column's own folder (栏目目录), under its parent's. */
  dir: string;
  /** A cover page holding one text rather than a list. */
  single?: boolean;
  /** A 外部栏目: where its link goes. */
  external?: string;
}

export interface EmpireGroup extends NumberedGroup {
  entries: EmpireEntry[];
  dir: string;
  /** A 终极栏目 on the menu itself: the menu links the column. */
  leaf?: boolean;
}

const col = (category: string, dir: string): EmpireEntry => ({ category, dir });
const other = (title: string, dir: string): EmpireEntry => ({ title, dir });
const single = (title: string, dir: string): EmpireEntry => ({ title, dir, single: true });
const away = (title: string, dir: string, external: string): EmpireEntry => ({ title, dir, external });

export const FEEDBACK_PATH = '/e/tool/feedback/';
const TRADING = 'http://ggzy.gov.test/';

/** A 国土资源局's tree of the early 2010s: 公示公告 and 土地市场 menus, an 信息公开 one of what the law asked. */
const LAND_BUREAU: EmpireGroup[] = [
  {
    name: '单位概况',
    dir: 'dwgk',
    entries: [
      single('单位简介', 'dwjj'),
      other('领导班子', 'ldbz'),
      single('机构设置', 'jgsz'),
      single('联系方式', 'lxfs'),
    ],
  },
  {
    name: '国土资讯',
    dir: 'gtzx',
    entries: [col('work_news', 'gzdt'), other('基层动态', 'jcdt'), other('媒体报道', 'mtbd')],
  },
  {
    name: '公示公告',
    dir: 'gsgg',
    entries: [
      col('notices', 'tzgg'),
      col('expro_notice', 'zdgg'),
      col('compensation_plan', 'azfa'),
      col('real_estate_reg', 'djgg'),
      other('其他公示', 'qtgs'),
    ],
  },
  {
    name: '土地市场',
    dir: 'tdsc',
    entries: [
      col('land_auction', 'crgg'),
      col('land_transfer_result', 'cjgs'),
      col('supply_plan', 'gdjh'),
      away('网上交易', 'wsjy', TRADING),
    ],
  },
  { name: '政策法规', dir: 'zcfg', entries: [col('laws_policies', 'flfg'), other('政策解读', 'zcjd')] },
  {
    name: '信息公开',
    dir: 'xxgk',
    entries: [
      col('disclosure_basics', 'gknb'),
      col('plans', 'ghxx'),
      col('land_change_survey', 'tddc'),
      col('mining_rights', 'kqgs'),
      other('财政资金', 'czzj'),
    ],
  },
  {
    name: '网上服务',
    dir: 'wsfw',
    entries: [
      col('service_guide', 'bszn'),
      other('表格下载', 'bgxz'),
      col('director_mailbox', 'xjxd'),
      away('我要留言', 'wyly', `${FEEDBACK_PATH}?bid=1`),
    ],
  },
];

/** A 自然资源局's tree after the 2018 reform, rebuilt on the same CMS: 不动产登记 a column on the menu. */
const RESOURCES_BUREAU: EmpireGroup[] = [
  {
    name: '机构概况',
    dir: 'jggk',
    entries: [single('本局简介', 'bjjj'), other('局领导', 'jld'), other('内设科室', 'nsks')],
  },
  {
    name: '新闻动态',
    dir: 'xwdt',
    entries: [col('work_news', 'jnyw'), col('notices', 'gg'), other('乡镇动态', 'xzdt')],
  },
  {
    name: '政务公开',
    dir: 'zwgk',
    entries: [
      col('laws_policies', 'zcwj'),
      col('disclosure_basics', 'ndbg'),
      col('plans', 'gh'),
      other('人事信息', 'rsxx'),
      other('财政预决算', 'yjs'),
    ],
  },
  {
    name: '自然资源管理',
    dir: 'zrzy',
    entries: [
      col('expro_notice', 'tdzs'),
      col('compensation_plan', 'bcaz'),
      col('land_auction', 'tdcr'),
      col('land_transfer_result', 'crjg'),
      col('supply_plan', 'gyjh'),
      col('land_change_survey', 'bgdc'),
      other('耕地保护', 'gdbh'),
    ],
  },
  {
    name: '矿产地质',
    dir: 'kcdz',
    entries: [col('mining_rights', 'kyq'), other('地质灾害防治', 'dzzh')],
  },
  { name: '不动产登记', dir: 'bdc', leaf: true, entries: [col('real_estate_reg', 'bdc')] },
  {
    name: '互动交流',
    dir: 'hdjl',
    entries: [
      col('director_mailbox', 'jzxx'),
      col('service_guide', 'bsfw'),
      other('常见问题', 'cjwt'),
      away('在线留言', 'zxly', `${FEEDBACK_PATH}?bid=2`),
    ],
  },
];

export const EMPIRE_TREES: EmpireGroup[][] = [LAND_BUREAU, RESOURCES_BUREAU];

/** A stable choice among `n` for a site and one of its traits (high bits: FNV-1a's low bits follow the key's). */
export const empirePick = (bureauId: string, what: string, n: number) => (fnv1a(`${what}21:${bureauId}`) >>> 16) % n;

/** The tree a site's webmaster built. */
export const empireTree = (bureauId: string): EmpireGroup[] =>
  EMPIRE_TREES[empirePick(bureauId, 'tree', EMPIRE_TREES.length)] as EmpireGroup[];

/** A column's key: its watched category, or its own title. */
export const empireKey = (e: EmpireEntry) => e.category ?? (e.title as string);

/** A row of `phome_enewsclass`: a 大栏目 (`group:公示公告`) or a column, its classid and folders from the top. */
export interface ClassRow {
  key: string;
  id: number;
  dirs: string[];
  entry?: EmpireEntry;
}

/** The rows as the webmaster added them: the top-level columns, then each one's children, gaps where he deleted one. */
function classRows(bureauId: string): ClassRow[] {
  const rows: ClassRow[] = [];
  let next = 1;
  const add = (key: string, dirs: string[], entry?: EmpireEntry) => {
    if (empirePick(bureauId, `gap:${key}`, 5) === 0) next += 1 + empirePick(bureauId, `gapn:${key}`, 3);
    rows.push({ key, id: next++, dirs, entry });
  };
  const tree = empireTree(bureauId);
  for (const g of tree) {
    if (g.leaf) add(empireKey(g.entries[0] as EmpireEntry), [g.dir], g.entries[0]);
    else add(`group:${g.name}`, [g.dir]);
  }
  for (const g of tree) if (!g.leaf) for (const e of g.entries) add(empireKey(e), [g.dir, e.dir], e);
  return rows;
}

const rowsCache = new Map<string, ClassRow[]>();

/** Every column of the site's tree, with its classid and folders. */
export function empireRows(bureauId: string): readonly ClassRow[] {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = classRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
}

/** The classid of a watched category, a column's title or a 大栏目 (`group:公示公告`); -1 if the tree has none. */
export const empireClassId = (bureauId: string, key: string): number =>
  empireRows(bureauId).find((r) => r.key === key)?.id ?? -1;

export const empireRow = (bureauId: string, id: number): ClassRow | undefined =>
  empireRows(bureauId).find((r) => r.id === id);

/** The 大栏目 a watched category or a column's title sits in. */
export function empireGroupOf(bureauId: string, key: string | undefined): EmpireGroup | undefined {
  return empireTree(bureauId).find((g) => g.entries.some((e) => empireKey(e) === key));
}
