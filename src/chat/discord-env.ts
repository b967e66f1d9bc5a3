import { z } from 'zod';
import { ConfigError, show } from '../config/config-error.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

const discordEnvSchema = z.object({
  DISCORD_TOKEN: z.string().min(1),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API: z.url({ protocol: /^https?$/ }).optional(),
  ALERT_CHANNEL_ID: snowflake.optional(),
  DIGEST_CHANNEL_ID: snowflake.optional(),
  OPS_CHANNEL_ID: snowflake.optional(),
});

export type DiscordEnv = z.output<typeof discordEnvSchema>;

/** Discord settings from the environment; an error names the variable and, except for the token, its value. */
export function parseDiscordEnv(env: NodeJS.ProcessEnv): DiscordEnv {
  const picked = Object.fromEntries(Object.keys(discordEnvSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])));
  const result = discordEnvSchema.safeParse(picked);
  if (result.success) return result.data;
  throw new ConfigError(
    'environment',
    result.error.issues.map((i) => {
      const name = String(i.path[0]);
      const value = name === 'DISCORD_TOKEN' ? '(hidden)' : show(picked[name]);
      return `${name}: ${i.message} (value: ${value})`;
    }),
  );
}
