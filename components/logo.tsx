/** The Chin Up mark: a head held level over a calm horizon. Decorative. */
import { i18n } from '#i18n';
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="var(--accent)" />
      <circle cx="16" cy="12" r="5" fill="var(--accent-text)" />
      <path
        d="M7 26c1.8-4.5 5.2-6.5 9-6.5s7.2 2 9 6.5"
        fill="none"
        stroke="var(--accent-text)"
        stroke-width="2.5"
        stroke-linecap="round"
      />
    </svg>
  );
}

export function Brand({ title, testId }: { title?: string; testId?: string }) {
  return (
    <header class="brand">
      <Logo />
      <span class="brand-name">{i18n.t('extName')}</span>
      {title && (
        <span class="muted" data-testid={testId}>
          · {title}
        </span>
      )}
    </header>
  );
}
