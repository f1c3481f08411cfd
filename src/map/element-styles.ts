import { css } from 'lit';
import { sharedStyles } from '../styles/shared';
import { darkMapTokens, lightMapTokens } from './theme-tokens';

// The few MapLibre rules a GeoJSON-only map needs (the full maplibre-gl.css is
// 70 KB of control styles), plus the canary class that stops MapLibre's
// "missing CSS" warning.
const maplibreCore = css`
  .maplibregl-map {
    position: relative;
    overflow: hidden;
    -webkit-tap-highlight-color: rgb(0 0 0 / 0%);
  }
  .maplibregl-canvas {
    position: absolute;
    left: 0;
    top: 0;
  }
  .maplibregl-canvas-container.maplibregl-interactive {
    cursor: grab;
  }
  .maplibregl-canary {
    background-color: salmon;
  }
`;

export const mapElementStyles = [
  sharedStyles,
  maplibreCore,
  css`
    :host {
      display: block;
      ${lightMapTokens}
      color: var(--edu-map-text);
      font: 14px/1.45 var(--edu-font);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        ${darkMapTokens}
      }
    }
    .map {
      position: relative;
      height: var(--edu-map-height, 480px);
      border-radius: 4px;
      background: var(--edu-map-background);
    }
    .map:focus-visible {
      outline: 3px solid var(--edu-map-focus);
      outline-offset: 2px;
    }
    .canvas-host {
      position: absolute;
      inset: 0;
    }
    /* The SVG first view (map-body.ts) lies over the empty MapLibre host until MapLibre has drawn. */
    .svg-host {
      position: absolute;
      inset: 0;
      overflow: hidden;
      touch-action: pan-y;
    }
    .svg-host svg {
      position: absolute;
      left: 0;
      top: 0;
      display: block;
    }
    .svg-host path:not(.unit),
    .svg-host text,
    .svg-host .highlight {
      pointer-events: none;
    }
    .svg-host path.unit {
      cursor: pointer;
    }
    .zoom {
      position: absolute;
      top: 8px;
      right: 8px;
      z-index: 1;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .zoom button {
      width: 28px;
      height: 28px;
      padding: 0;
      border: 1px solid var(--edu-map-context-line);
      border-radius: 4px;
      background: var(--edu-map-surface);
      color: var(--edu-map-text);
      font-size: 18px;
      line-height: 1;
    }
    .labels {
      position: absolute;
      inset: 0;
      pointer-events: none;
      overflow: hidden;
    }
    .label {
      position: absolute;
      transform: translate(-50%, -50%);
      font-size: 12px;
      white-space: nowrap;
      /* Ink and halo are chosen per label by the fill under it (label-ink.ts). */
      text-shadow:
        0 0 2px var(--halo, var(--edu-map-halo)),
        0 0 3px var(--halo, var(--edu-map-halo)),
        0 0 1px var(--halo, var(--edu-map-halo));
    }
    .tooltip {
      position: absolute;
      z-index: 2;
      max-width: 18rem;
      padding: 6px 10px;
      border-radius: 4px;
      background: var(--edu-map-surface);
      box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
      pointer-events: none;
      font-size: 13px;
    }
    .tooltip strong {
      display: block;
    }
    .tooltip .value {
      font-size: 16px;
      font-variant-numeric: tabular-nums;
    }
    .tooltip .muted,
    .notice,
    .legend .count {
      color: var(--edu-map-muted);
    }
    .status {
      position: absolute;
      inset: auto 0 0 0;
      padding: 4px 8px;
      font-size: 12px;
    }
    .badge {
      position: absolute;
      top: 8px;
      left: 8px;
      padding: 2px 6px;
      border-radius: 3px;
      font-size: 12px;
    }
    .legend {
      margin: 8px 0 0;
    }
    .legend-title {
      margin: 0 0 4px;
      font-size: 13px;
      font-weight: 600;
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 12px;
    }
    .legend .without-area {
      margin: 4px 0 0;
      font-size: 12px;
      color: var(--edu-map-muted);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 5px;
    }
    .swatch {
      width: 14px;
      height: 14px;
      border: 1px solid rgb(0 0 0 / 20%);
      border-radius: 2px;
    }
    .swatch.partial {
      background-image: repeating-linear-gradient(45deg, #6b5b95 0 1.5px, transparent 1.5px 4px);
      border: 1.5px dashed #6b5b95;
    }
    /* Flags over a class colour: the same marks as on the map (hatch.ts). */
    .swatch.incomplete {
      background-image: radial-gradient(circle, #1f2328 1.3px, #fff 1.5px 2.2px, transparent 2.4px);
      background-size: 7px 7px;
      background-position: 0 0;
    }
    .swatch.over_100 {
      background:
        linear-gradient(#1f2328, #1f2328) center / 8px 1.6px no-repeat,
        linear-gradient(#1f2328, #1f2328) center / 1.6px 8px no-repeat,
        #fff;
    }
    .swatch.no-data {
      background-color: var(--edu-map-no-data) !important;
      background-image: repeating-linear-gradient(
        135deg,
        var(--edu-map-no-data-hatch) 0 1.5px,
        transparent 1.5px 4px
      );
    }
    .notice {
      margin: 6px 0 0;
      font-size: 11px;
    }
  `,
];
