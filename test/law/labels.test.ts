// A rule's words in a language: English reads as written beside the rule in the instrument file.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { instruments } from '../../src/law/instruments/index.js';
import { nodes } from '../../src/law/logic/rule.js';
import { ruleLabel, ruleNote } from '../../src/law/render/labels.js';

const everyNode = instruments.flatMap((instrument) =>
  [instrument.rule, ...(instrument.remarks ?? [])].flatMap((root) =>
    [...nodes(root)].map((rule) => ({ instrument: instrument.id, rule })),
  ),
);

describe('rule labels and notes', () => {
  it('in English, are the words written beside the rule', () => {
    const en = translator('en');
    const different = everyNode.filter(
      ({ instrument, rule }) =>
        ruleLabel(en, instrument, rule) !== rule.label || ruleNote(en, instrument, rule) !== rule.note,
    );
    expect(different.map(({ instrument, rule }) => `${instrument} ${rule.id}`)).toEqual([]);
  });
});
