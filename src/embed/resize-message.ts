// The message an /embed/ iframe posts to its host, and the host's check of it.

export const RESIZE_MESSAGE = 'edu-atlas:resize';
/**
 * What embed-resize.js posts to each atlas frame once it listens: report your
 * height again. A frame that reported before the host's script ran (it loads
 * `async`, or a CMS adds it later) would otherwise keep the snippet's height.
 */
export const RESIZE_REQUEST = 'edu-atlas:resize-request';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  id: string;
  height: number;
}

/** Heights a frame may be given: never collapsed out of sight, never taller than any chart. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20000;

export interface ResizeRequest {
  type: typeof RESIZE_REQUEST;
}

export interface FrameLike {
  src: string;
  contentWindow: unknown;
}

export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

function originOf(src: string, base: string): string | null {
  try {
    const origin = new URL(src, base).origin;
    // about:, data:, blob: and file: URLs have the opaque origin "null".
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The atlas origin embed-resize.js serves: the origin of the script's own src
 * (document.currentScript, read while the script first runs), or null when it
 * is unknown (an inline copy, a module), and then no frame is ever resized.
 */
export function atlasOriginOf(script: { src: string } | null, base: string): string | null {
  return script?.src ? originOf(script.src, base) : null;
}

function clampHeight(height: number): number {
  return Math.min(Math.max(Math.ceil(height), MIN_HEIGHT), MAX_HEIGHT);
}

/** The frames whose src is on the atlas origin (none when that origin is unknown). */
export function atlasFrames<F extends FrameLike>(
  frames: Iterable<F>,
  base: string,
  atlasOrigin: string | null,
): F[] {
  if (atlasOrigin === null) return [];
  return [...frames].filter((frame) => originOf(frame.src, base) === atlasOrigin);
}

/**
 * The iframe a message resizes and the height, or null. Only an iframe whose
 * src is on the atlas origin, only a message from that iframe's own window and
 * from the atlas origin: any other frame on the host page (an ad, a widget)
 * cannot resize itself or an atlas frame.
 */
export function acceptResize<F extends FrameLike>(
  event: MessageLike,
  frames: Iterable<F>,
  base: string,
  atlasOrigin: string | null,
): { frame: F; height: number } | null {
  if (atlasOrigin === null || event.origin !== atlasOrigin) return null;
  const data = event.data as Partial<ResizeMessage> | null;
  if (!data || typeof data !== 'object' || data.type !== RESIZE_MESSAGE) return null;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return null;
  for (const frame of frames) {
    if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
    if (originOf(frame.src, base) !== atlasOrigin) return null;
    return { frame, height: clampHeight(height) };
  }
  return null;
}
