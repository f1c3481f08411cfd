// The message an /embed/ iframe posts to its host, and the host's check of it.

export const RESIZE_MESSAGE = 'edu-atlas:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  id: string;
  height: number;
}

export const MAX_HEIGHT = 20000;

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
    return new URL(src, base).origin;
  } catch {
    return null;
  }
}

/** The iframe a message resizes and the height, or null: only from that iframe's own window and origin. */
export function acceptResize<F extends FrameLike>(
  event: MessageLike,
  frames: Iterable<F>,
  base: string,
): { frame: F; height: number } | null {
  const data = event.data as Partial<ResizeMessage> | null;
  if (!data || typeof data !== 'object' || data.type !== RESIZE_MESSAGE) return null;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return null;
  for (const frame of frames) {
    if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
    if (originOf(frame.src, base) !== event.origin) return null;
    return { frame, height: Math.min(Math.ceil(height), MAX_HEIGHT) };
  }
  return null;
}
