// The extension's icon set: one PNG per size in public/icon/, rendered from assets/icon.svg by
// scripts/icons.ts. 16 and 32 for the toolbar (1× and 2× screens), 48 for the extensions page, 96 and 128 for
// the add-ons manager and the stores.
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

export type IconSize = (typeof ICON_SIZES)[number];

/** The manifest's icon map: size → path inside the package. */
export function iconPaths(sizes: readonly number[] = ICON_SIZES): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), `icon/${size}.png`]));
}
