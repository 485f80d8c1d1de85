"use client";
// The list page's two tabs: the ranked list, and the catalog to add programs from. Both panels
// stay in the page (the list keeps its drag state and focus while the catalog is open). The
// catalog opens first when the address is a catalog search (the server sees its filters) or ends
// in #catalog, which every catalog search and page link carries.
import { useEffect, useState, type ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

type Tab = "ranked" | "catalog";

export function ListTabs({ initial, count, list, catalog }: { initial: Tab; count: number; list: ReactNode; catalog: ReactNode }) {
  const [tab, setTab] = useState<Tab>(initial);
  useEffect(() => {
    const fromHash = () => {
      if (window.location.hash === "#catalog") setTab("catalog");
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);
  return (
    <Tabs value={tab} onValueChange={(value) => setTab(value === "catalog" ? "catalog" : "ranked")}>
      <TabsList aria-label="Your list or the catalog">
        <TabsTrigger value="ranked">
          My list <span className="rounded-full bg-muted px-1.5 text-xs tabular-nums text-ink">{count}</span>
        </TabsTrigger>
        <TabsTrigger value="catalog">Add programs</TabsTrigger>
      </TabsList>
      <TabsContent value="ranked" forceMount className="data-[state=inactive]:hidden">
        {list}
      </TabsContent>
      <TabsContent value="catalog" forceMount className="data-[state=inactive]:hidden">
        {catalog}
      </TabsContent>
    </Tabs>
  );
}
