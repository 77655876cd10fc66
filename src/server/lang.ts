// The language of a request's texts for people: `?lang=` where given (en, fr or es; another value
// is a problem), else the Accept-Language header, else English. Texts in the reply (problems,
// questions, reports) are in that language; ids and codes stay the same in every language. The
// reply says which in Content-Language, and that it varies with Accept-Language.
import type { FastifyInstance } from 'fastify';
import { unknownName } from '../facts/problems.js';
import { defaultLang, isLang, type Lang, langOfAcceptLanguage, languages } from '../i18n/index.js';
import { sendError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
  }
}

export function registerLanguage(app: FastifyInstance): void {
  app.decorateRequest('lang', defaultLang);
  app.addHook('onRequest', async (request, reply) => {
    const fromHeader = langOfAcceptLanguage(request.headers['accept-language']) ?? defaultLang;
    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    if (asked !== undefined && !isLang(asked)) {
      request.lang = fromHeader;
      return sendError(reply, 400, 'invalid_input', 'invalid query', [
        unknownName(
          'lang',
          'unknown_language',
          'language',
          String(asked),
          languages.map((id) => ({ id })),
          fromHeader,
        ),
      ]);
    }
    request.lang = asked ?? fromHeader;
    reply.header('content-language', request.lang);
    reply.header('vary', 'Accept-Language');
  });
}
