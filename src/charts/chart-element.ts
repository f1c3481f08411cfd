// What every chart element shares: the frame properties, sizing, rendering a
// scene, keyboard navigation over its interactive marks, and the `edu-select`
// event. A chart element only adds its data properties and calls its layout.

import {
  css,
  html,
  LitElement,
  nothing,
  unsafeCSS,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import type { Level } from '../contract';
import type { Locale } from '../format';
import { coreStyles } from '../styles/core';
import { HIGHLIGHT } from './colors';
import { interactiveCount, renderSceneLit } from './render-lit';
import { ResizeController } from './resize-controller';
import type { ChartScene } from './scene';

export interface EduSelectDetail {
  code: string;
  level: Level;
}

export const EDU_SELECT = 'edu-select';

/** Width used before the first measurement (and in jsdom, which cannot measure). */
const FALLBACK_WIDTH = 640;

export abstract class ChartElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { type: String },
    synthetic: { type: Boolean },
    source: { type: String },
    date: { type: String },
    chartTitle: { type: String, attribute: 'chart-title' },
    level: { type: String },
    selected: { attribute: false },
    focusIndex: { state: true },
  };

  // The shared focus ring first; unsafeCSS only for our own colour constant, never for data.
  static override styles = [
    coreStyles,
    css`
      :host {
        display: block;
        overflow: auto;
        max-height: var(--edu-chart-max-height, none);
      }
      svg {
        display: block;
      }
      .mark-focus {
        cursor: pointer;
        outline: none;
      }
      .mark-focus:hover .row-hit {
        fill: rgba(9, 105, 218, 0.06);
      }
      .mark-focus:focus-visible > * {
        stroke: ${unsafeCSS(HIGHLIGHT)};
        stroke-width: 2.5px;
      }
      .mark-focus:focus-visible > .row-hit {
        fill: rgba(179, 88, 6, 0.08);
      }
    `,
  ];

  declare locale: Locale;
  declare synthetic: boolean;
  declare source: string;
  declare date: string | undefined;
  declare chartTitle: string | undefined;
  /** Level of the units the chart shows; travels in `edu-select`. */
  declare level: Level;
  declare selected: readonly string[];
  declare focusIndex: number;

  private readonly size = new ResizeController(this);
  private interactive = 0;

  constructor() {
    super();
    this.locale = 'zh';
    this.synthetic = false;
    this.source = '';
    this.level = 'county';
    this.selected = [];
    this.focusIndex = 0;
  }

  /**
   * A layout's whole input at once (a chart view's input, without its width):
   * each field lands on the property of the same name, `title` on chartTitle.
   */
  set input(value: { title?: string } & object) {
    const { title, width, ...fields } = value as { title?: string; width?: number };
    void width;
    // A field the input leaves out keeps the element's default (selection [], …).
    Object.assign(
      this,
      Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    );
    if (title !== undefined) this.chartTitle = title;
  }

  /** The chart's scene at this width, or null while data are missing. */
  protected abstract layout(width: number): ChartScene | null;

  protected get chartWidth(): number {
    return this.size.width || this.clientWidth || FALLBACK_WIDTH;
  }

  override render(): TemplateResult | typeof nothing {
    const scene = this.layout(this.chartWidth);
    if (!scene) return nothing;
    this.interactive = interactiveCount(scene);
    const focusIndex = Math.min(this.focusIndex, Math.max(0, this.interactive - 1));
    return html`<div @click=${this.onClick} @keydown=${this.onKeydown}>
      ${renderSceneLit(scene, { focusIndex })}
    </div>`;
  }

  private markOf(event: Event): SVGGElement | null {
    const target = event.target as Element | null;
    return (target?.closest?.('.mark-focus') as SVGGElement | null) ?? null;
  }

  private select(mark: SVGGElement): void {
    const code = mark.dataset.code;
    if (!code) return;
    this.focusIndex = Number(mark.dataset.index ?? 0);
    const detail: EduSelectDetail = { code, level: this.level };
    this.dispatchEvent(
      new CustomEvent<EduSelectDetail>(EDU_SELECT, { detail, bubbles: true, composed: true }),
    );
  }

  private onClick = (event: MouseEvent): void => {
    const mark = this.markOf(event);
    if (mark) this.select(mark);
  };

  /** Enter/Space select; arrows, Home and End move the single tab stop between marks. */
  private onKeydown = (event: KeyboardEvent): void => {
    const mark = this.markOf(event);
    if (!mark) return;
    const index = Number(mark.dataset.index ?? 0);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: this.interactive - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(mark);
    } else if (event.key in moves) {
      event.preventDefault();
      this.moveFocus(moves[event.key]);
    }
  };

  private async moveFocus(index: number): Promise<void> {
    this.focusIndex = (index + this.interactive) % Math.max(1, this.interactive);
    await this.updateComplete;
    this.renderRoot
      .querySelector<SVGGElement>(`.mark-focus[data-index="${this.focusIndex}"]`)
      ?.focus();
  }
}
