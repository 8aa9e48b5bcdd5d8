/**
 * CLI entry (`npm run -s cli -- <command> …`). One line per command below; each command lives in
 * its own file and receives its arguments and an output sink.
 */
import { buildCommand } from './buildCommand';
import { runCommand, type CliIo, type Command } from './command';
import { parseCommand } from './parseCommand';
import { progressCommand } from './progressCommand';

const commands: Record<string, Command> = {
  parse: parseCommand,
  progress: progressCommand,
  build: buildCommand,
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
    process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
