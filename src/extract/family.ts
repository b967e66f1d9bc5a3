/** CMS families, recognised from cheap signatures (reference/site-structures.md, signature table). */

export type Family =
  | 'hanweb-jpaas'
  | 'hanweb-jcms'
  | 'trs-hycloud'
  | 'trs-wcm'
  | 'trs-irs'
  | 'gkmlpt'
  | 'anhui-cms'
  | 'epoint'
  | 'jeecms'
  | 'aspnet'
  | 'generic';

const SIGNATURES: [Family, RegExp][] = [
  ['hanweb-jpaas', /text\/x-handlebars-template[\s\S]*loadPageData|loadPageData[\s\S]*text\/x-handlebars-template/],
  ['hanweb-jcms', /<datastore>|\/module\/web\/jpage\/dataproxy\.jsp|\.jpage\(/],
  ['trs-irs', /class="[^"]*\bsourceTime\b|irs-c-web|trs-irs/i],
  ['trs-hycloud', /createPageHTML\(\s*'page_div'|name="others"\s+content="页面生成时间|common_list\.shtml/],
  ['trs-wcm', /createPageHTML\(|所在页从0开始|TRS_Editor|CurrChnlCls|\/t\d{8}_\d+\.s?html?/],
  ['gkmlpt', /\/gkmlpt\/|news_cont_d_wrap|post_\d+\.html/],
  ['anhui-cms', /class="doc_list"|class="wzcon"/],
  ['epoint', /class="ewb-|\?Paging=|\?pageing=/],
  ['jeecms', /\.jhtml\b/],
  ['aspnet', /__VIEWSTATE|\.aspx\b/i],
];

export function detectFamily(html: string): Family {
  const head = html.length > 200_000 ? html.slice(0, 200_000) : html;
  for (const [family, signature] of SIGNATURES) if (signature.test(head)) return family;
  return 'generic';
}

/** A JS-only list: the HTML ships a template and a loader, never the items. */
export function isScriptRendered(html: string): boolean {
  return /text\/x-handlebars-template|\{\{#each\b|loadPageData\(|\bv-for=|ng-repeat=/.test(html);
}

/** Anti-bot interstitials (瑞数 412 pages, 加速乐 cookies) served with a 200. */
export function isChallengePage(html: string, hasList: boolean): boolean {
  if (hasList) return false;
  return /<meta[^>]*\br="m"|__jsl_clearance|_\$[a-z]{2}=|<script[^>]*\br=['"]m['"]/.test(html);
}
