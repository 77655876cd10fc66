// The ratification timeline as an SVG file from the command line, in the run's language: Observable Plot drawing into
// linkedom's small DOM (no browser needed).
import { parseHTML } from 'linkedom';
import type { Lang } from '../i18n/index.js';
import { timelineSvg } from '../law/participation/timeline.js';
import type { ParticipationList } from '../law/participation/types.js';

export function ratificationTimelineSvg(list: ParticipationList, through: string, lang: Lang): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return `${timelineSvg(list, through, document as unknown as Document, undefined, lang)}\n`;
}
