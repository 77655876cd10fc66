// Generated CTDC files with a few rare people planted in them: each the only national of a country
// the generator never draws, as in the disclosure attack of issue 19. The attacker is assumed to
// know that such a person is in the file.
import { ctdcRows, seededRandom } from './ctdc-generator.js';

/** Alpha-3 and alpha-2 codes of countries the generator does not use. */
const rare: Array<[string, string]> = [
  ['ISL', 'IS'],
  ['MLT', 'MT'],
  ['FJI', 'FJ'],
  ['BTN', 'BT'],
];

export type PlantedFile = { csv: string; planted: Array<{ citizenship: string }> };

export function plantedCtdc(rows: number, seed: number, people = 3): PlantedFile {
  const lines = [...ctdcRows({ format: 'ctdc-synthetic-2024', rows, seed })];
  const column = lines[0].split(',').indexOf('citizenship');
  const random = seededRandom(seed + 1);
  const planted: PlantedFile['planted'] = [];
  for (let p = 0; p < Math.min(people, rare.length); p++) {
    const row = 1 + Math.floor(random() * (lines.length - 1));
    const cells = lines[row].split(',');
    cells[column] = rare[p][0];
    lines.push(cells.join(','));
    planted.push({ citizenship: rare[p][1] });
  }
  return { csv: `${lines.join('\n')}\n`, planted };
}

/** The same file with one more person (a copy of a random row): its neighbour. */
export function withOneMore(csv: string, seed: number): string {
  const lines = csv.trimEnd().split('\n');
  const random = seededRandom(seed);
  lines.push(lines[1 + Math.floor(random() * (lines.length - 1))]);
  return `${lines.join('\n')}\n`;
}
