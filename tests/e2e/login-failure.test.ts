import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { DiscordFake, GUILD_ID } from '../harness/discord-fake.js';

describe('a failed Discord login', () => {
  it('is one clear line and exit code 1, not a stack trace', async () => {
    const fake = await new DiscordFake().start();
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-login-'));
      const bureaus = path.join(dir, 'bureaus.yaml');
      await writeFile(
        bureaus,
        'bureaus:\n  - id: x1\n    name: 测试县自然资源局\n    level: county\n    province: 测试省\n    homepage: http://127.0.0.1:9/\n    sections:\n      notices: http://127.0.0.1:9/tzgg/\n',
      );
      const errors: string[] = [];
      const io: Io = {
        out: () => {},
        err: (t) => errors.push(t),
        isTty: false,
        env: { DISCORD_TOKEN: 'not-the-token', DISCORD_API: fake.api, DISCORD_GUILD_ID: GUILD_ID, LOG_LEVEL: 'silent' },
      };
      const code = await runCli(['bot', '--bureaus', bureaus, '--data', path.join(dir, 'data')], io);
      expect(code).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Discord login failed: /);
      expect(errors[0]).not.toMatch(/\n\s+at /);
    } finally {
      await fake.stop();
    }
  });
});
