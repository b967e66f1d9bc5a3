import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/domain/chat-message.js';
import { messageOf, type OutboxEntry } from '../../src/domain/outbox.js';
import { carriesMarker, discordPage } from '../../src/render/discord-message.js';
import { consoleText, dingtalkMarkdown, feishuText, wecomMarkdown } from '../../src/render/group-bot-messages.js';
import { renderRelocations } from '../../src/render/relocations.js';
import { webhookBodies } from '../../src/render/webhook-formats.js';

/** Scraped text that tries to ping, link or format on some platform. */
const HOSTILE = '<@all> <@123> @everyone [点我](http://evil) **x** <at user_id="all">';
const URL = 'http://gtj.example.gov.cn/tzgg/';
const message: ChatMessage = {
  title: HOSTILE,
  tone: 'alert',
  lines: [['· ', { text: HOSTILE, url: URL }], [HOSTILE]],
};

const entry = (m: ChatMessage): OutboxEntry => ({
  id: 'lw7',
  createdAt: '2026-06-01T04:00:00.000Z',
  channel: 'alerts',
  notBefore: '2026-06-01T04:00:00.000Z',
  message: m,
  sectionKeys: [],
  sentAt: null,
  deliveries: {},
  attempts: 0,
  lastError: null,
});

describe('each platform escapes scraped text for itself', () => {
  it('Discord: backslashes before Markdown and mention brackets, @everyone broken, the real link kept', () => {
    const esc = '\\<@all> \\<@123> @\u200beveryone \\[点我\\](http://evil) \\*\\*x\\*\\* \\<at user\\_id="all">';
    const [embed] = discordPage(message).embeds;
    expect(embed?.title).toBe(esc);
    expect(embed?.description).toBe(`· [${esc}](${URL})\n${esc}`);
    const [body] = webhookBodies('discord', entry(message));
    expect(body?.allowed_mentions).toEqual({ parse: [] });
  });

  it('企业微信: look-alike brackets and stars, so no <@all>, <@userid>, link or <font> survives', () => {
    const esc = '＜@all＞ ＜@123＞ @everyone ［点我］(http://evil) ＊＊x＊＊ ＜at user_id="all"＞';
    expect(wecomMarkdown(message)).toBe(`<font color="warning">**${esc}**</font>\n· [${esc}](${URL})\n${esc}`);
    expect(wecomMarkdown({ title: '<font color="info">绿</font>', tone: 'info', lines: [] })).toBe(
      '**＜font color="info"＞绿＜/font＞**',
    );
  });

  it('钉钉: @ broken with a zero-width space (no @all, no @phone), look-alikes for Markdown, nobody in `at`', () => {
    const esc = '＜@\u200ball＞ ＜@\u200b123＞ @\u200beveryone ［点我］(http://evil) ＊＊x＊＊ ＜at user＿id="all"＞';
    expect(dingtalkMarkdown(message).text).toBe(`#### ${esc}\n\n· [${esc}](${URL})\n\n${esc}`);
    expect(dingtalkMarkdown({ title: '提醒 @13800138000', tone: 'alert', lines: [] }).title).toBe(
      '提醒 @\u200b13800138000',
    );
    const [body] = webhookBodies('dingtalk', entry(message));
    expect(body?.at).toEqual({ isAtAll: false, atMobiles: [], atUserIds: [] });
  });

  it('飞书: the <at> tag is broken; everything else is plain text, links as text and address', () => {
    const esc = '<@all> <@123> @everyone [点我](http://evil) **x** ＜at user_id="all">';
    expect(feishuText(message)).toBe(`${esc}\n· ${esc} ${URL}\n${esc}`);
    expect(feishuText({ title: '< at user_id="ou_1">x</at>', tone: 'ops', lines: [] })).toBe(
      '＜ at user_id="ou_1">x＜/at>',
    );
  });

  it('console: raw text as written, without the control characters of terminal escapes', () => {
    expect(consoleText(message)).toBe(`${HOSTILE}\n· ${HOSTILE} ${URL}\n${HOSTILE}`);
    expect(consoleText({ title: '红\u001b[31m字\u0007', tone: 'info', lines: [] })).toBe('红[31m字');
  });

  it('escapes what only means something at the start of a line, and only there', () => {
    const lines: ChatMessage = {
      title: 't',
      tone: 'info',
      lines: [['# 标题'], ['- 列表'], ['> 引用'], ['2026-06-01 - 正常']],
    };
    expect(discordPage(lines).embeds[0]?.description).toBe('\\# 标题\n\\- 列表\n\\> 引用\n2026-06-01 - 正常');
    expect(wecomMarkdown(lines)).toBe('**t**\n＃ 标题\n－ 列表\n＞ 引用\n2026-06-01 - 正常');
  });

  it('shows a person as a mention on Discord and by name elsewhere; a hostile name stays inert', () => {
    const m: ChatMessage = {
      title: 't',
      tone: 'ok',
      lines: [['✅ ', { user: '1400000000000000002', name: '<@all>张三' }]],
    };
    expect(discordPage(m).embeds[0]?.description).toBe('✅ <@1400000000000000002>');
    expect(wecomMarkdown(m)).toBe('<font color="info">**t**</font>\n✅ ＜@all＞张三');
    expect(feishuText(m)).toBe('t\n✅ <@all>张三');
  });

  it('never links an address that could break out of the link markup', () => {
    const m: ChatMessage = {
      title: 't',
      tone: 'info',
      lines: [[{ text: '点我', url: 'http://a.example/x)(javascript:1' }]],
    };
    expect(discordPage(m).embeds[0]?.description).toBe('点我');
    expect(discordPage({ ...m, lines: [[{ text: '点我', url: 'javascript:alert(1)' }]] }).embeds[0]?.description).toBe(
      '点我',
    );
  });
});

describe('Discord specifics', () => {
  it('marks every outbox message with its entry id in the last footer, after any footer of its own', () => {
    const page = discordPage(
      { ...message, footer: 'landwatch', more: [{ title: 'b', tone: 'ops', lines: [] }] },
      'lw7',
    );
    expect(page.embeds.map((e) => e.footer?.text)).toEqual([undefined, 'landwatch · lw:lw7']);
    expect(carriesMarker(page.embeds, 'lw7')).toBe(true);
    expect(carriesMarker(page.embeds, 'lw70')).toBe(false);
    expect(carriesMarker([{ footer: { text: 'lw:lw7' } }], 'lw7')).toBe(true);
  });

  it('keeps a long message inside 6000 characters in all, cutting at whole lines', () => {
    const long = Array.from({ length: 400 }, (_, i) => [`第 ${i} 行 ${'征'.repeat(20)}`]);
    const page = discordPage({
      title: 'a',
      tone: 'info',
      lines: long,
      more: [{ title: 'b', tone: 'info', lines: long }],
    });
    const total = page.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const e of page.embeds) {
      expect(e.description?.length).toBeLessThanOrEqual(4096);
      expect(e.description?.endsWith('\n…')).toBe(true);
      expect(
        e.description
          ?.split('\n')
          .slice(0, -1)
          .every((l) => /^第 \d+ 行 征{20}$/.test(l)),
      ).toBe(true);
    }
  });
});

describe('entries stored before messages were platform-neutral', () => {
  // As an earlier version wrote it to the store.
  const { message: _, ...neutral } = entry(message);
  const legacy = {
    ...neutral,
    channel: 'ops' as const,
    text: '🔧 栏目无法读取｜甲局\n· 工作动态 http://a.example/gzdt/：无法访问',
    page: {
      embeds: [{ title: '🔧 栏目无法读取｜甲局', description: '· [工作动态](http://a.example/gzdt/)：无法访问' }],
    },
  };

  it('deliver from their plain text, escaped like any other message', () => {
    expect(messageOf(legacy)).toEqual({
      title: '🔧 栏目无法读取｜甲局',
      tone: 'ops',
      lines: [['· 工作动态 http://a.example/gzdt/：无法访问']],
    });
    const [discord] = webhookBodies('discord', legacy);
    expect(((discord?.embeds ?? []) as { title: string }[])[0]).toMatchObject({
      title: '🔧 栏目无法读取｜甲局',
      description: '· 工作动态 http://a.example/gzdt/：无法访问',
      footer: { text: 'lw:lw7' },
    });
    expect(webhookBodies('wecom', legacy)).toEqual([
      {
        msgtype: 'markdown',
        markdown: {
          content:
            '<font color="comment">**🔧 栏目无法读取｜甲局**</font>\n· 工作动态 http://a.example/gzdt/：无法访问',
        },
      },
    ]);
  });
});

describe('relocation notices', () => {
  it('hold the link text found on the site raw, and each platform escapes it', () => {
    const [m] = renderRelocations(
      [
        {
          why: 'missing',
          bureau: '甲局',
          category: 'work_news',
          from: 'http://a.example/old/',
          to: 'http://a.example/new/',
          confidence: 0.9,
          linkText: '[点我](http://evil) <@123>',
        },
      ],
      (key) => new Map([['work_news', '工作动态']]).get(key) ?? key,
      '2026-06-01T04:00:00.000Z',
    );
    expect(m?.message.lines[0]).toContain('[点我](http://evil) <@123>');
    expect(discordPage(m?.message as ChatMessage).embeds[0]?.description).toBe(
      '· 工作动态：[http://a.example/old/](http://a.example/old/) → [http://a.example/new/](http://a.example/new/)（原地址已失效；“\\[点我\\](http://evil) \\<@123>”，置信度 0.9）\n请核实后更新 bureaus.yaml。',
    );
    expect(consoleText(m?.message as ChatMessage)).toBe(
      '📦 栏目疑似迁移｜甲局\n· 工作动态：http://a.example/old/ → http://a.example/new/（原地址已失效；“[点我](http://evil) <@123>”，置信度 0.9）\n请核实后更新 bureaus.yaml。',
    );
  });
});
