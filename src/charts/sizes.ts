// The charts' spacing and type sizes (px), shared by the frame, the layouts
// and the mark helpers.

/** Outer padding of a chart. */
export const PAD = 12;
export const TITLE_SIZE = 15;
/** Names, values and axis titles. */
export const LABEL_SIZE = 12;
/** Tick labels, notes and the footer. */
export const SMALL_SIZE = 11;
