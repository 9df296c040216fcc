/** A search the URL got wrong, said where the results would be. */
export function QueryError({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
