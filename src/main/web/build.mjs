// Bundles Parley's two pages into ../../../target/classes/web (or $PARLEY_WEB_OUT), with every
// library inlined, so that neither needs anything from the network at run time:
//   explore/  the explorer page: index.html, explore.js and explore.css (country outlines included);
//   query/    the query page's editor (YASGUI): query.js and query.css; the page's HTML is rendered
//             by the server (org.parley.serve.QueryPage) around them.
// Licences: the explorer's go to explore.js.LEGAL.txt; YASGUI ships pre-bundled without its
// dependencies' notices, so query/THIRD-PARTY.txt lists every package of its dependency tree with
// its version, licence and licence text.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, process.env.PARLEY_WEB_OUT || '../../../target/classes/web');

async function bundle(name, entry, out) {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { [name]: resolve(here, entry) },
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
}

// The packages of a dependency tree, each once, with their licence texts.
function notices(top) {
  const seen = new Map();
  const visit = (name) => {
    const dir = join(here, 'node_modules', name);
    if (seen.has(name) || !existsSync(join(dir, 'package.json'))) return;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    seen.set(name, `${name} ${pkg.version} (${pkg.license || 'see its repository'})\n`
      + (file ? readFileSync(join(dir, file), 'utf8').trim() + '\n' : ''));
    Object.keys(pkg.dependencies || {}).forEach(visit);
  };
  visit(top);
  return `Third-party packages bundled in query.js and query.css (${top} and its dependencies):\n\n`
    + [...seen.values()].join('\n');
}

const started = Date.now();
await bundle('explore', 'src/main.js', resolve(root, 'explore'));
copyFileSync(resolve(here, 'index.html'), resolve(root, 'explore', 'index.html'));
await bundle('query', 'src/query/page.js', resolve(root, 'query'));
writeFileSync(resolve(root, 'query', 'THIRD-PARTY.txt'), notices('@zazuko/yasgui'));
console.log(`explorer and query page bundles written to ${root} in ${Date.now() - started} ms`);
