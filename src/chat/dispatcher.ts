import {
  ActionRowBuilder,
  type AutocompleteInteraction,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  type Client,
  type CommandInteractionOption,
  Events,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Command, CommandContext, CommandOptions } from '../../commands/index.js';
import type { ChatMessage } from '../domain/chat-message.js';
import type { ChatReply, Page } from '../render/chat-pages.js';
import { LIMITS, pageFits } from '../render/chat-pages.js';
import { discordPage } from '../render/discord-message.js';
import { type Locale, localeOf, t } from '../render/i18n.js';

/**
 * Routes interactions to commands and owns everything Discord-specific about answering: acknowledging
 * within 3 s (deferring slow work), paging long answers with buttons only the asker may press, never
 * letting scraped text ping anyone, and turning every failure into a short ephemeral message and a log line.
 */

export interface DispatcherOptions {
  commands: Map<string, Command>;
  context: (locale: Locale) => CommandContext;
  logger: Logger;
  /** Answer within this long or defer first; Discord's window is 3 s, so keep a wide margin. */
  deferAfterMs?: number;
  /** Acknowledge and snooze buttons on alerts; returns the updated alert message. */
  alertAction?: (
    action: 'ack' | 'snooze',
    entryId: string,
    user: { id: string; name: string },
  ) => Promise<ChatMessage | null>;
  /** Members of this role may press alert buttons, besides those with Manage Server. */
  alertRole?: string | undefined;
  /** A manager's button on a reply (e.g. accept a proposed address); returns what was done. */
  pageAction?: (id: string, user: string) => Promise<string | null>;
}

interface Paged {
  pages: Page[];
  userId: string;
  expires: number;
}

const PAGE_TTL_MS = 15 * 60_000;
const NO_MENTIONS = { parse: [] as [] };

function optionsOf(data: readonly CommandInteractionOption[]): CommandOptions {
  const out: CommandOptions = {};
  for (const o of data) {
    if (o.options) Object.assign(out, optionsOf(o.options));
    else out[o.name] = o.value as string | number | boolean | undefined;
  }
  return out;
}

/** Whether the member who pressed may handle alerts: Manage Server, or the configured alert role. */
function mayHandleAlerts(interaction: ButtonInteraction, role: string | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = interaction.member?.roles;
  if (!role || !roles) return false;
  return Array.isArray(roles) ? roles.includes(role) : roles.cache.has(role);
}

function buttons(key: string, index: number, total: number) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`lw:p:${key}:${index - 1}`)
      .setLabel('◀')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(index === 0),
    new ButtonBuilder()
      .setCustomId(`lw:n:${key}`)
      .setLabel(`${index + 1}/${total}`)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(true),
    new ButtonBuilder()
      .setCustomId(`lw:p:${key}:${index + 1}`)
      .setLabel('▶')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(index >= total - 1),
  );
}

/** The message payload for one page; a page that somehow overflows is cut rather than rejected. */
function payload(page: Page, components: ActionRowBuilder<ButtonBuilder>[] = []) {
  const safe = pageFits(page)
    ? page
    : { ...page, embeds: page.embeds.slice(0, 1), content: page.content?.slice(0, LIMITS.content) };
  return {
    content: safe.content ?? '',
    embeds: safe.embeds,
    components: [...actionRows(safe), ...components],
    allowedMentions: NO_MENTIONS,
  };
}

/** A page's own buttons, five to a row, leaving the last row for paging. */
function actionRows(page: Page): ActionRowBuilder<ButtonBuilder>[] {
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  const actions = (page.actions ?? []).slice(0, 20);
  for (let i = 0; i < actions.length; i += 5) {
    const buttons = actions
      .slice(i, i + 5)
      .map((a) =>
        new ButtonBuilder().setCustomId(`lw:act:${a.id}`).setLabel(a.label.slice(0, 80)).setStyle(ButtonStyle.Success),
      );
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons));
  }
  return rows;
}

export function attachDispatcher(client: Client, options: DispatcherOptions): () => void {
  const paged = new Map<string, Paged>();
  const deferAfter = options.deferAfterMs ?? 1500;
  const log = options.logger;

  const prune = () => {
    const now = Date.now();
    for (const [k, v] of paged) if (v.expires < now) paged.delete(k);
  };

  const answer = async (interaction: ChatInputCommandInteraction, reply: ChatReply) => {
    const first = reply.pages[0] ?? { content: '—', embeds: [] };
    let components: ActionRowBuilder<ButtonBuilder>[] = [];
    if (reply.pages.length > 1) {
      prune();
      paged.set(interaction.id, { pages: reply.pages, userId: interaction.user.id, expires: Date.now() + PAGE_TTL_MS });
      components = [buttons(interaction.id, 0, reply.pages.length)];
    }
    const files = (reply.files ?? []).map((f) => ({ attachment: Buffer.from(f.data), name: f.name }));
    const body = { ...payload(first, components), ...(files.length > 0 ? { files } : {}) };
    if (interaction.deferred || interaction.replied) await interaction.editReply(body);
    else await interaction.reply({ ...body, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  };

  const runCommand = async (interaction: ChatInputCommandInteraction, command: Command, locale: Locale) => {
    if (command.managerOnly && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await interaction.reply({
        content: t(locale, 'managersOnly'),
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    const ctx = options.context(locale);
    const progress = async (r: ChatReply) => {
      if (interaction.deferred && r.pages[0]) await interaction.editReply(payload(r.pages[0]));
    };
    if (command.defer) await interaction.deferReply();
    const started = performance.now();
    const work = command.execute(optionsOf(interaction.options.data), ctx, progress);
    if (!command.defer) {
      // Fast commands answer directly; if one is unexpectedly slow, acknowledge before the window closes.
      const slow = await Promise.race([
        work.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), deferAfter)),
      ]);
      if (slow && !interaction.deferred) await interaction.deferReply();
    }
    const reply = await work;
    log.info(
      { command: command.data.name, ms: Math.round(performance.now() - started), pages: reply.pages.length },
      'command answered',
    );
    await answer(interaction, reply);
  };

  const alertButton = async (
    interaction: ButtonInteraction,
    action: 'ack' | 'snooze',
    entryId: string,
    locale: Locale,
  ) => {
    if (!mayHandleAlerts(interaction, options.alertRole)) {
      await interaction.reply({ content: t(locale, 'alertHandlersOnly'), flags: MessageFlags.Ephemeral });
      return;
    }
    const member = interaction.member;
    const name = member && 'displayName' in member ? member.displayName : null;
    const user = { id: interaction.user.id, name: name ?? interaction.user.globalName ?? interaction.user.username };
    const message = await options.alertAction?.(action, entryId, user);
    if (!message) {
      await interaction.reply({ content: t(locale, 'alertGone'), flags: MessageFlags.Ephemeral });
      return;
    }
    log.info({ action, entry: entryId, user: user.id }, 'alert handled');
    // The buttons go once someone has acted; the message shows who and when.
    await interaction.update(payload(discordPage(message, entryId)));
  };

  const pageButton = async (interaction: ButtonInteraction, id: string, locale: Locale) => {
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await interaction.reply({ content: t(locale, 'managersOnly'), flags: MessageFlags.Ephemeral });
      return;
    }
    const done = await options.pageAction?.(id, interaction.user.username);
    log.info({ action: id, user: interaction.user.id, done }, 'page action');
    await interaction.reply({
      content: done
        ? t(locale, 'accepted', { user: interaction.user.username, what: done })
        : t(locale, 'expiredPages'),
      allowedMentions: NO_MENTIONS,
      ...(done ? {} : { flags: MessageFlags.Ephemeral }),
    });
  };

  const onButton = async (interaction: ButtonInteraction, locale: Locale) => {
    const [, kind, key, n] = interaction.customId.split(':');
    if (kind === 'act' && key) return pageButton(interaction, key, locale);
    if ((kind === 'ack' || kind === 'snooze') && key) return alertButton(interaction, kind, key, locale);
    if (kind !== 'p' || !key) return;
    const entry = paged.get(key);
    if (!entry || entry.expires < Date.now()) {
      await interaction.reply({ content: t(locale, 'expiredPages'), flags: MessageFlags.Ephemeral });
      return;
    }
    if (entry.userId !== interaction.user.id) {
      await interaction.reply({ content: t(locale, 'notYourPages'), flags: MessageFlags.Ephemeral });
      return;
    }
    const index = Math.max(0, Math.min(entry.pages.length - 1, Number(n)));
    await interaction.update(payload(entry.pages[index] as Page, [buttons(key, index, entry.pages.length)]));
  };

  const complete = async (interaction: AutocompleteInteraction, command: Command, locale: Locale) => {
    const focused = interaction.options.getFocused(true);
    const choices =
      command.autocomplete?.(
        { name: focused.name, value: String(focused.value) },
        optionsOf(interaction.options.data),
        options.context(locale),
      ) ?? [];
    await interaction.respond(
      choices
        .slice(0, LIMITS.choices)
        .map((c) => ({ name: c.name.slice(0, LIMITS.choiceName), value: c.value.slice(0, 100) })),
    );
  };

  const fail = async (interaction: Interaction, locale: Locale, error: unknown) => {
    log.error({ err: error, interaction: interaction.id, type: interaction.type }, 'interaction failed');
    if (!interaction.isRepliable()) return;
    const body = { content: t(locale, 'failed'), allowedMentions: NO_MENTIONS };
    try {
      if (interaction.deferred || interaction.replied) await interaction.editReply(body);
      else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    } catch (e) {
      log.error({ err: e, interaction: interaction.id }, 'could not report the failure to the user');
    }
  };

  const onInteraction = async (interaction: Interaction) => {
    const locale = localeOf(interaction.locale);
    try {
      if (interaction.isButton()) return await onButton(interaction, locale);
      if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
      const command = options.commands.get(interaction.commandName);
      if (!command) {
        log.warn({ command: interaction.commandName }, 'unknown command');
        return;
      }
      if (interaction.isAutocomplete()) return await complete(interaction, command, locale);
      await runCommand(interaction, command, locale);
    } catch (error) {
      await fail(interaction, locale, error);
    }
  };
  const listener = (i: Interaction) => void onInteraction(i);
  client.on(Events.InteractionCreate, listener);
  return () => client.off(Events.InteractionCreate, listener);
}
