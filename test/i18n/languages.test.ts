// How a language is chosen: tags, Accept-Language, the POSIX locale; and the CLI and the API honour it.
import { describe, expect, it } from 'vitest';
import { langOfAcceptLanguage, langOfPosixLocale, langOfTag, translator } from '../../src/i18n/index.js';
import { serveForTests } from '../server/helpers.js';
import { runCli, tempFile } from '../support/cli.js';

describe('choosing a language', () => {
  it('reads the language of a tag, with or without a region or an underscore', () => {
    expect(langOfTag('fr-CH')).toBe('fr');
    expect(langOfTag('es_419')).toBe('es');
    expect(langOfTag('EN-gb')).toBe('en');
    expect(langOfTag('de-DE')).toBeUndefined();
    expect(langOfTag('not a tag')).toBeUndefined();
  });

  it('ranks Accept-Language by quality, then by order, and skips q=0 and what we lack', () => {
    expect(langOfAcceptLanguage('de-DE, fr;q=0.5, es;q=0.9')).toBe('es');
    expect(langOfAcceptLanguage('fr-CA;q=0.8, es;q=0.8')).toBe('fr');
    expect(langOfAcceptLanguage('fr;q=0, en;q=0.1')).toBe('en');
    expect(langOfAcceptLanguage('de, *;q=0.5')).toBeUndefined();
    expect(langOfAcceptLanguage(undefined)).toBeUndefined();
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG; C and POSIX mean no language', () => {
    expect(langOfPosixLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(langOfPosixLocale({ LC_ALL: 'es_ES.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('es');
    expect(langOfPosixLocale({ LC_MESSAGES: 'es_MX', LANG: 'fr_FR.UTF-8' })).toBe('es');
    expect(langOfPosixLocale({ LC_ALL: 'C.UTF-8', LANG: 'fr_FR.UTF-8' })).toBeUndefined();
    expect(langOfPosixLocale({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    expect(langOfPosixLocale({})).toBeUndefined();
  });

  it('formats numbers, dates, lists and country names through Intl', () => {
    const fr = translator('fr');
    expect(fr.date('2019-03-11')).toBe('11 mars 2019');
    expect(translator('es').date('2019-03-11')).toBe('11 de marzo de 2019');
    expect(fr.number(1234.5)).toMatch(/^1\s234,5$/u);
    expect(fr.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(translator('es').list(['a', 'b'], 'disjunction')).toBe('a o b');
    expect(fr.country('GB')).toBe('Royaume-Uni');
    expect(translator('es').country('DE')).toBe('Alemania');
    expect(translator('en').country('CI')).toBe('Côte d’Ivoire');
  });
});

const badCase = { schemaVersion: 1, person: { ageAtRecruitment: 'x' } };

async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('the command line language', () => {
  const file = tempFile(badCase);

  it('words problems in the language of --lang, before or after the command', async () => {
    const fr = await runCli(['--lang', 'fr', 'assess', file]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('données non valides');
    expect(fr.stderr).toContain(
      'person.ageAtRecruitment\u00a0: type incorrect (attendu\u00a0: nombre\u00a0;',
    );
    const es = await runCli(['assess', file, '--lang=es']);
    expect(es.stderr).toContain('person.ageAtRecruitment: tipo incorrecto (se esperaba: número;');
  });

  it('takes the language from LC_ALL or LANG when --lang is not given, and --lang wins', async () => {
    const fromLang = await withEnv({ LC_ALL: '', LANG: 'es_ES.UTF-8' }, () => runCli(['assess', file]));
    expect(fromLang.stderr).toContain('datos no válidos');
    const fromLcAll = await withEnv({ LC_ALL: 'fr_BE.UTF-8', LANG: 'es_ES.UTF-8' }, () =>
      runCli(['assess', file]),
    );
    expect(fromLcAll.stderr).toContain('données non valides');
    const option = await withEnv({ LC_ALL: 'fr_BE.UTF-8' }, () => runCli(['assess', file, '--lang', 'en']));
    expect(option.stderr).toContain('invalid input');
  });

  it('refuses a language it does not have, with exit 2 and the ones it has', async () => {
    const { code, stderr } = await runCli(['assess', file, '--lang', 'de']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown language "de" (expected en | fr | es; found de)');
  });
});

describe('the API language', () => {
  const server = serveForTests();
  const post = (url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload: badCase, headers });

  it('takes ?lang=, else Accept-Language, else English; says which in Content-Language', async () => {
    const query = await post('/api/assess?lang=es', { 'accept-language': 'fr' });
    expect(query.statusCode).toBe(400);
    expect(query.headers['content-language']).toBe('es');
    expect(query.json().problems[0]).toMatchObject({
      path: 'person.ageAtRecruitment',
      code: 'invalid_type',
      message: 'tipo incorrecto',
    });
    const header = await post('/api/assess', { 'accept-language': 'de-DE, fr-CH;q=0.8' });
    expect(header.headers['content-language']).toBe('fr');
    expect(header.headers.vary).toContain('Accept-Language');
    expect(header.json().problems[0].message).toBe('type incorrect');
    const none = await post('/api/assess');
    expect(none.headers['content-language']).toBe('en');
    expect(none.json().problems[0].message).toBe('wrong type');
  });

  it("words the server's own refusals in the request's language too", async () => {
    const nowhere = (lang: string) => server.app.inject({ method: 'GET', url: `/api/nowhere?lang=${lang}` });
    expect((await nowhere('fr')).json().message).toBe('rien à l’adresse GET /api/nowhere');
    expect((await nowhere('es')).json().message).toBe('no hay nada en GET /api/nowhere');
    expect((await nowhere('en')).json().message).toBe('nothing at GET /api/nowhere');
    const anonymous = await server.app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { 'accept-language': 'fr' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'unauthenticated', message: 'connectez-vous d’abord' });
    const notJson = await server.app.inject({
      method: 'POST',
      url: '/api/assess?lang=es',
      payload: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().message).toBe('el cuerpo de la solicitud no es JSON válido');
  });

  it('refuses an unknown ?lang= with a problem naming the parameter', async () => {
    const response = await post('/api/assess?lang=xx');
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({
        path: 'lang',
        code: 'unknown_language',
        expected: 'en | fr | es',
        found: 'xx',
      }),
    ]);
  });
});
