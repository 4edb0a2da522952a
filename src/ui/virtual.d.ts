declare module 'virtual:kohu-scenarios' {
  import type { ScenarioModel } from '../engine/play.ts';
  export interface ShippedScenario {
    file: string;
    model: ScenarioModel | null;
    diagnostics: {
      code: string;
      severity: 'error' | 'warning';
      message: string;
      hint: string;
      fi?: { message: string; hint: string };
      line: number;
      col: number;
      frame: string;
      file: string;
    }[];
  }
  const scenarios: ShippedScenario[];
  export default scenarios;
}
