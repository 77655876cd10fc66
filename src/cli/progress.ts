// A progress bar on the terminal's stderr for work that takes more than a second: never when
// stderr is not a terminal (a pipe, a log file) or when the caller prints JSON, so machine output
// stays clean. The line is redrawn at most ten times a second and erased when the work ends.
import type { EstimateProgress } from '../estimate/options.js';
import { translator } from '../i18n/index.js';
import { cliLang } from './lang.js';

export type ProgressBar = { update: (progress: EstimateProgress) => void; end: () => void };

export function progressBar(options: {
  enabled: boolean;
  stream?: NodeJS.WriteStream;
  /** Shown only once the work has taken this long (ms). */
  after?: number;
  now?: () => number;
}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled || !stream.isTTY) return { update: () => {}, end: () => {} };
  const now = options.now ?? (() => performance.now());
  const started = now();
  const after = options.after ?? 1000;
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update({ stage, done, total }) {
      const at = now();
      if (at - started < after || (at - last < 100 && done < total)) return;
      last = at;
      shown = true;
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * width);
      const label = translator(cliLang()).t(`estimate.stage.${stage}`).padEnd(24);
      stream.write(`\r${label}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}\x1b[K`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
