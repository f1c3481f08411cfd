// Entry of dist/embed-resize.js (unhashed, ≤ 2 KB, a classic script): sets the
// height of atlas iframes on the host page from their resize messages. A
// message counts only when it comes from the iframe's own window and from the
// origin of that iframe's src. Only this entry may import resize-message.ts:
// a module shared with another entry would become a chunk, and an `import`
// here would break the classic <script> hosts use (bench:embed checks it).

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
