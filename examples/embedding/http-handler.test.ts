import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationResult, Issue } from '../../src/index';

// The example is plain JavaScript, as users run it with node; imported here by URL.
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
const { createHandler } = (await import(
  pathToFileURL(resolve(import.meta.dirname, 'http-handler.mjs')).href
)) as {
  createHandler: (options?: { ruleset?: string }) => Handler;
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(createHandler());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

const post = (body: string, path = '/score') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('scoring inside an HTTP handler (examples/embedding/http-handler.mjs)', () => {
  it('POST /score answers 200 with the result under the Pontianak ruleset', async () => {
    const input = {
      employee: { id: 'E1' },
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { 'rhk-1': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' },
    };
    const res = await post(JSON.stringify(input));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const result = (await res.json()) as EvaluationResult;
    expect(result.predikat).toBe('sangat-baik');
    expect(result.ruleset).toEqual({ id: 'pemkot-pontianak', version: 1 });
    expect(result.employee).toEqual({ id: 'E1' });
  });

  it('answers 400 with the issues when the input is rejected (a missed target without a justification)', async () => {
    const input = {
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { 'rhk-1': 'di-bawah-ekspektasi', perilaku: 'sesuai-ekspektasi' },
    };
    const res = await post(JSON.stringify(input));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: Issue[] };
    expect(body.issues.map((i) => i.code)).toContain('scoring.missing-justification');
    expect(body.issues[0]?.path).toEqual(['indicators', 0, 'justification']);
  });

  it('answers 400 for a body that is not JSON, 404 elsewhere and 405 for other methods', async () => {
    const bad = await post('{"ratings":');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: Issue[] }).issues[0]?.code).toBe('http.invalid-json');
    expect((await post('{}', '/other')).status).toBe(404);
    const get = await fetch(`${base}/score`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await post(`"${'x'.repeat(1024 * 1024 + 10)}"`);
    expect(res.status).toBe(413);
  });

  it('refuses to start with an invalid ruleset, naming the problem', () => {
    expect(() =>
      createHandler({ ruleset: resolve(import.meta.dirname, '../pontianak/pontianak.cases.json') }),
    ).toThrow(/is not a valid ruleset/);
  });

  it('takes a built-in pack id', async () => {
    const local = createServer(createHandler({ ruleset: 'pp46-2011' }));
    await new Promise<void>((done) => local.listen(0, '127.0.0.1', done));
    try {
      const port = (local.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/score`, {
        method: 'POST',
        body: JSON.stringify({
          indicators: [
            {
              id: 'k1',
              kind: 'pp46-activity',
              kuantitas: { target: 1, realisasi: 1 },
              kualitas: { target: 100, realisasi: 90 },
              waktu: { target: 12, realisasi: 12 },
            },
          ],
          ratings: {
            'orientasi-pelayanan': 80,
            integritas: 80,
            komitmen: 80,
            disiplin: 80,
            'kerja-sama': 80,
          },
        }),
      });
      expect(res.status).toBe(200);
      // SKP: (100 + 90 + 76) / 3 = 88.67; final 0.6 × 88.67 + 0.4 × 80 = 85.20
      expect(((await res.json()) as EvaluationResult).score).toBe('85.20');
    } finally {
      await new Promise<void>((done) => local.close(() => done()));
    }
  });
});
