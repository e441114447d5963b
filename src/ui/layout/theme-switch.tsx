import { useAppStore } from "../../store/app-store";
import type { ThemePreference } from "../../store/persisted-schema";

const options: { value: ThemePreference; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
];

/**
 * A three-way theme choice: light, dark, or follow the system. On a phone the top bar has no room
 * for the word, so the select shows an icon in its place (CSS); its label and options stay.
 */
export function ThemeSwitch() {
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <label className="theme-switch">
      <span className="visually-hidden">Colour theme</span>
      <svg className="theme-switch-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
      </svg>
      <select value={theme} onChange={(event) => setTheme(event.target.value as ThemePreference)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
