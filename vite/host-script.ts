/**
 * Builds dist/embed.js (the host-page script, src/embed/host.ts) as a classic
 * script without a hash, right after the pages, into the same folder.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export function hostScript(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'parley-host-script',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build' && !config.build.lib;
    },
    async closeBundle() {
      if (!isBuild) return;
      await build({
        configFile: resolve(root, 'vite.host.config.ts'),
        logLevel: 'warn',
        build: { outDir, emptyOutDir: false },
      });
    },
  };
}
