// Compiles the shipped scenarios (scenarios/*.yaml) at build time into the
// virtual module `virtual:kohu-scenarios`, so the drill screen gets ready
// models without the YAML parser or the validator. In `npm run dev`, an edit
// to a scenario file reloads the page with the new version.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario } from '../src/engine/authoring.ts';

const VIRTUAL = 'virtual:kohu-scenarios';
const RESOLVED = '\0' + VIRTUAL;

export function kohuScenarios(dir = resolve(import.meta.dirname, '..', 'scenarios')): Plugin {
  return {
    name: 'kohu-scenarios',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      const entries = files.map((file) => {
        const path = join(dir, file);
        this.addWatchFile(path);
        const { model, diagnostics } = loadScenario(readFileSync(path, 'utf8'), `scenarios/${file}`);
        return { file: `scenarios/${file}`, model, diagnostics };
      });
      return `export default ${JSON.stringify(entries)};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.yaml')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
