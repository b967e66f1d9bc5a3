import { fnv1a } from '../domain/hash.js';
import type { SimBureau } from './model.js';
import { isGroup, VSB_TREES, type VsbNode } from './vsb-catalogue.js';

/**
 * What the columns nobody watches on the twenty-second template's trees (vsb-catalogue.ts) hold: the stems
 * of their items' titles, and the one text of the columns that hold one (as the webmaster pasted it into
 * the column's 栏目内容). Pure.
 */

const STEMS: Record<string, string[]> = {
  领导信息: ['局长工作分工', '党组成员分工'],
  局领导: ['局长工作分工', '副局长工作分工'],
  内设机构: ['办公室职责', '国土空间规划科职责'],
  内设科室: ['办公室职责', '耕地保护监督科职责'],
  基层动态: ['自然资源所开展土地执法巡查', '乡镇自然资源所开展宅基地摸底'],
  区县动态: ['县自然资源局开展卫片图斑核查', '区分局召开耕地保护工作推进会'],
  媒体聚焦: ['日报：我市自然资源要素保障见成效', '电视台报道我局不动产登记便民措施'],
  财政资金: ['部门预算公开', '部门决算公开'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  人事信息: ['公开招聘事业单位工作人员公告', '拟任职干部任前公示'],
  耕地保护: ['耕地占补平衡项目验收', '永久基本农田核实整改'],
  地质环境: ['汛期地质灾害隐患排查', '矿山地质环境恢复治理'],
  地质灾害防治: ['汛期地质灾害隐患排查', '地质灾害应急演练'],
  测绘地理信息: ['测绘资质审批公告', '地理信息数据安全检查'],
  登记须知: ['不动产登记收费标准', '不动产登记申请材料清单'],
  表格下载: ['不动产登记申请表', '建设用地规划许可申请表'],
  在线访谈: ['局长谈耕地保护', '不动产登记便民服务访谈'],
  意见征集: ['关于征求规划修改意见的公告', '规章草案公开征求意见'],
  规划成果: ['国土空间总体规划成果', '村庄规划成果'],
};

const PLACE = { province: '省', city: '市', county: '县' } as const;

/** The one text of a column that holds one. */
export const VSB_COVERS: Record<string, (b: SimBureau) => string> = {
  本局简介: (b) =>
    `<p>${b.name}是${PLACE[b.level]}人民政府工作部门，负责全${PLACE[b.level]}自然资源统一确权登记、国土空间规划、耕地保护和矿产资源管理等工作。</p>`,
  机构职能: (b) =>
    `<p>${b.name}贯彻落实党中央关于自然资源和国土空间规划工作的方针政策，履行全民所有土地、矿产等自然资源资产所有者职责。</p>`,
  联系我们: (b) => {
    const h = fnv1a(`lx22:${b.id}`);
    return `<p>办公地址：人民路${1 + (h % 300)}号</p><p>联系电话：0${370 + (h % 500)}-${6000000 + (h % 3000000)}</p>`;
  },
  信息公开指南: (b) =>
    `<p>为了更好地开展政府信息公开工作，根据《中华人民共和国政府信息公开条例》，编制${b.name}政府信息公开指南。</p>`,
  政府信息公开指南: (b) =>
    `<p>根据《中华人民共和国政府信息公开条例》，结合工作实际，编制${b.name}政府信息公开指南。</p>`,
  政府信息公开制度: () => '<p>政府信息公开保密审查制度、政府信息公开申请办理制度、政府信息公开工作考核制度。</p>',
  依申请公开: () => '<p>公民、法人或者其他组织可以向本机关申请获取相关政府信息。申请表可在本页面下载。</p>',
};

/** The items' stems of a column nobody watches. */
export const vsbDecoyStems = (title: string): string[] => STEMS[title] ?? [title];

const columns = (nodes: VsbNode[]): string[] =>
  nodes.flatMap((n) => (isGroup(n) ? columns(n.entries) : n.title && !n.external ? [n.title] : []));

/** Every column of the trees nobody watches (one-text columns and the 网站地图 too), with its items' stems. */
export const VSB_OTHERS: Record<string, string[]> = Object.fromEntries(
  [...new Set([...VSB_TREES.flatMap(columns), '网站地图'])].map((t) => [t, vsbDecoyStems(t)]),
);
