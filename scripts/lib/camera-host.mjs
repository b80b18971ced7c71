// The benches' own orders to a camera host page: the `sense:configure` message the service worker
// sends it (lib/messages.ts `CameraHostProtocol`), with the bench's interval and camera choice.

/**
 * Sends `sense:configure` with `data` from `from`, a Playwright page or worker of the extension.
 * @param {{ evaluate: Function }} from
 * @param {{ intervalMs: number, burstFrames: number, keepCameraOpen: boolean }} data
 */
export function configureHost(from, data) {
  return from.evaluate(
    (d) => chrome.runtime.sendMessage({ to: 'camera-host', name: 'sense:configure', data: d }),
    data,
  );
}
