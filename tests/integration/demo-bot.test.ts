import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';

describe('landwatch bot without a token (the npm start demo)', () => {
  it('checks the embedded network, moves its clock and posts alerts and recoveries to the console chat', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['bot', '--cycles', '3', '--interval', '0', '--size', '36'], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      isTty: false,
      env: {},
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/演示模式：36 个模拟单位，540 个栏目/);
    expect(text).toMatch(/第 3 轮检查（模拟日期 \d{4}-\d{2}-\d{2}）/);
    expect(text).toContain('[#预警 alerts] ⚠️ 栏目更新预警｜');
    expect(text).toContain('[#预警 alerts] ✅ 栏目已恢复更新｜');
  }, 60_000);

  it('with a token, rejects bad Discord settings by name without ever printing the token', async () => {
    const err: string[] = [];
    const env = { DISCORD_TOKEN: 'secret-token-value', DISCORD_GUILD_ID: 'abc', DISCORD_API: 'not a url' };
    const code = await runCli(['bot'], { out: () => {}, err: (t) => err.push(t), isTty: false, env });
    expect(code).toBe(1);
    const text = err.join('\n');
    expect(text).toContain('DISCORD_GUILD_ID: must be a Discord id (17–20 digits) (value: "abc")');
    expect(text).toContain('DISCORD_API');
    expect(text).not.toContain('secret-token-value');
  });
});
