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

/**
 * Signs that the list is built in the browser: a client template (Handlebars, Vue, Angular, art-template
 * `{{ }}` placeholders), a loader (Hanweb `loadPageData`, `jpage`, `dataproxy.jsp`), or a TRS pager call
 * without server-rendered items. Only meaningful when no list was found in the HTML.
 */
const SCRIPT_LIST =
  /text\/x-handlebars-template|text\/(?:html|template)"[^>]*>\s*<(?:li|tr)|\{\{#(?:each|list)\b|\{\{\s*(?:item|value|v|row|data)\.\w+\s*\}\}|loadPageData\(|\.jpage\(|dataproxy\.jsp|\bv-for=|ng-repeat=|createPageHTML\(/;

/** A JS-only list: the HTML ships a template and a loader, never the items. */
export function isScriptRendered(html: string): boolean {
  return SCRIPT_LIST.test(html);
}

/** Script-cookie interstitials (瑞数, 加速乐 `__jsl_clearance`, similar `_$xx=` boot code). */
const CHALLENGE = /<meta[^>]*\br="m"|__jsl_clearance|_\$[a-z]{2}=|<script[^>]*\br=['"]m['"]/;

/** Anti-bot interstitials (瑞数 412 pages, 加速乐 cookies) served with a 200. */
export function isChallengePage(html: string, hasList: boolean): boolean {
  if (hasList) return false;
  return CHALLENGE.test(html);
}

export type BlockReason = 'challenge' | 'forbidden' | 'rate-limited' | 'captcha';

const CAPTCHA = /验证码|captcha|滑块验证|拖动滑块|人机验证|安全验证|geetest|nc_1_wrapper/i;
const RATE_LIMITED = /访问(?:过于|太)频繁|请求(?:过于频繁|过多|太多)|稍后(?:再|重)试|too many requests|rate.?limit/i;

/**
 * Why a site refused a page, from its HTTP status and body: a script challenge (412, or 瑞数/加速乐 boot
 * code with any status) needs a browser; a captcha needs a person; throttling (429, 503 or a body that says
 * 访问过于频繁) needs time; anything else (403 and unknown refusals) is forbidden.
 */
export function blockReason(status: number | null, html: string | null): BlockReason {
  const body = html ?? '';
  if (status === 412 || CHALLENGE.test(body)) return 'challenge';
  if (status === 429 || RATE_LIMITED.test(body)) return 'rate-limited';
  if (CAPTCHA.test(body)) return 'captcha';
  if (status === 503) return 'rate-limited';
  return 'forbidden';
}
