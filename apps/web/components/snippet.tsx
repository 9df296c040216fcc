/** A search snippet: the store marks hits between \u0002 and \u0003; they become <mark>, the rest stays text. */
export function Snippet({ text }: { text: string }) {
  // eslint-disable-next-line no-control-regex -- the store's own markers, chosen because articles never hold them
  const parts = text.split(/\u0002|\u0003/);
  return <p className="snippet">{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</p>;
}
