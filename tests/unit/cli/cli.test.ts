// The kohu command as a user runs it: exit codes and output lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/load.ts';

function kohu(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['scripts/kohu.mjs', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('kohu CLI', () => {
  it('validate: shipped scenarios are clean', () => {
    const r = kohu('validate', 'scenarios/shop-video.fi.yaml', 'scenarios/shop-video.en.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 files: 0 errors/);
  });

  it('validate: a broken scenario prints FILE:LINE:COL lines, frames and hints, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kohu-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'kohu: 1\nid: x\nlanguage: sv\n');
    const r = kohu('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^${file.replace(/[/.]/g, '\\$&')}:3:11: error schema_bad_value: `, 'm'));
    expect(r.out).toMatch(/hint: /);
    expect(r.out).toMatch(/^\s*3 \| language: sv$/m);
    // In Finnish: the same first-line shape, Finnish words.
    const fi = kohu('validate', '--lang', 'fi', file);
    expect(fi.code).toBe(1);
    expect(fi.out).toMatch(
      new RegExp(
        `^${file.replace(/[/.]/g, '\\$&')}:3:11: error schema_bad_value: \`sv\` ei ole kentän \`language\` mahdollinen arvo\\.$`,
        'm',
      ),
    );
    expect(fi.out).toMatch(/vihje: Kirjoita jokin näistä: `fi`, `en`\./);
    expect(fi.out).toMatch(/1 tiedosto: \d+ virhe/);
    expect(kohu('validate', '--lang', 'sv', file).code).toBe(2);
  });

  it('validate: a missing file is a one-line message', () => {
    const r = kohu('validate', 'nope.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/nope.yaml: no such file/);
  });

  it('play: prints the scorecard, or the result JSON with --json', () => {
    const card = kohu('play', 'scenarios/shop-video.en.yaml', '--script', 'scenarios/scripts/shop-video.en.expert.yaml');
    expect(card.code).toBe(0);
    expect(card.out).toMatch(/TOTAL .* 100/);
    expect(card.out).toMatch(/good ending/);
    const json = JSON.parse(
      kohu('play', 'scenarios/shop-video.en.yaml', '--script', 'scenarios/scripts/shop-video.en.nothing.yaml', '--json', '--seed', '9').out,
    );
    expect(json).toMatchObject({
      kind: 'kohu-result',
      format: 3,
      seed: 9,
      scenario: { id: 'shop-video', language: 'en' },
      ending: { kind: 'worst' },
    });
  });

  it('play: a script acting on a post before it appears is refused at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kohu-'));
    const script = join(dir, 's.yaml');
    writeFileSync(script, 'actions:\n  - at: 1m\n    type: reply\n    post: tabloid\n    text: Hei\n');
    const r = kohu('play', 'scenarios/shop-video.fi.yaml', '--script', script);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/s\.yaml:2:5: error script_action_rejected: .*action_post_not_visible/);
  });

  it('explore: reports phases, endings and doing nothing', () => {
    const r = kohu('explore', 'scenarios/safety-inquiry.fi.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Good ending reachable: yes/);
    expect(r.out).toMatch(/Doing nothing: .* worst ending/);
  });

  it('unknown command: usage, exit 2', () => {
    expect(kohu('frobnicate').code).toBe(2);
  });
});

describe('kohu read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kohu-read-'));
  const file = join(dir, 'replies.txt');
  writeFileSync(
    file,
    [
      'Hei Maija, pyydämme anteeksi, että myyjämme nimitteli sinua. Soitamme sinulle huomenna klo 10.',
      JSON.stringify({ text: 'Pahoittelemme, jos joku pahoitti mielensä.', post: 'Myyjä nimitteli minua.', at: '2026-03-13T16:00' }),
      '',
    ].join('\n'),
  );

  it('prints one JSON line per reply: grade, reasons, markers with their words, promises with due times', () => {
    const { code, out } = kohu('read', '--lang', 'fi', '--at', '2026-03-10T14:00', file);
    expect(code).toBe(0);
    const [first, second] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      v: 1,
      markers: [{ kind: 'apology', text: 'pyydämme anteeksi' }],
      promises: [{ due: '2026-03-11T10:00', withinMs: 20 * 3_600_000 }],
    });
    expect(second).toMatchObject({ v: 1, grade: 'poor', markers: [{ kind: 'non_apology' }] });
  });

  it('needs a language, and says so', () => {
    expect(kohu('read', file).code).toBe(2);
  });
});
