/** Figures for the neck and shoulder exercises, by exercise id. */
import {
  Arms,
  Cue,
  Chair,
  Face,
  FrontBody,
  Move,
  MovingHead,
  MovingShoulders,
  SideBody,
  SideHead,
} from './parts';
import type { Drawing } from './parts';

export const NECK_DRAWINGS = {
  'chin-tuck': () => (
    <>
      <SideBody />
      <path class="thin ghost" d="M96 76 L96 92" />
      <Move to="translateX(-9px)" origin="100px 90px" dur="8s">
        <SideHead accent />
        <path class="line" d="M97 76 L96 90" />
      </Move>
      <Cue d="M142 40 h-14 m5 -5 l-5 5 l5 5" />
    </>
  ),
  'upper-trap-stretch': () => (
    <MovingHead to="rotate(-28deg)" dur="10s" cue="M112 86 q14 4 22 16">
      <path class="line" d="M60 104 L70 70 L84 46" />
    </MovingHead>
  ),
  'levator-stretch': () => (
    <MovingHead to="rotate(-22deg) translateY(6px)" dur="10s" cue="M108 84 q16 6 24 20" />
  ),
  'neck-rotation': () => (
    <>
      <FrontBody />
      <circle class="line accent" cx="100" cy="58" r="20" />
      <Move to="translateX(-9px)" to2="translateX(9px)" origin="100px 58px" dur="8s">
        <Face />
      </Move>
    </>
  ),
  'neck-side-bend': () => <MovingHead to="rotate(-20deg)" to2="rotate(20deg)" dur="8s" />,
  'shoulder-rolls': () => (
    <MovingShoulders
      to="translateY(-9px)"
      dur="3s"
      cue="M40 100 a10 10 0 1 1 6 12 M160 100 a10 10 0 1 0 -6 12"
    >
      <Arms />
    </MovingShoulders>
  ),
  'shoulder-shrug-strength': () => (
    <MovingShoulders to="translateY(-10px)" dur="5s">
      <path class="line" d="M62 104 L56 150 M138 104 L144 150" />
      <rect class="line" x="50" y="150" width="12" height="26" rx="4" />
      <rect class="line" x="138" y="150" width="12" height="26" rx="4" />
    </MovingShoulders>
  ),
  'scapular-squeeze': () => (
    <>
      <FrontBody />
      <circle class="line" cx="100" cy="58" r="20" />
      <Move to="translateX(7px)" origin="80px 125px">
        <path class="line accent" d="M78 112 q-6 14 2 28" />
      </Move>
      <Move to="translateX(-7px)" origin="120px 125px">
        <path class="line accent" d="M122 112 q6 14 -2 28" />
      </Move>
    </>
  ),
  'thoracic-extension': () => (
    <>
      <Chair />
      <path class="line" d="M92 150 L130 150 L132 184" />
      <Move to="rotate(-12deg)" origin="92px 140px" dur="7s">
        <path class="line accent" d="M96 76 L94 96 Q88 125 92 150" />
        <SideHead />
        <path class="line" d="M95 100 L112 112 L100 118" />
      </Move>
    </>
  ),
} satisfies Record<string, Drawing>;
