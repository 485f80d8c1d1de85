// Joins class names and lets a later Tailwind class win over an earlier one that sets the same
// CSS property under the same variants (a caller's `px-2` over a component's `px-4`). The answer is
// tailwind-merge's for every class the screens write (a unit test holds the two equal), from the
// few groups those classes use: tailwind-merge's full rules weigh 9 kB gzipped, and the kit's
// components run in the browser on most pages.
import { clsx, type ClassValue } from "clsx";

// Utility patterns by the group of classes that set the same property (tailwind-merge's names).
const GROUPS: [RegExp, string][] = [
  [/^(block|inline-block|inline|flex|inline-flex|grid|inline-grid|contents|table|hidden|flow-root|list-item)$/, "display"],
  [/^(static|fixed|absolute|relative|sticky)$/, "position"],
  [/^(visible|invisible|collapse)$/, "visibility"],
  [/^sr-only$/, "sr"],
  [/^not-sr-only$/, "not-sr"],
  [/^truncate$/, "truncate"],
  [/^line-clamp-/, "line-clamp"],
  [/^overflow-(x|y)-/, "overflow-$1"],
  [/^overflow-/, "overflow"],
  [/^flex-(row|row-reverse|col|col-reverse)$/, "flex-direction"],
  [/^flex-(wrap|wrap-reverse|nowrap)$/, "flex-wrap"],
  [/^grid-cols-/, "grid-cols"],
  [/^grid-rows-/, "grid-rows"],
  [/^col-span-/, "col-span"],
  [/^row-span-/, "row-span"],
  [/^space-x-/, "space-x"],
  [/^space-y-/, "space-y"],
  [/^z-/, "z"],
  [/^inset-(x|y)-(\d.*|px|full|auto|\[.*\]|\(.*\))$/, "inset-$1"],
  [/^inset-(\d.*|px|full|auto|\[.*\]|\(.*\))$/, "inset"],
  [/^(top|right|bottom|left|start|end)-(\d.*|px|full|auto|\[.*\]|\(.*\))$/, "$1"],
  [/^rounded-(tl|tr|br|bl|ss|se|ee|es|t|r|b|l|s|e)(-.*)?$/, "rounded-$1"],
  [/^order-/, "order"],
  [/^fill-/, "fill"],
  [/^stroke-/, "stroke"],
  [/^animate-/, "animate"],
  [/^(tabular-nums|proportional-nums)$/, "fvn-spacing"],
  [/^(uppercase|lowercase|capitalize|normal-case)$/, "text-transform"],
  [/^float-/, "float"],
  [/^clear-/, "clear"],
  [/^content-\[/, "content"],
  [/^wrap-(break-word|anywhere|normal)$/, "wrap"],
  [/^self-/, "align-self"],
  [/^justify-self-/, "justify-self"],
  [/^justify-items-/, "justify-items"],
  [/^place-(content|items|self)-/, "place-$1"],
  [/^content-(start|end|center|between|around|evenly|stretch|normal|baseline)$/, "align-content"],
  [/^aspect-/, "aspect"],
  [/^align-/, "vertical-align"],
  [/^duration-/, "duration"],
  [/^ease-/, "ease"],
  [/^delay-/, "delay"],
  [/^resize(-|$)/, "resize"],
  [/^decoration-(solid|double|dotted|dashed|wavy)$/, "decoration-style"],
  [/^decoration-/, "decoration"],
  [/^rotate-/, "rotate"],
  [/^scale-/, "scale"],
  [/^translate-(x|y)-/, "translate-$1"],
  [/^origin-/, "origin"],
  [/^(italic|not-italic)$/, "font-style"],
  [/^table-(auto|fixed)$/, "table-layout"],
  [/^select-/, "select"],
  [/^touch-/, "touch"],
  [/^appearance-/, "appearance"],
  [/^object-(contain|cover|fill|none|scale-down)$/, "object-fit"],
  [/^cursor-/, "cursor"],
  [/^tracking-/, "tracking"],
  [/^list-(none|disc|decimal|\[.*\])$/, "list-style"],
  [/^list-(inside|outside)$/, "list-position"],
  [/^font-(sans|serif|mono)$/, "font-family"],
  [/^break-(normal|words|all|keep)$/, "break"],
  [/^accent-/, "accent"],
  [/^shadow(-(2xs|xs|sm|md|lg|xl|2xl|none|\[.*\]))?$/, "shadow"],
  [/^shadow-/, "shadow-color"],
  [/^ring(-(0|1|2|4|8|\[\d.*\]))?$/, "ring-w"],
  [/^ring-offset-/, "ring-offset"],
  [/^ring-/, "ring-color"],
  [/^outline(-(0|1|2|4|8))?$/, "outline-w"],
  [/^outline-(none|hidden|solid|dashed|dotted|double)$/, "outline-style"],
  [/^outline-offset-/, "outline-offset"],
  [/^outline-/, "outline-color"],
  [/^divide-(x|y)(-(0|2|4|8|reverse))?$/, "divide-$1"],
  [/^divide-(solid|dashed|dotted|double|none)$/, "divide-style"],
  [/^divide-/, "divide-color"],
  [/^flex-(\d+|auto|initial|none|\[.*\])$/, "flex"],
  [/^shrink(-|$)/, "shrink"],
  [/^grow(-|$)/, "grow"],
  [/^basis-/, "basis"],
  [/^items-/, "align-items"],
  [/^justify-(start|end|center|between|around|evenly|stretch|normal|baseline)/, "justify-content"],
  [/^whitespace-/, "whitespace"],
  [/^rounded(-(none|xs|sm|md|lg|xl|2xl|3xl|4xl|full|\[.*\]|\(.*\)))?$/, "rounded"],
  [/^font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black|\[\d.*\])$/, "font-weight"],
  [/^transition(-|$)/, "transition"],
  [/^pointer-events-/, "pointer-events"],
  [/^opacity-/, "opacity"],
  [/^underline-offset-/, "underline-offset"],
  [/^(underline|overline|line-through|no-underline)$/, "text-decoration"],
  [/^leading-/, "leading"],
  [/^min-h-/, "min-h"],
  [/^min-w-/, "min-w"],
  [/^max-h-/, "max-h"],
  [/^max-w-/, "max-w"],
  [/^size-/, "size"],
  [/^w-/, "w"],
  [/^h-/, "h"],
  [/^gap-x-/, "gap-x"],
  [/^gap-y-/, "gap-y"],
  [/^gap-/, "gap"],
  [/^(p|px|py|pt|pr|pb|pl|ps|pe|m|mx|my|mt|mr|mb|ml|ms|me)-/, "$1"],
  [/^text-(left|center|right|justify|start|end)$/, "text-align"],
  [/^text-(xs|sm|base|lg|xl|[2-9]xl|\[\d[^\]]*\])(\/.*)?$/, "font-size"],
  [/^text-(wrap|nowrap|balance|pretty)$/, "text-wrap"],
  [/^text-(ellipsis|clip)$/, "text-overflow"],
  [/^text-/, "text-color"],
  [
    /^bg-(fixed|local|scroll|clip-.*|origin-.*|repeat.*|no-repeat|auto|cover|contain|none|linear-.*|radial.*|conic.*|(top|bottom|left|right|center).*)$/,
    "bg-other",
  ],
  [/^bg-/, "bg-color"],
  [/^border(-(0|2|4|8|\[\d.*\]))?$/, "border-w"],
  [/^border-(x|y|t|r|b|l|s|e)(-(0|2|4|8|\[\d.*\]))?$/, "border-w-$1"],
  [/^border-(solid|dashed|dotted|double|hidden|none)$/, "border-style"],
  [/^border-(collapse|separate)$/, "border-collapse"],
  [/^border-spacing/, "border-spacing"],
  [/^border-(x|y|t|r|b|l|s|e)-/, "border-color-$1"],
  [/^border-/, "border-color"],
];

const SIDES = ["s", "e", "t", "r", "b", "l"];
const SPACING = (letter: string) => [`${letter}x`, `${letter}y`, ...SIDES.map((side) => `${letter}${side}`)];

// A class of the key's group also replaces these groups (tailwind-merge's conflicting groups).
const ALSO: Record<string, string[]> = {
  flex: ["basis", "grow", "shrink"],
  size: ["w", "h"],
  gap: ["gap-x", "gap-y"],
  p: SPACING("p"),
  px: ["ps", "pe", "pr", "pl"],
  py: ["pt", "pb"],
  m: SPACING("m"),
  mx: ["ms", "me", "mr", "ml"],
  my: ["mt", "mb"],
  "font-size": ["leading"],
  rounded: ["t", "r", "b", "l", "s", "e", "tl", "tr", "br", "bl", "ss", "se", "ee", "es"].map((corner) => `rounded-${corner}`),
  "rounded-t": ["rounded-tl", "rounded-tr"],
  "rounded-r": ["rounded-tr", "rounded-br"],
  "rounded-b": ["rounded-br", "rounded-bl"],
  "rounded-l": ["rounded-tl", "rounded-bl"],
  "rounded-s": ["rounded-ss", "rounded-es"],
  "rounded-e": ["rounded-se", "rounded-ee"],
  overflow: ["overflow-x", "overflow-y"],
  inset: ["inset-x", "inset-y", "top", "right", "bottom", "left", "start", "end"],
  "inset-x": ["right", "left"],
  "inset-y": ["top", "bottom"],
  truncate: ["text-overflow", "overflow", "overflow-x", "overflow-y", "whitespace"],
  "line-clamp": ["display", "overflow"],
  sr: ["not-sr", "position", "size", "w", "h", "overflow", "overflow-x", "overflow-y", "whitespace", "p", ...SPACING("p"), "m", ...SPACING("m")],
  "not-sr": ["sr"],
  "border-w": ["x", "y", ...SIDES].map((side) => `border-w-${side}`),
  "border-w-x": ["border-w-s", "border-w-e", "border-w-r", "border-w-l"],
  "border-w-y": ["border-w-t", "border-w-b"],
  "border-color": ["x", "y", ...SIDES].map((side) => `border-color-${side}`),
  "border-color-x": ["border-color-s", "border-color-e", "border-color-r", "border-color-l"],
  "border-color-y": ["border-color-t", "border-color-b"],
};

/** The variants before the utility (`md:hover:`), with `!` kept as part of the variant. */
function split(token: string): { variant: string; utility: string } {
  let depth = 0;
  let cut = 0;
  for (let index = 0; index < token.length; index++) {
    const char = token[index];
    if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") depth--;
    else if (char === ":" && depth === 0) cut = index + 1;
  }
  let utility = token.slice(cut);
  let variant = token.slice(0, cut);
  if (utility.startsWith("!") || utility.endsWith("!")) {
    variant += "!";
    utility = utility.replace(/^!|!$/g, "");
  }
  return { variant, utility: utility.replace(/^-/, "") };
}

function groupOf(token: string): string | null {
  const { variant, utility } = split(token);
  for (const [pattern, group] of GROUPS) {
    const match = pattern.exec(utility);
    if (match) return `${variant}|${group.replace("$1", match[1] ?? "")}`;
  }
  return null;
}

/**
 * Merged class strings already worked out, by their input: components pass the same few hundred
 * strings on every row of every page, and merging one walks a list of patterns per class. Bounded:
 * forgotten all at once should a page ever pass many more distinct strings.
 */
const merged = new Map<string, string>();
const MERGED_AT_MOST = 5_000;

/** The classes, each group set once: by the last class of it (as tailwind-merge keeps them). */
export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  const known = merged.get(joined);
  if (known !== undefined) return known;
  const result = mergeClasses(joined);
  if (merged.size >= MERGED_AT_MOST) merged.clear();
  merged.set(joined, result);
  return result;
}

function mergeClasses(joined: string): string {
  const tokens = joined.split(/\s+/).filter(Boolean);
  const taken = new Set<string>();
  const kept: string[] = [];
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!;
    const group = groupOf(token);
    if (group) {
      if (taken.has(group)) continue;
      const [variant, name] = group.split("|") as [string, string];
      taken.add(group);
      for (const other of ALSO[name] ?? []) taken.add(`${variant}|${other}`);
    }
    kept.push(token);
  }
  return kept.reverse().join(" ");
}
