import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every export of a public entry point must carry TSDoc with an @example. */
function exportsWithoutExamples(entry: string): { name: string; problem: string }[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);
  const problems: { name: string; problem: string }[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const documented = declarations.some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
    const example = declarations.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
    if (!documented) problems.push({ name: exported.name, problem: 'no TSDoc' });
    else if (!example) problems.push({ name: exported.name, problem: 'no @example' });
  }
  return problems;
}

describe('public API documentation', () => {
  it.each([
    ['kinerja', '../src/index.ts'],
    ['kinerja/decimal', '../src/decimal/public.ts'],
    ['kinerja/date', '../src/date/public.ts'],
  ])(
    'every export of %s has TSDoc with an @example',
    (_name, path) => {
      const entry = fileURLToPath(new URL(path, import.meta.url));
      expect(exportsWithoutExamples(entry)).toEqual([]);
    },
    60_000,
  );
});

/** One TSDoc category per area, spelled one way (not "Career" beside "Careers"). */
const CATEGORIES = [
  'Assessment',
  'Careers',
  'Dates',
  'Decimals',
  'Explanations',
  'Formats',
  'Organisation',
  'Periods',
  'Rating',
  'Results',
  'Rulesets',
  'Scoring',
  'Storage',
  'Testing',
  'Workflow',
];

it('TSDoc categories are the areas, each spelled one way', () => {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const found = new Set<string>();
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/@category\s+(.+)$/gm)) found.add((m[1] as string).trim());
  }
  expect([...found].filter((c) => !CATEGORIES.includes(c)).sort()).toEqual([]);
});

/**
 * The project's internal design notes are not published: no file of the repository or the package
 * (and so no CLI output, which comes from src/ and dist/) may send a reader to them. The history
 * (CHANGELOG.md, .changeset/) may name them.
 */
describe('the documentation is self-contained', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // Spelt in pieces so that this file does not name them itself. The design note in capitals only:
  // docs/design.md is a public guide.
  const NOTES = [
    new RegExp(`\\b(?:${['DOMAIN', 'CONTRACT'].join('|')})\\.md\\b`, 'i'),
    new RegExp(`\\b${'DESIGN'}\\.md\\b`),
  ];
  const names = (text: string): boolean => NOTES.some((re) => re.test(text));
  const citing = (files: readonly string[]): string[] =>
    files.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return names(text);
    });

  it('no tracked file names the internal design notes', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f !== '' && f !== 'CHANGELOG.md' && !f.startsWith('.changeset/'))
      .filter((f) => existsSync(join(root, f)) && !/\.(?:png|jpe?g|gif|ico|woff2?|gz|tgz)$/.test(f));
    expect(tracked.length).toBeGreaterThan(100);
    expect(citing(tracked)).toEqual([]);
  });

  it('no built file (dist/, schema/) names them', () => {
    const built = ['dist', 'schema'].flatMap((dir) =>
      existsSync(join(root, dir))
        ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f))
        : [],
    );
    expect(built.filter((f) => f.startsWith('dist')).length, 'build first: npm run build').toBeGreaterThan(0);
    expect(citing(built.filter((f) => /\.(?:c?js|d\.c?ts|map|json)$/.test(f)))).toEqual([]);
  });

  it('the check finds a citation', () => {
    expect(names(`see ${'CONTRACT'}.md, section 3`)).toBe(true);
    expect(names(`see ${'domain'}.md`)).toBe(true);
    expect(names(`(${'DESIGN'}.md, conventions)`)).toBe(true);
    expect(names('see docs/design.md and the domain model')).toBe(false);
  });
});
