import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './support/cli';

/**
 * A case file reads ruleset files only below its own folder unless `--allow-path DIR` allows
 * another (`kinerja test`, `kinerja validate`), and what is wrong with a ruleset file it names is
 * told by place and code, never with the file's text.
 */

const STACK = /^\s+at /m;
const SECRET = 'hunter2';
const A1 = { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' } };

const RULESET = {
  schemaVersion: 1,
  id: 'sub',
  version: 1,
  extends: 'permenpanrb-6-2022',
  effective: { from: '2023-01-01' },
};

function caseFile(ruleset: string, own?: string): string {
  return JSON.stringify({
    ruleset,
    cases: [
      {
        name: 'one',
        ...(own === undefined ? {} : { ruleset: own }),
        input: A1,
        expect: { predikat: 'baik' },
      },
    ],
  });
}

/** A folder with a secret beside the `cases/` folder. */
async function layout(files: Record<string, string> = {}): Promise<string> {
  return tempDir({
    'secret.yaml': `password: ${SECRET}\n`,
    'outside/ruleset.json': JSON.stringify({ ...RULESET, token: SECRET }),
    ...files,
  });
}

function output(r: { stdout: string; stderr: string }): string {
  return r.stdout + r.stderr;
}

describe('a ruleset path outside the case file folder is refused', () => {
  it('validate: ../secret.yaml, an absolute path and a missing outside file, each at the value path, exit 1', async () => {
    const dir = await layout();
    await writeFile(join(dir, 'cases.json'), '');
    await mkdir(join(dir, 'cases'));
    await writeFile(join(dir, 'cases', 'a.cases.json'), caseFile('../secret.yaml', join(dir, 'secret.yaml')));
    await writeFile(join(dir, 'cases', 'b.cases.json'), caseFile('../nowhere.yaml'));
    const r = await cli(['validate', 'cases/a.cases.json', 'cases/b.cases.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const outside = (ref: string) =>
      `ruleset file "${ref}" is outside the case file's folder and is not read (allow another folder with --allow-path DIR)`;
    expect(r.stdout).toBe(
      [
        `cases/a.cases.json: ruleset: ${outside('../secret.yaml')}`,
        `cases/a.cases.json: cases[0].ruleset: ${outside(join(dir, 'secret.yaml'))}`,
        `cases/b.cases.json: ruleset: ${outside('../nowhere.yaml')}`,
        '',
      ].join('\n'),
    );
    const json = await cli(['validate', 'cases/a.cases.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)[0].issues[0]).toMatchObject({
      path: 'ruleset',
      code: 'cli.ruleset-outside',
    });
    expect(output(r) + output(json)).not.toContain(SECRET);
    expect(output(r)).not.toMatch(STACK);
  });

  it('test: the case fails naming the ruleset value, the file is not read, exit 1', async () => {
    const dir = await layout({ 'cases/a.cases.json': caseFile('../secret.yaml') });
    const r = await cli(['test', 'cases/a.cases.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^FAIL cases\/a\.cases\.json › one — the ruleset "\.\.\/secret\.yaml" cannot be used: .* the file is outside the case file's folder and is not read \(allow another folder with --allow-path DIR\)\n0 passed, 1 failed\n$/,
    );
    expect(output(r)).not.toContain(SECRET);
    expect(output(r)).not.toMatch(STACK);
  });

  it('a symbolic link in the folder pointing outside counts as outside', async () => {
    const dir = await layout({ 'cases/a.cases.json': caseFile('link.yaml') });
    await symlink(join(dir, 'secret.yaml'), join(dir, 'cases', 'link.yaml'));
    const t = await cli(['test', 'cases/a.cases.json'], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('the file is outside the case file');
    const v = await cli(['validate', 'cases/a.cases.json'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('cases/a.cases.json: ruleset: ruleset file "link.yaml" is outside');
    expect(output(t) + output(v)).not.toContain(SECRET);
  });

  it('a ruleset below the folder (a subfolder) is read', async () => {
    const dir = await layout({
      'cases/a.cases.json': caseFile('rulesets/r.json'),
      'cases/rulesets/r.json': JSON.stringify(RULESET),
    });
    const t = await cli(['test', 'cases/a.cases.json'], { cwd: dir });
    expect(t).toMatchObject({ code: 0, stdout: '1 passed, 0 failed\n' });
    expect((await cli(['validate', 'cases/a.cases.json'], { cwd: dir })).code).toBe(0);
  });
});

describe('--allow-path DIR', () => {
  it('allows a folder; problems of a file read for a case file are told without its text', async () => {
    const dir = await layout({
      'cases/a.cases.json': caseFile('../outside/ruleset.json'),
      'cases/b.cases.json': caseFile('../outside/broken.yaml'),
      'outside/broken.yaml': `password: ${SECRET}\nlist: [${SECRET}\n`,
    });
    const v = await cli(['validate', '--allow-path', 'outside', 'cases/a.cases.json', 'cases/b.cases.json'], {
      cwd: dir,
    });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      'cases/a.cases.json: ruleset: ruleset "../outside/ruleset.json" is not valid: token (input.unknown-key)',
    );
    expect(v.stdout).toMatch(
      /cases\/b\.cases\.json: ruleset: ruleset "\.\.\/outside\/broken\.yaml" is not valid: \d+:\d+ \(syntax\)/,
    );
    const t = await cli(['test', '--allow-path', 'outside', 'cases/a.cases.json', 'cases/b.cases.json'], {
      cwd: dir,
    });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('token (input.unknown-key)');
    expect(t.stdout).toContain('its text is not shown, for the full messages: kinerja validate FILE');
    expect(output(v) + output(t)).not.toContain(SECRET);
    expect(output(v) + output(t)).not.toMatch(STACK);
  });

  it('a value that is not a folder is a usage error (exit 2)', async () => {
    const dir = await layout({ 'cases/a.cases.json': caseFile('permenpanrb-6-2022') });
    for (const command of ['test', 'validate']) {
      const r = await cli([command, '--allow-path', 'secret.yaml', 'cases/a.cases.json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`kinerja ${command}: --allow-path "secret.yaml" is not a folder`);
    }
  });
});
