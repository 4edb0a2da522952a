// The debrief's pure parts on the real result fixtures (engine output from
// tests/fixtures/results/generate.mjs): loading refuses what it must,
// overrides move the score through the engine's own arithmetic, the
// timeline puts prompts at phase entries and the end, and the CSV rows
// parse back.
// CSV times are the room's local time: this file runs in a fixed zone.
process.env.TZ = 'Europe/Helsinki';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { KohuResult } from '../../../src/engine/play.ts';
import { checkResult, checkResultText, type LoadContext } from '../../../src/ui/debrief/load.ts';
import { agreement, agreementRate, automaticScores, withDecision } from '../../../src/ui/debrief/rescore.ts';
import { buildMoments, momentAt } from '../../../src/ui/debrief/timeline.ts';
import { flagRows, localTime, num, scoreRows, toCsv, type CsvHeaders } from '../../../src/ui/debrief/csv.ts';
import type { DebriefTeam } from '../../../src/ui/debrief/types.ts';
import { teamResult } from '../../../src/ui/debrief/download.ts';
import { modelOf, ROOT } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');
const text = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/results', name), 'utf8');
const ctx = (teams: DebriefTeam[] = []): LoadContext => ({
  scenario: teams[0] ? teams[0].result.scenario : null,
  teams,
  modelFor: (s) => (s.id === model.id && s.language === model.language ? model : null),
});

function load(name: string, teams: DebriefTeam[] = []): DebriefTeam {
  const out = checkResultText(text(name), ctx(teams));
  if (!out.ok) throw new Error(`${name} refused: ${JSON.stringify(out)}`);
  return { key: name, source: name, name: out.result.team ?? name, result: out.result };
}

const teams = (() => {
  const list: DebriefTeam[] = [];
  for (const f of ['team-aalto.json', 'team-bjork.json', 'team-caro.json']) list.push(load(f, list));
  return list;
})();
const bjork = teams[1];

describe('loading results', () => {
  it('replays each result to the scores in its file', () => {
    for (const t of teams) expect(t.result.scores).toEqual((JSON.parse(text(t.source)) as KohuResult).scores);
  });

  it('refuses other scenarios, versions, formats, damaged files and duplicates, with a reason', () => {
    const refused = (name: string) => checkResultText(text(name), ctx(teams));
    expect(refused('other-scenario.json')).toMatchObject({ ok: false, code: 'other_scenario' });
    expect(refused('other-version.json')).toMatchObject({ ok: false, code: 'other_version', params: { got: 7, want: 1 } });
    expect(refused('future-format.json')).toMatchObject({ ok: false, engine: { en: expect.stringContaining('99') } });
    // damaged.json is a result cut short: said so, not merely "not JSON".
    expect(refused('damaged.json')).toMatchObject({
      ok: false,
      engine: { en: expect.stringMatching(/^The result file is truncated: it stops part-way \(after \d+ characters\)/) },
    });
    expect(checkResultText('kohu: yes', ctx(teams))).toMatchObject({ ok: false, engine: { en: 'The file is not JSON.' } });
    expect(checkResultText('{"kind": "kohu-result",}', ctx(teams))).toMatchObject({ ok: false, engine: { en: 'The file is not JSON.' } });
    expect(refused('not-a-result.json')).toMatchObject({ ok: false, engine: { en: 'The file is not a Kohu result.' } });
    expect(refused('team-caro.json')).toMatchObject({ ok: false, code: 'duplicate' });
  });

  it('writes the team’s name, as the debrief knows it, into its exported result', () => {
    const nameless = { ...bjork, name: 'Björk renamed', result: { ...bjork.result, team: undefined } };
    expect(teamResult(nameless).team).toBe('Björk renamed');
    expect(checkResultText(JSON.stringify(teamResult(nameless)), ctx())).toMatchObject({ ok: true, result: { team: 'Björk renamed' } });
  });

  it('carries the participants through export and import, as corrected in the debrief', () => {
    const named = { ...bjork, participants: ['Aino Laine', 'Mikko Salo'] };
    const exported = teamResult(named);
    expect(exported.participants).toEqual(['Aino Laine', 'Mikko Salo']);
    const back = checkResultText(JSON.stringify(exported), ctx());
    expect(back).toMatchObject({ ok: true, result: { participants: ['Aino Laine', 'Mikko Salo'] } });
    // The mode travels too.
    expect(checkResultText(JSON.stringify({ ...exported, mode: 'coached' }), ctx())).toMatchObject({
      ok: true,
      result: { mode: 'coached' },
    });
    // Names that are not strings, or an unknown mode, are refused, naming the field (never shown as "[object Object]").
    const odd = checkResultText(JSON.stringify({ ...exported, participants: ['Aino', 7] }), ctx());
    expect(odd).toMatchObject({ ok: false, engine: { en: expect.stringContaining('participants[1]') } });
    const unknown = checkResultText(JSON.stringify({ ...exported, mode: 'hard' }), ctx());
    expect(unknown).toMatchObject({ ok: false, engine: { en: expect.stringContaining('mode') } });
    // A team whose people were all removed exports none.
    expect(teamResult({ ...named, participants: [] }).participants).toBeUndefined();
  });

  it('refuses a log that no longer replays on the scenario', () => {
    const r = JSON.parse(text('team-bjork.json')) as KohuResult;
    const edited = { ...r, log: [{ ...r.log[0], post: 'no-such-post' }, ...r.log.slice(1)] } as KohuResult;
    expect(checkResult(edited, ctx(), 'bjork.json')).toMatchObject({
      ok: false,
      engine: { en: expect.stringMatching(/“bjork\.json”, the action log\[0\] does not replay/) },
    });
  });
});

describe('a result saved in format 1', () => {
  const saved = JSON.parse(text('format-1-team-bjork.json')) as KohuResult;
  const loaded = checkResultText(text('format-1-team-bjork.json'), ctx());

  it("is upgraded and replayed by today's rules, never dropped", () => {
    expect(saved.format).toBe(1);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    expect(loaded.result).toMatchObject({ format: 3, team: saved.team, seed: saved.seed, log: saved.log });
    expect(loaded.result.flags.every((f) => !f.rule.startsWith('honesty.broken-promise'))).toBe(true);
  });

  it('carries decisions over to renamed rules, as the file’s claims, and keeps those on retired rules aside', () => {
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    // A decision that arrives in a file counts only once a facilitator here accepts it.
    expect(loaded.result.overrides).toEqual({});
    expect(Object.keys(loaded.result.claims ?? {}).sort()).toEqual(['honesty.promises:promise-1', 'publicness.public-statement:statement']);
    expect(loaded.result.claims?.['honesty.promises:promise-1']).toMatchObject({ decision: 'reject' });
    expect(loaded.result.flags.find((f) => f.id === 'honesty.promises:promise-1')?.override).toBeUndefined();
    expect(loaded.result.retiredOverrides).toEqual({ 'honesty.excuse:1': saved.overrides['honesty.excuse:1'] });
  });
});

describe('overrides', () => {
  // A broken promise (0 of 10): rejecting it says the rule did not apply, so the opportunity drops out.
  const flag = bjork.result.flags.find((f) => f.rule === 'honesty.promises' && f.points === 0)!;
  const judged = withDecision(model, bjork.result, flag.id, { decision: 'reject', reason: 'not a promise', by: 'F' });

  it('reject moves the score, and the automatic score stays known', () => {
    expect(judged.scores.honesty).toBeGreaterThan(bjork.result.scores.honesty);
    expect(judged.overrides[flag.id]).toMatchObject({ decision: 'reject', reason: 'not a promise', by: 'F' });
    expect(judged.flags.find((f) => f.id === flag.id)).toMatchObject({ points: 0, override: { decision: 'reject' } });
    expect(automaticScores(model, judged)).toEqual(bjork.result.scores);
  });

  it('withdrawing the decision restores the automatic score', () => {
    expect(withDecision(model, judged, flag.id, null).scores).toEqual(bjork.result.scores);
  });

  it('counts agreement with the automatic flags', () => {
    const accepted = withDecision(model, judged, bjork.result.flags[0].id, { decision: 'accept', reason: 'right' });
    const a = agreement([teams[0].result, accepted]);
    expect(a).toMatchObject({ reviewed: 2, accepted: 1, rejected: 1, adjusted: 0 });
    expect(agreementRate(a)).toBe(50);
    expect(agreementRate(agreement([teams[0].result]))).toBeNull();
  });
});

describe('timeline', () => {
  const moments = buildMoments(
    model,
    teams.map((t) => t.result),
  );

  it('is in time order and ends with the closing prompts', () => {
    expect(moments.map((m) => m.at)).toEqual([...moments.map((m) => m.at)].sort((a, b) => a - b));
    const last = moments[moments.length - 1];
    expect(last.final).toBe(true);
    expect(last.prompts.map((p) => p.text)).toEqual(model.debriefPrompts);
  });

  it('puts a phase’s prompts where a team first entered it, once', () => {
    const spark = model.phases.find((p) => p.id === 'spark')!;
    expect(moments[0].prompts.map((p) => p.text)).toEqual(spark.debriefPrompts);
    const viral = moments.filter((m) => m.prompts.some((p) => p.phase === 'viral'));
    expect(viral).toHaveLength(1);
  });

  it('holds every action, flag and appearance of every team', () => {
    teams.forEach((t, i) => {
      const actions = moments.flatMap((m) => m.teams[i].actions);
      expect(actions).toHaveLength(t.result.log.filter((a) => a.type !== 'mark_read').length);
      expect(moments.flatMap((m) => m.teams[i].flags)).toHaveLength(t.result.flags.length);
      expect(moments.flatMap((m) => m.teams[i].appeared)).toHaveLength(t.result.appeared.length);
    });
    expect(momentAt(moments, 0)).toBe(0);
    expect(momentAt(moments, 10 ** 9)).toBe(moments.length - 1);
  });
});

describe('CSV', () => {
  const h: CsvHeaders = {
    scores: {
      team: 'Ryhmä',
      scenario: 'S',
      dimension: 'D',
      score: 'P',
      automatic: 'A',
      weight: 'W',
      ending: 'E',
      endedAt: 'T',
      participants: 'Osallistujat',
      mode: 'Pelitapa',
    },
    flags: {
      team: 'Ryhmä',
      flag: 'F',
      rule: 'R',
      dimension: 'D',
      time: 'T',
      post: 'P',
      points: 'Pts',
      max: 'M',
      automatic: 'A',
      decision: 'Päätös',
      reason: 'Perustelu',
      by: 'B',
      decidedAt: 'At',
      explanation: 'X',
    },
    dimensionNames: { speed: 'Nopeus', honesty: 'Rehellisyys', publicness: 'Julkisuus', escalation: 'Eskalointi', total: 'Yhteensä' },
    decisions: { accept: 'Hyväksy', reject: 'Hylkää', adjust: 'Muuta' },
    modes: { coached: 'Valmennettu', exam: 'Koe' },
  };
  const list = teams.map((team, i) => ({ label: team.name, people: i === 0 ? 'Aino Laine, Mikko Salo' : '', team }));

  it('writes a BOM, `;` and decimal commas, and parses back', () => {
    expect(num(9.7)).toBe('9,7');
    expect(num(-15)).toBe('-15');
    const csv = toCsv(scoreRows(model, list, h));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(rows).toHaveLength(1 + 3 * 5);
    expect(rows[1][0]).toBe('Tiimi Äänekoski');
    expect(rows[0].slice(-2)).toEqual(['Osallistujat', 'Pelitapa']);
    expect(rows[1].at(-2)).toBe('Aino Laine, Mikko Salo');
  });

  it('gives wall-clock times in the room’s local time, not UTC', () => {
    // The test runs in Helsinki time (see the TZ set at the top of this file): UTC+2 in winter.
    expect(localTime('2026-01-15T08:05:00.000Z')).toBe('2026-01-15 10:05');
    expect(localTime(undefined)).toBe('');
    const judged = withDecision(model, bjork.result, bjork.result.flags[0].id, {
      decision: 'accept',
      reason: 'ok',
      at: '2026-01-15T08:05:00.000Z',
    });
    const rows = Papa.parse<string[]>(toCsv(flagRows(model, [{ label: 'Björk', team: { ...bjork, result: judged } }], 'fi', h)).slice(1), {
      delimiter: ';',
    }).data;
    expect(rows[1][12]).toBe('2026-01-15 10:05');
  });

  it('has one row per flag, with the person’s decision', () => {
    const judged = withDecision(model, bjork.result, bjork.result.flags[0].id, {
      decision: 'adjust',
      points: 5,
      reason: 'puolet; "lainaus"; rivi\nkaksi',
    });
    const rows = Papa.parse<string[]>(toCsv(flagRows(model, [{ label: 'Björk', team: { ...bjork, result: judged } }], 'fi', h)).slice(1), {
      delimiter: ';',
    }).data;
    expect(rows).toHaveLength(1 + judged.flags.length);
    expect(rows[1].slice(9, 11)).toEqual(['Muuta', 'puolet; "lainaus"; rivi\nkaksi']);
  });
});
