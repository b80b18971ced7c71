import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOC_PATH,
  GECKO_ID,
  generateBlocks,
  renderDocs,
} from '../../../scripts/deployment-docs.mjs';
import { EXAMPLE_POLICY, buildManagedSchema } from '../../../lib/managed-schema';
import { SETTINGS_SPEC, SETTING_KEYS } from '../../../lib/settings-schema';
import { EXTENSION_ID } from '../../../lib/extension-id';

const inputs = {
  schema: buildManagedSchema(),
  spec: SETTINGS_SPEC,
  policy: EXAMPLE_POLICY,
  id: EXTENSION_ID,
};
const blocks: Record<string, string> = generateBlocks(inputs);
const doc = readFileSync(DOC_PATH, 'utf8');

/** The code inside a generated block's fence. */
const code = (name: string) => {
  const m = /^```\w*\n([\s\S]*)\n```$/.exec(blocks[name] ?? '');
  if (!m?.[1]) throw new Error(`no fenced code in ${name}`);
  return m[1];
};

/** Reads a .reg file back into { key path: { name: value } } the way Chrome would see it. */
function parseReg(text: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  let section = '';
  for (const line of text.split('\n')) {
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec?.[1]) out[(section = sec[1])] = {};
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (dword?.[1] && dword[2]) out[section]![dword[1]] = parseInt(dword[2], 16);
    const sz = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (sz?.[1] && sz[2] !== undefined) {
      const s = sz[2].replace(/\\(.)/g, '$1');
      out[section]![sz[1]] = /^[[{]/.test(s) ? JSON.parse(s) : s;
    }
  }
  return out;
}

/** Reads a plist XML value back into JS. */
function fromPlist(el: Element): unknown {
  switch (el.tagName.toLowerCase()) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'integer':
      return Number(el.textContent);
    case 'string':
      return el.textContent;
    case 'array':
      return [...el.children].map(fromPlist);
    case 'dict': {
      const kids = [...el.children];
      const o: Record<string, unknown> = {};
      for (let i = 0; i < kids.length; i += 2)
        o[kids[i]!.textContent ?? ''] = fromPlist(kids[i + 1]!);
      return o;
    }
    default:
      throw new Error(`unexpected plist element ${el.tagName}`);
  }
}

/** Chrome/Edge registry value as the extension receives it: DWORD 0/1 becomes a boolean. */
const asPolicy = (reg: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(reg).map(([k, v]) => [
      k,
      SETTINGS_SPEC[k as keyof typeof SETTINGS_SPEC]?.kind === 'bool' ? v !== 0 : v,
    ]),
  );

describe('docs/deployment.md', () => {
  it('matches what the generator produces now (run `npm run docs:deployment` if this fails)', () => {
    expect(renderDocs(doc, blocks)).toBe(doc);
  });

  it('the CLI check agrees', () => {
    expect(() =>
      execFileSync('node', ['scripts/deployment-docs.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('detects a stale block, a missing marker and an unknown marker', () => {
    const stale = doc.replace('"microBreakEveryMin": 20', '"microBreakEveryMin": 25');
    expect(stale).not.toBe(doc);
    expect(renderDocs(stale, blocks)).toBe(doc);
    expect(() => renderDocs(doc.replace('<!-- generated:firefox -->', ''), blocks)).toThrow(
      /firefox/,
    );
    expect(() => renderDocs(`${doc}\n<!-- generated:nope -->\n`, blocks)).toThrow(/nope/);
  });

  it('keeps hand-written text and lists every setting', () => {
    expect(doc).toContain('## What the organization can and cannot see');
    for (const k of SETTING_KEYS) expect(blocks['settings-table']).toContain(`| \`${k}\` |`);
  });
});

describe('generated examples carry exactly the example policy', () => {
  it('Google Admin console wraps each value in {Value}', () => {
    const parsed = JSON.parse(code('admin-console')) as Record<string, { Value: unknown }>;
    expect(Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.Value]))).toEqual(
      EXAMPLE_POLICY,
    );
  });

  it.each([
    ['windows-chrome', 'Google\\Chrome'],
    ['windows-edge', 'Microsoft\\Edge'],
  ])('%s .reg', (name, vendor) => {
    const reg = parseReg(code(name));
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    expect(reg[`${base}\\ExtensionInstallForcelist`]).toEqual({
      '1': `${EXTENSION_ID};https://clients2.google.com/service/update2/crx`,
    });
    const settings = reg[`${base}\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`] ?? {};
    expect(asPolicy(settings)).toEqual(EXAMPLE_POLICY);
    expect(code(name).startsWith('Windows Registry Editor Version 5.00\n')).toBe(true);
  });

  it.each([
    ['macos-chrome', 'com.google.Chrome'],
    ['macos-edge', 'com.microsoft.Edge'],
  ])('%s configuration profile', (name, domain) => {
    const xml = new DOMParser().parseFromString(code(name), 'application/xml');
    const root = xml.querySelector('plist > dict');
    if (!root) throw new Error('no plist dict');
    const profile = fromPlist(root) as { PayloadContent: Record<string, unknown>[] };
    const [install, settings] = profile.PayloadContent;
    expect(install?.PayloadType).toBe(domain);
    expect(install?.ExtensionInstallForcelist).toEqual([
      `${EXTENSION_ID};https://clients2.google.com/service/update2/crx`,
    ]);
    expect(settings?.PayloadType).toBe(`${domain}.extensions.${EXTENSION_ID}`);
    const own = Object.fromEntries(
      Object.entries(settings ?? {}).filter(([k]) => !k.startsWith('Payload')),
    );
    expect(own).toEqual(EXAMPLE_POLICY);
    const uuids = [profile, install, settings].map(
      (p) => (p as Record<string, unknown>)?.PayloadUUID,
    );
    expect(new Set(uuids).size).toBe(3);
  });

  it('Linux policy file', () => {
    const file = JSON.parse(code('linux-json'));
    expect(file['3rdparty'].extensions[EXTENSION_ID]).toEqual(EXAMPLE_POLICY);
    expect(file.ExtensionSettings[EXTENSION_ID].installation_mode).toBe('force_installed');
  });

  it('Firefox policies.json uses the gecko id from wxt.config.ts', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain(`id: '${GECKO_ID}'`);
    const file = JSON.parse(code('firefox'));
    expect(file.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(EXAMPLE_POLICY);
    expect(file.policies.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
  });
});
