import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMAT_NAMES, formatJsonSchema, getPackSource, parseFormat, parseRuleset } from '../../index';
import {
  DEMO_AGENCY_FILE,
  DEMO_AGENCY_FOLDERS,
  DemoDataError,
  demoDataFolder,
  loadDemoAgencies,
  loadDemoAgency,
} from './agencies';

const examples = resolve(import.meta.dirname, '../../../examples');
/** The behaviour items of the pack the demo's rulesets extend (BerAKHLAK), in its order. */
function packItems(): string[] {
  const pack = parseRuleset(getPackSource('permenpanrb-6-2022'));
  if (!pack.ok) throw new Error('the pack does not parse');
  return pack.value.components.flatMap((c) =>
    c.source.from === 'items' ? c.source.items.map((i) => i.id) : [],
  );
}

const temps: string[] = [];
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A copy of the demo's data files in a temporary folder, with `edit` applied to one agency's file. */
async function copyWith(folder: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-demo-data-'));
  temps.push(dir);
  for (const f of DEMO_AGENCY_FOLDERS) await cp(join(examples, f), join(dir, f), { recursive: true });
  const path = join(dir, folder, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return dir;
}

describe('the demo agencies are data files', () => {
  it('are found in examples/ (from the sources here; from the bundle, ../examples)', () => {
    expect(demoDataFolder()).toBe(examples);
  });

  it('load in report order, each with its parsed ruleset, the stored document and the rated items', async () => {
    const agencies = await loadDemoAgencies();
    expect(agencies.map((a) => [a.id, a.ruleset.id, a.assessment, a.indicatorKind])).toEqual([
      ['pontianak', 'pontianak-kinerja', 'rated-rhk', 'rhk'],
      ['serang', 'serang-kinerja', 'scored', 'iki'],
      ['palu', 'palu-kinerja', 'rated-hasil-kerja', 'rhk'],
    ]);
    const berakhlak = packItems();
    expect(berakhlak).toHaveLength(7);
    expect(agencies.map((a) => a.items)).toEqual([
      berakhlak,
      ['profesionalisme', 'disiplin', 'integritas', 'kontribusi'],
      berakhlak,
    ]);
    for (const a of agencies) {
      // The document is the file without its editor hint, and parses to the same ruleset.
      expect(a.document).not.toHaveProperty('$schema');
      expect((a.document as { extends: string }).extends).toBe('permenpanrb-6-2022');
      expect(parseRuleset(a.document)).toEqual({ ok: true, value: a.ruleset });
    }
    expect(agencies[2]?.ranking?.criteria).toEqual([{ id: 'kinerja', measure: 'predikat' }]);
  });

  it('each demo.yaml validates against the demo-agency JSON Schema (a standard validator)', async () => {
    expect(FORMAT_NAMES).toContain('demo-agency');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of FORMAT_NAMES) {
      const r = formatJsonSchema(name);
      if (r.ok) ajv.addSchema(r.value);
    }
    const schema = formatJsonSchema('demo-agency');
    if (!schema.ok) throw new Error('no schema');
    const validate = ajv.getSchema(schema.value.$id as string);
    if (!validate) throw new Error('not compiled');
    for (const folder of DEMO_AGENCY_FOLDERS) {
      const data = parse(await readFile(join(examples, folder, DEMO_AGENCY_FILE), 'utf8'));
      expect(validate(data), `${folder}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...data, leniency: 'lots' })).toBe(false);
    }
  });

  it('a broken agency file is a DemoDataError naming the file and the place', async () => {
    const dir = await copyWith('serang', DEMO_AGENCY_FILE, (t) =>
      t.replace('leniency: 0.05', 'leniency: lots'),
    );
    const error = await loadDemoAgency('serang', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoDataError);
    expect((error as DemoDataError).message).toBe(
      `${join(dir, 'serang', DEMO_AGENCY_FILE)}: leniency: Wrong type: expected number, received string`,
    );
    expect((error as DemoDataError).issues.map((i) => i.path)).toEqual([['leniency']]);
  });

  it('an agency file with a misspelt key or two units of one id is rejected', () => {
    expect(parseFormat('demo-agency', { id: 'x' }).ok).toBe(false);
    const unit = {
      id: 'u',
      label: { id: 'U', en: 'U' },
      predikat: 'baik',
      share: 1,
      functional: [],
      indicators: [{ id: 'i', label: { id: 'I', en: 'I' }, monthlyTarget: 1 }],
    };
    const agency = {
      id: 'x',
      name: { id: 'X', en: 'X' },
      shows: { id: 'X', en: 'X' },
      ruleset: 'demo.ruleset.json',
      assessment: 'rated-rhk',
      indicatorKind: 'rhk',
      leniency: 0,
      optimism: 0,
      promotion: [],
      units: [unit],
    };
    expect(parseFormat('demo-agency', agency).ok).toBe(true);
    const twice = parseFormat('demo-agency', { ...agency, units: [unit, unit] });
    expect(twice.ok ? [] : twice.issues.map((i) => i.path)).toEqual([['units']]);
    const misspelt = parseFormat('demo-agency', { ...agency, lenency: 0 });
    expect(misspelt.ok ? [] : misspelt.issues.map((i) => i.code)).toEqual(['input.unknown-key']);
  });

  it('a ruleset that parseRuleset rejects, or a missing one, stops the demo with the ruleset file named', async () => {
    const bad = await copyWith('palu', 'demo.ruleset.json', (t) =>
      t.replace('"frequency": "semester"', '"frequency": "fortnightly"'),
    );
    const error = await loadDemoAgency('palu', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoDataError);
    expect((error as DemoDataError).file).toBe(join(bad, 'palu', 'demo.ruleset.json'));
    expect((error as DemoDataError).issues.map((i) => i.path.join('.'))).toEqual(['calendar.frequency']);

    const missing = await copyWith('palu', DEMO_AGENCY_FILE, (t) =>
      t.replace('ruleset: demo.ruleset.json', 'ruleset: nowhere.json'),
    );
    const gone = await loadDemoAgency('palu', missing).catch((e: unknown) => e);
    expect((gone as DemoDataError).message).toBe(`${join(missing, 'palu', 'nowhere.json')}: file not found`);
  });
});
