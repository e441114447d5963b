import { createElement } from "react";

/**
 * Shows HTML that the content compiler produced and sanitised at build time (math included).
 * Never pass it text from anywhere else.
 */
export function Html({
  html,
  as = "div",
  className,
}: {
  html: string;
  as?: "div" | "span" | "li";
  className?: string;
}) {
  return createElement(as, { className, dangerouslySetInnerHTML: { __html: html } });
}
