// npm run icons: renders icons/icon.svg, the one source of Sift's icon, into icons/icon-N.png for every size
// manifest.json names. The PNGs are checked-in assets (the build only copies them, so building needs no
// native renderer); run this again after changing the SVG and commit the PNGs with it.
// The renderer is @resvg/resvg-js (prebuilt binaries from the registry, no system libraries).
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const svg = fs.readFileSync(path.join(root, 'icons/icon.svg'));

/** Every "size": "icons/icon-N.png" pair the manifest uses (icons and the action's default_icon). */
const wanted = new Map([
  ...Object.entries(manifest.icons ?? {}),
  ...Object.entries(manifest.action?.default_icon ?? {}),
]);
for (const [size, file] of [...wanted].sort((a, b) => Number(a[0]) - Number(b[0]))) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(size) } }).render().asPng();
  fs.writeFileSync(path.join(root, file), png);
  console.log(`${file}  ${size}×${size}  ${png.length} bytes`);
}
