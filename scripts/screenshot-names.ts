// The pictures `npm run screenshots` writes under docs/screenshots/, by name: each role's first
// screen at both sizes, two views of the frame, and each block of the component kit. The README
// and docs/design.md show only these (a unit test holds them to it), so every picture is remade
// by the script and none goes stale by hand.
export const SCREENSHOT_SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
export const SCREENSHOT_ROLES = { applicant: "Applicants", advocate: "Faculty advocates", dean: "Dean's office" } as const;
export const KIT_BLOCKS = ["colours", "type", "buttons", "badges", "inputs", "file-drop", "feedback", "card", "table", "tabs"] as const;
export const KIT_OVERLAYS = ["menu", "dialog", "confirm", "sheet", "toast"] as const;
export const FRAME_VIEWS = ["frame-more-sheet", "frame-account-menu"] as const;

export const SCREENSHOT_NAMES: readonly string[] = [
  ...Object.keys(SCREENSHOT_ROLES).flatMap((role) => Object.keys(SCREENSHOT_SIZES).map((size) => `${role}-${size}`)),
  ...FRAME_VIEWS,
  ...KIT_BLOCKS.map((block) => `kit-${block}`),
  ...KIT_OVERLAYS.map((overlay) => `kit-${overlay}`),
  "kit-table-phone",
  "kit-sheet-phone",
];
