// The `continuum` command line. Each command lives in its own file and registers itself here.
// Exit codes: 0 ok, 2 invalid input (problems printed), 1 internal error.
import { Command, CommanderError } from 'commander';
import { InputError, printProblems } from './io.js';

type Register = (program: Command) => void;

// Each command's module, by the command's name. Only the module of the command being run is
// loaded (the others pull in the server, the store or the estimation engine: loading them all took
// over a second before any work); help, the version and a mistyped command load them all.
const commands: Record<string, () => Promise<{ register: Register }>> = {
  aggregate: () => import('./aggregate.js'),
  assess: () => import('./assess.js'),
  compare: () => import('./compare.js'),
  explain: () => import('./explain.js'),
  pathways: () => import('./pathways.js'),
  import: () => import('./import.js'),
  estimate: () => import('./estimate.js'),
  profile: () => import('./profile.js'),
  schema: () => import('./schema.js'),
  sexwork: () => import('./sexwork.js'),
  serve: () => import('./serve.js'),
  table: () => import('./table.js'),
  whatif: () => import('./whatif.js'),
};

/** The program with the commands argv can run: the one it names, or all of them. */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('continuum')
    .description(
      'Where the law draws its lines: assess a case against trafficking, smuggling, forced-labour and slavery law.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  const named = argv?.slice(2).find((arg) => !arg.startsWith('-'));
  const only =
    named !== undefined && Object.hasOwn(commands, named) ? [commands[named]] : Object.values(commands);
  for (const load of only) (await load()).register(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
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
    process.stderr.write(
      `continuum: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.CONTINUUM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
