// The `continuum` command line. Each command lives in its own file (commands.ts lists them) and is
// loaded only when it runs. Exit codes: 0 ok, 2 invalid input (problems printed), 1 internal error.
import { Command, CommanderError } from 'commander';
import { translator } from '../i18n/index.js';
import { COMMANDS } from './commands.js';
import { InputError, printProblems } from './io.js';
import { chooseCliLang, cliLang } from './lang.js';

/**
 * The program for argv: the command it names (or asks help about, `help estimate`) with its real
 * options; otherwise every command as a line of help, no module loaded.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('continuum')
    .description(
      'Where the law draws its lines: assess a case against trafficking, smuggling, forced-labour and slavery law.',
    )
    .version('0.1.0')
    .option('--lang <code>', translator(cliLang()).t('common.cli.option.lang'))
    .exitOverride()
    .showHelpAfterError();
  // The value of `--lang fr` is no command name.
  const words = (argv?.slice(2) ?? []).filter(
    (arg, i, all) => !arg.startsWith('-') && all[i - 1] !== '--lang',
  );
  const named = words[0] === 'help' ? words[1] : words[0];
  if (named !== undefined && Object.hasOwn(COMMANDS, named)) {
    (await COMMANDS[named].load()).register(program);
  } else {
    for (const [name, entry] of Object.entries(COMMANDS))
      program.command(`${name} ${entry.args}`.trim()).description(entry.summary);
  }
  return program;
}

export async function run(argv: string[]): Promise<number> {
  try {
    chooseCliLang(argv, process.env);
  } catch (error) {
    printProblems(error as InputError);
    return 2;
  }
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      printProblems(error);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${translator(cliLang()).t('common.cli.internalError', { detail })}\n`);
    if (process.env.CONTINUUM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
