// The width and side padding every page, header and tab bar shares (tokens in globals.css), on its
// own so that the tab bar's browser code takes it without the class merger.
export const PAGE_FRAME = "mx-auto w-full max-w-(--frame-width) px-(--frame-gutter) md:px-(--frame-gutter-md)";
