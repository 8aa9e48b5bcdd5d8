/** What every CLI command is: arguments in, text out through `io`, an exit code back. Commands
 *  never call process.exit or write to the console themselves, so tests run them in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** A command, loaded when it is run: `parse` does not load the .xlsx writer `build` needs. */
export type CommandLoader = () => Promise<Command>;

export async function runCommand(argv: string[], commands: Record<string, CommandLoader>, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const load = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const known = Object.keys(commands).join('、');
    io.stderr(`${name === undefined ? '缺少命令' : `未知命令“${name}”`}。用法：npm run -s cli -- <命令> <文件>（命令：${known}）\n`);
    return 1;
  }
  return (await load())(args, io);
}
