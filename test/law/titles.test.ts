// Every instrument has its title in every language, and the English one is the instrument's own.
import { describe, expect, it } from 'vitest';
import { languages, translator } from '../../src/i18n/index.js';
import { instruments } from '../../src/law/instruments/index.js';
import { instrumentTitle } from '../../src/law/titles.js';

describe('instrument titles', () => {
  it('the English catalogue gives each instrument the title its file gives it', () => {
    for (const instrument of instruments) expect(instrumentTitle(instrument, 'en')).toBe(instrument.title);
  });

  it('every instrument has a title in every language', () => {
    for (const lang of languages) {
      const missing = instruments.filter((i) => !translator(lang).has(`law.instrument.${i.id}.title`));
      expect(missing.map((i) => i.id)).toEqual([]);
    }
    expect(instrumentTitle({ id: 'un-smuggling-protocol', title: '' }, 'es')).toBe(
      'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire (2000)',
    );
  });
});
