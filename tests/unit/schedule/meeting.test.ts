import { describe, expect, it } from 'vitest';
import { HOLD_LIMIT_MS } from '../../../lib/schedule/constants';
import { matchesMeetingSite } from '../../../lib/schedule/meeting';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { MIN, P, SEC, Sim, settingsWith } from './sim';

const quiet = { postureNudges: false, strictness: 'gentle' } as const;

describe('meetings hold interruptions', () => {
  it.each([
    ['an audible tab', { type: 'signal', signal: 'audible', on: true }],
    ['a full-screen window', { type: 'signal', signal: 'fullscreen', on: true }],
    ['a meeting site', { type: 'signal', signal: 'meeting-site', on: true }],
    ['the camera busy', { type: 'camera', status: 'busy' }],
  ] as const)('%s holds the break while timers keep running', (_name, event) => {
    const sim = new Sim(settingsWith(quiet));
    sim.send(event);
    sim.run(30 * MIN, null);
    expect(sim.state.held).toBe(true);
    expect(sim.announcements()).toHaveLength(0);
    expect(sim.state.activeMicroMs).toBe(30 * MIN);
    expect(sim.state.catchUp).toBe(true);
  });

  it('offers ONE catch-up break after the meeting, a minute after the signals end', () => {
    const sim = new Sim(settingsWith(quiet));
    sim.send({ type: 'signal', signal: 'audible', on: true });
    sim.run(70 * MIN, null); // micro and movement both came due
    sim.send({ type: 'signal', signal: 'audible', on: false }, sim.t + SEC);
    expect(sim.announcements(sim.run(50 * SEC, null))).toEqual([]);
    const fx = sim.run(20 * SEC, null);
    const notices = sim.announcements(fx);
    expect(notices.map((n) => [n.breakKind, n.catchUp])).toEqual([['movement', true]]);
    sim.send({ type: 'break-action', id: notices[0]?.breakId ?? '', action: 'done' });
    expect(sim.announcements(sim.run(5 * MIN, null))).toHaveLength(0); // no pile
  });

  it('a short gap between videos does not release the hold', () => {
    const sim = new Sim(settingsWith(quiet));
    sim.send({ type: 'signal', signal: 'audible', on: true });
    sim.run(25 * MIN, null);
    sim.send({ type: 'signal', signal: 'audible', on: false }, sim.t + SEC);
    sim.run(30 * SEC, null);
    sim.send({ type: 'signal', signal: 'audible', on: true }, sim.t + SEC);
    sim.run(5 * MIN, null);
    expect(sim.announcements()).toHaveLength(0);
  });

  it('an announced break is withdrawn when a meeting starts and offered again after', () => {
    const sim = new Sim(settingsWith(quiet));
    sim.run(20 * MIN);
    const [first] = sim.announcements();
    const fx = sim.send({ type: 'camera', status: 'busy' }, sim.t + SEC);
    expect(fx).toContainEqual({ type: 'clear-notification', id: first?.breakId });
    sim.run(10 * MIN, null);
    sim.send({ type: 'camera', status: 'on' }, sim.t + SEC);
    sim.run(2 * MIN);
    expect(sim.announcements().map((n) => n.catchUp)).toEqual([false, true]);
  });

  it('a running break is not interrupted by a meeting signal', () => {
    const sim = new Sim(settingsWith(quiet));
    sim.send({ type: 'break-now', kind: 'micro' });
    const fx = sim.send({ type: 'signal', signal: 'audible', on: true }, sim.t + SEC);
    expect(fx.filter((e) => e.type === 'close-break' || e.type === 'clear-notification')).toEqual(
      [],
    );
    expect(sim.state.brk?.phase).toBe('running');
  });

  it('holdDuringMeetings off: breaks come during meetings', () => {
    const sim = new Sim(settingsWith({ ...quiet, holdDuringMeetings: false }));
    sim.send({ type: 'signal', signal: 'fullscreen', on: true });
    sim.run(20 * MIN, P.neutral);
    expect(sim.announcements()).toHaveLength(1);
  });
});

describe('meeting sites', () => {
  const sites = DEFAULT_SETTINGS.meetingSites;
  it.each([
    ['https://meet.google.com/abc-defg-hij', true],
    ['https://us02web.zoom.us/j/123', true],
    ['https://app.slack.com/huddle/T1/C2', true],
    ['https://app.slack.com/client/T1', false],
    ['https://notzoom.us/', false],
    ['https://zoom.us.evil.example/', false],
    ['chrome://settings', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(matchesMeetingSite(url, sites)).toBe(expected);
  });
});

describe('a hold has a limit (HOLD_LIMIT_MS, 90 min)', () => {
  it.each([
    ['a music tab', { type: 'signal', signal: 'audible', on: true }],
    ['another app keeping the camera', { type: 'camera', status: 'busy' }],
  ] as const)('%s all day: after 90 min the due break is offered, gently', (_name, event) => {
    const sim = new Sim(
      settingsWith({ postureNudges: false, strictness: 'firm', neckTrainingEnabled: false }),
    );
    sim.send(event);
    expect(sim.announcements(sim.run(HOLD_LIMIT_MS - MIN))).toHaveLength(0);
    const notices = sim.announcements(sim.run(2 * MIN));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.countdownSec).toBeNull(); // no countdown, whatever the strictness
    expect(sim.state.held).toBe(true); // still held: nudges stay quiet
    sim.send({ type: 'break-action', id: notices[0]?.breakId ?? '', action: 'done' });
    // Still held: the next break comes after its normal interval, again gently.
    expect(sim.announcements(sim.run(19 * MIN))).toHaveLength(0);
    const next = sim.announcements(sim.run(2 * MIN));
    expect(next.map((n) => n.countdownSec)).toEqual([null]);
  });

  it('the limit starts over with each new hold', () => {
    const sim = new Sim(settingsWith({ postureNudges: false, strictness: 'gentle' }));
    sim.send({ type: 'signal', signal: 'audible', on: true });
    sim.run(60 * MIN);
    sim.send({ type: 'signal', signal: 'audible', on: false });
    sim.run(2 * MIN); // released: the catch-up break
    sim.send({ type: 'signal', signal: 'audible', on: true });
    expect(sim.state.heldSince).toBe(sim.t);
  });
});

describe('model faults are not the camera', () => {
  it.each(['detection-error', 'model-error'] as const)('camera %s holds nothing', (status) => {
    const sim = new Sim(settingsWith({ postureNudges: false, strictness: 'gentle' }));
    sim.send({ type: 'camera', status: 'busy' });
    sim.send({ type: 'camera', status }); // what was "busy" is now known to be the model
    sim.run(2 * MIN, null);
    expect(sim.state.signals.cameraBusy).toBe(false);
    sim.run(20 * MIN, null);
    expect(sim.state.held).toBe(false);
    expect(sim.announcements()).toHaveLength(1);
  });
});
