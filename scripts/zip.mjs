// Store packages: zips a built extension folder with fflate (pure JavaScript, no system zip tool), so
// `npm run build` makes them on any machine. manifest.json and the rest sit at the zip's root, names sorted,
// every entry dated 1980-01-01 00:00 so that the same build gives byte-identical zips.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const FIXED_DATE = new Date(1980, 0, 1); // local time: the zip stores local date fields

function files(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
}

export function zipFolder(folder, outFile) {
  const entries = Object.fromEntries(
    files(folder).map((name) => [name, new Uint8Array(fs.readFileSync(path.join(folder, name)))]),
  );
  fs.writeFileSync(outFile, zipSync(entries, { level: 9, mtime: FIXED_DATE }));
}
