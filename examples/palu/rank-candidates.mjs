#!/usr/bin/env node
/**
 * Merit ranking for a vacancy in the City of Palu: the candidates for an administrator post are
 * checked against Palu's own rule (`promotion.rules["promosi-administrator"]` in ruleset.json),
 * then the eligible ones are ranked on merit, each position explained by the criterion that put it
 * above the next. The ineligible candidates are listed with the conditions they do not meet, so a
 * decision can be traced to data (the write-up's safeguard against favouritism).
 *
 *   node examples/palu/rank-candidates.mjs [--locale id|en]
 *
 * Merit criteria, in order: the predikat of the last completed year, then the competency
 * assessment score (a fact the agency records, `asesmen.kompetensi`); ties are broken by rank
 * (golongan), then by length of service.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRuleset, rankCandidates, renderRanking } from 'kinerja';

const here = dirname(fileURLToPath(import.meta.url));

/** The merit criteria and tie-breakers of Palu's selection committee. */
export const CRITERIA = {
  criteria: [
    { id: 'kinerja', measure: 'predikat' },
    { id: 'nilai-kompetensi', measure: 'fact', path: 'asesmen.kompetensi' },
  ],
  tieBreakers: [
    { id: 'pangkat', measure: 'golongan' },
    { id: 'masa-kerja', measure: 'service' },
  ],
};

const pengawas = { kind: 'struktural', level: 'pengawas', since: '2019-01-02' };
const good = (y2023, y2024) => [
  { year: 2023, predikat: y2023 },
  { year: 2024, predikat: y2024 },
];

/** Fictitious candidates for a Kepala Bagian post (facts as docs/careers.md describes them). */
export const CANDIDATES = [
  {
    id: '198003102006041001',
    facts: {
      birthDate: '1980-03-10',
      serviceStart: '2006-04-01',
      education: 's1',
      rank: { golongan: 'III/d', since: '2021-04-01' },
      position: pengawas,
      performance: good('baik', 'sangat-baik'),
      discipline: [],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 82 },
    },
  },
  {
    id: '198207152008012002',
    facts: {
      birthDate: '1982-07-15',
      serviceStart: '2008-01-01',
      education: 's2',
      rank: { golongan: 'IV/a', since: '2022-04-01' },
      position: pengawas,
      performance: good('sangat-baik', 'sangat-baik'),
      discipline: [],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 78 },
    },
  },
  {
    id: '197905202005011003',
    facts: {
      birthDate: '1979-05-20',
      serviceStart: '2005-01-01',
      education: 's1',
      rank: { golongan: 'III/d', since: '2020-10-01' },
      position: pengawas,
      performance: good('baik', 'baik'),
      discipline: [],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 91 },
    },
  },
  {
    id: '198512012010012004',
    facts: {
      birthDate: '1985-12-01',
      serviceStart: '2010-01-01',
      education: 'd4',
      rank: { golongan: 'III/c', since: '2022-10-01' },
      position: pengawas,
      performance: good('baik', 'baik'),
      discipline: [],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 91 },
    },
  },
  {
    id: '198101012004031005',
    facts: {
      birthDate: '1981-01-01',
      serviceStart: '2004-03-01',
      education: 's1',
      rank: { golongan: 'III/d', since: '2019-04-01' },
      position: pengawas,
      performance: good('baik', 'sangat-baik'),
      discipline: [],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 82 },
    },
  },
  {
    id: '198406062009011006',
    facts: {
      birthDate: '1984-06-06',
      serviceStart: '2009-01-01',
      education: 's1',
      rank: { golongan: 'IV/a', since: '2023-04-01' },
      position: pengawas,
      performance: good('sangat-baik', 'sangat-baik'),
      discipline: [{ level: 'sedang', from: '2025-01-01', to: '2025-12-31' }],
      exams: ['uji-kompetensi'],
      asesmen: { kompetensi: 95 },
    },
  },
  {
    id: '197001152000031007',
    facts: {
      birthDate: '1970-01-15',
      serviceStart: '2000-03-01',
      education: 's1',
      rank: { golongan: 'IV/a', since: '2016-04-01' },
      position: pengawas,
      performance: good('baik', 'baik'),
      discipline: [],
      exams: [],
      asesmen: { kompetensi: 88 },
    },
  },
];

/** Palu's ruleset (extends resolved), read from ruleset.json next to this file. */
export function paluRuleset() {
  const r = parseRuleset(JSON.parse(readFileSync(join(here, 'ruleset.json'), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('\n'));
  return r.value;
}

/**
 * Ranks the candidates for the vacancy as of `asOf` under Palu's `promosi-administrator` rule.
 *
 * @param {string} [asOf]
 */
export function rankForVacancy(asOf = '2025-06-30') {
  const rule = paluRuleset().promotion?.rules['promosi-administrator'];
  if (rule === undefined) throw new Error('ruleset.json has no promosi-administrator rule');
  const r = rankCandidates(rule, CANDIDATES, { asOf, ...CRITERIA });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('\n'));
  return r.value;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const i = process.argv.indexOf('--locale');
  const locale = i > 0 && process.argv[i + 1] === 'en' ? 'en' : 'id';
  process.stdout.write(`${renderRanking(rankForVacancy(), { locale })}\n`);
}
