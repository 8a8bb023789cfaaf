import { followUpByRank, label } from './common';

const atas = 'di-atas-ekspektasi';
const sesuai = 'sesuai-ekspektasi';
const bawah = 'di-bawah-ekspektasi';

/**
 * PermenPANRB 6/2022 (docs/regulations.md), the current regime: rating hasil kerja × rating perilaku → predikat.
 */
export const permenpanrb_6_2022 = {
  schemaVersion: 1,
  id: 'permenpanrb-6-2022',
  version: 1,
  name: label(
    'Pengelolaan kinerja ASN (PermenPANRB 6/2022)',
    'ASN performance management (PermenPANRB 6/2022)',
  ),
  sources: ['PP 30/2019', 'PermenPANRB 6/2022'],
  effective: { from: '2022-01-01' },
  predikat: [
    { code: 'sangat-baik', rank: 5, label: label('Sangat baik', 'Very good') },
    { code: 'baik', rank: 4, label: label('Baik', 'Good') },
    { code: 'butuh-perbaikan', rank: 3, label: label('Butuh perbaikan', 'Needs improvement') },
    { code: 'kurang', rank: 2, label: label('Kurang (misconduct)', 'Poor (misconduct)') },
    { code: 'sangat-kurang', rank: 1, label: label('Sangat kurang', 'Very poor') },
  ],
  ratingScale: [
    { code: atas, value: '3', label: label('Di atas ekspektasi', 'Above expectations') },
    { code: sesuai, value: '2', label: label('Sesuai ekspektasi', 'Meets expectations') },
    { code: bawah, value: '1', label: label('Di bawah ekspektasi', 'Below expectations') },
  ],
  bandSets: {
    'rating-turunan': {
      label: label(
        'Rating turunan dari rata-rata butir (heuristik instansi, bukan regulasi)',
        'Rating derived from the item mean (agency heuristic, not regulation)',
      ),
      domain: { min: '1', max: '3' },
      bands: [
        { code: bawah, min: '1', max: '1.5' },
        { code: sesuai, min: '1.5', max: '2.5', maxInclusive: true },
        { code: atas, min: '2.5', minInclusive: false, max: '3', maxInclusive: true },
      ],
    },
  },
  kinds: { rhk: { measure: 'rated', label: label('Rencana hasil kerja', 'Planned work result') } },
  components: [
    {
      id: 'hasil-kerja',
      label: label('Hasil kerja', 'Work results'),
      source: { from: 'indicators', kinds: ['rhk'] },
      output: 'rating',
      rating: {
        direct: true,
        derive: { bandSet: 'rating-turunan' },
        unitHead: {
          map: {
            istimewa: atas,
            baik: sesuai,
            'butuh-perbaikan': bawah,
            kurang: bawah,
            'sangat-kurang': bawah,
          },
        },
      },
    },
    {
      id: 'perilaku',
      label: label('Perilaku kerja (BerAKHLAK)', 'Work behaviour (BerAKHLAK)'),
      source: {
        from: 'items',
        values: 'rating',
        items: [
          { id: 'berorientasi-pelayanan', label: label('Berorientasi pelayanan', 'Service-oriented') },
          { id: 'akuntabel', label: label('Akuntabel', 'Accountable') },
          { id: 'kompeten', label: label('Kompeten', 'Competent') },
          { id: 'harmonis', label: label('Harmonis', 'Harmonious') },
          { id: 'loyal', label: label('Loyal', 'Loyal') },
          { id: 'adaptif', label: label('Adaptif', 'Adaptive') },
          { id: 'kolaboratif', label: label('Kolaboratif', 'Collaborative') },
        ],
      },
      output: 'rating',
      rating: { direct: true, derive: { bandSet: 'rating-turunan' } },
    },
  ],
  final: {
    method: 'matrix',
    rows: 'hasil-kerja',
    columns: 'perilaku',
    cells: {
      [atas]: { [bawah]: 'kurang', [sesuai]: 'baik', [atas]: 'sangat-baik' },
      [sesuai]: { [bawah]: 'kurang', [sesuai]: 'baik', [atas]: 'baik' },
      [bawah]: { [bawah]: 'sangat-kurang', [sesuai]: 'butuh-perbaikan', [atas]: 'butuh-perbaikan' },
    },
  },
  rounding: {
    capaian: { scale: 2, mode: 'half-up' },
    component: { scale: 2, mode: 'half-up' },
    carry: 'recorded',
  },
  justification: { belowTarget: 'warning' },
  followUp: {
    actions: {
      'sangat-baik': followUpByRank[5],
      baik: followUpByRank[4],
      'butuh-perbaikan': followUpByRank[3],
      kurang: followUpByRank[2],
      'sangat-kurang': followUpByRank[1],
    },
    trainingNeeds: { count: 3 },
  },
  calendar: {
    frequency: 'quarterly',
    yearStartMonth: 1,
    planning: { month: 1, day: 31 },
    report: { days: 5, kind: 'working' },
    appeal: { days: 14, kind: 'calendar' },
    annual: { strategy: 'last-period' },
  },
  reconciliation: { default: { method: 'supervisor-of-record' }, dialogue: { steps: 0 } },
  // The distribution curve each unit predikat imposes on its employees' predikat (docs/regulations.md,
  // a MenPANRB circular as summarised publicly). Its binding force is unconfirmed: the library
  // reports violations and does not block finalisation. minimumUnitSize 0: every unit is checked
  // against its curve; a unit too small for its curve is reported as infeasible, not violated.
  distribution: {
    curves: {
      istimewa: [{ id: 'sangat-baik-max-70', predikat: ['sangat-baik'], bound: 'max', percent: '70' }],
      baik: [
        { id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: '70' },
        {
          id: 'butuh-perbaikan-or-kurang-min-1',
          predikat: ['butuh-perbaikan', 'kurang'],
          bound: 'min',
          count: 1,
        },
      ],
      'butuh-perbaikan': [
        { id: 'butuh-perbaikan-min-60', predikat: ['butuh-perbaikan'], bound: 'min', percent: '60' },
        { id: 'sangat-baik-max-10', predikat: ['sangat-baik'], bound: 'max', percent: '10' },
      ],
      kurang: [
        { id: 'kurang-min-60', predikat: ['kurang'], bound: 'min', percent: '60' },
        { id: 'butuh-perbaikan-min-10', predikat: ['butuh-perbaikan'], bound: 'min', percent: '10' },
        { id: 'sangat-baik-max-10', predikat: ['sangat-baik'], bound: 'max', percent: '10' },
      ],
      'sangat-kurang': [
        { id: 'sangat-kurang-min-60', predikat: ['sangat-kurang'], bound: 'min', percent: '60' },
        {
          id: 'kurang-or-butuh-perbaikan-min-10',
          predikat: ['kurang', 'butuh-perbaikan'],
          bound: 'min',
          percent: '10',
        },
        { id: 'sangat-baik-max-0', predikat: ['sangat-baik'], bound: 'max', percent: '0' },
      ],
    },
    counting: { max: 'floor', min: 'ceil' },
    minimumUnitSize: 0,
    blocksFinalisation: false,
  },
};
