// The button's classes by variant and size, on their own: a link or a plain button styled as one
// takes them without the class merger that Button needs for a caller's classes.
import { cva, type VariantProps } from "class-variance-authority";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-semibold transition-colors disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-primary text-primary-foreground hover:bg-primary-hover",
        secondary: "border border-border-strong bg-surface text-ink hover:bg-muted",
        ghost: "text-ink hover:bg-muted",
        link: "text-primary underline-offset-4 hover:underline",
        danger: "bg-danger text-white hover:bg-danger-hover",
        "danger-outline": "border border-danger/40 bg-surface text-danger hover:bg-danger-soft",
      },
      size: {
        sm: "min-h-9 px-3 text-sm",
        md: "min-h-11 px-4 text-sm",
        lg: "min-h-12 px-5 text-base",
        icon: "size-11 p-0",
        "icon-sm": "size-9 p-0",
      },
    },
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

/** The "⋯" button that opens a row's menu (MoreButton, and MoreMenu's stand-in until it arrives). */
export function moreButtonClass(size: "icon" | "icon-sm" = "icon-sm"): string {
  return buttonVariants({ variant: "ghost", size });
}

export type ButtonVariants = VariantProps<typeof buttonVariants>;
