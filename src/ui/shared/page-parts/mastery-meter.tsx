/** A share from 0 to 1 as a meter and a whole percentage, named for screen readers by `label`. */
export function MasteryMeter({ label, share }: { label: string; share: number }) {
  const percent = `${(share * 100).toFixed(0)}%`;
  return (
    <>
      <meter min={0} max={1} value={share} aria-label={`${label}: ${percent}`} /> {percent}
    </>
  );
}
