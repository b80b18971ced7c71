/** Figures for the neck and shoulder exercises. */
import { FrontBody, FrontHead, SideBody, SideHead, motion } from './parts';

export function ChinTuck() {
  return (
    <g>
      <SideBody />
      <path class="thin ghost" d="M96 76 L96 92" />
      <g class="ex-move" style={motion('translateX(-9px)', '100px 90px', '8s')}>
        <SideHead accent />
        <path class="line" d="M97 76 L96 90" />
      </g>
      <path class="thin accent" d="M142 40 h-14 m5 -5 l-5 5 l5 5" />
    </g>
  );
}

export function UpperTrapStretch() {
  return (
    <g>
      <FrontBody />
      <g class="ex-move" style={motion('rotate(-28deg)', '100px 90px', '10s')}>
        <FrontHead accent />
        <path class="line" d="M60 104 L70 70 L84 46" />
      </g>
      <path class="thin accent" d="M112 86 q14 4 22 16" />
    </g>
  );
}

export function LevatorStretch() {
  return (
    <g>
      <FrontBody />
      <g class="ex-move" style={motion('rotate(-22deg) translateY(6px)', '100px 90px', '10s')}>
        <FrontHead accent />
      </g>
      <path class="thin accent" d="M108 84 q16 6 24 20" />
    </g>
  );
}

export function NeckRotation() {
  return (
    <g>
      <FrontBody />
      <circle class="line accent" cx="100" cy="58" r="20" />
      <g class="ex-alt" style={motion('translateX(-9px)', '100px 58px', '8s', 'translateX(9px)')}>
        <circle cx="93" cy="55" r="1.8" fill="currentColor" />
        <circle cx="107" cy="55" r="1.8" fill="currentColor" />
        <path class="thin" d="M100 58 v6 M95 69 q5 3 10 0" />
      </g>
    </g>
  );
}

export function NeckSideBend() {
  return (
    <g>
      <FrontBody />
      <g class="ex-alt" style={motion('rotate(-20deg)', '100px 90px', '8s', 'rotate(20deg)')}>
        <FrontHead accent />
      </g>
    </g>
  );
}

export function ShoulderRolls() {
  return (
    <g>
      <path class="line" d="M68 106 L74 168 M132 106 L126 168" />
      <FrontHead />
      <path class="line" d="M100 78 V92" />
      <g class="ex-move" style={motion('translateY(-9px)', '100px 104px', '3s')}>
        <path class="line accent" d="M62 104 Q100 90 138 104" />
        <path class="line" d="M62 104 L54 148 L60 176 M138 104 L146 148 L140 176" />
      </g>
      <path class="thin accent" d="M40 100 a10 10 0 1 1 6 12 M160 100 a10 10 0 1 0 -6 12" />
    </g>
  );
}

export function ShoulderShrugStrength() {
  return (
    <g>
      <path class="line" d="M68 106 L74 168 M132 106 L126 168" />
      <FrontHead />
      <path class="line" d="M100 78 V92" />
      <g class="ex-move" style={motion('translateY(-10px)', '100px 104px', '5s')}>
        <path class="line accent" d="M62 104 Q100 90 138 104" />
        <path class="line" d="M62 104 L56 150 M138 104 L144 150" />
        <rect class="line" x="50" y="150" width="12" height="26" rx="4" />
        <rect class="line" x="138" y="150" width="12" height="26" rx="4" />
      </g>
    </g>
  );
}

export function ScapularSqueeze() {
  return (
    <g>
      <FrontBody />
      <circle class="line" cx="100" cy="58" r="20" />
      <g class="ex-move" style={motion('translateX(7px)', '80px 125px', '6s')}>
        <path class="line accent" d="M78 112 q-6 14 2 28" />
      </g>
      <g class="ex-move" style={motion('translateX(-7px)', '120px 125px', '6s')}>
        <path class="line accent" d="M122 112 q6 14 -2 28" />
      </g>
    </g>
  );
}

export function ThoracicExtension() {
  return (
    <g>
      <path class="thin" d="M78 96 L80 156 H136 M84 156 V190 M130 156 V190" />
      <path class="line" d="M92 150 L130 150 L132 184" />
      <g class="ex-move" style={motion('rotate(-12deg)', '92px 140px', '7s')}>
        <path class="line accent" d="M96 76 L94 96 Q88 125 92 150" />
        <SideHead />
        <path class="line" d="M95 100 L112 112 L100 118" />
      </g>
    </g>
  );
}
