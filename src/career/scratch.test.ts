import { it } from 'vitest';
import { parseWithSchema } from '../explain/index';
import { employeeFactsSchema } from './schemas';
import { readValidFacts } from './eligibility-facts';
const show = (x: unknown) => { const r = parseWithSchema(employeeFactsSchema, x); console.log('=>', r.ok ? 'OK ' + JSON.stringify(r.value) + ' proto ' + Object.getPrototypeOf(r.value) + ' keys ' + Object.keys(r.value) : JSON.stringify(r.issues.map(i => [i.code, i.path.join('.'), i.message.en])), JSON.stringify(readValidFacts(x))); };
it('scratch', () => {
  show(JSON.parse('{"__proto__": {"x": 1}, "toString": 1, "education": "s1", "angkaKredit": null, "rank": {"golongan":"III/a","since":"2020-01-01","x":1}}'));
  show({ birthDate: '2020-02-30', rank: 3, performance: [{year: 2020, predikat: 'baik'}, {year: 2020, predikat: 'baik'}, {year: 2.5, predikat:'x'}] });
  show({ positionHistory: [{kind: 'jpt', from: '2020-01-01', to: '2019-01-01'}], angkaKredit: NaN, discipline: [,] });
  show({ birthDate: undefined, position: { kind: 'jpt', since: '2020-01-01' } });
});
