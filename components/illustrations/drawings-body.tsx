/** Figures for the chest stretch, relaxation, eye break and walk. */
import { FrontBody, FrontHead, SideHead, motion } from './parts';

export function DoorwayChestStretch() {
  return (
    <g>
      <path class="thin" d="M150 20 V196 M160 20 V196" />
      <g class="ex-move" style={motion('rotate(8deg)', '100px 190px', '8s')}>
        <SideHead />
        <path class="line" d="M97 76 L100 130 L96 190 M100 130 L118 188" />
        <path class="line accent" d="M99 92 L128 96 L146 70" />
      </g>
    </g>
  );
}

export function DiaphragmaticBreathing() {
  return (
    <g>
      <FrontBody arms={false} />
      <FrontHead />
      <g class="ex-move" style={motion('scale(1.18)', '100px 140px', '10s')}>
        <ellipse class="fill-accent" cx="100" cy="140" rx="20" ry="14" />
        <ellipse class="line accent" cx="100" cy="140" rx="20" ry="14" />
      </g>
      <path class="line" d="M62 104 L58 130 L90 138 M138 104 L140 112 L112 112" />
    </g>
  );
}

export function ProgressiveRelaxation() {
  return (
    <g>
      <path class="line" d="M68 106 L74 168 M132 106 L126 168" />
      <path class="line" d="M100 78 V92" />
      <FrontHead />
      <g class="ex-move" style={motion('translateY(-8px)', '100px 104px', '9s')}>
        <path class="line accent" d="M62 104 Q100 90 138 104" />
        <path class="line" d="M62 104 L54 148 M138 104 L146 148" />
        <circle class="line accent" cx="54" cy="156" r="7" />
        <circle class="line accent" cx="146" cy="156" r="7" />
      </g>
    </g>
  );
}

export function FarFocus() {
  return (
    <g>
      <path
        class="line"
        d="M40 130 L60 40 L80 130 Z M150 130 V100 M150 100 l-14 14 M150 100 l14 14"
      />
      <path class="thin" d="M20 130 H190" />
      <g transform="translate(0 20)">
        <path class="line" d="M70 150 q30 -26 60 0 q-30 26 -60 0 Z" />
        <g class="ex-move" style={motion('translate(-7px, -4px)', '100px 150px', '6s')}>
          <circle class="fill-accent" cx="100" cy="150" r="10" />
          <circle class="line accent" cx="100" cy="150" r="10" />
        </g>
      </g>
      <path class="thin accent" d="M100 150 L60 60" stroke-dasharray="4 6" />
    </g>
  );
}

export function StandWalk() {
  return (
    <g>
      <FrontHead />
      <path class="line" d="M100 78 V140" />
      <g class="ex-alt" style={motion('rotate(18deg)', '100px 140px', '2s', 'rotate(-18deg)')}>
        <path class="line accent" d="M100 140 L100 190" />
      </g>
      <g class="ex-alt" style={motion('rotate(-18deg)', '100px 140px', '2s', 'rotate(18deg)')}>
        <path class="line" d="M100 140 L100 190" />
      </g>
      <g class="ex-alt" style={motion('rotate(-20deg)', '100px 92px', '2s', 'rotate(20deg)')}>
        <path class="line" d="M100 92 L100 134" />
      </g>
      <path class="thin" d="M40 194 H160" />
    </g>
  );
}
