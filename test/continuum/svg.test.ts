// The SVG pictures: well formed, escaped, and saying in text what the colours show.
import { describe, expect, it } from 'vitest';
import { bandRangeOf } from '../../src/continuum/bands.js';
import { profile } from '../../src/continuum/profile.js';
import { bandScaleSvg, continuumSvg, escapeXml, profileSvg } from '../../src/continuum/svg.js';
import { cataloguesByDomain } from '../../src/i18n/catalogues.js';
import { readerFor } from '../../src/law/logic/evaluate.js';
import { allKnown } from './support.js';

/** Open and close tags balance (a small check in place of an XML parser). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

const facts = allKnown({ D4: ['excessiveHours', 'badLivingConditions'], D5: ['documentsConfiscated'] });

describe('svg', () => {
  it('the profile has one row per dimension, one cell per indicator, and says the result in words', () => {
    const svg = profileSvg(profile(facts));
    expect(balanced(svg)).toBe(true);
    for (const id of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6']) expect(svg).toContain(`>${id}</text>`);
    expect(svg.match(/<rect x="\d/g)?.length).toBeGreaterThanOrEqual(66);
    expect(svg).toContain('✔ positive');
    expect(svg).toContain(
      'aria-label="Delphi indicator profile (adult, labour): trafficking by the indicators negative"',
    );
  });

  it('the band scale marks the range', () => {
    const certain = bandScaleSvg({ lowest: 'severe_exploitation', highest: 'severe_exploitation' });
    expect(balanced(certain)).toBe(true);
    expect(certain).toContain('aria-label="Band: Severe exploitation"');
    const range = bandScaleSvg({ lowest: 'decent_work', highest: 'slavery' });
    expect(range).toContain('at least Decent work, at most Slavery');
    expect(range).toContain('possible: Slavery');
  });

  it('speaks the language asked for: the catalogue’s words, the same drawing', () => {
    const english = continuumSvg(profile(facts), bandRangeOf(readerFor(facts)));
    const rects = (svg: string) => svg.match(/<rect /g)?.length;
    for (const lang of ['fr', 'es'] as const) {
      const svg = continuumSvg(profile(facts, lang), bandRangeOf(readerFor(facts)), { lang });
      expect(balanced(svg)).toBe(true);
      expect(rects(svg)).toBe(rects(english));
      const words = cataloguesByDomain[lang].continuum;
      expect(svg).toContain(escapeXml(words['svg.rule']));
      expect(svg).toContain(words['svg.mark.met']);
      expect(svg).toContain(escapeXml(words['svg.observed.not_met']));
      expect(svg).not.toMatch(/Delphi indicator profile|not observed|at least|Band:/);
    }
  });

  it('the combined picture nests both', () => {
    const svg = continuumSvg(profile(facts), bandRangeOf(readerFor(facts)));
    expect(balanced(svg)).toBe(true);
    expect(svg.match(/<svg /g)?.length).toBe(3);
  });

  it('escapes text', () => {
    expect(escapeXml(`<a & "b">'`)).toBe('&lt;a &amp; &quot;b&quot;&gt;&apos;');
  });
});
