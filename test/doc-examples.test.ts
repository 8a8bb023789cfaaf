/**
 * The code samples of the README and the guides are true: they run, their `// "value"` comments
 * hold, their console sessions print what they show, their rulesets validate, and the TypeScript
 * samples typecheck (conventions: test/support/doctest.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_INPUT_FORMATS, CASE_KINDS } from '../src/formats/index';
import { FORMAT_NAMES, formatJsonSchema, isFormatName, parseRuleset, rulesetSchema } from '../src/index';
import { root } from './support/cli';
import {
  anchorsOf,
  brokenLinks,
  ENTRY_POINTS,
  type Guide,
  guideFolder,
  linesMatch,
  parseDataBlock,
  REPOSITORY_URL,
  readGuide,
  removeFolder,
  repositoryPath,
  runConsole,
  runSample,
  shellWords,
  typecheckSamples,
  withAssertions,
} from './support/doctest';

/** The README and every guide in docs/: a new guide is checked without being listed. */
const GUIDES = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Comments checked at least, so that a change of the conventions cannot silently check nothing. */
const MIN_CHECKS: Record<string, number> = {
  'README.md': 4,
  'docs/getting-started.md': 5,
  'docs/distribution.md': 8,
  'docs/careers.md': 8,
  'docs/lifecycle.md': 5,
  'docs/reconciliation.md': 3,
  'docs/scoring.md': 3,
  'docs/storage.md': 2,
};

/** Every data format's JSON Schema (what `kinerja schema NAME` prints), by `$id`. */
const ajv = (() => {
  const a = new Ajv2020({ allErrors: true, strict: false });
  a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  for (const name of FORMAT_NAMES) {
    const r = formatJsonSchema(name);
    if (r.ok) a.addSchema(r.value);
  }
  return a;
})();

const guides: Guide[] = GUIDES.map((name) => readGuide(name, readFileSync(join(root, name), 'utf8')));
const folders = new Map<string, string>();

beforeAll(async () => {
  for (const g of guides) folders.set(g.name, await guideFolder(g));
});

afterAll(async () => {
  for (const dir of folders.values()) await removeFolder(dir);
});

describe.each(guides.map((g) => [g.name, g] as const))('%s', (_name, guide) => {
  const runnable = guide.blocks.filter((b) => !b.skip);

  it('its TypeScript and JavaScript samples run, and their comments hold', async () => {
    let checks = 0;
    for (const block of runnable.filter((b) => b.lang === 'ts' || b.lang === 'js')) {
      try {
        checks += (await runSample(`${block.setup ?? ''}${block.code}`, folders.get(guide.name) as string))
          .checks;
      } catch (error) {
        throw new Error(`${guide.name}:${block.line}: ${error instanceof Error ? error.message : error}`);
      }
    }
    expect(checks).toBeGreaterThanOrEqual(MIN_CHECKS[guide.name] ?? 0);
  });

  it('its console sessions print what they show', async () => {
    const problems: string[] = [];
    for (const block of runnable.filter((b) => b.lang === 'console'))
      for (const p of await runConsole(block.code, folders.get(guide.name) as string))
        problems.push(`${guide.name}:${block.line}: ${p}`);
    expect(problems).toEqual([]);
  });

  it('its rulesets validate', () => {
    const problems: string[] = [];
    for (const block of runnable.filter((b) => b.lang === 'json' || b.lang === 'yaml')) {
      const data = parseDataBlock(block);
      if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) continue;
      const r = parseRuleset(data);
      if (!r.ok)
        problems.push(
          `${guide.name}:${block.line}: ${r.issues.map((i) => `${i.path.join('.')}: ${i.message.en}`)}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('its documents of a data format pass the JSON Schema of the format', () => {
    const problems: string[] = [];
    for (const block of runnable.filter((b) => b.format !== undefined)) {
      const name = block.format as string;
      const validate = ajv.getSchema(`https://unpkg.com/kinerja/schema/${name}.schema.json`);
      if (!isFormatName(name) || validate === undefined) {
        problems.push(`${guide.name}:${block.line}: ${name} is not a data format`);
        continue;
      }
      const data = parseDataBlock(block);
      if (data === undefined) problems.push(`${guide.name}:${block.line}: not a ${block.lang} document`);
      else if (!validate(data))
        problems.push(
          `${guide.name}:${block.line}: ${(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`,
        );
    }
    expect(problems).toEqual([]);
  });
});

it('the TypeScript samples typecheck against the sources', () => {
  const samples = guides.flatMap((g) =>
    g.blocks
      .filter((b) => b.lang === 'ts' && !b.skip)
      .map((b) => ({
        name: g.name,
        line: b.line,
        code: b.code,
        ...(b.setup === undefined ? {} : { setup: b.setup }),
      })),
  );
  expect(samples.length).toBeGreaterThan(0);
  expect(typecheckSamples(samples)).toEqual([]);
}, 120_000);

it('the samples know every entry point of the package (package.json exports)', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const entryPoints = Object.keys(pkg.exports)
    .filter((key) => key !== './package.json' && !key.startsWith('./schema/'))
    .map((key) => (key === '.' ? 'kinerja' : `kinerja/${key.slice(2)}`));
  expect(Object.keys(ENTRY_POINTS).sort()).toEqual(entryPoints.sort());
  for (const source of Object.values(ENTRY_POINTS)) expect(existsSync(source), source).toBe(true);
});

it('docs/testing-policies.md documents the input of every case kind: fields, an example, its JSON Schema', () => {
  const text = readFileSync(join(root, 'docs/testing-policies.md'), 'utf8');
  const guide = readGuide('docs/testing-policies.md', text);
  const problems: string[] = [];
  for (const kind of CASE_KINDS) {
    const start = text.indexOf(`\n### \`${kind}\`\n`);
    if (start < 0) {
      problems.push(`${kind}: no section "### \`${kind}\`"`);
      continue;
    }
    const end = text.indexOf('\n#', start + 1);
    const section = text.slice(start, end < 0 ? undefined : end);
    const format = CASE_INPUT_FORMATS[kind][0] as string;
    for (const needed of [`kinerja schema ${format}`, `kinerja/schema/${format}.schema.json`])
      if (!section.includes(needed)) problems.push(`${kind}: does not name ${needed}`);
    const firstLine = text.slice(0, start).split('\n').length + 1;
    const lastLine = firstLine + section.split('\n').length;
    if (!guide.blocks.some((b) => b.format === format && b.line > firstLine && b.line < lastLine))
      problems.push(`${kind}: no example marked <!-- doctest: format ${format} -->`);
    const schema = formatJsonSchema(format);
    const branches = schema.ok
      ? ((schema.value.anyOf as Array<Record<string, unknown>> | undefined) ?? [schema.value])
      : [];
    for (const branch of branches)
      for (const field of Object.keys((branch.properties as Record<string, unknown> | undefined) ?? {}))
        if (!section.includes(`\`${field}\``)) problems.push(`${kind}: the field ${field} is not described`);
  }
  expect(problems).toEqual([]);
});

it('docs/rulesets.md describes every top-level key of a ruleset file', () => {
  const text = readFileSync(join(root, 'docs/rulesets.md'), 'utf8');
  const missing = Object.keys(rulesetSchema.shape).filter((key) => !text.includes(`\`${key}\``));
  expect(missing).toEqual([]);
});

it('docs/performance.md quotes the committed benchmark results', () => {
  const bench = JSON.parse(readFileSync(join(root, 'bench/results/latest.json'), 'utf8')) as {
    git: { commit: string };
    cases: Array<{ name: string; evaluations: number; perSecond: number }>;
  };
  const text = readFileSync(join(root, 'docs/performance.md'), 'utf8');
  const stale = `bench/results/latest.json changed: update docs/performance.md`;
  expect(text, stale).toContain(`\`${bench.git.commit}\``);
  for (const c of bench.cases) {
    const row = text.split('\n').find((line) => line.startsWith(`| ${c.name} |`));
    expect(row, `${stale} (no row for ${c.name})`).toBeDefined();
    const cells = (row as string).split('|').map((cell) => cell.trim());
    expect(cells, `${stale} (${c.name})`).toContain(c.perSecond.toLocaleString('en-US'));
    expect(cells, `${stale} (${c.name})`).toContain(c.evaluations.toLocaleString('en-US'));
  }
});

it('the README and the guides link to files and headings that exist', () => {
  const read = (path: string): string | undefined => {
    const full = join(root, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  };
  const exists = (path: string): boolean => existsSync(join(root, path));
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  expect(
    files.flatMap((f) => brokenLinks(f, read(f) as string, read, exists, { absolute: f === 'README.md' })),
  ).toEqual([]);
});

it('the README links only to the repository on GitHub (docs/ is not in the package), which package.json names', () => {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  expect(text).toContain(`${REPOSITORY_URL}/blob/main/docs/`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    repository?: string | { url?: string };
    homepage?: string;
  };
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const bare = (url: string): string =>
    url
      .replace(/^git\+/, '')
      .replace(/\.git$/, '')
      .replace(/#.*$/, '');
  if (repository !== undefined) expect(bare(repository)).toBe(REPOSITORY_URL);
  if (pkg.homepage !== undefined) expect(bare(pkg.homepage)).toBe(REPOSITORY_URL);
});

it('the addresses into the repository that the sources print (the demo) name files that exist', () => {
  const sources = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.ts'));
  const links = sources.flatMap((f) =>
    [...readFileSync(join(root, f), 'utf8').matchAll(/https:\/\/github\.com\/[^\s'"`,)]+/g)].map((m) => ({
      file: f,
      url: m[0],
    })),
  );
  expect(links.length).toBeGreaterThan(0);
  const missing = links.filter(({ url }) => {
    const path = repositoryPath(url);
    return path === undefined || !existsSync(join(root, path.split('#')[0] as string));
  });
  expect(missing).toEqual([]);
});

it('docs/README.md links every guide', () => {
  const index = readFileSync(join(root, 'docs/README.md'), 'utf8');
  const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  expect(guides.filter((g) => !index.includes(`](${g})`))).toEqual([]);
});

describe('the sample runner can fail', () => {
  it('turns a comment that starts with a literal into an assertion, and leaves prose alone', async () => {
    expect(
      withAssertions("x; // \"a\": prose\ny; // ['a', 'b']\nz; // see below\nconst a = 1; // 1\n").checks,
    ).toBe(2);
    await expect(
      runSample("import { PACK_IDS } from 'kinerja';\nPACK_IDS.length; // 4\n", root),
    ).resolves.toMatchObject({
      checks: 1,
    });
    await expect(
      runSample("import { PACK_IDS } from 'kinerja';\nPACK_IDS.length; // 5\n", root),
    ).rejects.toThrow('PACK_IDS.length is 4, the comment says 5');
    await expect(runSample('process.exit(1);\n', root)).rejects.toThrow('process.exit(1)');
    await expect(
      runSample(
        "import { describe, expect, it } from 'vitest';\ndescribe('a', () => { it('b', () => { expect(1).toBe(2); }); });\n",
        root,
      ),
    ).rejects.toThrow('the sample\'s test "a › b" failed');
  });

  it('compares console output line by line, with … as a wildcard', async () => {
    expect(linesMatch(['a b c', 'd'], ['a … c', '…'])).toBe(true);
    expect(linesMatch(['a b c'], ['a … d'])).toBe(false);
    expect(linesMatch(['x'], [])).toBe(false);
    expect(shellWords("kinerja test 'a/**/*.json' --locale id # note")).toEqual([
      'kinerja',
      'test',
      'a/**/*.json',
      '--locale',
      'id',
    ]);
    expect(await runConsole('$ kinerja packs --format xml\n$ echo $?\n2\n', root)).toHaveLength(1);
    expect(await runConsole('$ kinerja packs --format xml\n…\n$ echo $?\n2\n', root)).toEqual([]);
  });

  it('finds links to missing files and headings', () => {
    expect(anchorsOf('# A `b`: c\n```\n# not a heading\n```\n## Saving (`--store`)\n')).toEqual(
      new Set(['a-b-c', 'saving---store']),
    );
    const read = (p: string): string | undefined => (p === 'docs/x.md' ? '# Here\n' : undefined);
    const exists = (p: string): boolean => p === 'docs/x.md';
    expect(
      brokenLinks('docs/y.md', '[a](x.md#here) [b](x.md#gone) [c](z.md) [d](https://e.org)', read, exists),
    ).toEqual(['docs/y.md:1: x.md#gone: no such heading', 'docs/y.md:1: z.md: no such file']);
    const url = `${REPOSITORY_URL}/blob/main/docs/x.md`;
    expect(
      brokenLinks('README.md', `[a](${url}#here) [b](${url}#gone) [c](docs/x.md) [d](#top)`, read, exists, {
        absolute: true,
      }),
    ).toEqual([
      `README.md:1: ${url}#gone: no such heading`,
      `README.md:1: docs/x.md: a relative link (use ${REPOSITORY_URL}/blob/main/…)`,
    ]);
    expect(brokenLinks('README.md', `[a](${REPOSITORY_URL}/tree/main/gone)`, read, exists)).toEqual([
      `README.md:1: ${REPOSITORY_URL}/tree/main/gone: no such file`,
    ]);
  });

  it('reads declared and hidden files', () => {
    const g = readGuide('x.md', '<!-- file: a.json -->\n```json\n{}\n```\n\n<!-- file: b.txt\nhello\n-->\n');
    expect([...g.files]).toEqual([
      ['a.json', '{}\n'],
      ['b.txt', 'hello\n'],
    ]);
  });

  it('finds type errors in a sample', () => {
    expect(
      typecheckSamples([
        {
          name: 'x.md',
          line: 1,
          code: "import { PACK_IDS } from 'kinerja';\nconst n: string = PACK_IDS.length;\n",
        },
      ]),
    ).toEqual([expect.stringMatching(/^x\.md:3: Type 'number' is not assignable to type 'string'/)]);
    // As an ES module of a nodenext project: a JSON import needs its attribute, a bundler's would not.
    const json = typecheckSamples([
      {
        name: 'y.md',
        line: 1,
        code: "import pkg from '../package.json';\nexport const n: string = pkg.name;\n",
      },
      {
        name: 'z.md',
        line: 1,
        code: "import pkg from '../package.json' with { type: 'json' };\nexport const n: string = pkg.name;\n",
      },
    ]);
    expect(json).toEqual([expect.stringMatching(/^y\.md:2: .*type: "json"/)]);
    // A setup is put before the sample; the lines still name the guide's.
    expect(
      typecheckSamples([{ name: 'w.md', line: 10, setup: 'const a = 1;\n', code: 'const b: string = a;\n' }]),
    ).toEqual([expect.stringMatching(/^w\.md:11: Type 'number'/)]);
  }, 120_000);
});
