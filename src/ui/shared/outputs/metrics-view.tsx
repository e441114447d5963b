import { formatMetricValue } from "../../../kernel/charts/chart-labels";
import type { MetricsOutput } from "../../../kernel/output-types";

/** Metric cards: value and unit, the threshold, and a pass/fail verdict in words and colour. */
export function MetricsView({ output }: { output: MetricsOutput }) {
  return (
    <div className="metric-cards" role="list" aria-label={output.title || "Metrics"}>
      {output.cards.map((card) => {
        const value = formatMetricValue(card);
        const verdict = card.pass === undefined ? undefined : card.pass ? "pass" : "fail";
        return (
          <div
            key={card.label}
            className={`metric-card${verdict ? ` metric-${verdict}` : ""}`}
            role="listitem"
          >
            <span className="metric-label">{card.label}</span>
            <span className="metric-value">
              {value}
              {card.unit && <span className="metric-unit"> {card.unit}</span>}
            </span>
            {(card.threshold || verdict) && (
              <span className="metric-threshold">
                {verdict && <strong>{verdict === "pass" ? "✓ pass" : "✗ fail"}</strong>}
                {card.threshold && ` ${card.threshold}`}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
