// `continuum bound COUNTRY [--at DATE]`: written beside `continuum parties` in parties.ts.
import type { Command } from 'commander';
import { registerBound } from './parties.js';

export function register(program: Command): void {
  registerBound(program);
}
