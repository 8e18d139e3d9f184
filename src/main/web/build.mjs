// Bundles the explorer page into ../../../target/classes/web/explore (or $PARLEY_WEB_OUT):
// index.html, explore.js and explore.css, with every library and the country outlines inlined,
// so the page needs nothing from the network at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, process.env.PARLEY_WEB_OUT || '../../../target/classes/web/explore');
mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: { explore: resolve(here, 'src/main.js') },
  bundle: true,
  minify: !process.env.PARLEY_WEB_DEV,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(resolve(here, 'index.html'), resolve(out, 'index.html'));
console.log(`explorer bundle written to ${out} in ${Date.now() - started} ms`);
