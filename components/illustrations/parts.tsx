/** Shared strokes of the exercise figures (viewBox 0 0 200 200). */
import type { ComponentChildren, VNode } from 'preact';

/** One exercise's figure: the strokes inside the 200 x 200 frame. */
export type Drawing = () => VNode;

/** Inline style carrying the animation variables of a moving part. */
export function motion(to: string, origin: string, dur = '6s', to2?: string): string {
  return `--to: ${to}; ${to2 ? `--to2: ${to2}; ` : ''}--dur: ${dur}; transform-origin: ${origin};`;
}

/**
 * A moving part of a figure, turning about `origin`: to `to` and back (`ex-move`), or with `to2`
 * swinging between `to` and `to2` (`ex-alt`). Reduced motion shows it at `to`.
 */
export function Move(props: {
  to: string;
  origin: string;
  dur?: string;
  to2?: string;
  children: ComponentChildren;
}) {
  const { to, origin, dur, to2, children } = props;
  return (
    <g class={to2 ? 'ex-alt' : 'ex-move'} style={motion(to, origin, dur, to2)}>
      {children}
    </g>
  );
}

/** The accent stroke that shows where the movement goes (an arrow, a stretch, a gaze). */
export function Cue({ d, dashed = false }: { d: string; dashed?: boolean }) {
  return <path class="thin accent" d={d} stroke-dasharray={dashed ? '4 6' : undefined} />;
}

/** Eyes, nose and mouth of a head seen from the front. */
export function Face() {
  return (
    <>
      <circle cx="93" cy="55" r="1.8" fill="currentColor" />
      <circle cx="107" cy="55" r="1.8" fill="currentColor" />
      <path class="thin" d="M100 58 v6 M95 69 q5 3 10 0" />
    </>
  );
}

/** The outline of a head centred at (100, `cy`), with its features as children. */
function Head(props: { cy: number; accent: boolean; children: ComponentChildren }) {
  return (
    <g>
      <circle class={`line${props.accent ? ' accent' : ''}`} cx="100" cy={props.cy} r="20" />
      {props.children}
    </g>
  );
}

/** A head seen from the front, centred at (100, 58). */
export const FrontHead = ({ accent = false }: { accent?: boolean }) => (
  <Head cy={58} accent={accent}>
    <path class="thin" d="M79 56 q-5 3 0 8 M121 56 q5 3 0 8" />
    <Face />
  </Head>
);

/** Front view, seated: the neck. */
export const Neck = () => <path class="line" d="M100 78 V92" />;
/** Front view: the shoulder line. */
export const Shoulders = ({ accent = false }: { accent?: boolean }) => (
  <path class={`line${accent ? ' accent' : ''}`} d="M62 104 Q100 90 138 104" />
);
/** Front view: the sides of the trunk. */
export const Trunk = () => <path class="line" d="M68 106 L74 168 M132 106 L126 168" />;
/** Front view: both arms hanging, hands on the thighs. */
export const Arms = () => (
  <path class="line" d="M62 104 L54 148 L60 176 M138 104 L146 148 L140 176" />
);

/** Neck, shoulders, trunk and arms seen from the front, seated. */
export function FrontBody({ arms = true }: { arms?: boolean }) {
  return (
    <g>
      <Neck />
      <Shoulders />
      <Trunk />
      {arms && <Arms />}
      <path class="thin" d="M56 172 H144" />
    </g>
  );
}

/**
 * Seated from the front with the shoulder line moving (`to`, about the shoulders' middle);
 * `children` (arms, weights, fists) move with it.
 */
export function MovingShoulders(props: {
  to: string;
  dur: string;
  /** The cue stroke drawn over the figure (see `Cue`). */
  cue?: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <Trunk />
      <FrontHead />
      <Neck />
      <Move to={props.to} origin="100px 104px" dur={props.dur}>
        <Shoulders accent />
        {props.children}
      </Move>
      {props.cue && <Cue d={props.cue} />}
    </>
  );
}

/**
 * Seated from the front with the head moving about the base of the neck (`to`, or swinging
 * between `to` and `to2`); `children` (a hand on the head) move with it.
 */
export function MovingHead(props: {
  to: string;
  to2?: string;
  dur: string;
  /** The cue stroke drawn over the figure (see `Cue`). */
  cue?: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <FrontBody />
      <Move to={props.to} to2={props.to2} origin="100px 90px" dur={props.dur}>
        <FrontHead accent />
        {props.children}
      </Move>
      {props.cue && <Cue d={props.cue} />}
    </>
  );
}

/** A head in profile facing right, centred at (100, 56). */
export const SideHead = ({ accent = false }: { accent?: boolean }) => (
  <Head cy={56} accent={accent}>
    <path class="thin" d="M119 54 l6 6 l-5 2" />
    <circle cx="110" cy="52" r="1.8" fill="currentColor" />
    <path class="thin" d="M94 56 q-4 4 0 8" />
  </Head>
);

/** Profile: the chair. */
export const Chair = () => <path class="thin" d="M78 96 L80 156 H136 M84 156 V190 M130 156 V190" />;

/** Seated body in profile facing right, with a chair. */
export function SideBody() {
  return (
    <g>
      <path class="line" d="M96 76 L94 96 Q88 130 92 150 L130 150 L132 184" />
      <path class="line" d="M95 100 L112 128 L132 126" />
      <Chair />
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
