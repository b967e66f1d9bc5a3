/**
 * What a slash command is, for deciding whether to register it again: the fields that change how it looks
 * or behaves, with Discord's defaults filled in on both sides. Discord answers with ids, versions and
 * defaults we never sent (`nsfw: false`, `default_member_permissions: null`, `integration_types`), drops
 * what equals a default (`required: false`), and writes empty localizations as null. Pure.
 */

type Json = Record<string, unknown>;

const localized = (v: unknown) => (v && typeof v === 'object' && Object.keys(v).length > 0 ? v : null);
const orNull = (v: unknown) => (v === undefined ? null : v);

function choiceShape(c: Json): Json {
  return { name: c.name, name_localizations: localized(c.name_localizations), value: c.value };
}

function optionShape(o: Json): Json {
  return {
    type: o.type,
    name: o.name,
    name_localizations: localized(o.name_localizations),
    description: o.description,
    description_localizations: localized(o.description_localizations),
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: ((o.choices as Json[] | undefined) ?? []).map(choiceShape),
    min_value: orNull(o.min_value),
    max_value: orNull(o.max_value),
    min_length: orNull(o.min_length),
    max_length: orNull(o.max_length),
    channel_types: o.channel_types ?? [],
    options: ((o.options as Json[] | undefined) ?? []).map(optionShape),
  };
}

/**
 * The shape of a command; `ours` decides whether fields Discord fills in for itself when we leave them out
 * (contexts, integration types, DM permission) take part.
 */
export function commandShape(command: Json, ours: Json = command): Json {
  const shape: Json = {
    type: command.type ?? 1,
    name: command.name,
    name_localizations: localized(command.name_localizations),
    description: command.description,
    description_localizations: localized(command.description_localizations),
    default_member_permissions: orNull(command.default_member_permissions),
    nsfw: command.nsfw ?? false,
    options: ((command.options as Json[] | undefined) ?? []).map(optionShape),
  };
  for (const key of ['contexts', 'integration_types', 'dm_permission'])
    if (ours[key] !== undefined && ours[key] !== null) shape[key] = orNull(command[key]);
  return shape;
}

/** Whether what is registered is what we would register: same commands by name, each the same shape. */
export function sameCommands(ours: Json[], registered: Json[]): boolean {
  if (ours.length !== registered.length) return false;
  return ours.every((mine) => {
    const theirs = registered.find((r) => r.name === mine.name);
    return theirs !== undefined && JSON.stringify(commandShape(theirs, mine)) === JSON.stringify(commandShape(mine));
  });
}
