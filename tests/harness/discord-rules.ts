import type { APIEmbed } from 'discord-api-types/v10';

/**
 * What Discord's API checks and fills in that discord.js does not, as pure functions for the local
 * stand-in (discord-fake.ts): message limits, how registered commands come back, multipart bodies.
 */

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  choices: 25,
  choiceName: 100,
};

/** Discord's own checks that discord.js leaves to the server; returns the problems, empty when valid. */
export function messageProblems(body: { content?: string; embeds?: APIEmbed[] }): string[] {
  const problems: string[] = [];
  if ((body.content?.length ?? 0) > LIMITS.content)
    problems.push(`content: ${body.content?.length} > ${LIMITS.content}`);
  const embeds = body.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: ${embeds.length} > ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (what: string, text: string | undefined, max: number) => {
      const n = text?.length ?? 0;
      total += n;
      if (n > max) problems.push(`embeds.${i}.${what}: ${n} > ${max}`);
    };
    check('title', e.title, LIMITS.title);
    check('description', e.description, LIMITS.description);
    check('footer.text', e.footer?.text, LIMITS.footer);
    check('author.name', e.author?.name, LIMITS.author);
    if ((e.fields?.length ?? 0) > LIMITS.fields)
      problems.push(`embeds.${i}.fields: ${e.fields?.length} > ${LIMITS.fields}`);
    e.fields?.forEach((f, j) => {
      check(`fields.${j}.name`, f.name, LIMITS.fieldName);
      check(`fields.${j}.value`, f.value, LIMITS.fieldValue);
      if (!f.name || !f.value) problems.push(`embeds.${i}.fields.${j}: name and value must not be empty`);
    });
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds: ${total} characters > ${LIMITS.embedTotal}`);
  return problems;
}

const LOCALIZATIONS = new Set(['name_localizations', 'description_localizations']);

/** A command as Discord answers with it: ids and version added, defaults filled in, `required: false` dropped. */
export function asRegistered(
  c: Record<string, unknown>,
  guildId: string | undefined,
  appId: string,
  newId: () => string,
): Record<string, unknown> {
  const option = (o: Record<string, unknown>): Record<string, unknown> => {
    const { required, ...rest } = o;
    return {
      ...rest,
      ...(required ? { required } : {}),
      ...(Array.isArray(o.options) ? { options: (o.options as Record<string, unknown>[]).map(option) } : {}),
    };
  };
  return {
    id: newId(),
    application_id: appId,
    version: newId(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    name_localizations: null,
    description_localizations: null,
    ...(guildId ? { guild_id: guildId } : { dm_permission: true }),
    ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)),
    ...(Array.isArray(c.options) ? { options: (c.options as Record<string, unknown>[]).map(option) } : {}),
  };
}

export function withoutLocalizations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocalizations);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !LOCALIZATIONS.has(k))
      .map(([k, v]) => [k, withoutLocalizations(v)]),
  );
}

export interface UploadedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/** JSON, or multipart/form-data with a `payload_json` part and files, as discord.js sends attachments. */
export function parseBody(raw: Buffer, contentType: string): { body: unknown; files: UploadedFile[] } {
  const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/);
  if (!boundary) return { body: raw.length > 0 ? JSON.parse(raw.toString('utf8')) : null, files: [] };
  const marker = `--${boundary[1] ?? boundary[2]}`;
  let body: unknown = null;
  const files: UploadedFile[] = [];
  // latin1 keeps every byte, so binary parts survive the split.
  for (const part of raw.toString('latin1').split(marker).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    const head = part.slice(0, split);
    const data = Buffer.from(part.slice(split + 4, part.length - 2), 'latin1');
    const name = head.match(/name="([^"]+)"/)?.[1];
    const filename = head.match(/filename="([^"]+)"/)?.[1];
    if (name === 'payload_json') body = JSON.parse(data.toString('utf8'));
    else if (filename) files.push({ name: filename, contentType: head.match(/Content-Type: (\S+)/i)?.[1] ?? '', data });
  }
  return { body, files };
}
