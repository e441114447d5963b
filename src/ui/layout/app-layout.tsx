import { useEffect, useRef, useState, type ReactNode } from "react";
import { useChapter } from "../shared/chapter/chapter-context";
import { hrefs, type Route } from "../../content/model/routes";
import { AppNotices } from "./app-notices";
import { Sidebar } from "./sidebar";
import { StorageBanner } from "./storage-banner";
import { ThemeSwitch } from "./theme-switch";
import { usePageTop } from "./use-page-top";

/**
 * The frame around every page: top bar, chapter navigation (a drawer on phones), main area. The
 * app hands in the top bar's search box, so the shell and the search feature stay independent.
 */
export function AppLayout({
  route,
  search,
  children,
}: {
  route: Route;
  search: ReactNode;
  children: ReactNode;
}) {
  const { chapter } = useChapter();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  usePageTop(route);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setMenuOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  return (
    <div className="app-shell" data-menu-open={menuOpen || undefined}>
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="chapter-navigation"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">Chapter navigation</span>
        </button>
        <a className="topbar-title" href={hrefs.overview}>
          {chapter.title}
        </a>
        {search}
        <ThemeSwitch />
      </header>
      <div className="shell-body">
        <aside id="chapter-navigation" className="sidebar">
          <Sidebar route={route} onNavigate={() => setMenuOpen(false)} />
        </aside>
        {menuOpen && (
          <div className="scrim" aria-hidden="true" onClick={() => setMenuOpen(false)} />
        )}
        <main id="main" ref={mainRef} tabIndex={-1}>
          <AppNotices />
          <StorageBanner />
          {children}
        </main>
      </div>
    </div>
  );
}
