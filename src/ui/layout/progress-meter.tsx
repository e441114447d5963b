/** A small circular meter of reading progress, with its meaning spelled out for screen readers. */
export function ProgressMeter({ fraction, read }: { fraction: number; read: boolean }) {
  const radius = 7;
  const circumference = 2 * Math.PI * radius;
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
          <circle
            cx="9"
            cy="9"
            r={radius}
            className="progress-meter-value"
            strokeDasharray={`${fraction * circumference} ${circumference}`}
            transform="rotate(-90 9 9)"
          />
        )}
      </svg>
    </span>
  );
}
