import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client, type TextChannel } from 'discord.js';
import { messageOf, type OutboxEntry } from '../domain/outbox.js';
import { carriesMarker, discordPage } from '../render/discord-message.js';
import { consoleText } from '../render/group-bot-messages.js';
import type { Sink } from './outbox.js';

/** How far back a resend looks for what an unconfirmed attempt posted (Discord's maximum per request). */
const LOOK_BACK = 100;

async function textChannel(client: Client, channelId: string): Promise<TextChannel> {
  const channel = (await client.channels.fetch(channelId)) as TextChannel | null;
  if (!channel?.isTextBased()) throw new Error(`channel ${channelId} is not a text channel the bot can see`);
  return channel;
}

/**
 * A Discord channel. The outbox id goes out as the nonce with enforce_nonce, so a resend within Discord's
 * few minutes returns the message already created; past that window, `find` recognises the message by the
 * entry id in its footer, so a crash between Discord's answer and our record never posts twice.
 */
export function discordChannelSink(client: Client, channelId: string): Sink {
  return {
    name: `discord:${channelId}`,
    async send(entry: OutboxEntry) {
      const page = discordPage(messageOf(entry), entry.id);
      const message = await (await textChannel(client, channelId)).send({
        content: page.content ?? '',
        embeds: page.embeds,
        components: entry.channel === 'alerts' && entry.sectionKeys.length > 0 ? alertButtons(entry.id) : [],
        files: (entry.files ?? []).map((f) => ({ attachment: Buffer.from(f.base64, 'base64'), name: f.name })),
        nonce: entry.id,
        enforceNonce: true,
        allowedMentions: { parse: [] },
      });
      return message.id;
    },
    async find(entry: OutboxEntry) {
      const recent = await (await textChannel(client, channelId)).messages.fetch({ limit: LOOK_BACK, cache: false });
      const ours = recent.find((m) => m.author.id === client.user?.id && carriesMarker(m.embeds, entry.id));
      return ours?.id ?? null;
    },
  };
}

/** The demo's chat: messages printed with their channel. */
export function consoleSink(out: (text: string) => void): Sink {
  const names = { alerts: '预警 alerts', ops: '运维 ops', digest: '简报 digest' } as const;
  return {
    name: 'console',
    async send(entry: OutboxEntry) {
      const files = (entry.files ?? []).map(
        (f) => `（附图 ${f.name}，${Math.round((f.base64.length * 3) / 4 / 1024)} KB）`,
      );
      out([`[#${names[entry.channel]}] ${consoleText(messageOf(entry))}`, ...files].join('\n'));
      return 'console';
    },
  };
}

/** Acknowledge and snooze on every stakeholder alert; the dispatcher handles the clicks. */
export function alertButtons(entryId: string) {
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(`lw:ack:${entryId}`).setLabel('确认 Acknowledge').setStyle(ButtonStyle.Primary),
      new ButtonBuilder()
        .setCustomId(`lw:snooze:${entryId}`)
        .setLabel('暂停 7 天 Snooze')
        .setStyle(ButtonStyle.Secondary),
    ),
  ];
}
