import type { ReactNode } from "react";

/** The main landmark and heading every workspace page starts with. */
export function PageShell({ title, intro, children, wide = false }: { title: string; intro?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <main id="main" className={`mx-auto px-4 py-6 ${wide ? "max-w-6xl" : "max-w-4xl"}`}>
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {intro && <div className="mt-1 text-slate-700">{intro}</div>}
      <div className="mt-4 space-y-4">{children}</div>
    </main>
  );
}
