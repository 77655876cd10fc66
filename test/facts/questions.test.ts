// Every fact has its question, and every value of the vocabulary its words, in every language.
import { describe, expect, it } from 'vitest';
import {
  allQuestionPaths,
  answerLabel,
  questionFor,
  sectionsIn,
  valueLabel,
} from '../../src/facts/questions.js';
import {
  exploitationKinds,
  immigrationStatuses,
  payLevels,
  recruiters,
  sectors,
  stateImposedObligations,
} from '../../src/facts/schema.js';
import { languages, translator } from '../../src/i18n/index.js';

const enumValues = [
  ...immigrationStatuses,
  ...recruiters,
  ...exploitationKinds,
  ...sectors,
  ...stateImposedObligations,
  ...payLevels,
  'female',
  'male',
  'other',
  'regular',
  'irregular',
];

describe('questions and values in every language', () => {
  for (const lang of languages) {
    it(`${lang}: a question for every fact and a title for every section`, () => {
      const tr = translator(lang);
      expect(allQuestionPaths().filter((path) => !tr.has(`facts.question.${path}`))).toEqual([]);
      for (const section of sectionsIn(lang))
        expect(tr.has(`facts.section.${section.id}`), section.id).toBe(true);
      expect(enumValues.filter((value) => !tr.has(`facts.value.${value}`))).toEqual([]);
    });
  }

  it('gives the words of the language asked for', () => {
    expect(questionFor('control.freeToLeave', 'fr')).toBe(
      'La personne pouvait-elle cesser de travailler et partir sans aucune sanction\u00a0?',
    );
    expect(questionFor('control.freeToLeave', 'es')).toBe(
      '¿Podía la persona dejar de trabajar y marcharse sin sufrir ninguna sanción?',
    );
    expect(questionFor('no.such.fact', 'fr')).toBe('no.such.fact');
    expect(valueLabel('tied_work_visa', 'es')).toBe('visado de trabajo vinculado al empleador');
    expect(answerLabel(['labour', 'begging'], 'fr')).toBe('travail et mendicité');
    expect(answerLabel(null, 'es')).toBe('desconocido');
    expect(sectionsIn('fr')[0].title).toBe('Personne et statut');
  });
});
