// A chart element made from its layout: the layout's data fields become the
// element's properties, and the frame (language, source, date, synthetic
// label, selection, level, title, width) comes from ChartElement. One class
// shape for every chart, so an element is its tag, its layout and a list of
// fields.

import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import { ChartElement } from './chart-element';
import type { ChartScene } from './scene';

/** Input fields ChartElement supplies to every layout. */
type FrameField =
  'width' | 'locale' | 'synthetic' | 'source' | 'date' | 'title' | 'selected' | 'level';

/** The data fields of a layout's input: what the element adds as properties. */
export type ChartData<I> = Omit<I, FrameField>;

export interface LayoutElementSpec<I> {
  /** The custom element's tag name, defined once (a second import of the module leaves it be). */
  tag: string;
  layout: (input: I) => ChartScene;
  /** One property declaration per data field. */
  fields: { [K in keyof ChartData<I>]?: PropertyDeclaration };
  defaults: Partial<ChartData<I>>;
  /** Whether the data are complete enough to draw (else nothing is rendered). */
  ready: (data: Partial<ChartData<I>>) => boolean;
}

export type LayoutElement<I> = ChartElement & Partial<ChartData<I>>;

export function layoutElement<I>(spec: LayoutElementSpec<I>): new () => LayoutElement<I> {
  const keys = Object.keys(spec.fields);
  class Element extends ChartElement {
    static override properties: PropertyDeclarations = spec.fields as PropertyDeclarations;

    constructor() {
      super();
      Object.assign(this, spec.defaults);
    }

    protected layout(width: number): ChartScene | null {
      const own = this as unknown as Record<string, unknown>;
      const data = Object.fromEntries(keys.map((k) => [k, own[k]])) as Partial<ChartData<I>>;
      if (!spec.ready(data)) return null;
      return spec.layout({
        ...data,
        selected: this.selected,
        level: this.level,
        locale: this.locale,
        width,
        synthetic: this.synthetic,
        source: this.source,
        date: this.date,
        title: this.chartTitle,
      } as unknown as I);
    }
  }
  if (!customElements.get(spec.tag)) customElements.define(spec.tag, Element);
  return Element as unknown as new () => LayoutElement<I>;
}
