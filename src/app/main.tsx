// KaTeX's stylesheet with font-display: swap, so lesson text never waits for math fonts.
import "katex/dist/katex-swap.min.css";
import "../ui/styles/base.css";
import "../ui/styles/layout.css";
import "../ui/styles/prose.css";
import "../ui/styles/notebook.css";
import "../ui/styles/figures.css";
import "../ui/styles/print.css";
import "./start";
