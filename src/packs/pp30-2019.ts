import { followUpByRank, label, TWO_DECIMALS_HALF_UP } from './common';

const perilakuItems = [
  { id: 'orientasi-pelayanan', label: label('Orientasi pelayanan', 'Service orientation') },
  { id: 'komitmen', label: label('Komitmen', 'Commitment') },
  { id: 'inisiatif-kerja', label: label('Inisiatif kerja', 'Initiative') },
  { id: 'kerja-sama', label: label('Kerja sama', 'Cooperation') },
  { id: 'kepemimpinan', label: label('Kepemimpinan', 'Leadership') },
];

/**
 * PP 30/2019 with PermenPANRB 8/2021 (docs/regulations.md): nilai kinerja = 70% SKP + 30% perilaku,
 * capped at 120; sangat baik needs an innovation.
 */
export const pp30_2019 = {
  schemaVersion: 1,
  id: 'pp30-2019',
  version: 1,
  name: label(
    'Penilaian kinerja PNS (PP 30/2019, PermenPANRB 8/2021)',
    'Civil servant performance appraisal (PP 30/2019, PermenPANRB 8/2021)',
  ),
  sources: ['PP 30/2019 Pasal 41', 'PermenPANRB 8/2021'],
  effective: { from: '2021-07-01', until: '2021-12-31' },
  predikat: [
    { code: 'sangat-baik', rank: 5, label: label('Sangat baik', 'Very good') },
    { code: 'baik', rank: 4, label: label('Baik', 'Good') },
    { code: 'cukup', rank: 3, label: label('Cukup', 'Fair') },
    { code: 'kurang', rank: 2, label: label('Kurang', 'Poor') },
    { code: 'sangat-kurang', rank: 1, label: label('Sangat kurang', 'Very poor') },
  ],
  flags: [
    {
      id: 'innovation',
      label: label('Inovasi yang bermanfaat bagi organisasi', 'An innovation that benefits the organisation'),
    },
  ],
  bandSets: {
    pp30: {
      label: label('Predikat nilai kinerja PP 30/2019', 'PP 30/2019 performance bands'),
      domain: { min: '0', max: '120' },
      bands: [
        { code: 'sangat-kurang', min: '0', max: '50' },
        { code: 'kurang', min: '50', max: '70' },
        { code: 'cukup', min: '70', max: '90' },
        { code: 'baik', min: '90', max: '110' },
        {
          code: 'sangat-baik',
          min: '110',
          max: '120',
          maxInclusive: true,
          requires: ['innovation'],
          otherwise: 'baik',
        },
      ],
    },
  },
  kinds: {
    iki: {
      measure: 'capaian',
      label: label('Indikator kinerja individu', 'Individual performance indicator'),
      lowerIsBetter: 'two-minus-ratio',
      conversion: 'pp30-capaian',
      conversionInput: { scale: 0, mode: 'half-up' },
      maxAchievable: '120',
      cap: '120',
    },
  },
  conversions: {
    'pp30-capaian': {
      label: label('Konversi capaian ke nilai (PermenPANRB 8/2021)', 'Capaian to score (PermenPANRB 8/2021)'),
      segments: [
        { max: '0', constant: '0' },
        { min: '0', max: '60', linear: { x0: '0', y0: '0', x1: '59', y1: '49' } },
        { min: '60', max: '80', linear: { x0: '60', y0: '50', x1: '80', y1: '70' } },
        { min: '80', max: '100', linear: { x0: '80', y0: '70', x1: '100', y1: '90' } },
        { min: '100', max: '100', maxInclusive: true, constant: '109' },
        {
          min: '100',
          minInclusive: false,
          max: '110',
          maxInclusive: true,
          linear: { x0: '101', y0: '110', x1: '110', y1: '120' },
          floor: '109',
        },
        { min: '110', minInclusive: false, constant: '120' },
      ],
    },
  },
  components: [
    {
      id: 'skp',
      label: label('Capaian SKP', 'SKP achievement'),
      source: { from: 'indicators', kinds: ['iki'] },
      aggregate: { method: 'weighted', weights: 'input', normalize: false },
      cap: '120',
      bandSet: 'pp30',
    },
    {
      id: 'perilaku',
      label: label('Perilaku kerja', 'Work behaviour'),
      source: { from: 'items', values: 'number', range: { min: '0', max: '120' }, items: perilakuItems },
      aggregate: { method: 'mean' },
      cap: '120',
      bandSet: 'pp30',
    },
  ],
  final: { method: 'weighted', weights: { skp: '70', perilaku: '30' }, bandSet: 'pp30', cap: '120' },
  rounding: TWO_DECIMALS_HALF_UP,
  justification: { belowTarget: 'warning' },
  followUp: {
    actions: {
      'sangat-baik': followUpByRank[5],
      baik: followUpByRank[4],
      cukup: followUpByRank[3],
      kurang: followUpByRank[2],
      'sangat-kurang': followUpByRank[1],
    },
    trainingNeeds: { count: 3, below: '100' },
  },
  calendar: { frequency: 'semester', yearStartMonth: 1 },
  reconciliation: { default: { method: 'supervisor-of-record' } },
};

/**
 * PP 30/2019 for agencies that collect peer and subordinate input on behaviour (360°):
 * 60% SKP + 40% perilaku. The rater weights are the library's default (no source fixes them).
 */
export const pp30_2019_360 = {
  schemaVersion: 1,
  id: 'pp30-2019-360',
  version: 1,
  extends: 'pp30-2019',
  effective: { from: '2021-07-01', until: '2021-12-31' },
  name: label(
    'Penilaian kinerja PNS dengan perilaku 360° (PP 30/2019)',
    'Civil servant appraisal with 360° behaviour (PP 30/2019)',
  ),
  final: { weights: { skp: '60', perilaku: '40' } },
  reconciliation: {
    items: Object.fromEntries(
      perilakuItems.map((it) => [
        it.id,
        {
          method: 'weighted',
          weights: { supervisor: '50', peers: '25', subordinates: '25' },
          groupAggregate: 'mean',
        },
      ]),
    ),
  },
};
