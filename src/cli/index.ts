import { LoginError } from '../chat/discord-client.js';
import { ConfigError } from '../config/config-error.js';
import { StoreError } from '../store/store.js';
import { botCommand, botHelp } from './bot.js';
import { checkCommand, checkHelp } from './check.js';
import { type Io, processIo, UsageError } from './common.js';
import { discoverCommand, discoverHelp } from './discover.js';
import { extractCommand, extractHelp } from './extract.js';
import { rankingsCommand, rankingsHelp } from './rankings.js';
import { ratesCommand, ratesHelp } from './rates.js';
import { reportCommand, reportHelp } from './report.js';
import { scoreCommand, scoreHelp } from './score.js';
import { serveCommand, serveHelp } from './serve.js';
import { simCommand, simHelp } from './sim.js';

type Command = { run: (args: string[], io: Io) => Promise<number>; help: string; summary: string };

const COMMANDS: Record<string, Command> = {
  extract: { run: extractCommand, help: extractHelp, summary: 'find the item list and newest date of one page' },
  check: { run: checkCommand, help: checkHelp, summary: 'check every watched section once and store the result' },
  rankings: { run: rankingsCommand, help: rankingsHelp, summary: "rank one level's bureaus by score" },
  score: { run: scoreCommand, help: scoreHelp, summary: "a bureau's score breakdown and what to fix" },
  rates: { run: ratesCommand, help: ratesHelp, summary: 'disclosure rates (公开率) per category and level' },
  report: {
    run: reportCommand,
    help: reportHelp,
    summary: 'write the inspection report (Markdown, HTML or an xlsx workbook)',
  },
  serve: { run: serveCommand, help: serveHelp, summary: 'serve the read-only dashboard (loopback by default)' },
  discover: { run: discoverCommand, help: discoverHelp, summary: "find a bureau's sections from its homepage" },
  sim: { run: simCommand, help: simHelp, summary: 'serve a simulated network of bureau sites on loopback' },
  bot: {
    run: botCommand,
    help: botHelp,
    summary: 'run the bot (without DISCORD_TOKEN: the demo network and a console chat)',
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `landwatch <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "landwatch <command> --help" for a command's options.`;
}

/** Runs one CLI invocation and returns its exit code; never throws for expected failures. */
export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`landwatch ${name}: ${(e as Error).message}\n\n${command.help}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof StoreError || e instanceof LoginError) {
      io.err((e as Error).message);
      return 1;
    }
    throw e;
  }
}
