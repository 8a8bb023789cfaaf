import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCaseReport, parseCaseFile, runPolicyCases } from '../src/testing/index';
import { cli, root, tempDir } from './support/cli';

/**
 * Every example runs in `npm test`: the seed agencies' rulesets validate, their case files pass
 * (through the library and through `kinerja test`), their employee CSVs score without a rejected
 * row and are what scripts/generate-examples.mjs generates, and `kinerja validate
 * examples/**\/*.json` exits 0 (the issue's "done when"). The embedding examples have their own
 * tests next to them (examples/embedding/*.test.ts).
 */

const AGENCIES = ['pontianak', 'serang', 'kota-manna', 'palu', 'amplas'] as const;

/** Files under `dir` (relative to the repository), recursively, whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

const rulesets = filesUnder('examples', (n) => n === 'ruleset.json');
const caseFiles = filesUnder('examples', (n) => n.endsWith('.cases.json'));
const csvs = filesUnder('examples', (n) => n.endsWith('.csv'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the seed agencies have each a ruleset, a case file and an employee CSV', () => {
  it.each(AGENCIES)('%s', (agency) => {
    expect(rulesets).toContain(`examples/${agency}/ruleset.json`);
    expect(caseFiles).toContain(`examples/${agency}/${agency}.cases.json`);
    expect(csvs).toContain(`examples/${agency}/employees.csv`);
  });
});

describe('kinerja validate', () => {
  it.each(rulesets)(
    '%s is a valid ruleset that extends a pack and points at the JSON Schema',
    async (file) => {
      const r = await cli(['validate', file]);
      expect(r).toEqual({ code: 0, stdout: `${file}: ok\n`, stderr: '' });
      const doc = readJson(join(root, file)) as { $schema?: string; extends?: string };
      expect(doc.$schema).toBe('../packs/ruleset.schema.json');
      expect(doc.extends).toMatch(/^(permenpanrb-6-2022|pp30-2019|pp46-2011)$/);
    },
  );

  it('examples/**/*.json exits 0: rulesets, case files, the packs and the exported JSON Schema', async () => {
    const r = await cli(['validate', 'examples/**/*.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.every((l) => l.endsWith(': ok'))).toBe(true);
    expect(lines).toContain('examples/packs/ruleset.schema.json: ok');
    expect(lines.length).toBe(filesUnder('examples', (n) => n.endsWith('.json')).length);
  });

  it('a JSON Schema that is not the current ruleset schema is reported, not read as a ruleset', async () => {
    const dir = await tempDir({
      'other.schema.json': JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
      }),
    });
    const r = await cli(['validate', 'other.schema.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'other.schema.json: (root): this JSON Schema is not the ruleset schema of this version of kinerja; regenerate it with "kinerja schema --out FILE"\n',
    );
  });
});

describe('the policy case files pass', () => {
  let total = 0;
  for (const file of caseFiles) {
    const parsed = parseCaseFile(readJson(join(root, file)));
    if (parsed.ok) total += parsed.value.cases.length;
  }

  it.each(caseFiles)('%s, through runPolicyCases (at least 6 cases)', (file) => {
    const parsed = parseCaseFile(readJson(join(root, file)));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message.en).join('\n'));
    const report = runPolicyCases(parsed.value, {
      baseDir: join(root, file, '..'),
      readFile: (p) => readJson(p),
      file,
    });
    expect(report.failed, formatCaseReport(report)).toBe(0);
    expect(report.passed).toBe(parsed.value.cases.length);
    expect(report.passed).toBeGreaterThanOrEqual(6);
  });

  it('kinerja test examples/**/*.cases.json prints "N passed, 0 failed"', async () => {
    const r = await cli(['test', 'examples/**/*.cases.json']);
    expect(r).toEqual({ code: 0, stdout: `${total} passed, 0 failed\n`, stderr: '' });
  });
});

describe('the employee CSVs', () => {
  it.each(AGENCIES)('%s: at least 200 rows, every one scored, a spread of predikat', async (agency) => {
    const r = await cli([
      'score',
      '--ruleset',
      `examples/${agency}/ruleset.json`,
      `examples/${agency}/employees.csv`,
      '--format',
      'jsonl',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const items = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; result?: { predikat: string } });
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(items.filter((i) => !i.ok)).toEqual([]);
    const counts = new Map<string, number>();
    for (const i of items)
      counts.set(i.result?.predikat ?? '', (counts.get(i.result?.predikat ?? '') ?? 0) + 1);
    // Every predikat of the regime occurs, and none takes more than 90% of the employees.
    expect(counts.size).toBe(5);
    expect(Math.max(...counts.values())).toBeLessThan(items.length * 0.9);
    expect(r.stderr).not.toMatch(/rejected/);
  });

  it('are what scripts/generate-examples.mjs generates (run it after changing the generator)', async () => {
    const url = pathToFileURL(join(root, 'scripts/generate-examples.mjs')).href;
    const { generateExamples } = (await import(url)) as { generateExamples: () => Record<string, string> };
    const generated = generateExamples();
    expect(Object.keys(generated).sort()).toEqual([...csvs].sort());
    for (const [path, text] of Object.entries(generated)) {
      expect(readFileSync(join(root, path), 'utf8') === text, `${path} is out of date`).toBe(true);
    }
    // Deterministic: a second run gives the same text.
    expect(generateExamples()).toEqual(generated);
  });
});

describe("Palu's merit ranking (examples/palu/rank-candidates.mjs)", () => {
  it('ranks the eligible candidates by predikat, competency score, rank, then service; lists the others with what they miss', async () => {
    const url = pathToFileURL(join(root, 'examples/palu/rank-candidates.mjs')).href;
    const { rankForVacancy } = (await import(url)) as {
      rankForVacancy: (asOf?: string) => {
        ranked: Array<{
          id: string;
          position: number;
          decidedBy: { criterion: string; next: string } | null;
        }>;
        ineligible: Array<{ id: string; unmet: string[] }>;
      };
    };
    const r = rankForVacancy('2025-06-30');
    // Hand-ranked: 1005 and 1001 (sangat baik 2024, competency 82, III/d) split by service
    // (2004 before 2006); 1002 (sangat baik, 78) next; then the baik pair 1003 and 1004
    // (competency 91 each) split by rank III/d over III/c.
    expect(r.ranked.map((c) => [c.position, c.id, c.decidedBy?.criterion ?? null])).toEqual([
      [1, '198101012004031005', 'masa-kerja'],
      [2, '198003102006041001', 'nilai-kompetensi'],
      [3, '198207152008012002', 'kinerja'],
      [4, '197905202005011003', 'pangkat'],
      [5, '198512012010012004', null],
    ]);
    expect(r.ineligible).toEqual([
      expect.objectContaining({ id: '198406062009011006', unmet: ['bebas-hukuman-disiplin'] }),
      expect.objectContaining({ id: '197001152000031007', unmet: ['usia', 'uji-kompetensi'] }),
    ]);
  });
});

it('the README of the examples names every agency folder', () => {
  const readme = readFileSync(join(root, 'examples/README.md'), 'utf8');
  for (const agency of AGENCIES) expect(readme).toContain(`${agency}/`);
  expect(readme).toContain('embedding/');
});
