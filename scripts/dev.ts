// Run the CLI from source without building: `npx tsx scripts/dev.ts assess examples/cases/x.json`.
import { run } from '../src/cli/main.js';

run(process.argv).then((code) => {
  process.exitCode = code;
});
