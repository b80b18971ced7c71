#!/usr/bin/env node
// node scripts/record-fixtures.mjs [--data DIR]
// Regenerates tests/fixtures/landmarks/*.json: PoseFrame landmarks from real inference (headless
// Chromium, scripts/inference) on a few frames of the shared dataset and on the webcam photo shipped
// in the npm package @vladmandic/face-api@1.7.15 (fetched with `npm pack` into .cache), also as a
// moved camera would show it (ffmpeg). Only derived numbers are committed, never the images.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, openInference, sha256File } from './inference/harness.mjs';
import { readManifest } from './inference/manifest.mjs';
import { sharedPath } from './lib/shared.mjs';

const { values: args } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(args.data ?? sharedPath('datasets/frontal-posture'));
const outDir = join(REPO_ROOT, 'tests/fixtures/landmarks');
const PHOTO_PKG = '@vladmandic/face-api@1.7.15';
const PHOTO_PATH = 'package/demo/screenshot-webcam.png';

/** Dataset frames to record: fixture name -> manifest `file`. */
const DATASET = {
  'vincent-neutral-100': 'images/vincent-neckpose/neutral/case4_IMG_0877-100.jpg',
  'vincent-neutral-101': 'images/vincent-neckpose/neutral/case4_IMG_0877-101.jpg',
  'vincent-neutral-110': 'images/vincent-neckpose/neutral/case4_IMG_0877-110.jpg',
  'vincent-neutral-120': 'images/vincent-neckpose/neutral/case4_IMG_0877-120.jpg',
  'vincent-neutral-138': 'images/vincent-neckpose/neutral/case4_IMG_0877-138.jpg',
  'vincent-forward-100': 'images/vincent-neckpose/forward_head/case1_IMG_0877-100.jpg',
  'vincent-forward-114': 'images/vincent-neckpose/forward_head/case1_IMG_0877-114.jpg',
  'vincent-forward-120': 'images/vincent-neckpose/forward_head/case1_IMG_0877-120.jpg',
  'vincent-forward-c2-121': 'images/vincent-neckpose/forward_head/case2_IMG_0877-121.jpg',
  'vincent-forward-c2-148': 'images/vincent-neckpose/forward_head/case2_IMG_0877-148.jpg',
  'vincent-other-borderline-100': 'images/vincent-neckpose/other/case3_IMG_0877-100.jpg',
  'vincent-other-extension-100': 'images/vincent-neckpose/other/case6_IMG_0877-100.jpg',
  'motlabs-neutral': 'images/motlabs-dbt/neutral/front_normal_215954.jpg',
  'motlabs-head-down': 'images/motlabs-dbt/other/front_sleep_220004.jpg',
  'kirtijindal-neutral': 'images/kirtijindal14/neutral/good_posture.png',
  'kirtijindal-tilt': 'images/kirtijindal14/other/slouching.png',
  'gustavostz-neutral': 'images/gustavostz-posturecam/neutral/good-posture.png',
  'gustavostz-shrug-tilt': 'images/gustavostz-posturecam/other/bad-posture-notification.png',
  'gustavostz-slouch-tilt': 'images/gustavostz-posturecam/slouch/bad-posture.png',
  'lazybot-neutral-50': 'images/lazybot-frames/neutral/neutral_frame_50.jpg',
  'lazybot-neutral-84': 'images/lazybot-frames/neutral/neutral_frame_84.jpg',
  'lazybot-forward-100': 'images/lazybot-frames/forward_head/bent_forward_frame_100.jpg',
  'lazybot-deep-bow-120': 'images/lazybot-frames/forward_head/bent_forward_frame_120.jpg',
  'aang-neutral': 'images/dandoko-aang/neutral/closegoodposture.png',
  'aang-forward-close': 'images/dandoko-aang/forward_head/closebadposture.png',
  'aang-slouch-far': 'images/dandoko-aang/slouch/farbadposture.png',
  'richardli-neutral': 'images/richardli52-posturecv/neutral/debug1.jpeg',
  'richardli-forward': 'images/richardli52-posturecv/forward_head/debug2.jpeg',
  'erin-neutral': 'images/erin-postureapp/neutral/good-posture.png',
  'erin-forward-retry': 'images/erin-postureapp/forward_head/checking-posture.png',
  'erin-lean-right': 'images/erin-postureapp/other/bad-posture-right.png',
  'pratyaksha-neutral': 'images/pratyaksha-aipd/neutral/good_posture.png',
  'pratyaksha-chin-on-hand': 'images/pratyaksha-aipd/other/bad_posture.png',
  'abdulkader-neutral': 'images/abdulkader-pds/neutral/good_posture.png',
  'abdulkader-lean': 'images/abdulkader-pds/other/bad_posture.png',
  'mahisaxena-neutral': 'images/mahisaxena-ergovision/neutral/good_posture.png.png',
  'mahisaxena-other': 'images/mahisaxena-ergovision/other/slouching.png.png',
};

/** Extracts the face-api demo photo from its npm tarball into .cache (reproducible, no dependency). */
function photoFromNpm() {
  const dir = join(REPO_ROOT, '.cache/npm-pack/face-api');
  const file = join(dir, PHOTO_PATH);
  if (existsSync(file)) return file;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', PHOTO_PKG, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', join(dir, tgz), '-C', dir, PHOTO_PATH]);
  rmSync(join(dir, tgz), { force: true });
  return file;
}

/**
 * The photo as the e2e fake camera shows it (fitted into 640x480) and as a moved camera would:
 * ffmpeg filters on the photo -> fixture name. The shifted one is the e2e moved-camera clip's
 * second picture (tests/e2e/popup.spec.ts): the person 100 px (a sixth of the frame) to the right.
 */
const FIT = 'scale=640:480:force_original_aspect_ratio=decrease';
const CAMERA_MOVES = {
  'faceapi-cam': `${FIT},pad=640:480:(ow-iw)/2:(oh-ih)/2`,
  'faceapi-cam-shifted': `${FIT},pad=900:480:260:(oh-ih)/2,crop=640:480:0:0`,
  // Scaled about the frame centre: 0.8 = the camera moved back (grey around it: black would read
  // as too dark), 1.25 = moved closer.
  'faceapi-cam-farther': 'scale=256:384,pad=640:480:192:48:color=0x808080',
  'faceapi-cam-closer': 'scale=400:600,pad=640:600:120:0,crop=640:480:0:60',
};

/** The photo through an ffmpeg filter into .cache (derived images are never committed). */
function derivedPhoto(photo, name, filter) {
  const out = join(REPO_ROOT, '.cache/npm-pack/face-api', `${name}.png`);
  if (!existsSync(out))
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', photo, '-vf', filter, out]);
  return out;
}

const photo = photoFromNpm();
const jobs = [
  {
    name: 'faceapi-webcam',
    path: photo,
    label: 'neutral',
    source: `npm ${PHOTO_PKG} ${PHOTO_PATH}`,
    license: 'MIT',
  },
  ...Object.entries(CAMERA_MOVES).map(([name, filter]) => ({
    name,
    path: derivedPhoto(photo, name, filter),
    label: 'neutral',
    source: `npm ${PHOTO_PKG} ${PHOTO_PATH}, ffmpeg -vf ${filter}`,
    license: 'MIT',
  })),
];
if (existsSync(join(dataDir, 'manifest.csv'))) {
  const rows = new Map(readManifest(dataDir).map((r) => [r.file, r]));
  for (const [name, file] of Object.entries(DATASET)) {
    const r = rows.get(file);
    if (!r) throw new Error(`${file} is not in ${dataDir}/manifest.csv`);
    const source = `${r.source_repo}@${r.source_commit}:${r.source_path}`;
    jobs.push({ name, path: r.path, label: r.label, source, license: r.license, person: r.person });
  }
} else {
  console.warn(`record-fixtures: no dataset at ${dataDir}; recording the npm photo only`);
}

mkdirSync(outDir, { recursive: true });
const session = await openInference({ log: (m) => console.error(m) });
try {
  for (const job of jobs) {
    const res = await session.infer(job.path);
    // No pose on the frame: the fixture is what the padded retry found, as the product sees it.
    const retried = res.frame.poses.length === 0 && !!res.padded?.poses.length;
    const frame = retried ? res.padded : res.frame;
    const { name, path, ...meta } = job;
    const doc = {
      ...meta,
      ...(retried ? { paddedRetry: true } : {}),
      sha256: sha256File(path),
      frame,
    };
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(doc)}\n`);
    console.log(`${name}: ${frame.poses.length} pose(s), ${frame.width}x${frame.height}`);
  }
} finally {
  await session.close();
}
