import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { DEFAULT_CONFIG_DIR } from '../../src/config/config.js';

let dir: string;
let discord: Server;
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bot-config-'));
  for (const f of ['indicators.yaml', 'bureaus.yaml'])
    await copyFile(path.join(DEFAULT_CONFIG_DIR, f), path.join(dir, f));
  await writeFile(path.join(dir, 'settings.yaml'), '# bad zone\ntimezone: Mars/Olympus\n');
  // A stand-in for the Discord API that records whatever reaches it.
  discord = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => discord.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => discord.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

it('the bot refuses a bad time zone before it logs in or registers anything', async () => {
  const stderr: string[] = [];
  const io: Io = {
    out: () => {},
    err: (t) => stderr.push(t),
    isTty: false,
    env: {
      DISCORD_TOKEN: 'not-a-token',
      DISCORD_API: `http://127.0.0.1:${(discord.address() as AddressInfo).port}/api`,
      LOG_LEVEL: 'silent',
    },
  };
  const code = await runCli(['bot', '--config', dir, '--data', path.join(dir, 'data')], io);
  expect(code).toBe(1);
  expect(stderr.join('\n')).toBe(
    `${path.join(dir, 'settings.yaml')}: invalid configuration\n` +
      '  - line 2: timezone: unknown time zone; use an IANA name such as Asia/Shanghai (value: "Mars/Olympus")',
  );
  expect(requests).toEqual([]);
});
