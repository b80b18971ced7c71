import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTING_KEYS } from '../../../../lib/settings-schema';
import type { ResolvedSettings } from '../../../../lib/settings-policy';
import { backgroundStub, resolved } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));

const { App } = await import('../../../../entrypoints/options/app');

let current: ResolvedSettings;
beforeEach(() => {
  // Choosing a tab writes the hash; every test starts at the page's plain address.
  history.replaceState(null, '', location.pathname);
  fakeBrowser.reset();
  current = resolved();
  send.mockReset();
  send.mockImplementation(
    backgroundStub(
      () => current.settings,
      (name: string, data: { patch?: Record<string, unknown> }) => {
        if (name === 'settings:set')
          current = { ...current, settings: { ...current.settings, ...data.patch } };
        return current;
      },
    ),
  );
});
afterEach(cleanup);

describe('options', () => {
  it('renders one field per setting, in sections on tabs, one tab shown at a time', async () => {
    render(<App />);
    await screen.findByRole('tablist', { name: 'Groups of settings' });
    for (const k of SETTING_KEYS) expect(screen.getByTestId(`setting-${k}`)).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Breaks',
      'Camera and posture',
      'Hours and meetings',
      'Exercises',
      'Language',
      'Your data',
    ]);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    // Each tab controls its panel; only the chosen one is shown.
    for (const t of tabs) {
      const panel = document.getElementById(t.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(t.id);
      expect(panel.hidden).toBe(t.getAttribute('aria-selected') !== 'true');
    }
    expect(screen.getByRole('tabpanel').querySelector('h2')?.textContent).toBe('Breaks');
    fireEvent.click(screen.getByRole('tab', { name: 'Camera and posture' }));
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent)
        .filter((h) => h !== 'Some organization settings were ignored'),
    ).toEqual(['Camera and posture', 'Posture nudges']);
    expect(screen.getByRole('tab', { name: 'Camera and posture' }).tabIndex).toBe(0);
    expect(location.hash).toBe('#posture');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    render(<App />);
    const first = await screen.findByRole('tab', { name: 'Breaks' });
    first.focus();
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    const selected = () => screen.getByRole('tab', { selected: true }).textContent;
    press('ArrowRight');
    expect(selected()).toBe('Camera and posture');
    expect(document.activeElement?.textContent).toBe('Camera and posture');
    press('End');
    expect(selected()).toBe('Your data');
    press('ArrowRight');
    expect(selected()).toBe('Breaks');
    press('ArrowLeft');
    expect(selected()).toBe('Your data');
    press('Home');
    expect(selected()).toBe('Breaks');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Breaks' }));
  });

  it.each([
    ['#data', 'Your data', 'Your data'],
    ['#hours', 'Hours and meetings', 'Working hours'],
    ['#language', 'Language', 'Language of Chin Up'],
  ])('opened at %s shows the tab %s', async (hash, tab, heading) => {
    history.replaceState(null, '', hash);
    const scroll = vi.fn();
    const saved = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = scroll;
    try {
      render(<App />);
      expect((await screen.findByRole('tab', { selected: true })).textContent).toBe(tab);
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
      // A section inside a tab is scrolled to; a tab's own hash opens it at its top.
      if (hash === '#hours')
        await waitFor(() => expect(scroll.mock.contexts[0]).toBe(document.getElementById('hours')));
      else expect(scroll).not.toHaveBeenCalled();
    } finally {
      Element.prototype.scrollIntoView = saved;
    }
  });

  it('puts the break sounds’ sample right under the break sounds setting, and language first', async () => {
    render(<App />);
    const sounds = await screen.findByTestId('setting-breakSounds');
    expect(sounds.nextElementSibling?.querySelector('[data-testid="sound-sample"]')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play the break sounds' })).toBeTruthy();
    expect(
      screen
        .getByTestId('section-language')
        .querySelector('[data-testid^="setting-"]')
        ?.getAttribute('data-testid'),
    ).toBe('setting-language');
  });

  it('writes time fields on the page language’s clock and reads typed times', async () => {
    document.documentElement.lang = 'de';
    try {
      render(<App />);
      fireEvent.click(await screen.findByRole('tab', { name: 'Hours and meetings' }));
      const start = screen.getByLabelText('Start') as HTMLInputElement;
      expect(start.value).toBe('08:00');
      fireEvent.input(start, { target: { value: '7.45' } });
      fireEvent.change(start, { target: { value: '7.45' } });
      await waitFor(() =>
        expect(send).toHaveBeenCalledWith('settings:set', { patch: { workStartMin: 465 } }),
      );
      await waitFor(() => expect(start.value).toBe('07:45'));
      send.mockClear();
      fireEvent.input(start, { target: { value: '25 Uhr' } });
      fireEvent.change(start, { target: { value: '25 Uhr' } });
      expect((await screen.findByRole('alert')).textContent).toBe('Enter a time such as 17:30.');
      expect(send).not.toHaveBeenCalledWith('settings:set', expect.anything());
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('saves a valid number and refuses one outside the bounds', async () => {
    render(<App />);
    const input = (await screen.findByLabelText('Micro-break every')) as HTMLInputElement;
    expect(input.min).toBe('10');
    expect(input.max).toBe('60');
    fireEvent.input(input, { target: { value: '25' } });
    fireEvent.change(input, { target: { value: '25' } });
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('settings:set', { patch: { microBreakEveryMin: 25 } }),
    );
    expect((await screen.findByTestId('saved-status')).textContent).toContain('Micro-break every');
    send.mockClear();
    fireEvent.change(input, { target: { value: '5' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter a whole number from 10 to 60.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalledWith('settings:set', expect.anything());
  });

  it('says so when a change cannot be saved (storage full) and shows the stored value again', async () => {
    render(<App />);
    const input = (await screen.findByLabelText('Micro-break every')) as HTMLInputElement;
    send.mockImplementation(
      backgroundStub(
        () => current.settings,
        (name: string) => {
          if (name === 'settings:set') throw new Error('QUOTA_BYTES quota exceeded');
          return current;
        },
      ),
    );
    fireEvent.change(input, { target: { value: '25' } });
    expect((await screen.findByTestId('save-error')).textContent).toMatch(/could not be saved/);
    expect(screen.getByTestId('saved-status').textContent).toBe('');
    await waitFor(() => expect(input.value).toBe('20'));
  });

  it('saves toggles, selects, times and day lists', async () => {
    render(<App />);
    fireEvent.click(await screen.findByLabelText('Low power mode'));
    fireEvent.change(screen.getByLabelText('Break style'), { target: { value: 'firm' } });
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '09:30' } });
    fireEvent.click(screen.getByLabelText('Saturday'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(5));
    const patches = send.mock.calls.filter(([n]) => n === 'settings:set').map(([, d]) => d.patch);
    expect(patches).toEqual([
      { lowPowerMode: true },
      { strictness: 'firm' },
      { workStartMin: 570 },
      { workDays: [1, 2, 3, 4, 5, 6] },
    ]);
  });

  it('shows locked settings read-only, limits and policy issues', async () => {
    current = resolved({
      locked: ['cameraEnabled'],
      managed: ['cameraEnabled', 'retentionDays'],
      limits: { microBreakEveryMin: { min: 15, max: 30 } },
      policyIssues: [
        {
          key: 'snoozeMin',
          given: '"x"',
          problem: { kind: 'type', expected: 'a number' },
          using: '5',
        },
      ],
    });
    render(<App />);
    const cam = (await screen.findByLabelText(
      'Use the camera to notice posture',
    )) as HTMLInputElement;
    expect(cam.disabled).toBe(true);
    expect(screen.getByTestId('setting-cameraEnabled').textContent).toContain(
      'Set by your organization',
    );
    expect(screen.getByTestId('setting-retentionDays').textContent).toContain(
      'Your organization suggests',
    );
    const micro = screen.getByLabelText('Micro-break every') as HTMLInputElement;
    expect([micro.min, micro.max]).toEqual(['15', '30']);
    expect(screen.getByTestId('setting-microBreakEveryMin').textContent).toContain(
      'Your organization allows 15 to 30',
    );
    expect(screen.getByTestId('policy-issues').textContent).toContain(
      'Your organization\'s value for snoozeMin was not valid ("x" is not a whole number); using 5.',
    );
  });

  it('deletes all data only after confirmation', async () => {
    await fakeBrowser.storage.local.set({ 'history:v1:2026-11-20': { nudges: 1 }, other: 1 });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Your data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    // Only the marker of the delete remains (its new epoch, camera consent withdrawn).
    await waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['data:epoch']),
    );
    expect(screen.getByTestId('data-status').textContent).toBe('All data was deleted.');
  });

  it('says so when deleting did not happen (the worker did not answer)', async () => {
    await fakeBrowser.storage.local.set({ 'history:v1:2026-11-20': { nudges: 1 } });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Your data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    send.mockImplementation(async (name: string) => {
      if (name === 'data:clear') throw new Error('No answer to data:clear');
      return current;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toMatch(/Nothing was deleted/),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(1);
  });

  it('saves a backup file through a download link', async () => {
    await fakeBrowser.storage.local.set({
      'history:v1:2026-11-20': { day: '2026-11-20', nudges: 4 },
    });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^chin-up-backup-\d{4}-\d{2}-\d{2}\.json$/);
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Your data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(create).toHaveBeenCalledTimes(1);
    const bundle = JSON.parse(await blobs[0]!.text());
    expect(bundle.days).toEqual([expect.objectContaining({ day: '2026-11-20', nudges: 4 })]);
    expect(bundle).toMatchObject({ app: 'chin-up', kind: 'backup', settings: {} });
  });

  it('asks for the tabs permission only when the person chooses to', async () => {
    const request = vi.fn().mockResolvedValue(true);
    const perms = fakeBrowser.permissions as unknown as Record<string, unknown>;
    const saved = { contains: perms.contains, request: perms.request };
    perms.contains = vi.fn().mockResolvedValue(false);
    perms.request = request;
    try {
      render(<App />);
      fireEvent.click(await screen.findByRole('tab', { name: 'Hours and meetings' }));
      const box = await screen.findByTestId('tabs-permission');
      expect(box.textContent).toContain('not recognized yet');
      expect(request).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: 'Allow recognizing meeting sites' }));
      await waitFor(() => expect(box.textContent).toContain('never leave this device'));
      expect(request).toHaveBeenCalledWith({ permissions: ['tabs'] });
    } finally {
      Object.assign(perms, saved);
    }
  });
});
