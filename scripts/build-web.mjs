#!/usr/bin/env node
// Builds the map page into dist/web: type-checks web/, bundles web/main.ts (Leaflet, markercluster and
// their CSS and images included) with esbuild, copies index.html, and turns world-atlas' TopoJSON into
// the GeoJSON base layer. Everything the page needs is then served by sitrep itself: no CDN, no tiles.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web`;
const require = createRequire(import.meta.url);

function typecheck() {
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', `${root}web/tsconfig.json`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build-web: web/ does not type-check (see above)');
}

/** Coordinates to 3 decimals (about 100 m) make the layer much smaller and look the same at world scale. */
function countries() {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const round = (_k, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);
  return JSON.stringify(feature(topo, topo.objects.countries), round);
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes('--no-check')) typecheck();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [`${root}web/main.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    outdir: out,
    loader: { '.png': 'file', '.svg': 'file' },
    assetNames: 'assets/[name]-[hash]',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'favicon.svg']) copyFileSync(`${root}web/${file}`, `${out}/${file}`);
  writeFileSync(`${out}/countries.geojson`, countries());
  console.log(`build-web: dist/web built in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
