// The scenarios the app ships, compiled at build time (virtual:kohu-scenarios),
// and lookups by file or by (id, language).
import shipped from 'virtual:kohu-scenarios';
import type { Language, ScenarioModel } from '../../engine/play.ts';
import type { ScenarioRef } from './persist.ts';

export interface PlayableScenario {
  ref: ScenarioRef;
  model: ScenarioModel;
}

export const playable: PlayableScenario[] = shipped
  .filter((s) => s.model !== null)
  .map((s) => ({ ref: refOf(s.model!, s.file, true), model: s.model! }));

/** Shipped files that failed to compile (a build-time mistake; shown, not hidden). */
export const broken = shipped.filter((s) => s.model === null);

export function refOf(model: ScenarioModel, file: string, isShipped: boolean): ScenarioRef {
  return { file, id: model.id, language: model.language, title: model.title, version: model.version, shipped: isShipped };
}

export function findShipped(id: string, language: Language): PlayableScenario | undefined {
  return playable.find((s) => s.model.id === id && s.model.language === language);
}

export function findByFile(file: string): PlayableScenario | undefined {
  return playable.find((s) => s.ref.file === file);
}
