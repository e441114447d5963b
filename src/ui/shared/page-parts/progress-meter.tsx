/**
 * The outline of a pie slice of a circle of radius `radius` around (`centre`, `centre`), from
 * twelve o'clock clockwise over `fraction` of the turn.
 */
export function pieSlice(fraction: number, centre: number, radius: number): string {
  const clamped = Math.min(Math.max(fraction, 0), 0.9999);
  const angle = clamped * 2 * Math.PI;
  const x = centre + radius * Math.sin(angle);
  const y = centre - radius * Math.cos(angle);
  const large = clamped > 0.5 ? 1 : 0;
  const round = (value: number) => Number(value.toFixed(3));
  return `M${centre} ${centre}V${centre - radius}A${radius} ${radius} 0 ${large} 1 ${round(x)} ${round(y)}Z`;
}

/**
 * A small meter of reading progress, with its meaning spelled out for screen readers: a filled
 * pie slice (not an open arc, which reads as a loading spinner) and a check mark once read.
 */
export function ProgressMeter({ fraction, read }: { fraction: number; read: boolean }) {
  const radius = 7;
  const label = read
    ? "read"
    : fraction > 0
      ? `${Math.round(fraction * 100)}% read`
      : "not started";
  return (
    <span className="progress-meter" role="img" aria-label={label} title={label}>
      <svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">
        <circle cx="9" cy="9" r={radius} className="progress-meter-track" />
        {read ? (
          <path d="M5 9.5l2.6 2.5L13 6.5" className="progress-meter-check" />
        ) : (
          fraction > 0 && (
            <path d={pieSlice(fraction, 9, radius - 1.5)} className="progress-meter-pie" />
          )
        )}
      </svg>
    </span>
  );
}
