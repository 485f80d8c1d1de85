// The delivery page's list: one message per row (a card on a phone): whom it was for, the
// applicant it is about, what it was, when, and how it went by email, by push and in the app.
import type { ChannelState, Delivery } from "@/lib/domain/delivery";
import { formatInZone } from "@/lib/domain/format-time";
import { ROLE_LABELS } from "@/lib/domain/people-labels";
import { Badge } from "@/components/ui/badge";
import { DataList, EmptyMark, TitleCell } from "@/components/ui/data-list";

function StateCell({ state, timeZone }: { state: ChannelState; timeZone: string }) {
  return (
    <>
      <Badge tone={state.tone}>{state.label}</Badge>
      {state.at && <span className="block text-xs text-ink-muted">{formatInZone(state.at, timeZone)}</span>}
      {state.detail && <span className="block max-w-64 break-words text-xs text-ink-muted">{state.detail}</span>}
    </>
  );
}

export function DeliveryList({ rows, timeZone, empty, label }: { rows: Delivery[]; timeZone: string; empty: string; label: string }) {
  return (
    <DataList
      label={label}
      rows={rows}
      rowKey={(row) => row.id}
      minWidth="sm:min-w-[64rem]"
      empty={empty}
      columns={[
        {
          label: "For",
          cell: (row) => (
            <>
              {row.person.name}
              <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-normal text-ink-muted">
                {ROLE_LABELS[row.person.role]}
                {row.undelivered && <Badge tone="bad">Not delivered: call them</Badge>}
              </span>
            </>
          ),
        },
        {
          label: "About",
          cell: (row) => (row.applicant ? <TitleCell href={`/dean/applicants/${row.applicant.id}`} title={row.applicant.name} /> : <EmptyMark />),
        },
        {
          label: "Message",
          card: "wide",
          cell: (row) => (
            <>
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium">{row.kindLabel}</span>
                {row.urgent && <Badge tone="bad">Urgent</Badge>}
              </span>
              <span className="block max-w-72 break-words text-xs text-ink-muted">{row.title}</span>
            </>
          ),
        },
        { label: "When", cell: (row) => formatInZone(row.createdAt, timeZone) },
        { label: "Email", cell: (row) => <StateCell state={row.email} timeZone={timeZone} /> },
        { label: "Push", cell: (row) => <StateCell state={row.push} timeZone={timeZone} /> },
        { label: "Read in the app", cell: (row) => <StateCell state={row.read} timeZone={timeZone} /> },
      ]}
    />
  );
}
