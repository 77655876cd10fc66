// At the edge, before any route's own validation: no string anywhere in a request — body, query,
// path parameters, object keys included — may hold a NUL character or half a surrogate pair. The
// database cannot store either, so they would otherwise surface as a 500 deep inside a handler.
// A read of a case or dataset by such an id still leaves its trace in the audit log.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../facts/problems.js';
import { storableText, unstorableText } from '../facts/text.js';
import { recordAudit, recordDatasetAudit } from '../store/audit.js';
import type { Store } from '../store/db.js';
import { actorOf } from './auth/session.js';
import { say, sendError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read of one case or dataset by `:id`: a refused id is audited as a failed read. */
    auditedRead?: 'case' | 'dataset';
  }
}

const MAX_PROBLEMS = 20;
const MAX_DEPTH = 64;

function collect(value: unknown, path: string[], problems: Problem[], depth = 0): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (typeof value === 'string') {
    const why = unstorableText(value);
    if (why) problems.push({ path: path.join('.'), code: 'invalid_text', message: `the text ${why}` });
    return;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
  // `path` is one array for the whole walk (each key pushed on the way down, popped on the way
  // back): every request's body passes through here, and the paths are wanted only for a problem.
  for (const key of Object.keys(value)) {
    const why = unstorableText(key);
    path.push(why ? storableText(key) : key);
    if (why) problems.push({ path: path.join('.'), code: 'invalid_text', message: `the field name ${why}` });
    collect((value as Record<string, unknown>)[key], path, problems, depth + 1);
    path.pop();
  }
}

/** The problems of one part of a request, paths relative to it (as the schema validation reports them). */
export function unstorableTextProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  collect(value, [], problems);
  return problems;
}

export function refuseUnstorableText(store: Store) {
  return async function edge(request: FastifyRequest, reply: FastifyReply) {
    const parts: Array<[string, unknown]> = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [where, value] of parts) {
      const problems = unstorableTextProblems(value);
      if (problems.length === 0) continue;
      const audited = request.routeOptions.config.auditedRead;
      const id = (request.params as { id?: unknown } | undefined)?.id;
      if (audited && request.user && typeof id === 'string') {
        const actor = actorOf(request.user, request.ip);
        if (audited === 'case')
          await recordAudit(store.db, actor, 'read', id, { found: false, invalidId: true });
        else await recordDatasetAudit(store.db, actor, 'read', id, { found: false, invalidId: true });
      }
      return sendError(reply, 400, 'invalid_input', say(reply, 'server.invalidPart', { where }), problems);
    }
  };
}
