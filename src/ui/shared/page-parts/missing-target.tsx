/** Says that a deep link names something the page does not have, instead of failing silently. */
export function MissingTarget({ what, id }: { what: string; id: string }) {
  return (
    <p className="callout missing-target" role="status">
      This link points to {what} “{id}”, which is not on this page (it may have been renamed);
      showing the page from its start.
    </p>
  );
}
