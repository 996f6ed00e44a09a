// Generated from locales/de.xlf by scripts/generate.mjs. Do not edit by hand: run `npm run generate`.
export const de: Record<string, string> = {
  "Show all networks": "Alle Netzwerke anzeigen",
  "{} networks found": "{0} Netzwerke gefunden",
  "1 network found": "1 Netzwerk gefunden",
  "No networks found": "Keine Netzwerke gefunden"
};
