/** What every CLI command is: arguments in, text out through `io`, an exit code back. Commands
 *  never call process.exit or write to the console themselves, so tests run them in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

export async function runCommand(argv: string[], commands: Record<string, Command>, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name !== undefined ? commands[name] : undefined;
  if (!command) {
    const known = Object.keys(commands).join('、');
    io.stderr(`${name === undefined ? '缺少命令' : `未知命令“${name}”`}。用法：npm run -s cli -- <命令> <文件>（命令：${known}）\n`);
    return 1;
  }
  return command(args, io);
}
