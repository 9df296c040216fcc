/** Larger inputs are refused: no news article is this big, and parsing one would stall a batch. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
