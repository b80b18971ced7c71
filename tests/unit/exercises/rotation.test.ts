import { describe, expect, it } from 'vitest';
import { buildRoutine } from '../../../lib/exercises/routines';
import { MOVEMENT_SLOTS, movementOrder, rotationOf } from '../../../lib/exercises/rotation';
import { breakLengthMs } from '../../../lib/schedule/breaks';
import { HOUR_MS } from '../../../lib/schedule/constants';
import { P, SEC, Sim, settingsWith } from '../schedule/sim';

/**
 * A simulated 8-hour day at the default settings: the person sits upright and takes every break
 * as it comes (start, then done after its planned length). Returns the exercises of every movement
 * break, built from the break id the scheduler opened, as the break page builds them.
 */
function simulatedDay(startRotation = 0) {
  const settings = settingsWith({ postureNudges: false });
  const sim = new Sim(settings);
  sim.state.rotation = startRotation;
  const end = sim.t + 8 * HOUR_MS;
  const routines: string[][] = [];
  let started = 0;
  while (sim.t < end) {
    sim.run(10 * SEC, P.neutral, 10 * SEC);
    const b = sim.state.brk;
    if (!b) continue;
    if (b.phase === 'announced') {
      sim.send({ type: 'break-action', id: b.id, action: 'start' });
      started = sim.t;
      if (b.kind === 'movement') {
        const r = buildRoutine('movement', {
          seed: rotationOf(b.id) ?? -1,
          targetSec: settings.movementBreakMin * 60,
        });
        routines.push(r.steps.map((s) => s.exerciseId));
      }
    } else if (b.phase === 'running' && sim.t - started >= breakLengthMs(b.kind, settings)) {
      sim.send({ type: 'break-action', id: b.id, action: 'done' });
    }
  }
  return routines;
}

const count = (routines: string[][], id: string) => routines.filter((r) => r.includes(id)).length;

describe('movement-break rotation', () => {
  it('gives each stretch and the breathing exercise about twice over a simulated day', () => {
    for (const start of [0, 1, 2, 3, 4, 17]) {
      const day = simulatedDay(start);
      expect(day.length, `movement breaks (start ${start})`).toBeGreaterThanOrEqual(8);
      expect(day.length).toBeLessThanOrEqual(10);
      for (const id of ['upper-trap-stretch', 'levator-stretch', 'diaphragmatic-breathing']) {
        const n = count(day, id);
        expect(n, `${id} from rotation ${start}`).toBeGreaterThanOrEqual(1);
        expect(n, `${id} from rotation ${start}`).toBeLessThanOrEqual(3);
      }
      // Both stretches together: twice a day each on average.
      const both = count(day, 'upper-trap-stretch') + count(day, 'levator-stretch');
      expect(both).toBeGreaterThanOrEqual(3);
      expect(both).toBeLessThanOrEqual(5);
      for (const r of day) expect(r[0]).toBe('stand-walk');
    }
    const d = simulatedDay(0);
    console.log(
      `RESULT rotation 8h day: ${d.length} movement breaks; upper-trap ${count(d, 'upper-trap-stretch')}, levator ${count(d, 'levator-stretch')}, breathing ${count(d, 'diaphragmatic-breathing')}, scapular ${count(d, 'scapular-squeeze')}, chin-tuck ${count(d, 'chin-tuck')}`,
    );
  });

  it('every slot leads its break and the rationed stretches never fill a longer one', () => {
    MOVEMENT_SLOTS.forEach((slot, k) =>
      expect(movementOrder(k).slice(0, slot.length)).toEqual(slot),
    );
    const long = buildRoutine('movement', { seed: 1, targetSec: 300 }).steps.map(
      (s) => s.exerciseId,
    );
    expect(long).not.toContain('upper-trap-stretch');
    expect(long).not.toContain('levator-stretch');
    expect(rotationOf('movement-abc-r12')).toBe(12);
    expect(rotationOf('movement-abc')).toBeNull();
    expect(rotationOf(null)).toBeNull();
  });
});
