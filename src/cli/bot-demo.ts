import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../app/app.js';
import { createWatch } from '../app/watch.js';
import { consoleSink } from '../chat/sinks.js';
import { addDays, chinaDay } from '../domain/day.js';
import type { SectionResult } from '../domain/section-result.js';
import { STATE_LABELS } from '../render/labels.js';
import { generateNetwork } from '../sim/network.js';
import { startSimServer } from '../sim/server.js';
import { openStore, type Store } from '../store/store.js';
import { dashboardBesideBot } from './bot-dashboard.js';
import { configFrom, crawlerForConfig, type Io } from './common.js';

export async function runDemo(
  values: {
    config?: string | undefined;
    cycles?: string | undefined;
    interval?: string | undefined;
    'days-per-cycle'?: string | undefined;
    size?: string | undefined;
  },
  io: Io,
): Promise<number> {
  const day = chinaDay(new Date());
  const network = generateNetwork({ seed: 2009, size: Number(values.size), origin: day, faultRate: 0.08 });
  // Config first: a mistake in it must not leave the network's servers running.
  const config = configFrom({ config: values.config });
  const sim = await startSimServer(network, { today: day, latencyMs: 20, jitterMs: 30 });
  config.bureaus = sim.bureaus();
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-demo-'));
  const store: Store = await openStore(dir);
  // The demo network is local: no need to wait a second between requests to one host, and a page that
  // has not arrived in 3 s (the network's trickling sections) will not arrive at all.
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 50, timeoutMs: 3000 };
  const demoConfig = { ...config, settings: { ...config.settings, fetch } };
  let today = day;
  const now = () => new Date(`${today}T04:00:00Z`);
  const crawler = await crawlerForConfig(config, fetch);
  const app = createApp({ config: demoConfig, store, ...crawler, now });
  const chat = consoleSink(io.out);
  const watch = createWatch(app, {
    sinks: { alerts: [chat], ops: [chat], digest: [chat] },
    logger: pino({ level: 'silent' }),
  });
  const sections = config.bureaus.flatMap((b) => b.sections);
  io.out(
    `landwatch 演示模式：${network.bureaus.length} 个模拟单位，${sections.length} 个栏目（无 DISCORD_TOKEN，消息输出到控制台）`,
  );
  const dashboard = await dashboardBesideBot(app, io.env, pino({ level: 'silent' }));
  if (dashboard) io.out(`看板：${dashboard.url}`);

  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const cycles = Number(values.cycles);
  for (let n = 1; !stopped && (cycles === 0 || n <= cycles); n++) {
    sim.setToday(today);
    io.out(`\n── 第 ${n} 轮检查（模拟日期 ${today}）`);
    const { results } = await watch.cycle(sections);
    io.out(`   ${summary(results)}`);
    // A digest after the second round, then every four rounds (the demo clock runs a week per round).
    if (n % 4 === 2) await watch.digest();
    today = addDays(today, Number(values['days-per-cycle']));
    if (!stopped && (cycles === 0 || n < cycles))
      await new Promise((r) => setTimeout(r, Number(values.interval) * 1000));
  }
  await dashboard?.close();
  await crawler.browser?.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
  return 0;
}

function summary(results: SectionResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s, c]) => `${STATE_LABELS[s as keyof typeof STATE_LABELS]} ${c}`)
    .join('，');
}
