/**
 * Runs the code samples of a markdown guide, so that every sample in the README and the guides is
 * true. Conventions (HTML comments do not show on GitHub or npm):
 *
 * - ```ts and ```js blocks are run, each on its own, with `kinerja`, `kinerja/testing` and
 *   `kinerja/storage` bound to the sources; ```ts blocks are also typechecked (see
 *   {@link typecheckSamples}). An expression statement followed by a comment that starts with a
 *   literal (`r.value.predikat; // "baik"`, `// true: …`, `// 1`, `// ['baik-max-70']`) asserts
 *   that the expression equals it; any other comment is prose.
 * - `<!-- file: NAME -->` right before a block makes the block the content of the file NAME in the
 *   guide's working folder; `<!-- file: NAME` + lines + `-->` declares a file without showing it.
 *   Samples and commands run in that folder.
 * - ```console blocks are run: each `$ kinerja …` or `$ npx kinerja …` line runs the command line
 *   in-process (English unless `--locale` says otherwise), and `$ echo $?` prints the exit status
 *   of the command before; `> FILE` at the end of a command line writes its standard output to FILE
 *   in the guide's folder. The lines that follow a command must be what it printed (standard
 *   output, then standard error); `…` inside a line matches any text and a line that is only `…`
 *   matches any number of lines.
 * - ```json and ```yaml blocks whose top level has `schemaVersion` are rulesets: they must pass
 *   `parseRuleset`. `<!-- doctest: format NAME -->` right before a ```json or ```yaml block makes it
 *   a document of the public data format NAME: it must pass NAME's JSON Schema (`kinerja schema NAME`).
 * - `<!-- doctest: setup` + lines + `-->` declares TypeScript that the reader is told about in the
 *   prose ("with `store` an open store") but does not see: it is put before every later ```ts and
 *   ```js block of the guide, for running and typechecking, until the next setup. Keep it short and
 *   real (no `declare`): a sample still shows every call it makes.
 * - `<!-- doctest: skip -->` right before a block leaves it out (for output that depends on the
 *   machine, such as a benchmark's figures); say why in the comment.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { entries as buildEntries } from '../../tsup.config';
import { cli, root } from './cli';

/** One fenced block of a guide. */
export interface Block {
  readonly lang: string;
  readonly code: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** The file the block is the content of (`<!-- file: NAME -->`). */
  readonly file?: string;
  readonly skip: boolean;
  /** The data format the block is a document of (`<!-- doctest: format NAME -->`). */
  readonly format?: string;
  /** The hidden code put before the block (`<!-- doctest: setup`), if any. */
  readonly setup?: string;
}

/** A guide read into its blocks and the files it declares. */
export interface Guide {
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Files by name: declared blocks and hidden files, in order. */
  readonly files: ReadonlyMap<string, string>;
}

/** Reads a guide's fenced blocks and declared files. */
export function readGuide(name: string, text: string): Guide {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const files = new Map<string, string>();
  let pendingFile: string | undefined;
  let pendingSkip = false;
  let pendingFormat: string | undefined;
  let setup: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const hidden = /^<!-- (file: (\S+)|doctest: setup)\s*$/.exec(line);
    if (hidden) {
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== '-->') body.push(lines[i++] as string);
      if (i === lines.length) throw new Error(`${name}:${i}: "<!-- ${hidden[1]}" is never closed by "-->"`);
      if (hidden[2] === undefined) setup = `${body.join('\n')}\n`;
      else files.set(hidden[2], `${body.join('\n')}\n`);
      continue;
    }
    const marker = /^<!-- (?:file: (\S+)|doctest: format (\S+)|doctest: skip\b.*) -->$/.exec(line);
    if (marker) {
      if (marker[1] !== undefined) pendingFile = marker[1];
      else if (marker[2] !== undefined) pendingFormat = marker[2];
      else pendingSkip = true;
      continue;
    }
    const fence = /^(`{3,})(\w*)\s*$/.exec(line);
    if (!fence) {
      if (line.trim() !== '') {
        pendingFile = undefined;
        pendingSkip = false;
        pendingFormat = undefined;
      }
      continue;
    }
    const start = i + 1;
    const body: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== fence[1]) body.push(lines[i++] as string);
    if (i === lines.length) throw new Error(`${name}:${start}: the code block is never closed`);
    const code = `${body.join('\n')}\n`;
    const block: Block = {
      lang: fence[2] ?? '',
      code,
      line: start,
      skip: pendingSkip,
      ...(pendingFile === undefined ? {} : { file: pendingFile }),
      ...(pendingFormat === undefined ? {} : { format: pendingFormat }),
      ...(setup !== undefined && (fence[2] === 'ts' || fence[2] === 'js') ? { setup } : {}),
    };
    if (pendingFile !== undefined) files.set(pendingFile, code);
    blocks.push(block);
    pendingFile = undefined;
    pendingSkip = false;
    pendingFormat = undefined;
  }
  return { name, blocks, files };
}

/** A literal at the start of a comment: its value and whether one was found. */
function leadingLiteral(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  const str = /^"(?:[^"\\]|\\.)*"/.exec(text);
  if (str) return { value: JSON.parse(str[0]) };
  const word = /^(true|false|null|-?\d+(?:\.\d+)?)(?![\w.])/.exec(text);
  if (word) return { value: JSON.parse(word[1] as string) };
  const array = /^\[[^\]]*\]/.exec(text);
  if (array && !array[0].includes('…')) {
    try {
      return { value: JSON.parse(array[0].replaceAll("'", '"')) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const NOT_AN_EXPRESSION =
  /^(?:const|let|var|if|else|for|while|do|return|import|export|throw|function|class|type|interface|\}|\/\/)\b/;

/** The sample with each `expr; // literal` line turned into an assertion, and how many. */
export function withAssertions(code: string): { code: string; checks: number } {
  let checks = 0;
  const out = code.split('\n').map((line, i) => {
    const m = /^(\s*)(\S.*?);\s*\/\/ (.*)$/.exec(line);
    if (!m) return line;
    const expr = (m[2] as string).trim();
    if (NOT_AN_EXPRESSION.test(expr) || expr.includes('//')) return line;
    const literal = leadingLiteral(m[3] as string);
    if (!literal) return line;
    checks++;
    return `${m[1]}__check(${expr}, ${JSON.stringify(literal.value)}, ${i + 1}, ${JSON.stringify(expr)});`;
  });
  return { code: out.join('\n'), checks };
}

/**
 * The package's entry points as a user imports them (`kinerja`, `kinerja/testing`, …), each with
 * its source: the public entries of the build (`entries` in tsup.config.ts), `index` being
 * `kinerja` itself. Samples run and typecheck against these sources.
 */
export const ENTRY_POINTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(buildEntries).map(([name, source]) => [
    name === 'index' ? 'kinerja' : `kinerja/${name}`,
    join(root, source),
  ]),
);

const MODULES: Record<string, () => Promise<unknown>> = Object.fromEntries(
  Object.entries(ENTRY_POINTS).map(([specifier, source]) => [specifier, () => import(source)]),
);

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/** Turns the import declarations of transpiled ESM, and `require` calls, into reads of `__modules`. */
function bindImports(js: string): { code: string; specifiers: string[] } {
  const specifiers: string[] = [];
  const code = js.replace(
    /^import\s+(?:(\*\s+as\s+\w+)|\{([^}]*)\}|(\w+))\s+from\s+['"]([^'"]+)['"];?$/gms,
    (_all, star: string | undefined, named: string | undefined, def: string | undefined, spec: string) => {
      specifiers.push(spec);
      const mod = `__modules[${JSON.stringify(spec)}]`;
      if (star) return `const ${star.replace(/^\*\s+as\s+/, '')} = ${mod};`;
      if (def) return `const ${def} = ${mod}.default;`;
      const names = (named ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => s.replace(/\s+as\s+/, ': '));
      return `const { ${names.join(', ')} } = ${mod};`;
    },
  );
  // CommonJS samples: require('x') reads the same modules.
  const required = code.replace(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g, (_all, spec: string) => {
    specifiers.push(spec);
    return `__modules[${JSON.stringify(spec)}]`;
  });
  return { code: required, specifiers };
}

/**
 * What a sample that imports `vitest` gets instead (it already runs inside a test, where vitest
 * allows no new suite): `describe`, `it`/`test`, `beforeEach`, `afterEach` and `expect` that
 * collect the tests, run after the sample, one after the other, a failure failing the sample.
 */
function testSuite(): { api: Record<string, unknown>; run: () => Promise<void> } {
  const tests: Array<{ name: string; fn: () => unknown }> = [];
  const before: Array<() => unknown> = [];
  const after: Array<() => unknown> = [];
  const path: string[] = [];
  const it = (name: string, ...rest: unknown[]): void => {
    const fn = rest.find((r) => typeof r === 'function') as (() => unknown) | undefined;
    if (fn) tests.push({ name: [...path, name].join(' › '), fn });
  };
  const api = {
    describe: (name: string, fn: () => void) => {
      path.push(name);
      try {
        fn();
      } finally {
        path.pop();
      }
    },
    it,
    test: it,
    beforeEach: (fn: () => unknown) => before.push(fn),
    afterEach: (fn: () => unknown) => after.push(fn),
    expect,
  };
  const run = async (): Promise<void> => {
    for (const t of tests) {
      try {
        for (const b of before) await b();
        await t.fn();
      } catch (error) {
        throw new Error(
          `the sample's test "${t.name}" failed: ${error instanceof Error ? error.message : error}`,
        );
      } finally {
        for (const a of after) await a();
      }
    }
  };
  return { api, run };
}

/** What running one sample did. */
export interface SampleRun {
  readonly checks: number;
  readonly logged: string;
  readonly exitCode: number | undefined;
}

/**
 * Runs one ts/js sample in `cwd`: imports bound, assertions checked, `console` captured,
 * `process.exit` and `process.exitCode` recorded instead of acted on.
 */
export async function runSample(code: string, cwd: string): Promise<SampleRun> {
  const asserted = withAssertions(code);
  const js = ts.transpileModule(asserted.code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const bound = bindImports(js);
  const suite = testSuite();
  const modules: Record<string, unknown> = {};
  for (const spec of bound.specifiers)
    modules[spec] =
      spec === 'vitest' ? suite.api : MODULES[spec] ? await MODULES[spec]() : await import(spec);
  let logged = '';
  const log = (...args: unknown[]): void => {
    logged += `${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`;
  };
  const fakeConsole = { log, error: log, warn: log, info: log };
  let exitCode: number | undefined;
  const fakeProcess = new Proxy(process, {
    get: (target, key) => {
      if (key === 'exit')
        return (c?: number) => {
          throw new Error(`the sample called process.exit(${c ?? ''})`);
        };
      if (key === 'exitCode') return exitCode;
      const v = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
    set: (target, key, value) => {
      if (key === 'exitCode') exitCode = value;
      else Reflect.set(target, key, value);
      return true;
    },
  });
  const check = (actual: unknown, expected: unknown, line: number, expr: string): void => {
    if (!isDeepStrictEqual(actual, expected))
      throw new Error(
        `line ${line}: ${expr} is ${JSON.stringify(actual)}, the comment says ${JSON.stringify(expected)}`,
      );
  };
  const fn = new AsyncFunction('__modules', '__check', 'console', 'process', bound.code);
  const before = process.cwd();
  process.chdir(cwd);
  try {
    await fn(modules, check, fakeConsole, fakeProcess);
    await suite.run();
  } finally {
    process.chdir(before);
  }
  return { checks: asserted.checks, logged, exitCode };
}

/** Writes a guide's declared files into a fresh folder and returns it. */
export async function guideFolder(guide: Guide): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-doctest-'));
  for (const [name, text] of guide.files) {
    const path = resolve(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return dir;
}

/** Removes a folder made by {@link guideFolder}. */
export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Splits a command line as a POSIX shell would for plain words and quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) break;
    else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Whether the printed lines match the expected ones (`…` in a line or as a line: anything). */
export function linesMatch(actual: readonly string[], expected: readonly string[]): boolean {
  const matchLine = (a: string, e: string): boolean => {
    if (!e.includes('…')) return a.trimEnd() === e.trimEnd();
    const pattern = e
      .trimEnd()
      .split('…')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${pattern}\\s*$`).test(a);
  };
  const go = (i: number, j: number): boolean => {
    if (j === expected.length) return i === actual.length;
    if (expected[j]?.trim() === '…') {
      for (let k = i; k <= actual.length; k++) if (go(k, j + 1)) return true;
      return false;
    }
    return i < actual.length && matchLine(actual[i] as string, expected[j] as string) && go(i + 1, j + 1);
  };
  return go(0, 0);
}

/**
 * Runs a ```console block in `cwd`; returns the problems (empty when every command printed what
 * the block shows).
 */
export async function runConsole(code: string, cwd: string): Promise<string[]> {
  const problems: string[] = [];
  const lines = code.replace(/\n$/, '').split('\n');
  let last: number | undefined;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string;
    if (!line.startsWith('$ ')) {
      problems.push(`line ${i + 1}: output without a command: ${line}`);
      i++;
      continue;
    }
    const expected: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).startsWith('$ ')) expected.push(lines[j++] as string);
    const words = shellWords(line.slice(2));
    let printed: string[];
    if (words.join(' ') === 'echo $?') {
      if (last === undefined) problems.push(`line ${i + 1}: echo $? before any command`);
      printed = [String(last)];
    } else {
      const redirect = words.length >= 2 && words[words.length - 2] === '>' ? words.at(-1) : undefined;
      const command = redirect === undefined ? words : words.slice(0, -2);
      const argv = command[0] === 'npx' ? command.slice(1) : command;
      if (argv[0] !== 'kinerja') {
        problems.push(`line ${i + 1}: only kinerja commands can be run: ${line}`);
        i = j;
        continue;
      }
      const ran = await cli(argv.slice(1), { cwd });
      last = ran.code;
      if (redirect !== undefined) await writeFile(resolve(cwd, redirect), ran.stdout);
      printed = `${redirect === undefined ? ran.stdout : ''}${ran.stderr}`.replace(/\n$/, '').split('\n');
      if (printed.length === 1 && printed[0] === '') printed = [];
    }
    if (!linesMatch(printed, expected))
      problems.push(
        `line ${i + 1}: ${line}\n--- the guide shows\n${expected.join('\n')}\n--- it printed\n${printed.join('\n')}`,
      );
    i = j;
  }
  return problems;
}

/** Parses a ```json or ```yaml block; undefined when it is not a whole document. */
export function parseDataBlock(block: Block): unknown {
  try {
    return block.lang === 'json' ? JSON.parse(block.code) : parseYaml(block.code);
  } catch {
    return undefined;
  }
}

/**
 * Typechecks ts samples as a user's strict `nodenext` project would (ES modules, `strict`,
 * `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`), with the package's entry points
 * ({@link ENTRY_POINTS}) read from the sources, which are resolved as the library resolves them
 * itself; returns one message per error, naming the guide and line. A sample's `setup` is put
 * before it (an error there names the line of the block's fence).
 */
export function typecheckSamples(
  samples: ReadonlyArray<{ name: string; line: number; code: string; setup?: string }>,
): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    types: ['node'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  };
  // The library's own files are resolved with its own settings (extensionless relative imports).
  const libraryOptions: ts.CompilerOptions = {
    ...options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  };
  const virtual = new Map<string, { name: string; line: number; code: string; offset: number }>();
  samples.forEach((s, i) => {
    const setup = s.setup ?? '';
    virtual.set(join(root, 'test', `.doctest-sample-${i}.mts`), {
      name: s.name,
      line: s.line,
      code: `${setup}${s.code}`,
      offset: setup === '' ? 0 : setup.split('\n').length - 1,
    });
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    const v = virtual.get(fileName);
    return v
      ? ts.createSourceFile(fileName, v.code, language)
      : getSourceFile(fileName, language, onError, create);
  };
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(fileName)?.code ?? readFile(fileName);
  const userCache = ts.createModuleResolutionCache(root, (f) => f, options);
  const libraryCache = ts.createModuleResolutionCache(root, (f) => f, libraryOptions);
  const sources = join(root, 'src');
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, _options, containingSource) =>
    literals.map((literal) => {
      const entry = ENTRY_POINTS[literal.text];
      if (entry !== undefined)
        return {
          resolvedModule: {
            resolvedFileName: entry,
            extension: ts.Extension.Ts,
            isExternalLibraryImport: false,
          },
        };
      if (containingFile.startsWith(sources))
        return ts.resolveModuleName(
          literal.text,
          containingFile,
          libraryOptions,
          host,
          libraryCache,
          redirected,
        );
      const mode = ts.getModeForUsageLocation(containingSource, literal, options);
      return ts.resolveModuleName(literal.text, containingFile, options, host, userCache, redirected, mode);
    });
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: string[] = [];
  for (const [fileName, sample] of virtual) {
    const source = program.getSourceFile(fileName);
    if (!source) continue;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const pos = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      const line =
        pos < sample.offset ? `${sample.line} (setup)` : String(sample.line + pos - sample.offset + 1);
      problems.push(`${sample.name}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return problems;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown text's headings (outside code blocks). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const f = /^(`{3,})/.exec(line);
    if (f) fence = fence === undefined ? f[1] : line.trim() === fence ? undefined : fence;
    else if (fence === undefined) {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) anchors.add(headingSlug(h[1] as string));
    }
  }
  return anchors;
}

/**
 * The repository on GitHub: the README links to its files with absolute links under this address
 * (`blob/main/PATH`, `tree/main/FOLDER`), since relative links break on the npm page. The one
 * place the address is written besides the README itself.
 */
export const REPOSITORY_URL = 'https://github.com/kinerja-id/kinerja';

/** The repository path an absolute link into {@link REPOSITORY_URL} names, or undefined. */
export function repositoryPath(target: string): string | undefined {
  for (const kind of ['blob', 'tree']) {
    const prefix = `${REPOSITORY_URL}/${kind}/main/`;
    if (target.startsWith(prefix)) return target.slice(prefix.length);
  }
  return undefined;
}

/**
 * The links of a markdown file (`[text](target)` outside code blocks) whose file or heading does
 * not exist: relative links, and absolute links into {@link REPOSITORY_URL} (mapped back to the
 * file); other addresses are not checked. `read` gives a file's text (undefined when it does not
 * exist). With `absolute`, a relative link is itself a problem (the README is shown on npm, where
 * relative links lead nowhere).
 */
export function brokenLinks(
  file: string,
  text: string,
  read: (path: string) => string | undefined,
  exists: (path: string) => boolean,
  options: { absolute?: boolean } = {},
): string[] {
  const broken: string[] = [];
  let fence = false;
  text.split('\n').forEach((line, i) => {
    if (/^`{3,}/.test(line)) fence = !fence;
    if (fence) return;
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string;
      const inRepository = repositoryPath(target);
      if (inRepository === undefined && /^[a-z]+:/i.test(target)) continue;
      if (inRepository === undefined && options.absolute && !target.startsWith('#')) {
        broken.push(`${file}:${i + 1}: ${target}: a relative link (use ${REPOSITORY_URL}/blob/main/…)`);
        continue;
      }
      const [path, anchor] = (inRepository ?? target).split('#') as [string, string | undefined];
      const resolved = inRepository !== undefined ? path : path === '' ? file : join(dirname(file), path);
      if (path !== '' && !exists(resolved)) {
        broken.push(`${file}:${i + 1}: ${target}: no such file`);
        continue;
      }
      if (anchor === undefined) continue;
      const body = read(resolved);
      if (body !== undefined && !anchorsOf(body).has(anchor))
        broken.push(`${file}:${i + 1}: ${target}: no such heading`);
    }
  });
  return broken;
}
