import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const TEMPLATE = new URL('./src/service-worker/sw.js', import.meta.url);

function publicFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? publicFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

/**
 * Writes dist/sw.js from src/service-worker/sw.js with this build's file list (what the bundle
 * emitted, plus the public folder) to precache, and a build id naming its cache: a deployment
 * with any changed file is a new worker with a new cache, and the old one is deleted on activate.
 */
export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'serumpun-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
      const emitted = Object.keys(bundle).filter((file) => file !== 'index.html' && !file.endsWith('.map') && !file.startsWith('.vite/'));
      const files = [...emitted, ...(config.publicDir ? publicFiles(config.publicDir) : [])]
        .filter((file) => file !== 'sw.js')
        .map((file) => `/${file}`)
        .sort();
      const template = readFileSync(TEMPLATE, 'utf8');
      const index = readFileSync(join(outDir, 'index.html'), 'utf8');
      const build = createHash('sha256').update(template).update(index).update(files.join('\n')).digest('hex').slice(0, 12);
      const worker = template
        .replace('self.__SERUMPUN_PRECACHE__', JSON.stringify(files))
        .replace('self.__SERUMPUN_BUILD__', JSON.stringify(build));
      writeFileSync(join(outDir, 'sw.js'), worker);
    },
  };
}
