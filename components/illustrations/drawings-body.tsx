/** Figures for the chest stretch, relaxation, eye break and walk, by exercise id. */
import { Cue, FrontBody, FrontHead, Move, MovingShoulders, SideHead } from './parts';
import type { Drawing } from './parts';

/** One limb of the walk, swinging from `origin` by `deg` each way. */
function Swing(props: { deg: number; origin: string; d: string; accent?: boolean }) {
  const { deg, origin, d, accent } = props;
  return (
    <Move to={`rotate(${deg}deg)`} to2={`rotate(${-deg}deg)`} origin={origin} dur="2s">
      <path class={`line${accent ? ' accent' : ''}`} d={d} />
    </Move>
  );
}

export const BODY_DRAWINGS = {
  'doorway-chest-stretch': () => (
    <>
      <path class="thin" d="M150 20 V196 M160 20 V196" />
      <Move to="rotate(8deg)" origin="100px 190px" dur="8s">
        <SideHead />
        <path class="line" d="M97 76 L100 130 L96 190 M100 130 L118 188" />
        <path class="line accent" d="M99 92 L128 96 L146 70" />
      </Move>
    </>
  ),
  'diaphragmatic-breathing': () => (
    <>
      <FrontBody arms={false} />
      <FrontHead />
      <Move to="scale(1.18)" origin="100px 140px" dur="10s">
        <ellipse class="fill-accent" cx="100" cy="140" rx="20" ry="14" />
        <ellipse class="line accent" cx="100" cy="140" rx="20" ry="14" />
      </Move>
      <path class="line" d="M62 104 L58 130 L90 138 M138 104 L140 112 L112 112" />
    </>
  ),
  'progressive-relaxation': () => (
    <MovingShoulders to="translateY(-8px)" dur="9s">
      <path class="line" d="M62 104 L54 148 M138 104 L146 148" />
      <circle class="line accent" cx="54" cy="156" r="7" />
      <circle class="line accent" cx="146" cy="156" r="7" />
    </MovingShoulders>
  ),
  'far-focus': () => (
    <>
      <path
        class="line"
        d="M40 130 L60 40 L80 130 Z M150 130 V100 M150 100 l-14 14 M150 100 l14 14"
      />
      <path class="thin" d="M20 130 H190" />
      <g transform="translate(0 20)">
        <path class="line" d="M70 150 q30 -26 60 0 q-30 26 -60 0 Z" />
        <Move to="translate(-7px, -4px)" origin="100px 150px">
          <circle class="fill-accent" cx="100" cy="150" r="10" />
          <circle class="line accent" cx="100" cy="150" r="10" />
        </Move>
      </g>
      <Cue d="M100 150 L60 60" dashed />
    </>
  ),
  'stand-walk': () => (
    <>
      <FrontHead />
      <path class="line" d="M100 78 V140" />
      <Swing deg={18} origin="100px 140px" d="M100 140 L100 190" accent />
      <Swing deg={-18} origin="100px 140px" d="M100 140 L100 190" />
      <Swing deg={-20} origin="100px 92px" d="M100 92 L100 134" />
      <path class="thin" d="M40 194 H160" />
    </>
  ),
} satisfies Record<string, Drawing>;
