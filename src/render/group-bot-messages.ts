import type { ChatMessage, ChatSection, ChatTone } from '../domain/chat-message.js';
import { linesMarkup, lookalike, type Markup, withoutControls } from './message-markup.js';

/**
 * Neutral messages → the text of group-bot platforms and the console. 企业微信 and 钉钉 Markdown have no
 * escape character, so characters that would format, link or mention are swapped for full-width lookalikes;
 * 钉钉 and 飞书 mention by `@手机号` / `<at user_id=…>`, which are broken the same way. Pure.
 */

/** 企业微信: `<@all>`, `<@userid>`, `<font>`, `[text](url)`, `**`, `` ` ``, headings and quotes. */
export const WECOM_MARKUP: Markup = {
  text: (raw) => lookalike(withoutControls(raw), /[<>[\]*`]/g),
  link: (text, url) => `[${text}](${url})`,
  strong: (text) => `**${text}**`,
  user: (_id, name) => WECOM_MARKUP.text(name),
  lineStart: (line) => line.replace(/^(\s*)([#>+-])/, (_, space: string, c: string) => space + lookalike(c, /./)),
};

/** 钉钉: `@all` and `@手机号` (with the `at` field), Markdown links, emphasis, `<font>`, headings, lists. */
export const DINGTALK_MARKUP: Markup = {
  text: (raw) => lookalike(withoutControls(raw), /[<>[\]*`_~]/g).replace(/@/g, '@\u200b'),
  link: (text, url) => `[${text}](${url})`,
  strong: (text) => `**${text}**`,
  user: (_id, name) => DINGTALK_MARKUP.text(name),
  lineStart: WECOM_MARKUP.lineStart,
};

/** 飞书 text: `<at user_id="all">` (and any `<at …>` tag) is the only markup it reads. */
export const FEISHU_MARKUP: Markup = {
  text: (raw) => withoutControls(raw).replace(/<(?=\s*\/?\s*at\b)/gi, '＜'),
  link: (text, url) => (text === url ? url : `${text} ${url}`),
  strong: (text) => text,
  user: (_id, name) => FEISHU_MARKUP.text(name),
  lineStart: (line) => line,
};

/** A terminal: nothing formats, but scraped control characters could move the cursor or recolour it. */
export const CONSOLE_MARKUP: Markup = { ...FEISHU_MARKUP, text: withoutControls };

function sectionLines(section: ChatSection, markup: Markup, heading: (title: string) => string): string[] {
  const fields = (section.fields ?? []).flatMap((f) => {
    const value = linesMarkup(f.lines, markup);
    const name = markup.text(f.name);
    return value.length === 1 ? [`${name}：${value[0]}`] : [`${name}：`, ...value];
  });
  return [heading(markup.text(section.title)), ...linesMarkup(section.lines, markup), ...fields];
}

/** Title, lines, fields, then each further section under its own heading, and the footer. */
function textLines(
  message: ChatMessage,
  markup: Markup,
  heading: (title: string, tone: ChatTone) => string,
  subheading: (title: string) => string,
): string[] {
  return [
    ...sectionLines(message, markup, (t) => heading(t, message.tone)),
    ...(message.more ?? []).flatMap((s) => ['', ...sectionLines(s, markup, subheading)]),
    ...(message.footer ? ['', markup.text(message.footer)] : []),
  ];
}

const WECOM_COLOURS: Record<ChatTone, string | null> = { info: null, alert: 'warning', ok: 'info', ops: 'comment' };

export function wecomMarkdown(message: ChatMessage, notes: string[] = []): string {
  const heading = (title: string, tone: ChatTone) => {
    const colour = WECOM_COLOURS[tone];
    return colour ? `<font color="${colour}">**${title}**</font>` : `**${title}**`;
  };
  return [
    ...notes.map((n) => `> ${WECOM_MARKUP.text(n)}`),
    ...textLines(message, WECOM_MARKUP, heading, (t) => `**${t}**`),
  ].join('\n');
}

/** 钉钉 Markdown needs a blank line to break a line; the title is what its notification shows. */
export function dingtalkMarkdown(message: ChatMessage, chartUrl?: string): { title: string; text: string } {
  const lines = textLines(
    message,
    DINGTALK_MARKUP,
    (t) => `#### ${t}`,
    (t) => `**${t}**`,
  );
  if (chartUrl) lines.push(`![趋势图](${chartUrl})`);
  return {
    title: withoutControls(message.title).replace(/@/g, '@\u200b'),
    text: lines.filter((l) => l !== '').join('\n\n'),
  };
}

export function feishuText(message: ChatMessage, chartUrl?: string): string {
  const lines = textLines(
    message,
    FEISHU_MARKUP,
    (t) => t,
    (t) => t,
  );
  if (chartUrl) lines.push(`趋势图：${chartUrl}`);
  return lines.join('\n');
}

export function consoleText(message: ChatMessage): string {
  return textLines(
    message,
    CONSOLE_MARKUP,
    (t) => t,
    (t) => t,
  ).join('\n');
}
