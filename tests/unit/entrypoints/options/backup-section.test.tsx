/** The options backup part: preview in words, merge or replace, confirm; a bad file says why. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupCheck } from '../../../../lib/backup/check';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));
const { BackupSection } = await import('../../../../entrypoints/options/backup-section');

const GOOD: BackupCheck = {
  ok: true,
  mode: 'merge',
  exportedAt: Date.UTC(2026, 2, 9, 12),
  file: { days: 42, diary: 3, cameras: 1, exercises: true, desk: false },
  preview: {
    days: { added: 40, changed: 2, removed: 0, tooOld: 0 },
    settings: ['strictness', 'snoozeMin'],
    baselines: { added: 1, changed: 0, removed: 0 },
    exercises: true,
    desk: false,
  },
  cameraKeptOff: true,
};

const pick = (text: string) =>
  fireEvent.change(screen.getByLabelText('Restore from a backup file'), {
    target: { files: [new File([text], 'backup.json', { type: 'application/json' })] },
  });

beforeEach(() => {
  send.mockReset();
  send.mockImplementation(async (name: string, data: { text: string; mode: string }) => {
    if (data.text === 'bad') return { ok: false, error: { code: 'not-json', where: '' } };
    if (name === 'backup:preview' && data.mode === 'replace')
      return {
        ...GOOD,
        mode: 'replace',
        preview: { ...GOOD.preview, days: { ...GOOD.preview.days, removed: 5 } },
      };
    return GOOD;
  });
});
afterEach(cleanup);

describe('backup section', () => {
  it("the page's own button opens the file picker, and the picked file's name shows", async () => {
    render(<BackupSection />);
    const input = screen.getByLabelText('Restore from a backup file') as HTMLInputElement;
    const opened = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    expect(screen.getByTestId('backup-file-name').textContent).toBe('No file chosen');
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    expect(opened).toHaveBeenCalledOnce();
    pick('{}');
    await waitFor(() =>
      expect(screen.getByTestId('backup-file-name').textContent).toBe('backup.json'),
    );
  });

  it('a picked file: what it holds and what changes, in words', async () => {
    render(<BackupSection />);
    pick('{"app": "chin-up"}');
    const lines = await screen.findByTestId('backup-file-lines');
    expect(lines.textContent).toContain('Days of history: 42');
    expect(lines.textContent).toContain('Diary entries: 3');
    expect(lines.textContent).toContain('Exercise progress');
    const changes = screen.getByTestId('backup-changes');
    expect(changes.textContent).toContain('Days of history added: 40');
    expect(changes.textContent).toContain('Settings that change: Break style, Snooze for');
    expect(changes.textContent).not.toContain('removed: ');
    expect(screen.getByTestId('backup-camera').textContent).toContain('The camera stays off');
    expect(send).toHaveBeenCalledWith('backup:preview', {
      text: '{"app": "chin-up"}',
      mode: 'merge',
    });
  });

  it('replace: a new preview, a confirmation, then the import of that mode', async () => {
    render(<BackupSection />);
    pick('{"app": "chin-up"}');
    const replace = await screen.findByRole('radio', { name: /Replace/ });
    fireEvent.click(replace);
    await waitFor(() =>
      expect(screen.getByTestId('backup-changes').textContent).toContain(
        'Days of history removed: 5',
      ),
    );
    expect(send).not.toHaveBeenCalledWith('backup:import', expect.anything());
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this backup?' });
    expect(dialog.textContent).toContain('cannot be undone');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    const replaceUrl = vi.spyOn(location, 'replace').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, import' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('backup:import', {
        text: '{"app": "chin-up"}',
        mode: 'replace',
      }),
    );
    await waitFor(() => expect(replaceUrl).toHaveBeenCalled());
    expect(String(replaceUrl.mock.calls[0]![0])).toContain('imported=replace');
  });

  it('a bad file: the reason in words, no preview, nothing imported', async () => {
    render(<BackupSection />);
    pick('bad');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not readable as JSON');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(screen.queryByTestId('backup-preview')).toBeNull();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['backup:preview']);
  });

  it('saving a backup downloads the worker’s file', async () => {
    send.mockResolvedValue({ json: '{"app":"chin-up"}', days: 42 });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(<BackupSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    await screen.findByText('Backup file saved (days of history: 42).');
    expect(click).toHaveBeenCalled();
  });
});
