import { withParams, type RawParams } from "../lib/params";

/** Keyset pages: forward with the cursor the store gave, back to the first page. */
export function Pager({
  path,
  params,
  next,
  label,
}: {
  path: string;
  params: RawParams;
  next: string | null;
  label: string;
}) {
  const onLater = typeof params.cursor === "string";
  if (!next && !onLater) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      {onLater ? <a href={`${path}${withParams(params, { cursor: undefined })}`}>First page</a> : <span />}
      {next ? (
        <a href={`${path}${withParams(params, { cursor: next })}`} rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}
