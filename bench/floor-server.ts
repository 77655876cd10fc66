// The floor for bench/load.ts: a plain Fastify server — no validation, no security headers, no
// store, no workers — whose routes answer POST /api/assess and GET /api/cases/:id with bytes fixed
// in advance: the very bytes `continuum serve` sent for the same requests. What the real routes
// cost beyond this is their own work (checking, assessing, reading, auditing).
// Run by bench/load.ts: node --import tsx bench/floor-server.ts PORT ASSESS_BYTES_FILE READ_BYTES_FILE
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, assessFile, readFile] = process.argv.slice(2);
const assessBytes = readFileSync(assessFile!);
const readBytes = readFileSync(readFile!);
const json = 'application/json; charset=utf-8';

const app = Fastify({ bodyLimit: 256 * 1024 });
// The body is parsed as the real route's is (Fastify's JSON parser), then answered with the bytes.
app.post('/api/assess', async (_request, reply) => reply.type(json).send(assessBytes));
app.get('/api/cases/:id', async (_request, reply) => reply.type(json).send(readBytes));
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log(`floor serving on ${port}`);
