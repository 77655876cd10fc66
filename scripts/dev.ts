// Run the CLI from source without building: `npx tsx scripts/dev.ts assess examples/cases/x.json`.
import { guardProcess, run } from '../src/cli/main.js';

guardProcess();
run(process.argv).then((code) => {
  process.exitCode = code;
});
