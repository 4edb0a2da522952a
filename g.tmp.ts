import { loadCorpus, predict } from './tests/corpus/evaluate.ts';
import { readText } from './src/engine/play.ts';
for (const lang of ['fi', 'en'] as const)
  for (const e of loadCorpus(lang).filter((x) => x.split === 'dev')) {
    const p = predict(e);
    if (p.grade !== e.grade) console.log(lang, e.grade, '->', p.grade, '|', e.text.slice(0, 150).replace(/\n/g, ' '));
  }
