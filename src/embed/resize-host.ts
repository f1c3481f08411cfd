// Entry of dist/embed-resize.js (unhashed, ≤ 2 KB, a classic script): sets the
// height of atlas iframes on the host page from their resize messages. Only
// iframes whose src is on the origin this script was loaded from (the atlas)
// are resized, and only by a message from that iframe's own window and from
// that origin; heights are clamped. Only this entry may import
// resize-message.ts: a module shared with another entry would become a chunk,
// and an `import` here would break the classic <script> hosts use (bench:embed
// checks it).

import {
  acceptResize,
  atlasFrames,
  atlasOriginOf,
  RESIZE_REQUEST,
  type ResizeRequest,
} from './resize-message';

interface Flagged {
  /** Atlas origins already listened for (a page may embed from two atlases). */
  eduAtlasResizeOrigins?: string[];
}

// document.currentScript is set only while this script first runs.
const atlasOrigin = atlasOriginOf(
  document.currentScript as HTMLScriptElement | null,
  document.baseURI,
);
const host = window as Window & Flagged;
const listening = (host.eduAtlasResizeOrigins ??= []);
if (atlasOrigin !== null && !listening.includes(atlasOrigin)) {
  listening.push(atlasOrigin);
  window.addEventListener('message', (event) => {
    const frames = document.querySelectorAll('iframe');
    const accepted = acceptResize(event, frames, document.baseURI, atlasOrigin);
    if (accepted) accepted.frame.style.height = `${accepted.height}px`;
  });
  // Frames that reported their height before this script ran: ask them again.
  const request: ResizeRequest = { type: RESIZE_REQUEST };
  for (const frame of atlasFrames(
    document.querySelectorAll('iframe'),
    document.baseURI,
    atlasOrigin,
  ))
    frame.contentWindow?.postMessage(request, atlasOrigin);
}
