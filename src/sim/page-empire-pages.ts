import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { type EmpireGroup, empireClassId, empireGroupOf, FEEDBACK_PATH } from './empire-catalogue.js';
import { navPath, type SimBureau, type SimItem, type SimSection, visibleItems } from './model.js';
import { groupPageItems } from './numbered-group-page.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, otherTemplatesPage } from './numbered-request.js';
import { groupId } from './numbered-site.js';
import { page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  classList,
  classTrail,
  EMPIRE_OTHERS,
  empireArticleHref,
  empireEntries,
  empireList,
  empireMergedGroups,
  empireSite,
  empireVariant,
  newsnav,
} from './page-empire.js';
import { empireListRows, empirePagebar } from './page-empire-lists.js';

/**
 * The pages of the twenty-first template (page-empire.ts) at the site's addresses: a 大栏目's page (a cover
 * of a box per column, or 列表式: every column's news merged, newest first, under the CMS's pager), columns
 * nobody watches, cover pages of one text (单位简介, 联系方式), the CMS's feedback form; and what a request
 * for a watched column's list or article asks for, which routing.ts serves like any column's. Also the
 * rewrite that gives the shared renderers' links the site's addresses.
 */

const DECOY_STEMS: Record<string, string[]> = {
  领导班子: ['局长分工', '党组成员分工'],
  局领导: ['局长分工', '副局长分工'],
  内设科室: ['办公室职责', '耕地保护股职责'],
  基层动态: ['国土所开展土地执法巡查', '乡镇国土所开展宅基地摸底'],
  乡镇动态: ['乡镇自然资源所开展执法巡查', '镇自然资源所召开业务培训会'],
  媒体报道: ['县电视台报道我局耕地保护工作', '日报刊发我局不动产登记便民措施'],
  其他公示: ['拟任职干部公示', '先进个人推荐公示'],
  政策解读: ['图解农村宅基地审批', '新土地管理法解读'],
  财政资金: ['部门预算公开', '三公经费公开'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  人事信息: ['公开招聘工作人员公告', '干部任前公示'],
  表格下载: ['不动产登记申请书', '用地申请表'],
  耕地保护: ['永久基本农田保护', '耕地占补平衡项目验收'],
  地质灾害防治: ['汛期地质灾害巡查排查', '地质灾害应急演练'],
  常见问题: ['房产证遗失怎么补办', '宅基地申请需要什么材料'],
};

const PLACE = { province: '省', city: '市', county: '县' } as const;

/** The cover pages' text, as the webmaster typed it into the column's 栏目简介. */
const COVER_TEXT: Record<string, (b: SimBureau) => string> = {
  单位简介: (b) =>
    `<p>${b.name}是${PLACE[b.level]}政府主管国土资源工作的职能部门，下设办公室、地籍股、耕保股、矿管股等股室。</p>`,
  本局简介: (b) =>
    `<p>${b.name}为${PLACE[b.level]}政府工作部门，主要负责自然资源调查监测、确权登记、国土空间规划等工作。</p>`,
  机构设置: () => '<p>办公室、地籍管理股、耕地保护股、矿产资源管理股、执法监察大队、土地储备中心。</p>',
  联系方式: (b) => {
    const h = fnv1a(`lx21:${b.id}`);
    return `<p>地址：人民路${1 + (h % 300)}号</p><p>电话：0${310 + (h % 600)}-${6000000 + (h % 3000000)}</p>`;
  },
};

const isCover = (bureau: SimBureau, title: string) =>
  empireGroupOf(bureau.id, title)?.entries.some((e) => e.single && e.title === title);

/** A column nobody watches: its items at the site's article addresses under its classid. */
const decoyHref = (bureau: SimBureau, title: string, today: Day) => (i: SimItem) =>
  navPath(bureau, empireSite(bureau).articlePath(bureau.id, empireClassId(bureau.id, title), i.id), today);

const itemsOf = (title: string, today: Day) => decoyItems(DECOY_STEMS[title] ?? [title], today);

/** A 大栏目's page `pageNo`: a box per column with its newest items, or (列表式) their news merged and paged. */
function groupPage(bureau: SimBureau, group: EmpireGroup, pageNo: number, today: Day, charset: string): string {
  const at = empireList(bureau, groupId(empireSite(bureau), bureau, group), today, pageNo);
  const entries = empireEntries(bureau, group, today);
  const side = `<div class="left">${classList(bureau, group, today)}</div>`;
  const frame = { bureau, today, charset, title: group.name, path: at };
  const crumb = newsnav(bureau, [[group.name, empireList(bureau, groupId(empireSite(bureau), bureau, group), today)]]);
  if (empireMergedGroups(bureau.id)) {
    const { shown, total } = groupPageItems(entries, today, pageNo);
    const rows = shown.map((x) => x.i);
    const columnOf = new Map(shown.map((x) => [x.i, x.s]));
    const href = (i: SimItem) => empireArticleHref(bureau, columnOf.get(i) as SimSection, i, today);
    const list = rows.length ? empireListRows(bureau, rows, href, today) : '<p>暂无信息</p>';
    const id = groupId(empireSite(bureau), bureau, group);
    const pager = empirePagebar(bureau, total, 20, pageNo, (n) => empireList(bureau, id, today, n));
    return page(
      frame,
      `${crumb}${side}<div class="right"><div class="list_title"><h2>${group.name}</h2></div>${list}${pager}</div>`,
    );
  }
  const n = 6 + empireVariant(bureau, 'coverN', 3);
  const boxes = entries
    .filter((e) => !e.entry.single && !e.entry.external)
    .map((e) => {
      const s = e.section;
      const items = s ? visibleItems(s, today, n) : itemsOf(e.title, today).slice(0, n);
      const href = s ? (i: SimItem) => empireArticleHref(bureau, s, i, today) : decoyHref(bureau, e.title, today);
      const list = items.length ? empireListRows(bureau, items, href, today) : '<p>暂无信息</p>';
      return `<div class="box"><div class="box_title"><h3>${e.title}</h3><span class="more"><a href="${e.href}">更多&gt;&gt;</a></span></div><div class="box_con">${list}</div></div>`;
    })
    .join('');
  const cover = group.entries.find((e) => e.single);
  const text = boxes === '' && cover ? coverText(bureau, cover.title as string) : '';
  return page(frame, `${crumb}${side}<div class="right">${boxes}${text}</div>`);
}

const coverText = (bureau: SimBureau, title: string) =>
  `<div class="content">${COVER_TEXT[title]?.(bureau) ?? `<p>${title}</p>`}</div>`;

/** A column nobody watches: a cover of one text, or its items on one page. */
function decoyPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const group = empireGroupOf(bureau.id, title);
  const side = group ? `<div class="left">${classList(bureau, group, today, title)}</div>` : '';
  let content: string;
  if (isCover(bureau, title)) content = coverText(bureau, title);
  else {
    const items = itemsOf(title, today);
    content = `${empireListRows(bureau, items, decoyHref(bureau, title, today), today)}${empirePagebar(bureau, items.length, 20, 1, () => path)}`;
  }
  return page(
    { bureau, today, charset, title, path },
    `${newsnav(bureau, classTrail(bureau, today, title, title, path))}${side}<div class="right"><div class="list_title"><h2>${title}</h2></div>${content}</div>`,
  );
}

/** The CMS's 信息反馈 form (`/e/tool/feedback/?bid=1`): posts to `/e/enews/`, lists nothing. */
function feedbackForm(bureau: SimBureau, today: Day, charset: string): string {
  const fields = ['姓名', '联系电话', '标题', '内容']
    .map(
      (f, k) =>
        `<tr><td>${f}：</td><td>${k === 3 ? '<textarea name="saytext" cols="60" rows="10"></textarea>' : `<input name="f${k}" type="text" size="40">`}</td></tr>`,
    )
    .join('');
  return page(
    { bureau, today, charset, title: '信息反馈', path: FEEDBACK_PATH },
    `<form name="feedback" method="post" action="/e/enews/index.php"><input name="enews" type="hidden" value="AddFeedback"><table class="feedback">${fields}</table><input type="submit" name="submit" value="提交"></form>`,
  );
}

const OTHERS: Record<string, string[]> = Object.fromEntries(EMPIRE_OTHERS.map((t) => [t, DECOY_STEMS[t] ?? []]));

export const empireRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  if (path === FEEDBACK_PATH) return { kind: 'page', key: path, render: () => feedbackForm(bureau, today, charset) };
  const answer = answerNumbered(empireSite(bureau), (b, day, cs) => ({
    groupPage: (g, n) => groupPage(b, g as EmpireGroup, n, day, cs),
    decoyStems: OTHERS,
    decoyPage: (title, at) => decoyPage(b, day, cs, title, at),
  }))(bureau, path, params, today, charset);
  return answer ?? otherTemplatesPage(bureau, path, today);
};

/**
 * The shared renderers' links at an Empire site's addresses: articles under a column's list address become
 * the site's article addresses, attachments the CMS's `/d/file/` uploads, a column's pager its pages.
 */
export function empireLinks(bureau: SimBureau, today: Day, section: SimSection | undefined, html: string): string {
  const keys = [
    ...bureau.sections.map((s) => s.category),
    ...EMPIRE_OTHERS.filter((t) => empireClassId(bureau.id, t) > 0),
  ];
  const upload = (file: string) => `/d/file/${today}/${fnv1a(file).toString(16).padStart(8, '0')}.pdf`;
  const out = numberedArticleLinks(empireSite(bureau), bureau, today, keys, upload, html);
  if (!section) return out;
  const id = empireClassId(bureau.id, section.category);
  return numberedPagerLinks(out, (n) => empireList(bureau, id, today, n));
}
