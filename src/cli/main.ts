// The `continuum` command line. Each command lives in its own file (commands.ts lists them) and is
// loaded only when it runs. Exit codes: 0 ok, 2 invalid input (problems printed), 1 internal error.
import { Command, CommanderError } from 'commander';
import { translator } from '../i18n/index.js';
import { DataDirLocked } from '../store/lock-error.js';
import { COMMANDS, commandSummary } from './commands.js';
import { commanderErrorInWords, helpInWords } from './help-words.js';
import {
  DEFAULT_INPUT_LIMITS,
  InputError,
  inputLimits,
  printProblems,
  setMaxInput,
  UsageError,
} from './io.js';
import { chooseCliLang, cliLang } from './lang.js';

/**
 * The program for argv: the command it names (or asks help about, `help estimate`) with its real
 * options; otherwise every command as a line of help, no module loaded.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const tr = translator(cliLang());
  const titles: Record<string, string> = {
    'Usage:': tr.t('cli.help.usage'),
    'Arguments:': tr.t('cli.help.arguments'),
    'Options:': tr.t('cli.help.options'),
    'Commands:': tr.t('cli.help.commands'),
    'Global Options:': tr.t('cli.help.globalOptions'),
  };
  const program = new Command('continuum')
    .description(tr.t('cli.program'))
    .version('0.1.0', '-V, --version', tr.t('cli.help.version'))
    .helpOption('-h, --help', tr.t('cli.help.help'))
    .helpCommand('help [command]', tr.t('cli.help.help'))
    .option('--lang <code>', tr.t('cli.option.lang'))
    // The default sizes are written in the message (no arguments: the help prints without starting
    // FormatJS); test/cli/help.test.ts keeps them equal to DEFAULT_INPUT_LIMITS.
    .option('--max-input <size>', tr.t('cli.option.maxInput'))
    // Commander's headings (Usage:, Options:…) in the run's language; every other title as it is.
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => titles[title] ?? title,
      ...helpInWords(),
    })
    // Commander's errors for a command line it cannot parse, in the run's language too.
    .configureOutput({ outputError: (text, write) => write(commanderErrorInWords(text)) })
    .exitOverride()
    .showHelpAfterError()
    .hook('preAction', (command) => {
      const maxInput = command.opts().maxInput as string | undefined;
      if (maxInput !== undefined) setMaxInput(maxInput);
    });
  // The command's name is the first word that is neither an option nor the value of one (--lang fr).
  const words = (argv?.slice(2) ?? []).filter(
    (arg, i, all) => !arg.startsWith('-') && all[i - 1] !== '--lang' && all[i - 1] !== '--max-input',
  );
  const named = words[0] === 'help' ? words[1] : words[0];
  if (named !== undefined && Object.hasOwn(COMMANDS, named)) {
    (await COMMANDS[named].load()).register(program);
  } else {
    for (const [name, entry] of Object.entries(COMMANDS))
      program.command(`${name} ${entry.args}`.trim()).description(commandSummary(name));
  }
  return program;
}

/** Whether an error is the reader of our output going away (`… | head -2`): not a failure. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

let guarded = false;

/**
 * For the `continuum` executable (bin/continuum.js), once per process: a closed pipe on stdout or stderr ends the command quietly with exit code 0 (the
 * reader has what it wanted), and an error escaping every handler prints one line, not a stack.
 */
export function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  const onStreamError = (error: Error) => {
    if (isClosedPipe(error)) process.exit(0);
    throw error;
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
  process.on('uncaughtException', (error) => {
    if (isClosedPipe(error)) process.exit(0);
    reportFailure(error);
    process.exit(1);
  });
}

/** Print what went wrong and return the exit code: 2 for what the user can mend, 1 for our own failure. */
export function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    printProblems(error);
    return 2;
  }
  if (error instanceof UsageError || error instanceof DataDirLocked) {
    const hint = error instanceof UsageError && error.hint ? ` (${error.hint})` : '';
    process.stderr.write(`continuum: ${error.message}${hint}\n`);
    return 2;
  }
  if (isClosedPipe(error)) return 0;
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${translator(cliLang()).t('cli.internalError', { detail })}\n`);
  if (process.env.CONTINUUM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}

export async function run(argv: string[]): Promise<number> {
  try {
    chooseCliLang(argv, process.env);
  } catch (error) {
    printProblems(error as InputError);
    return 2;
  }
  Object.assign(inputLimits, DEFAULT_INPUT_LIMITS);
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}
