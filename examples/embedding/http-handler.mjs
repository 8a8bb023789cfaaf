#!/usr/bin/env node
/**
 * Scoring inside an HTTP handler, with nothing but node:http: `POST /score` with an evaluation
 * input (docs/scoring.md, "The evaluation input") answers 200 with the evaluation result, or 400 with the
 * issues that say what to fix. The ruleset is validated and compiled once, when the handler is
 * created, and every request reuses it; scoring is synchronous and does no I/O.
 *
 *   node examples/embedding/http-handler.mjs            # listens on 127.0.0.1:3000
 *   PORT=8080 KINERJA_RULESET=permenpanrb-6-2022 node examples/embedding/http-handler.mjs
 *   curl -s localhost:3000/score -d '{"ratings":{"hasil-kerja":"sesuai-ekspektasi","perilaku":"sesuai-ekspektasi"}}'
 *
 * The same handler works with any framework that gives you Node's (req, res): Express, Fastify's
 * `raw`, a serverless adapter.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRuleset, isPackId, parseRuleset, scoreEvaluation, unwrap } from 'kinerja';

const here = dirname(fileURLToPath(import.meta.url));

/** Requests larger than this are refused (413) before they are parsed. */
const MAX_BODY = 1024 * 1024;

/**
 * A compiled ruleset from a pack id or a ruleset file (JSON). An invalid ruleset throws here, at
 * start-up, with every issue: a server must not start with a policy it cannot apply.
 *
 * @param {string} ruleset a pack id or a path
 */
export function loadRuleset(ruleset) {
  if (isPackId(ruleset)) return unwrap(compileRuleset(ruleset));
  const parsed = parseRuleset(JSON.parse(readFileSync(ruleset, 'utf8')));
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `  ${i.path.join('.')}: ${i.message.en}`);
    throw new Error(`${ruleset} is not a valid ruleset:\n${lines.join('\n')}`);
  }
  return unwrap(compileRuleset(parsed.value));
}

/** Sends a JSON body with a status. */
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** An issue of the handler itself, shaped like the library's issues. */
function problem(code, en, id) {
  return { issues: [{ path: [], code, message: { id, en }, severity: 'error' }] };
}

/** Reads the request body; null when it is larger than MAX_BODY (the rest is read and dropped). */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  return size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8');
}

/**
 * The request handler: `POST /score` → 200 with the result or 400 `{ issues }`; anything else 404 or
 * 405. The ruleset (a pack id or a ruleset file) is compiled once, here.
 *
 * @param {{ ruleset?: string }} [options] default: the Pontianak example ruleset
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createHandler(options = {}) {
  const compiled = loadRuleset(options.ruleset ?? join(here, '..', 'pontianak', 'ruleset.json'));
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/score')
      return send(res, 404, problem('http.not-found', 'Not found', 'Tidak ditemukan'));
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(res, 405, problem('http.method', 'Use POST', 'Gunakan POST'));
    }
    const text = await readBody(req);
    if (text === null)
      return send(
        res,
        413,
        problem('http.too-large', 'The body is larger than 1 MB', 'Isi permintaan lebih dari 1 MB'),
      );
    let input;
    try {
      input = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return send(
        res,
        400,
        problem('http.invalid-json', `Invalid JSON: ${detail}`, `JSON tidak valid: ${detail}`),
      );
    }
    // Never throws on bad input: every problem comes back as an issue with its path.
    const scored = scoreEvaluation(compiled, input);
    if (!scored.ok) return send(res, 400, { issues: scored.issues });
    return send(res, 200, scored.value);
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const handler = createHandler(process.env.KINERJA_RULESET ? { ruleset: process.env.KINERJA_RULESET } : {});
  const port = Number(process.env.PORT ?? 3000);
  createServer(handler).listen(port, '127.0.0.1', () => {
    console.log(`kinerja scoring on http://127.0.0.1:${port}/score`);
  });
}
