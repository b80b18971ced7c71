import { describe, expect, it } from 'vitest';
import {
  CHROME_SCHEMA_KEYWORDS,
  EXAMPLE_POLICY,
  LIMITABLE_KEYS,
  buildManagedSchema,
  type JsonSchema,
} from '../../lib/managed-schema';
import { SETTINGS_SPEC, SETTING_KEYS } from '../../lib/settings-schema';

const schema = buildManagedSchema();
const props = schema.properties as Record<string, JsonSchema>;
const CHROME_TYPES = ['boolean', 'integer', 'number', 'string', 'array', 'object', 'null'];

/** Every (path, schema node) pair in the tree. */
function* nodes(node: JsonSchema, path = '$'): Generator<[string, JsonSchema]> {
  yield [path, node];
  for (const [k, v] of Object.entries((node.properties as Record<string, JsonSchema>) ?? {}))
    yield* nodes(v, `${path}.${k}`);
  if (node.items) yield* nodes(node.items as JsonSchema, `${path}[]`);
  if (typeof node.additionalProperties === 'object')
    yield* nodes(node.additionalProperties as JsonSchema, `${path}.*`);
}

describe('managed schema', () => {
  it('top level is an object without additionalProperties (Chrome requirement)', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('uses only keywords and types of Chrome’s schema subset, and exactly one type per node', () => {
    for (const [path, node] of nodes(schema)) {
      for (const kw of Object.keys(node))
        expect(CHROME_SCHEMA_KEYWORDS.has(kw), `${path}: ${kw}`).toBe(true);
      expect(CHROME_TYPES, path).toContain(node.type);
      if (node.type === 'array') expect(node.items, path).toBeDefined();
    }
  });

  it('declares no constraint Chrome would enforce by silently dropping a value', () => {
    // Measured on Chromium 156: values violating minimum/maximum/enum never reach storage.managed,
    // so the extension could not tell the person. resolveSettings enforces and reports instead.
    for (const [path, node] of nodes(schema))
      for (const kw of ['minimum', 'maximum', 'enum', 'pattern', 'required'])
        expect(node, `${path}.${kw}`).not.toHaveProperty(kw);
  });

  it('covers every setting with the matching JSON type, plus lockedSettings and limits only', () => {
    const expected = {
      bool: 'boolean',
      int: 'integer',
      enum: 'string',
      intList: 'array',
      stringList: 'array',
    };
    expect(Object.keys(props).sort()).toEqual([...SETTING_KEYS, 'limits', 'lockedSettings'].sort());
    for (const k of SETTING_KEYS) expect(props[k]?.type, k).toBe(expected[SETTINGS_SPEC[k].kind]);
  });

  it('documents bounds and allowed values in each description', () => {
    expect(props.microBreakEveryMin?.description).toContain('10 to 60');
    expect(props.strictness?.description).toContain('"gentle", "normal", "firm"');
    for (const k of SETTING_KEYS) expect(props[k]?.description, k).toMatch(/Default: /);
  });

  it('limits covers exactly the number settings', () => {
    const limitProps = (props.limits?.properties ?? {}) as Record<string, JsonSchema>;
    const ints = SETTING_KEYS.filter((k) => SETTINGS_SPEC[k].kind === 'int');
    expect(Object.keys(limitProps)).toEqual(ints);
    expect([...LIMITABLE_KEYS]).toEqual(ints);
  });

  it('has no key that could report about a person or name an endpoint', () => {
    const text = JSON.stringify(schema).toLowerCase();
    const names = [...nodes(schema)].map(([p]) => p.toLowerCase()).join(' ');
    for (const word of [
      'url',
      'endpoint',
      'server',
      'report',
      'upload',
      'telemetry',
      'webhook',
      'email',
    ])
      expect(names, word).not.toContain(word);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('the example policy fits the schema’s types', () => {
    const jsType = (v: unknown) =>
      Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
    for (const [k, v] of Object.entries(EXAMPLE_POLICY)) expect(jsType(v), k).toBe(props[k]?.type);
  });
});
