import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client, type TextChannel } from 'discord.js';
import type { OutboxEntry } from '../domain/outbox.js';
import type { Sink } from './outbox.js';

/**
 * A Discord channel. The outbox id goes out as the nonce with enforce_nonce, so if we crash after Discord
 * accepted a message but before we recorded it, the resend returns the same message instead of a duplicate.
 */
export function discordChannelSink(client: Client, channelId: string): Sink {
  return {
    name: `discord:${channelId}`,
    async send(entry: OutboxEntry) {
      const channel = (await client.channels.fetch(channelId)) as TextChannel | null;
      if (!channel?.isTextBased()) throw new Error(`channel ${channelId} is not a text channel the bot can see`);
      const message = await channel.send({
        content: entry.page.content ?? '',
        embeds: entry.page.embeds,
        components: entry.channel === 'alerts' && entry.sectionKeys.length > 0 ? alertButtons(entry.id) : [],
        files: (entry.files ?? []).map((f) => ({ attachment: Buffer.from(f.base64, 'base64'), name: f.name })),
        nonce: entry.id,
        enforceNonce: true,
        allowedMentions: { parse: [] },
      });
      return message.id;
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
      out([`[#${names[entry.channel]}] ${entry.text}`, ...files].join('\n'));
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
