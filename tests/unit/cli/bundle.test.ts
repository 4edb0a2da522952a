import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../../../scripts/build-cli.mjs';
import { BUNDLE, bundleIsCurrent } from '../../../scripts/cli-bundle.mjs';

/** Built on install; rebuilt here only after a source changed. */
const ensureBuilt = async () => {
  if (!bundleIsCurrent()) await buildCli();
};
import { ROOT } from '../../helpers/load.ts';

describe('the bundled kohu command', () => {
  it('is current once built, and not once a source it was built from changes', async () => {
    await ensureBuilt();
    expect(bundleIsCurrent()).toBe(true);
    const source = join(ROOT, 'src/engine/duration.ts');
    const { atime, mtime } = statSync(source);
    const built = statSync(BUNDLE).mtime;
    try {
      utimesSync(source, atime, new Date(built.getTime() + 60_000));
      expect(bundleIsCurrent()).toBe(false);
    } finally {
      utimesSync(source, atime, mtime);
    }
    expect(bundleIsCurrent()).toBe(true);
  });

  it('answers as the TypeScript does', async () => {
    await ensureBuilt();
    const args = ['validate', '--format', 'json', 'scenarios/shop-video.fi.yaml', 'tests/fixtures/invalid/duplicate-id/scenario.yaml'];
    const run = (module: string, ...node: string[]) =>
      spawnSync(
        process.execPath,
        [
          ...node,
          '--input-type=module',
          '-e',
          `const { main } = await import(${JSON.stringify(module)}); process.exitCode = await main(${JSON.stringify(args)});`,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const bundled = run(BUNDLE.href);
    const typescript = run(join(ROOT, 'src/cli/main.ts'), '--import', 'tsx');
    expect(bundled.status).toBe(1);
    expect({ status: bundled.status, out: bundled.stdout }).toEqual({ status: typescript.status, out: typescript.stdout });
  });
});
