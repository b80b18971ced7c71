// Reads a frontal-posture dataset manifest (see ../shared/datasets/frontal-posture/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Minimal RFC 4180 CSV parser: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows of `DIR/manifest.csv` as objects keyed by the header, with `path` resolved. */
export function readManifest(dir) {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, 'manifest.csv'), 'utf8'));
  if (!header) throw new Error(`empty manifest in ${dir}`);
  return rows.map((r) => {
    const o = Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()]));
    return { ...o, path: join(dir, o.file) };
  });
}
