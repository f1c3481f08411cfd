// Entry of /embed/ (the iframe route): one chart or map from the URL, no app
// chrome, and its height reported to the host page after every resize.

import { defineEmbedElements } from './define';
import { frameParams } from './frame-params';
// Type only: a value import would put resize-message in a chunk shared with
// embed-resize.js, which must stay one classic script.
import type { ResizeMessage, ResizeRequest } from './resize-message';

const { attributes, id, theme } = frameParams(location.search);
const chart = document.createElement('edu-chart');
// setAttribute only: parameter values never become markup.
for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
chart.setAttribute('data-base', new URL('../data/', location.href).href);
document.documentElement.classList.add(['dark', 'auto'].includes(theme) ? theme : 'light');
document.getElementById('embed')?.append(chart);
defineEmbedElements();

let last = -1;
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const message: ResizeMessage = { type: 'edu-atlas:resize', id, height };
  window.parent.postMessage(message, '*');
}
new ResizeObserver(report).observe(document.documentElement);
// The host's embed-resize.js asks once it listens: a report sent before was lost.
const REQUEST: ResizeRequest['type'] = 'edu-atlas:resize-request';
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isResizeRequest(event.data)) return;
  last = -1;
  report();
});
function isResizeRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === REQUEST;
}
// Browsers pause rendering (and so ResizeObserver) in cross-origin iframes
// that are off screen; a short poll still tells the host the height while the
// chart loads below the fold.
const poll = setInterval(report, 400);
setTimeout(() => clearInterval(poll), 20_000);
report();
