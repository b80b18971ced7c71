/**
 * The visible pages' camera-and-pose loop (onboarding, the popup's live view): frames reach the
 * page, stop releases everything in order, a start aborted while acquiring opens nothing, and a
 * failed start says the one mapped status. The session is a fake typed against `PoseSession`.
 */
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoseSession } from '../../../lib/pose/session';
import type { PoseFrame } from '../../../lib/posture/types';

const h = vi.hoisted(() => ({
  open: null as null | (() => Promise<PoseSession>),
  log: [] as string[],
}));
vi.mock('../../../lib/pose/session', async (real) => ({
  ...(await real<typeof import('../../../lib/pose/session')>()),
  openPoseSession: () => h.open!(),
}));
const { usePoseLoop } = await import('../../../lib/pose/use-pose-loop');
type Loop = ReturnType<typeof usePoseLoop>;
type Options = Parameters<typeof usePoseLoop>[0];

const frame: PoseFrame = { t: 1, brightness: 128, width: 640, height: 480, poses: [] };
function fakeSession(): PoseSession {
  return {
    loadModel: async () => undefined,
    openCamera: async () => undefined,
    closeCamera: () => undefined,
    cameraOpen: true,
    deviceId: 'cam-1',
    loadMs: 5,
    lastImage: null,
    detect: async () => frame,
    close: () => void h.log.push('session closed'),
  };
}

let loop: Loop;
function Probe(props: Options) {
  loop = usePoseLoop(props);
  return <video ref={loop.videoRef} />;
}

beforeEach(() => {
  h.log = [];
  h.open = async () => fakeSession();
});
afterEach(cleanup);

describe('usePoseLoop', () => {
  it('hands frames to the page every interval once open, and reports the device', async () => {
    const onFrame = vi.fn();
    const onOpen = vi.fn();
    render(<Probe intervalMs={10} onOpen={onOpen} onFrame={onFrame} />);
    await act(() => loop.start());
    await waitFor(() => expect(onFrame.mock.calls.length).toBeGreaterThanOrEqual(3));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onFrame.mock.calls[0]![0]).toBe(frame);
    expect(loop.phase).toBe('on');
    expect(loop.deviceId).toBe('cam-1');
  });

  it('stop closes the session, then releases what acquire took, and no frame follows', async () => {
    const onFrame = vi.fn();
    const acquire = async () => () => void h.log.push('released');
    render(<Probe intervalMs={10} acquire={acquire} onFrame={onFrame} />);
    await act(() => loop.start());
    await waitFor(() => expect(onFrame).toHaveBeenCalled());
    await act(() => loop.stop());
    const seen = onFrame.mock.calls.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(h.log).toEqual(['session closed', 'released']);
    expect(onFrame.mock.calls.length).toBe(seen);
  });

  it('a start stopped while acquiring opens no camera and releases what it took', async () => {
    let give!: () => void;
    const acquire = (signal: AbortSignal) =>
      new Promise<(() => void) | null>((resolve) => {
        give = () => resolve(signal.aborted ? (h.log.push('given back'), null) : () => undefined);
      });
    h.open = async () => (h.log.push('opened'), fakeSession());
    render(<Probe intervalMs={10} acquire={acquire} onFrame={vi.fn()} />);
    let started!: Promise<void>;
    await act(() => {
      started = loop.start();
    });
    await act(() => loop.stop());
    give();
    await act(() => started);
    expect(h.log).toEqual(['given back']);
    expect(loop.phase).not.toBe('on');
  });

  it('a denied camera is the one mapped status, and nothing stays open', async () => {
    h.open = async () => {
      throw new DOMException('no', 'NotAllowedError');
    };
    const release = vi.fn();
    render(<Probe intervalMs={10} acquire={async () => release} onFrame={vi.fn()} />);
    await act(() => loop.start());
    expect(loop.phase).toBe('error');
    expect(loop.problem).toBe('denied');
    expect(release).toHaveBeenCalledTimes(1);
  });
});
