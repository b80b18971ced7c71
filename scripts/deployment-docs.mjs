/**
 * Generates the copy-pasteable examples in docs/deployment.md from the settings table, the managed
 * schema and the extension id, so the guide never drifts from the code. Only the text between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` is replaced; the rest is hand-written.
 *
 *   node scripts/deployment-docs.mjs          rewrite docs/deployment.md
 *   node scripts/deployment-docs.mjs --check  exit 1 if docs/deployment.md is stale
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOC_PATH = join(ROOT, 'docs/deployment.md');
/** Firefox add-on id (wxt.config.ts `browser_specific_settings.gecko.id`; a unit test checks it). */
export const GECKO_ID = 'chin-up@chinup.local';
const CWS_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
const XPI_URL = 'https://intranet.example.org/chin-up/chin-up.xpi';

const json = (v) => JSON.stringify(v, null, 2);
const fence = (lang, body) => `\`\`\`${lang}\n${body.trimEnd()}\n\`\`\``;
const xmlEscape = (s) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
/** Stable UUID from a name, so regenerating the profile does not change it. */
const uuidFor = (name) => {
  const h = createHash('sha256').update(`chin-up:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
};

function settingsTable(schema, spec) {
  const rows = ['| Key | Type | Allowed | Default | What it does |', '|---|---|---|---|---|'];
  for (const [key, prop] of Object.entries(schema.properties)) {
    const s = spec[key];
    if (!s) continue;
    const allowed = /Allowed: (.*?)\. Default:/.exec(prop.description)?.[1] ?? '';
    const pipe = (t) => t.replaceAll('|', '\\|');
    rows.push(
      `| \`${key}\` | ${prop.type} | ${pipe(allowed)} | \`${pipe(JSON.stringify(s.default))}\` | ${pipe(s.description)} |`,
    );
  }
  return rows.join('\n');
}

/** Windows .reg value line: DWORD for booleans and integers, JSON text for lists and objects. */
function regValue(key, value) {
  if (typeof value === 'boolean' || Number.isInteger(value))
    return `"${key}"=dword:${Number(value).toString(16).padStart(8, '0')}`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${key}"="${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function regFile(vendorPath, id, policy) {
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendorPath}`;
  return [
    'Windows Registry Editor Version 5.00',
    '',
    '; Force-install. "1" is a list position: use the next free number if the list already exists.',
    `[${base}\\ExtensionInstallForcelist]`,
    `"1"="${id};${CWS_UPDATE_URL}"`,
    '',
    '; Chin Up settings (lists and objects are JSON text; Chrome and Edge convert them using the schema).',
    `[${base}\\3rdparty\\extensions\\${id}\\policy]`,
    ...Object.entries(policy).map(([k, v]) => regValue(k, v)),
  ].join('\n');
}

function plist(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (Number.isInteger(value)) return `${pad}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${pad}<string>${xmlEscape(value)}</string>`;
  if (Array.isArray(value))
    return [`${pad}<array>`, ...value.map((v) => plist(v, indent + 1)), `${pad}</array>`].join(
      '\n',
    );
  return [
    `${pad}<dict>`,
    ...Object.entries(value).flatMap(([k, v]) => [
      `${pad}  <key>${xmlEscape(k)}</key>`,
      plist(v, indent + 1),
    ]),
    `${pad}</dict>`,
  ].join('\n');
}

function mobileconfig(domain, name, id, policy) {
  const payload = (type, ident, content) => ({
    PayloadType: type,
    PayloadIdentifier: ident,
    PayloadUUID: uuidFor(ident),
    PayloadVersion: 1,
    PayloadDisplayName: name,
    ...content,
  });
  const profile = {
    PayloadType: 'Configuration',
    PayloadIdentifier: `local.chinup.${name.toLowerCase().replace(/\W+/g, '-')}`,
    PayloadUUID: uuidFor(`${domain}:profile`),
    PayloadVersion: 1,
    PayloadScope: 'System',
    PayloadDisplayName: `Chin Up for ${name}`,
    PayloadContent: [
      payload(domain, `local.chinup.${domain}.install`, {
        ExtensionInstallForcelist: [`${id};${CWS_UPDATE_URL}`],
      }),
      payload(`${domain}.extensions.${id}`, `local.chinup.${domain}.settings`, policy),
    ],
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plist(profile, 0),
    '</plist>',
  ].join('\n');
}

function linuxFile(id, policy) {
  return json({
    ExtensionSettings: {
      [id]: { installation_mode: 'force_installed', update_url: CWS_UPDATE_URL },
    },
    '3rdparty': { extensions: { [id]: policy } },
  });
}

/**
 * Pure: every generated block of the guide, keyed by marker name.
 * @param {{ schema: any, spec: Record<string, any>, policy: Record<string, unknown>, id: string }} input
 * @returns {Record<string, string>}
 */
export function generateBlocks({ schema, spec, policy, id }) {
  const adminConsole = Object.fromEntries(
    Object.entries(policy).map(([k, v]) => [k, { Value: v }]),
  );
  return {
    'settings-table': settingsTable(schema, spec),
    'extension-id': `\`${id}\``,
    'policy-json': fence('json', json(policy)),
    'admin-console': fence('json', json(adminConsole)),
    'windows-chrome': fence('reg', regFile('Google\\Chrome', id, policy)),
    'windows-edge': fence('reg', regFile('Microsoft\\Edge', id, policy)),
    'macos-chrome': fence('xml', mobileconfig('com.google.Chrome', 'Google Chrome', id, policy)),
    'macos-edge': fence('xml', mobileconfig('com.microsoft.Edge', 'Microsoft Edge', id, policy)),
    'linux-json': fence('json', linuxFile(id, policy)),
    firefox: fence(
      'json',
      json({
        policies: {
          ExtensionSettings: {
            [GECKO_ID]: { installation_mode: 'force_installed', install_url: XPI_URL },
          },
          '3rdparty': { Extensions: { [GECKO_ID]: policy } },
        },
      }),
    ),
  };
}

/**
 * Pure: replaces the text between each pair of markers. Throws on a missing or unknown marker, so a
 * renamed heading cannot silently drop an example.
 * @param {string} markdown
 * @param {Record<string, string>} blocks
 */
export function renderDocs(markdown, blocks) {
  let out = markdown;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`docs/deployment.md: missing markers for "${name}"`);
    out = out.replace(re, (_m, open, close) => `${open}${body}\n${close}`);
  }
  const unknown = [...out.matchAll(/<!-- generated:([\w-]+) -->/g)]
    .map((m) => m[1])
    .filter((n) => !(n in blocks));
  if (unknown.length > 0)
    throw new Error(`docs/deployment.md: unknown markers ${unknown.join(', ')}`);
  return out;
}

/** Bundles the TypeScript sources with esbuild and imports them. */
export async function loadInputs() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'chinup-docs-'));
  const entry = join(dir, 'entry.ts');
  const out = join(dir, 'inputs.mjs');
  writeFileSync(
    entry,
    [
      `export { buildManagedSchema, EXAMPLE_POLICY } from ${JSON.stringify(join(ROOT, 'lib/managed-schema.ts'))};`,
      `export { SETTINGS_SPEC } from ${JSON.stringify(join(ROOT, 'lib/settings-schema.ts'))};`,
      `export { EXTENSION_ID } from ${JSON.stringify(join(ROOT, 'lib/extension-id.ts'))};`,
    ].join('\n'),
  );
  try {
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'error',
    });
    const m = await import(pathToFileURL(out).href);
    return {
      schema: m.buildManagedSchema(),
      spec: m.SETTINGS_SPEC,
      policy: m.EXAMPLE_POLICY,
      id: m.EXTENSION_ID,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const current = readFileSync(DOC_PATH, 'utf8');
  const next = renderDocs(current, generateBlocks(await loadInputs()));
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/deployment.md is stale: run `npm run docs:deployment`.');
      process.exit(1);
    }
    console.log('docs/deployment.md is up to date.');
  } else if (next !== current) {
    writeFileSync(DOC_PATH, next);
    console.log('docs/deployment.md updated.');
  } else console.log('docs/deployment.md already up to date.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
