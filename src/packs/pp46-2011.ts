import { followUpByRank, label, TWO_DECIMALS_HALF_UP } from './common';

/**
 * PP 46/2011 with Perka BKN 1/2013 (docs/regulations.md): nilai prestasi kerja = SKP × 60% + perilaku × 40%.
 */
export const pp46_2011 = {
  schemaVersion: 1,
  id: 'pp46-2011',
  version: 1,
  name: label(
    'Penilaian prestasi kerja PNS (PP 46/2011)',
    'Civil servant work performance appraisal (PP 46/2011)',
  ),
  sources: ['PP 46/2011', 'Perka BKN 1/2013'],
  effective: { from: '2014-01-01', until: '2020-12-31' },
  predikat: [
    { code: 'sangat-baik', rank: 5, label: label('Sangat baik', 'Very good') },
    { code: 'baik', rank: 4, label: label('Baik', 'Good') },
    { code: 'cukup', rank: 3, label: label('Cukup', 'Fair') },
    { code: 'kurang', rank: 2, label: label('Kurang', 'Poor') },
    { code: 'buruk', rank: 1, label: label('Buruk', 'Bad') },
  ],
  bandSets: {
    pp46: {
      label: label('Sebutan nilai PP 46/2011', 'PP 46/2011 value bands'),
      domain: { min: '0' },
      bands: [
        { code: 'buruk', min: '0', max: '51' },
        { code: 'kurang', min: '51', max: '61' },
        { code: 'cukup', min: '61', max: '76' },
        { code: 'baik', min: '76', max: '91' },
        { code: 'sangat-baik', min: '91' },
      ],
    },
  },
  kinds: {
    'pp46-activity': {
      measure: 'pp46-activity',
      label: label('Kegiatan tugas jabatan', 'Job activity'),
      efficiency: { boundary: '24', factor: '1.76' },
      notDoneScoresZero: true,
      aspectFloor: '0',
    },
  },
  bonusTables: {
    'tugas-tambahan': {
      kind: 'count',
      label: label('Tugas tambahan (belum dikonfirmasi)', 'Additional tasks (unconfirmed)'),
      steps: [
        { from: 0, points: '0' },
        { from: 1, points: '1' },
        { from: 4, points: '2' },
        { from: 7, points: '3' },
      ],
    },
    kreativitas: {
      kind: 'level',
      label: label('Kreativitas (belum dikonfirmasi)', 'Creativity (unconfirmed)'),
      points: { 'unit-kerja': '3', instansi: '6', nasional: '12' },
    },
  },
  components: [
    {
      id: 'skp',
      label: label('Sasaran kinerja pegawai', 'Employee performance targets'),
      source: { from: 'indicators', kinds: ['pp46-activity'] },
      aggregate: { method: 'mean' },
      bonuses: [
        { input: 'tugasTambahan', table: 'tugas-tambahan' },
        { input: 'kreativitas', table: 'kreativitas' },
      ],
      bandSet: 'pp46',
    },
    {
      id: 'perilaku',
      label: label('Perilaku kerja', 'Work behaviour'),
      source: {
        from: 'items',
        values: 'number',
        range: { min: '0', max: '100' },
        items: [
          { id: 'orientasi-pelayanan', label: label('Orientasi pelayanan', 'Service orientation') },
          { id: 'integritas', label: label('Integritas', 'Integrity') },
          { id: 'komitmen', label: label('Komitmen', 'Commitment') },
          { id: 'disiplin', label: label('Disiplin', 'Discipline') },
          { id: 'kerja-sama', label: label('Kerja sama', 'Cooperation') },
          {
            id: 'kepemimpinan',
            label: label('Kepemimpinan (pejabat struktural)', 'Leadership (structural posts)'),
            required: false,
          },
        ],
      },
      aggregate: { method: 'mean' },
      bandSet: 'pp46',
    },
  ],
  final: { method: 'weighted', weights: { skp: '60', perilaku: '40' }, bandSet: 'pp46' },
  rounding: TWO_DECIMALS_HALF_UP,
  justification: { belowTarget: 'warning' },
  followUp: {
    actions: {
      'sangat-baik': followUpByRank[5],
      baik: followUpByRank[4],
      cukup: followUpByRank[3],
      kurang: followUpByRank[2],
      buruk: followUpByRank[1],
    },
    trainingNeeds: { count: 3, below: '76' },
  },
  calendar: { frequency: 'annual', yearStartMonth: 1 },
  reconciliation: { default: { method: 'supervisor-of-record' } },
};
