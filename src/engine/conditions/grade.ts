// The grade a `reply` or `statement` condition may ask for ("at least this"),
// and the older `honest`, which is the same question at one fixed grade.
import type { Language } from '../model.ts';
import { gradeAtLeast, type Grade } from '../text/reading.ts';
import type { SchemaKit, Words } from './kind.ts';

/** `honest: true` asks for this grade or better; `honest: false` for less. */
export const HONEST_GRADE: Grade = 'acceptable';
export const isHonest = (grade: Grade): boolean => gradeAtLeast(grade, HONEST_GRADE);

/** Does a reply or statement of `grade` answer what the condition asks (`honest`, `grade`, either or both)? */
export function gradeFits(grade: Grade, asked: { honest?: boolean; grade?: Grade }): boolean {
  return (
    (asked.honest === undefined || isHonest(grade) === asked.honest) && (asked.grade === undefined || gradeAtLeast(grade, asked.grade))
  );
}

/** Best first, as a trainer reads the list. */
const ASKABLE = ['good', 'acceptable', 'poor'] as const;

export const gradeSchema = ({ z, d }: SchemaKit, words: Words) => d(z.enum(ASKABLE), words);

/** "at least this grade" as an adjective; `poor` asks for nothing (every answer is at least poor). */
const AT_LEAST: Record<Grade, Words> = {
  good: { en: 'good', fi: 'hyvä' },
  acceptable: { en: 'acceptable or better', fi: 'vähintään kelvollinen' },
  poor: { en: '', fi: '' },
};
export const gradeAdjective = (grade: Grade | undefined, lang: Language): string => (grade ? AT_LEAST[grade][lang] : '');
