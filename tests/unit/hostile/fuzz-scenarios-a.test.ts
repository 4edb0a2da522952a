// Half of the scenario loader's fuzz (tests/helpers/fuzz-scenario.ts): 50,000 mutations.
import { fuzzScenarioChunks } from '../../helpers/fuzz-scenario.ts';

fuzzScenarioChunks([0, 1, 2, 3, 4]);
