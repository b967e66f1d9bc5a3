import { runCli } from './cli/index.js';

// `landwatch check | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
// A command that has returned is done: a chat client still trying to reconnect must not keep it alive. The
// timer does not hold the process itself, so a command with nothing left running exits at once.
setTimeout(() => process.exit(), 1000).unref();
