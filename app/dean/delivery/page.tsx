import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getServerEnv } from "@/lib/server/core/env";
import { countUrgentUndelivered, DELIVERY_PAGE_SIZE, listDeliveries } from "@/lib/server/notifications/list-deliveries";
import { DELIVERY_FILTER_LABELS, DELIVERY_FILTERS, DELIVERY_LIST_TITLES, deliveryHref, deliveryQuery, type DeliveryFilter } from "@/lib/domain/delivery";
import { zoneName } from "@/lib/domain/format-time";
import { countOf, formatNumber } from "@/lib/domain/human-format";
import { queryText, type SearchParams } from "@/lib/domain/query-string";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { DeanMain } from "@/components/dean/dean-main";
import { DeliveryList } from "@/components/dean/delivery-list";

export const metadata: Metadata = { title: "Delivery" };
export const dynamic = "force-dynamic";

const EMPTY: Record<DeliveryFilter, string> = {
  all: "No messages yet. When SOAP Desk tells someone something (a task, a program's call nobody answered, an offer about to expire), it shows here.",
  failed: "Nothing failed: every email and push message was delivered or is on its way.",
  urgent: "No urgent messages yet: a program's call nobody answered or an offer close to its deadline would show here.",
};

export default async function DeliveryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("DEAN");
  const { show } = deliveryQuery.parse({ show: queryText((await searchParams).show) });
  const [view, undelivered] = await Promise.all([
    listDeliveries(prisma, actor, show, { mailConfigured: getServerEnv().smtp !== null }),
    countUrgentUndelivered(prisma, actor),
  ]);
  const total = view.counts[show];
  return (
    <DeanMain>
      <h1 className="text-2xl font-bold">Delivery</h1>
      <p className="max-w-3xl text-sm text-ink-muted">
        The messages SOAP Desk sent your school&apos;s people, newest first: whether each went out by email and by push, and whether they read it in the app.
        Times are in {zoneName(view.timeZone)}.
      </p>
      {undelivered > 0 && (
        <p role="alert" className="max-w-3xl rounded-lg border border-danger/30 bg-danger-soft p-3 text-sm text-ink">
          <span className="font-semibold text-danger">
            {countOf(undelivered, "urgent message")} did not get through and {undelivered === 1 ? "is" : "are"} still unread.
          </span>{" "}
          Call the person it was for: a program is waiting on them.
          {show !== "failed" && (
            <>
              {" "}
              <Link href={deliveryHref("failed")} className="font-medium text-primary underline">
                Show what did not get through
              </Link>
            </>
          )}
        </p>
      )}
      <nav aria-label="Which messages" className="flex flex-wrap gap-2">
        {DELIVERY_FILTERS.map((filter) => (
          <Link
            key={filter}
            href={deliveryHref(filter)}
            aria-current={filter === show ? "page" : undefined}
            className={cn(
              "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium",
              filter === show ? "border-primary bg-primary-soft text-primary" : "border-border-strong bg-surface text-ink hover:bg-muted",
            )}
          >
            {DELIVERY_FILTER_LABELS[filter]} ({formatNumber(view.counts[filter])})
          </Link>
        ))}
      </nav>
      <Card
        title={`${DELIVERY_LIST_TITLES[show]} (${formatNumber(total)})`}
        id="messages"
        description={total > DELIVERY_PAGE_SIZE ? `The ${formatNumber(DELIVERY_PAGE_SIZE)} newest, newest first.` : "Newest first."}
      >
        <DeliveryList rows={view.rows} timeZone={view.timeZone} empty={EMPTY[show]} label={DELIVERY_LIST_TITLES[show]} />
      </Card>
    </DeanMain>
  );
}
