import { describe, expect, it } from 'vitest';
import { SOFTWARE_GL_FLAGS, launchArgs } from '../../../scripts/lib/launch.mjs';

const base = { extensionDir: '/ext', profileDir: '/tmp/p' };

describe('npm start flags', () => {
  it.each([
    ['demo as root', { demo: true, root: true }, true, true],
    ['demo as a user', { demo: true, root: false }, false, true],
    ['plain start as root', { demo: false, root: true }, true, false],
    ['plain start as a user', { demo: false, root: false }, false, false],
  ] as const)('%s', (_name, o, sandboxOff, softwareGl) => {
    const { args, notes } = launchArgs({ ...base, ...o, clip: o.demo ? '/c.y4m' : undefined });
    expect(args.includes('--no-sandbox')).toBe(sandboxOff);
    for (const f of SOFTWARE_GL_FLAGS) expect(args.includes(f)).toBe(softwareGl);
    // Whatever it adds, it says so.
    expect(notes.some((n) => n.includes('--no-sandbox'))).toBe(sandboxOff);
    expect(notes.some((n) => n.includes('SwiftShader'))).toBe(softwareGl);
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--user-data-dir=/tmp/p');
  });

  it('the demo plays its clip as the camera', () => {
    const { args } = launchArgs({ ...base, demo: true, root: false, clip: '/c.y4m' });
    expect(args).toContain('--use-file-for-fake-video-capture=/c.y4m');
    expect(args).toContain('--use-fake-ui-for-media-stream');
  });

  it('opens no extension page from the command line (Chromium shows it as blocked)', () => {
    const { args } = launchArgs({ ...base, demo: true, root: true, clip: '/c.y4m' });
    expect(args.filter((a) => !a.startsWith('--'))).toEqual([]);
    expect(args.join(' ')).not.toContain('chrome-extension://');
  });

  it('uses ANGLE on SwiftShader with the unsafe-swiftshader opt-in', () => {
    expect(SOFTWARE_GL_FLAGS).toEqual([
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ]);
  });
});
