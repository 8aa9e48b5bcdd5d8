/**
 * CLI entry (`npm run -s cli -- <command> …`, or `node dist-cli/cli.mjs <command> …`: the bundle
 * scripts/build-cli.mjs makes). One line per command below; each command lives in its own file,
 * loaded when it is run, and receives its arguments and an output sink.
 */
import { runCommand, type CliIo, type CommandLoader } from './command';

const commands: Record<string, CommandLoader> = {
  parse: async () => (await import('./parseCommand')).parseCommand,
  progress: async () => (await import('./progressCommand')).progressCommand,
  build: async () => (await import('./buildCommand')).buildCommand,
  check: async () => (await import('./checkCommand')).checkCommand,
  forms: async () => (await import('./formsCommand')).formsCommand,
};

// Piped into `head`, stdout closes early: end quietly, as a Unix tool does, not with a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

runCommand(process.argv.slice(2), commands, io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a problem with the clerk's files: said in Chinese, with the technical detail for
    // whoever maintains the tool.
    process.stderr.write(`内部错误：程序遇到了意外的问题，请把下面的技术信息告诉管理员。\n技术信息：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
