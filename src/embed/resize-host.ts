// Entry of dist/embed-resize.js (unhashed, ≤ 2 KB, a classic script): sets the
// height of atlas iframes on the host page from their resize messages. A
// message counts only when it comes from the iframe's own window and from the
// origin of that iframe's src.

import { acceptResize } from './resize-message';

interface Flagged {
  eduAtlasResize?: boolean;
}

const host = window as Window & Flagged;
if (!host.eduAtlasResize) {
  host.eduAtlasResize = true;
  window.addEventListener('message', (event) => {
    const accepted = acceptResize(event, document.querySelectorAll('iframe'), document.baseURI);
    if (accepted) accepted.frame.style.height = `${accepted.height}px`;
  });
}
