// The flags `npm start` gives the browser, as a pure function so a unit test can pin them.

/** Software WebGL (ANGLE on SwiftShader): the pose model's input path needs WebGL, and GPU-less
 * machines (VMs, virtual desktops, Xvfb) blocklist it. For a throwaway demo profile only:
 * SwiftShader is not hardened against hostile pages. */
export const SOFTWARE_GL_FLAGS = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Browser arguments for `npm start`.
 * @param {{ extensionDir: string, profileDir: string, demo: boolean, root: boolean, clip?: string }} o
 *   root: the launcher runs as root (Chromium then refuses to start without --no-sandbox)
 * @returns {{ args: string[], notes: string[] }} the arguments, and what to tell the person
 */
export function launchArgs(o) {
  const args = [
    `--user-data-dir=${o.profileDir}`,
    `--disable-extensions-except=${o.extensionDir}`,
    `--load-extension=${o.extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  const notes = [];
  if (o.root) {
    args.push('--no-sandbox');
    notes.push(
      'Running as root: Chromium starts only without its sandbox (--no-sandbox). That is acceptable for this throwaway profile; run as a normal user for anything else.',
    );
  }
  if (o.demo) {
    if (o.clip)
      args.push(
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${o.clip}`,
        '--use-fake-ui-for-media-stream',
      );
    args.push(...SOFTWARE_GL_FLAGS);
    notes.push(
      'Demo profile: software WebGL (SwiftShader) is on, so the posture model runs without a graphics card.',
    );
  }
  // No start URL: Chromium blocks extension pages given on the command line (the first tab would
  // be an error page). Chin Up opens its onboarding itself when it is installed.
  return { args, notes };
}
