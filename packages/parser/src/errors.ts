/** Why an input could not become an article. Every failure of `parse` is one of these. */
export type ParseErrorCode = "empty" | "binary" | "too_large" | "invalid_record" | "no_article";

export class ParseError extends Error {
  override readonly name = "ParseError";
  constructor(
    readonly code: ParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}
