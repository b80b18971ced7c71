/** Shared strokes of the exercise figures (viewBox 0 0 200 200). */
import type { ComponentChildren } from 'preact';

/** Inline style carrying the animation variables of a moving part. */
export function motion(to: string, origin: string, dur = '6s', to2?: string): string {
  return `--to: ${to}; ${to2 ? `--to2: ${to2}; ` : ''}--dur: ${dur}; transform-origin: ${origin};`;
}

/** A head seen from the front, centred at (100, 58). */
export function FrontHead({ accent = false }: { accent?: boolean }) {
  return (
    <g>
      <circle class={`line${accent ? ' accent' : ''}`} cx="100" cy="58" r="20" />
      <path class="thin" d="M79 56 q-5 3 0 8 M121 56 q5 3 0 8" />
      <circle cx="93" cy="55" r="1.8" fill="currentColor" />
      <circle cx="107" cy="55" r="1.8" fill="currentColor" />
      <path class="thin" d="M100 58 v6 M95 69 q5 3 10 0" />
    </g>
  );
}

/** Neck, shoulders, trunk and arms seen from the front, seated. */
export function FrontBody({ arms = true }: { arms?: boolean }) {
  return (
    <g>
      <path
        class="line"
        d="M100 78 V92 M62 104 Q100 90 138 104 M68 106 L74 168 M132 106 L126 168"
      />
      {arms && <path class="line" d="M62 104 L54 148 L60 176 M138 104 L146 148 L140 176" />}
      <path class="thin" d="M56 172 H144" />
    </g>
  );
}

/** A head in profile facing right, centred at (100, 56). */
export function SideHead({ accent = false }: { accent?: boolean }) {
  return (
    <g>
      <circle class={`line${accent ? ' accent' : ''}`} cx="100" cy="56" r="20" />
      <path class="thin" d="M119 54 l6 6 l-5 2" />
      <circle cx="110" cy="52" r="1.8" fill="currentColor" />
      <path class="thin" d="M94 56 q-4 4 0 8" />
    </g>
  );
}

/** Seated body in profile facing right, with a chair. */
export function SideBody() {
  return (
    <g>
      <path class="line" d="M96 76 L94 96 Q88 130 92 150 L130 150 L132 184" />
      <path class="line" d="M95 100 L112 128 L132 126" />
      <path class="thin" d="M78 96 L80 156 H136 M84 156 V190 M130 156 V190" />
    </g>
  );
}

export function Figure({
  label,
  still,
  children,
}: {
  label: string;
  still?: boolean;
  children: ComponentChildren;
}) {
  return (
    <svg
      class={`ex-figure${still ? ' ex-still' : ''}`}
      viewBox="0 0 200 200"
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      {children}
    </svg>
  );
}
