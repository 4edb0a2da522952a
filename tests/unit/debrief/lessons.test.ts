// Lessons learned: keys, the shape a saved debrief may have, the averages,
// the CSV rows; and the participant names typed at the start.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lessonRows, toCsv } from '../../../src/ui/debrief/csv.ts';
import {
  allPrompts,
  emptyLessons,
  meanRating,
  momentConclusions,
  momentKey,
  promptKey,
  readLessons,
} from '../../../src/ui/debrief/lessons.ts';
import { buildMoments } from '../../../src/ui/debrief/timeline.ts';
import { joinNames, MAX_PARTICIPANTS, splitNames } from '../../../src/ui/facilitator/names.ts';
import { modelOf } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');

describe('lessons learned', () => {
  it('lists every prompt once, in phase order, the closing ones last, with the keys the timeline uses', () => {
    const prompts = allPrompts(model);
    const phaseCount = model.phases.reduce((n, p) => n + p.debriefPrompts.length, 0);
    expect(prompts).toHaveLength(phaseCount + model.debriefPrompts.length);
    expect(new Set(prompts.map((p) => p.key)).size).toBe(prompts.length);
    expect(prompts.at(-1)).toMatchObject({ key: promptKey(null, model.debriefPrompts.length - 1), phase: null });
    // The timeline's prompts carry the same keys, so a conclusion typed there shows here.
    const keys = new Set(prompts.map((p) => p.key));
    const final = buildMoments(model, []).find((m) => m.final)!;
    for (const p of final.prompts) expect(keys.has(p.key)).toBe(true);
  });

  it('reads an older save without lessons as empty, and keeps only well-formed parts of a damaged one', () => {
    expect(readLessons(undefined)).toEqual(emptyLessons());
    const read = readLessons({
      conclusions: { 'closing#0': 'Answer in public first', 'moment@3': 42 },
      actions: [{ id: 'a', what: 'Write the holding reply', owner: 'Aino', due: '2026-12-09' }, null, 'x'],
      feedback: [{ id: 'f', name: 'Mikko', useful: 5, realistic: 9, learned: 'Speed', change: 7 }],
    });
    expect(read.conclusions).toEqual({ 'closing#0': 'Answer in public first' });
    expect(read.actions).toEqual([{ id: 'a', what: 'Write the holding reply', owner: 'Aino', due: '2026-12-09' }]);
    expect(read.feedback).toEqual([{ id: 'f', name: 'Mikko', useful: 5, realistic: null, learned: 'Speed', change: '' }]);
  });

  it('averages the ratings that were given, ignoring unanswered ones', () => {
    const f = (useful: number | null) => ({ id: String(useful), name: '', useful, realistic: null, learned: '', change: '' });
    expect(meanRating([f(5), f(4), f(null)], 'useful')).toBe(4.5);
    expect(meanRating([f(null)], 'useful')).toBeNull();
    expect(meanRating([], 'realistic')).toBeNull();
  });

  it('exports conclusions, moments in time order, action items and feedback as CSV rows', () => {
    const lessons = {
      conclusions: {
        [promptKey(null, 0)]: 'Apologise for the act',
        [momentKey(12 * 60_000)]: 'The DM came too late',
        [momentKey(3 * 60_000)]: 'Good first reply',
        [promptKey(null, 1)]: '   ',
      },
      actions: [
        { id: 'a', what: 'Holding reply template', owner: 'Aino', due: '2026-12-09' },
        { id: 'b', what: '', owner: '', due: '' },
      ],
      feedback: [{ id: 'f', name: '', useful: 4, realistic: null, learned: 'Answer in public', change: 'Tell comms sooner' }],
    };
    const words = (w: string, p?: Record<string, string>) => (w === 'moment' ? `Moment ${p?.time}` : w);
    const rows = Papa.parse<string[]>(toCsv(lessonRows(model, lessons, words)).slice(1), { delimiter: ';' }).data.filter(
      (r) => r.length > 1,
    );
    expect(rows[0]).toEqual(['kind', 'topic', 'text', 'owner', 'due', 'useful', 'realistic', 'name']);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['conclusion', 'Apologise for the act'],
      ['conclusion', 'Good first reply'],
      ['conclusion', 'The DM came too late'],
      ['action', 'Holding reply template'],
      ['feedback', 'Answer in public / Tell comms sooner'],
    ]);
    expect(rows[2][1]).toBe('Moment 0:03:00');
    expect(rows[4].slice(3, 5)).toEqual(['Aino', '2026-12-09']);
    expect(rows[5][5]).toBe('4');
    expect(momentConclusions(lessons).map((m) => m.at)).toEqual([3 * 60_000, 12 * 60_000]);
  });
});

describe('participant names', () => {
  it('splits on lines, commas and semicolons, trims, drops empty and repeated names', () => {
    expect(splitNames(' Aino Laine,\nMikko  Salo; aino laine ,, \n')).toEqual(['Aino Laine', 'Mikko Salo']);
    expect(joinNames(['Aino', 'Mikko'])).toBe('Aino, Mikko');
    expect(joinNames(undefined)).toBe('');
  });

  it('caps a pasted list, so a document cannot become a team', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Person ${i}`).join('\n');
    expect(splitNames(many)).toHaveLength(MAX_PARTICIPANTS);
    expect(splitNames('x'.repeat(500))[0]).toHaveLength(60);
  });
});
