// The qinggao command line: `qinggao <command> [args]`. Add a command by adding it to COMMANDS.
import { analyzeCommand } from './analyze-command';

export type Command = (argv: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: qinggao <${Object.keys(COMMANDS).join('|')}> [args]\n`);
    return 2;
  }
  return command(rest);
}
