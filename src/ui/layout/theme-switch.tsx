import { useAppStore } from "../../store/app-store";
import type { ThemePreference } from "../../store/persisted-schema";

const options: { value: ThemePreference; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
];

/** A three-way theme choice: light, dark, or follow the system. */
export function ThemeSwitch() {
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <label className="theme-switch">
      <span className="visually-hidden">Colour theme</span>
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
