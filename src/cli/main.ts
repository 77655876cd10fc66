// The `continuum` command line. Each command lives in its own file and registers itself here.
// Exit codes: 0 ok, 2 invalid input (problems printed), 1 internal error.
import { Command, CommanderError } from 'commander';
import { InputError, printProblems } from './io.js';

type Register = (program: Command) => void;

const commands: Array<() => Promise<{ register: Register }>> = [
  () => import('./aggregate.js'),
  () => import('./assess.js'),
  () => import('./compare.js'),
  () => import('./explain.js'),
  () => import('./pathways.js'),
  () => import('./import.js'),
  () => import('./estimate.js'),
  () => import('./profile.js'),
  () => import('./schema.js'),
  () => import('./sexwork.js'),
  () => import('./serve.js'),
  () => import('./table.js'),
  () => import('./whatif.js'),
];

export async function buildProgram(): Promise<Command> {
  const program = new Command('continuum')
    .description(
      'Where the law draws its lines: assess a case against trafficking, smuggling, forced-labour and slavery law.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  for (const load of commands) (await load()).register(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = await buildProgram();
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
