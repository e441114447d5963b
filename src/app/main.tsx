// KaTeX's stylesheet with font-display: swap, so lesson text never waits for math fonts.
import "katex/dist/katex-swap.min.css";
import "../ui/shared/styles/base.css";
import "../ui/shared/styles/layout.css";
import "../ui/shared/styles/prose.css";
import "../ui/shared/styles/notebook.css";
import "../ui/shared/styles/figures.css";
import "../ui/shared/styles/print.css";
import "./start";
