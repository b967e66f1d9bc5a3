import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIEmbed,
  type APIGuild,
  type APIMessage,
  type APIUser,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  type GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  asRegistered,
  LIMITS,
  messageProblems,
  parseBody,
  type UploadedFile,
  withoutLocalizations,
} from './discord-rules.js';

export { messageProblems, type UploadedFile };

/**
 * A local stand-in for Discord's gateway and REST API, faithful enough for the real discord.js client, and
 * strict where the client is not: message and embed limits, 25 autocomplete choices, the 3-second
 * acknowledgement window and double acknowledgements are enforced as Discord does. Tests can inject 429s,
 * 5xx answers and gateway reconnects, and read every request and message.
 */

export const TOKEN = 'MTA.fake.token';
export const APP_ID = '1100000000000000001';
export const GUILD_ID = '1200000000000000001';
export const BOT_ID = '1100000000000000001';
export const CHANNELS = { alerts: '1300000000000000001', digest: '1300000000000000002', ops: '1300000000000000003' };
/** A guild role (e.g. the one `alerts.role` names); members get roles through `SendOptions.roles`. */
export const ROLES = { alertHandlers: '1500000000000000001' };

let snowflakeCounter = 0;
export function snowflake(): string {
  const ms = BigInt(Date.now() - 1420070400000);
  return ((ms << 22n) | BigInt(snowflakeCounter++ % 4096)).toString();
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | null;
  body: unknown;
  status: number;
}

interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  createdAt: number;
  acked: boolean;
  callbacks: { type: number; data: unknown }[];
  original: APIMessage | null;
  /** For a button click: the message the button is on, which an UPDATE_MESSAGE callback edits. */
  messageId: string | null;
  followUps: APIMessage[];
  waiters: (() => void)[];
}

export interface Injected {
  route: RegExp;
  status: number;
  remaining: number;
  retryAfter?: number;
}

export interface FakeOptions {
  /** Acknowledgement window in ms (Discord: 3000). */
  ackWindowMs?: number;
  heartbeatIntervalMs?: number;
  /**
   * How long Discord remembers an enforced nonce (its docs say "the past few minutes"): a resend later than
   * this creates a second message, as the real API does.
   */
  nonceWindowMs?: number;
}

export class DiscordFake {
  readonly requests: RecordedRequest[] = [];
  readonly messages: APIMessage[] = [];
  readonly commands = new Map<string, unknown[]>();
  readonly interactions = new Map<string, InteractionState>();
  readonly injected: Injected[] = [];
  /** Files uploaded with messages (multipart), e.g. the digest chart. */
  readonly uploads: UploadedFile[] = [];
  /** Gateway frames sent by clients (op codes), for heartbeat and resume assertions. */
  readonly clientFrames: { op: number; d: unknown }[] = [];
  private server: http.Server;
  private wss: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private session: { id: string; seq: number } | null = null;
  private port = 0;
  private readonly ackWindowMs: number;
  private readonly heartbeatIntervalMs: number;
  private readonly nonceWindowMs: number;
  user: APIUser = {
    id: BOT_ID,
    username: 'landwatch',
    discriminator: '0000',
    global_name: null,
    avatar: null,
    bot: true,
  };

  constructor(options: FakeOptions = {}) {
    this.ackWindowMs = options.ackWindowMs ?? 3000;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.connect(ws));
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- gateway -------------------------------------------------------------------------------------

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    const send = (payload: unknown) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(payload));
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      this.clientFrames.push(frame);
      if (frame.op === GatewayOpcodes.Heartbeat) send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
      if (frame.op === GatewayOpcodes.Identify) {
        if (frame.d.token !== TOKEN) return ws.close(4004, 'Authentication failed.');
        this.session = { id: `session-${snowflake()}`, seq: 0 };
        this.dispatch(ws, 'READY', {
          v: 10,
          user: this.user,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: this.session.id,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatch(ws, 'GUILD_CREATE', this.guild());
      }
      if (frame.op === GatewayOpcodes.Resume) {
        if (frame.d.session_id !== this.session?.id) return ws.close(4009, 'Session timed out.');
        this.dispatch(ws, 'RESUMED', null);
      }
    });
  }

  private dispatch(ws: WebSocket, t: string, d: unknown): void {
    if (!this.session) return;
    this.session.seq++;
    ws.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: this.session.seq, d }));
  }

  private broadcast(t: `${GatewayDispatchEvents}`, d: unknown): void {
    for (const ws of this.sockets) if (ws.readyState === ws.OPEN) this.dispatch(ws, t, d);
  }

  /** Asks every client to reconnect and resume (op 7), as Discord does during deploys. */
  requestReconnect(): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null, s: null, t: null }));
  }

  private guild(): APIGuild & { channels: unknown[]; members: unknown[]; joined_at: string } {
    const role = (id: string, name: string, position: number) => ({
      id,
      name,
      color: 0,
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0,
    });
    const channel = (id: string, name: string, position: number) => ({
      id,
      type: ChannelType.GuildText,
      name,
      position,
      guild_id: GUILD_ID,
      permission_overwrites: [],
    });
    return {
      id: GUILD_ID,
      name: '国土资源信息公开检查组',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '1400000000000000001',
      afk_channel_id: null,
      afk_timeout: 60,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [role(GUILD_ID, '@everyone', 0), role(ROLES.alertHandlers, '预警处理', 1)],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'zh-CN',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      stickers: [],
      hub_type: null,
      incidents_data: null,
      joined_at: new Date().toISOString(),
      channels: [
        channel(CHANNELS.alerts, 'alerts', 0),
        channel(CHANNELS.digest, 'digest', 1),
        channel(CHANNELS.ops, 'ops', 2),
      ],
      members: [],
    } as unknown as APIGuild & { channels: unknown[]; members: unknown[]; joined_at: string };
  }

  // ---- interactions --------------------------------------------------------------------------------

  private member(userId: string, permissions: string, roles: string[]) {
    return {
      user: { id: userId, username: `user${userId.slice(-3)}`, discriminator: '0000', global_name: null, avatar: null },
      roles,
      joined_at: new Date().toISOString(),
      permissions,
      deaf: false,
      mute: false,
      flags: 0,
    };
  }

  private base(type: InteractionType, opts: SendOptions) {
    const id = snowflake();
    const token = `tok_${id}_${Math.random().toString(36).slice(2)}`;
    this.interactions.set(id, {
      id,
      token,
      type,
      createdAt: Date.now(),
      acked: false,
      callbacks: [],
      original: null,
      messageId: null,
      followUps: [],
      waiters: [],
    });
    return {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      guild_id: GUILD_ID,
      guild: { id: GUILD_ID, locale: 'zh-CN', features: [] },
      guild_locale: 'zh-CN',
      channel_id: CHANNELS.alerts,
      channel: {
        id: CHANNELS.alerts,
        type: ChannelType.GuildText,
        name: 'alerts',
        guild_id: GUILD_ID,
        permissions: '2248473465835073',
      },
      member: this.member(
        opts.userId ?? '1400000000000000002',
        opts.permissions ?? '2248473465835105',
        opts.roles ?? [],
      ),
      locale: opts.locale ?? 'zh-CN',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      attachment_size_limit: 10485760,
    };
  }

  private commandData(name: string, options: Record<string, string | number | boolean>, focused?: string) {
    const registered = [...this.commands.values()].flat() as { id: string; name: string }[];
    const cmd = registered.find((c) => c.name === name);
    return {
      id: cmd?.id ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: GUILD_ID,
      options: Object.entries(options).map(([n, value]) => ({
        name: n,
        type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
        value,
        ...(n === focused ? { focused: true } : {}),
      })),
    };
  }

  /** Sends a slash command as INTERACTION_CREATE and returns its id. */
  sendCommand(name: string, options: Record<string, string | number | boolean> = {}, opts: SendOptions = {}): string {
    const payload = { ...this.base(InteractionType.ApplicationCommand, opts), data: this.commandData(name, options) };
    this.broadcast('INTERACTION_CREATE', payload);
    return payload.id;
  }

  sendAutocomplete(
    name: string,
    focused: string,
    options: Record<string, string | number>,
    opts: SendOptions = {},
  ): string {
    const payload = {
      ...this.base(InteractionType.ApplicationCommandAutocomplete, opts),
      data: this.commandData(name, options, focused),
    };
    this.broadcast('INTERACTION_CREATE', payload);
    return payload.id;
  }

  /** Clicks a button on a message the bot sent. */
  clickButton(message: APIMessage, customId: string, opts: SendOptions = {}): string {
    const payload = {
      ...this.base(InteractionType.MessageComponent, opts),
      message,
      data: { custom_id: customId, component_type: ComponentType.Button },
    };
    const state = this.interactions.get(payload.id);
    if (state) state.messageId = message.id;
    this.broadcast('INTERACTION_CREATE', payload);
    return payload.id;
  }

  /** Resolves when the interaction has an initial response and, if `final`, a non-deferred message. */
  async waitFor(
    id: string,
    predicate: (s: InteractionState) => boolean,
    timeoutMs = 10_000,
  ): Promise<InteractionState> {
    const state = this.interactions.get(id);
    if (!state) throw new Error(`no interaction ${id}`);
    const started = Date.now();
    while (!predicate(state)) {
      if (Date.now() - started > timeoutMs) throw new Error(`interaction ${id}: condition not met in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        state.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return state;
  }

  private notify(state: InteractionState): void {
    const waiters = state.waiters;
    state.waiters = [];
    for (const w of waiters) w();
  }

  // ---- REST ----------------------------------------------------------------------------------------

  /** The next `count` requests matching `route` get `status` (429 carries Retry-After). */
  inject(route: RegExp, status: number, count = 1, retryAfter = 0.2): void {
    this.injected.push({ route, status, remaining: count, retryAfter });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const { body, files } = parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '');
    this.uploads.push(...files);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      auth: req.headers.authorization ?? null,
      body,
      status: 0,
    };
    this.requests.push(record);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      // A 204 carries no body and so no content type: clients parse JSON by the header.
      res.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const injected = this.injected.find((i) => i.remaining > 0 && i.route.test(`${record.method} ${path}`));
    if (injected) {
      injected.remaining--;
      if (injected.status === 429) {
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: injected.retryAfter, global: false },
          {
            'retry-after': String(injected.retryAfter),
            'x-ratelimit-scope': 'user',
          },
        );
      }
      return reply(injected.status, { message: 'injected failure', code: 0 });
    }
    const invalid = (problems: string[]) => reply(400, { code: 50035, message: 'Invalid Form Body', errors: problems });
    const authed = record.auth === `Bot ${TOKEN}`;

    if (record.method === 'GET' && path === '/gateway/bot') {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    const commandsRoute = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (commandsRoute) {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      const key = commandsRoute[2] ?? 'global';
      const guildId = commandsRoute[2];
      if (record.method === 'GET') {
        // Discord leaves the localization maps out unless asked for them.
        const full = url.searchParams.get('with_localizations') === 'true';
        return reply(
          200,
          (this.commands.get(key) ?? []).map((c) => (full ? c : withoutLocalizations(c))),
        );
      }
      if (record.method === 'PUT') {
        const list = (body as Record<string, unknown>[]).map((c) => asRegistered(c, guildId, APP_ID, snowflake));
        this.commands.set(key, list);
        return reply(200, list);
      }
      if (record.method === 'POST') {
        const created = asRegistered(body as Record<string, unknown>, guildId, APP_ID, snowflake);
        const others = (this.commands.get(key) ?? []).filter((c) => (c as { name: string }).name !== created.name);
        this.commands.set(key, [...others, created]);
        return reply(201, created);
      }
    }
    const channelRoute = path.match(/^\/channels\/(\d+)\/messages$/);
    if (channelRoute && record.method === 'GET') {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      const limit = Number(url.searchParams.get('limit') ?? 50);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        return invalid([`limit: ${url.searchParams.get('limit')} is not an integer from 1 to 100`]);
      const before = url.searchParams.get('before');
      const after = url.searchParams.get('after');
      // Newest first; ephemeral replies are not channel messages; the nonce is only echoed on creation.
      const found = this.messagesIn(channelRoute[1] as string)
        .filter((m) => ((m.flags ?? 0) & 64) === 0)
        .filter((m) => (!before || BigInt(m.id) < BigInt(before)) && (!after || BigInt(m.id) > BigInt(after)))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      const page = after ? found.slice(-limit) : found.slice(0, limit);
      return reply(
        200,
        page.map(({ nonce: _nonce, ...m }) => m),
      );
    }
    if (channelRoute && record.method === 'POST') {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      const problems = messageProblems(body as { content?: string; embeds?: APIEmbed[] });
      if (problems.length > 0) return invalid(problems);
      // With enforce_nonce, Discord returns the message it created with this nonce in the past few minutes
      // instead of a new one; after that it has forgotten the nonce.
      const { nonce, enforce_nonce } = body as { nonce?: string; enforce_nonce?: boolean };
      const earlier =
        nonce && enforce_nonce
          ? this.messages.find(
              (x) =>
                x.channel_id === channelRoute[1] &&
                x.nonce === nonce &&
                Date.now() - Date.parse(x.timestamp) <= this.nonceWindowMs,
            )
          : undefined;
      if (earlier) return reply(200, earlier);
      return reply(200, this.storeMessage(channelRoute[1] as string, body as Partial<APIMessage>));
    }
    const callbackRoute = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (callbackRoute && record.method === 'POST') {
      const state = this.interactions.get(callbackRoute[1] as string);
      if (!state || state.token !== callbackRoute[2])
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (Date.now() - state.createdAt > this.ackWindowMs)
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (state.acked) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const cb = body as { type: number; data?: { content?: string; embeds?: APIEmbed[]; choices?: unknown[] } };
      if (cb.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
        const choices = (cb.data?.choices ?? []) as { name: string }[];
        if (choices.length > LIMITS.choices) return invalid([`choices: ${choices.length} > ${LIMITS.choices}`]);
        const long = choices.find((c) => c.name.length > LIMITS.choiceName || c.name.length < 1);
        if (long) return invalid([`choices.name: length ${long.name.length}`]);
      } else if (cb.data) {
        const problems = messageProblems(cb.data);
        if (problems.length > 0) return invalid(problems);
      }
      state.acked = true;
      state.callbacks.push({ type: cb.type, data: cb.data ?? null });
      if (cb.type === InteractionResponseType.UpdateMessage && state.messageId) {
        // Editing the message the button is on, wherever it is.
        const target = this.messages.find((x) => x.id === state.messageId);
        state.original = this.storeMessage(
          target?.channel_id ?? CHANNELS.alerts,
          cb.data as Partial<APIMessage>,
          state.messageId,
        );
      } else if (
        cb.type === InteractionResponseType.ChannelMessageWithSource ||
        cb.type === InteractionResponseType.UpdateMessage
      ) {
        state.original = this.storeMessage(CHANNELS.alerts, cb.data as Partial<APIMessage>, state.original?.id);
      }
      this.notify(state);
      return reply(204);
    }
    const webhookRoute = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (webhookRoute) {
      const state = [...this.interactions.values()].find((s) => s.token === webhookRoute[2]);
      if (!state) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (record.method === 'GET' && webhookRoute[3] === '@original') {
        return state.original ? reply(200, state.original) : reply(404, { message: 'Unknown Message', code: 10008 });
      }
      const problems = messageProblems(body as { content?: string; embeds?: APIEmbed[] });
      if (problems.length > 0) return invalid(problems);
      if (record.method === 'PATCH' && webhookRoute[3] === '@original') {
        if (!state.acked) return reply(404, { message: 'Unknown Message', code: 10008 });
        state.original = this.storeMessage(
          CHANNELS.alerts,
          { ...(state.original ?? {}), ...(body as object) },
          state.original?.id,
        );
        this.notify(state);
        return reply(200, state.original);
      }
      if (record.method === 'POST' && !webhookRoute[3]) {
        const msg = this.storeMessage(CHANNELS.alerts, body as Partial<APIMessage>);
        state.followUps.push(msg);
        this.notify(state);
        return reply(200, msg);
      }
    }
    return reply(404, { message: `404: Not Found (${record.method} ${path})`, code: 0 });
  }

  private storeMessage(
    channelId: string,
    body: Partial<APIMessage> & { flags?: number },
    replaceId?: string,
  ): APIMessage {
    const previous = replaceId ? this.messages.find((x) => x.id === replaceId) : undefined;
    const message = {
      id: replaceId ?? snowflake(),
      channel_id: channelId,
      author: this.user,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: replaceId ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: 0,
      flags: body.flags ?? 0,
      allowed_mentions: (body as { allowed_mentions?: unknown }).allowed_mentions,
      ...(body.nonce !== undefined
        ? { nonce: body.nonce }
        : previous?.nonce !== undefined
          ? { nonce: previous.nonce }
          : {}),
    } as APIMessage & { allowed_mentions?: unknown };
    const index = this.messages.findIndex((x) => x.id === message.id);
    if (index >= 0) this.messages[index] = message;
    else this.messages.push(message);
    return message;
  }

  messagesIn(channelId: string): APIMessage[] {
    return this.messages.filter((m) => m.channel_id === channelId);
  }
}

export interface SendOptions {
  locale?: string;
  userId?: string;
  /** The member's permission bitfield as a string; "0" has none. The default includes Manage Server. */
  permissions?: string;
  /** The member's role ids; none by default. */
  roles?: string[];
}
