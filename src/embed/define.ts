// Defines the embed elements once, whichever script got there first.

import { EduChartEmbed, EduEmbedMap } from './embed-element';

export function defineEmbedElements(): void {
  if (!customElements.get('edu-chart')) customElements.define('edu-chart', EduChartEmbed);
  if (!customElements.get('edu-embed-map')) customElements.define('edu-embed-map', EduEmbedMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-chart': EduChartEmbed;
    'edu-embed-map': EduEmbedMap;
  }
}
