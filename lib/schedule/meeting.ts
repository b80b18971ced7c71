/**
 * Meeting awareness: the camera busy (another app holds it), an audible tab, a full-screen window
 * or an opted-in meeting site hold every interruption. Timers keep running; when the hold ends
 * (after a short grace), one catch-up break is offered if one came due meanwhile.
 */
import { HOLD_LIMIT_MS, HOLD_RELEASE_GRACE_MS } from './constants';
import type { StepContext } from './context';
import { dismiss } from './breaks';

/**
 * Whether `url` belongs to one of `sites` (host names with an optional path prefix, such as
 * `zoom.us` or `app.slack.com/huddle`). Subdomains match (`us02web.zoom.us`).
 */
export function matchesMeetingSite(url: string, sites: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  const host = u.hostname.toLowerCase();
  return sites.some((site) => {
    const clean = site
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '');
    const slash = clean.indexOf('/');
    const h = slash < 0 ? clean : clean.slice(0, slash);
    const path = slash < 0 ? '' : clean.slice(slash);
    if (!h || !(host === h || host.endsWith(`.${h}`))) return false;
    return path === '' || u.pathname.toLowerCase().startsWith(path);
  });
}

/** Updates the hold from the signals; an announced (not running) break is withdrawn for later. */
export function updateHold(ctx: StepContext): void {
  const { s, settings, t } = ctx;
  const sig = s.signals;
  const signalling =
    settings.holdDuringMeetings &&
    (sig.cameraBusy || sig.audible || sig.fullscreen || sig.meetingSite);
  if (signalling) {
    s.holdReleaseAt = null;
    if (!s.held) {
      s.held = true;
      s.heldSince = t;
      if (s.brk && s.brk.phase !== 'running') {
        dismiss(ctx);
        s.catchUp = true;
      }
    }
    return;
  }
  if (!s.held) return;
  if (!settings.holdDuringMeetings) return release(ctx);
  s.holdReleaseAt ??= t + HOLD_RELEASE_GRACE_MS;
  if (t >= s.holdReleaseAt) release(ctx);
}

function release(ctx: StepContext): void {
  ctx.s.held = false;
  ctx.s.heldSince = null;
  ctx.s.holdReleaseAt = null;
}

/** Whether the hold has lasted `HOLD_LIMIT_MS`: a due break is then offered anyway, gently. */
export function holdOutlasted(ctx: StepContext): boolean {
  const { s, t } = ctx;
  return s.held && s.heldSince !== null && t - s.heldSince >= HOLD_LIMIT_MS;
}
