/** Why a section could not be read, in the words inspectors read (zh-CN), for the read paths' reasons. */
export const REASON_LABELS: Record<string, string> = {
  challenge: '脚本验证拦截',
  forbidden: '拒绝访问',
  'rate-limited': '访问频率受限',
  captcha: '需要验证码',
  'script-list': '列表由脚本生成',
  'no-list': '页面中没有列表',
  timeout: '超时',
  'redirect-loop': '重定向循环',
  'redirected-to-homepage': '跳转到首页',
  'address-not-allowed': '地址不在允许范围',
  'browser-no-list': '浏览器中也未出现列表',
  'browser-deadline': '浏览器打开超时',
  'browser-crashed': '浏览器崩溃',
  'browser-error': '浏览器出错',
  'browser-rested': '浏览器近期未能读取，暂缓重试',
};

/** A reason in words, with what would read the section when the read paths said so; '' when none. */
export function reasonText(reason: string | null | undefined, note?: string | null): string {
  // A reason may carry its detail after a colon (`browser-error: net::ERR_…`): the label names its kind.
  const kind = reason?.split(':')[0];
  const said = reason ? (REASON_LABELS[reason] ?? (kind && REASON_LABELS[kind]) ?? reason) : '';
  return [said, note ?? ''].filter((t) => t !== '').join('；');
}

/** How a note begins when only a browser would read the section; what follows says why there is none. */
export const NEEDS_BROWSER = '需要浏览器';

export function needsBrowserNote(why: string): string {
  return `${NEEDS_BROWSER}：${why}`;
}
