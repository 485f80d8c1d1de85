// Every component of the kit in its states, for docs/design.md's pictures (npm run screenshots).
// Served only when SOAP_DESK_KIT_GALLERY=1 (the screenshot script sets it on its own test server);
// everywhere else this address does not exist.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { Plus, SearchX } from "lucide-react";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { Badge, BADGE_TONES } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, EmptyValue } from "@/components/ui/empty";
import { FileDrop } from "@/components/ui/file-drop";
import { FormStatus } from "@/components/ui/form-status";
import { DateTimeInput, Field, Input, Select, Textarea } from "@/components/ui/input";
import { PageContainer, PageHeader } from "@/components/ui/page";
import { ProgressBar } from "@/components/ui/progress";
import { ResponsiveTable, type Column } from "@/components/ui/responsive-table";
import { Skeleton, SkeletonText } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { TextField } from "@/components/ui/text-field";
import { ConfirmDemo, MenuDemo, OverlayDemo, ToastDemo } from "./interactive";
import { SAMPLE_REFUSAL } from "./samples";

export const metadata: Metadata = { title: "Component kit" };
export const dynamic = "force-dynamic";

const COLOURS = [
  "primary",
  "primary-hover",
  "primary-soft",
  "danger",
  "danger-soft",
  "warning",
  "warning-soft",
  "success",
  "success-soft",
  "ink",
  "ink-muted",
  "canvas",
  "surface",
  "muted",
  "border",
  "border-strong",
] as const;

const TYPE = [
  ["text-2xl font-semibold", "Page title · 24/32 semibold"],
  ["text-lg font-semibold", "Card title · 18/28 semibold"],
  ["text-base", "Body · 16/24 (inputs on a phone)"],
  ["text-sm", "Body small · 14/20 (tables, forms on a laptop)"],
  ["text-xs font-medium", "Caption · 12/16 (badges, hints, tab labels on a phone)"],
] as const;

const BUTTONS = [
  ["primary", "Accept the offer"],
  ["secondary", "Log an email"],
  ["ghost", "Cancel"],
  ["link", "Open the checklist"],
  ["danger", "They called: respond now"],
  ["danger-outline", "Remove"],
] as const;

const SIZES = [
  ["lg", "primary", "Large 48 px"],
  ["md", "primary", "Medium 44 px"],
  ["sm", "secondary", "Small 36 px"],
] as const;

interface Row {
  name: string;
  specialty: string;
  applied: number;
  advocate: string | null;
  state: "ready" | "waiting" | "done";
}

const ROWS: Row[] = [
  { name: "Lakeside Internal Medicine", specialty: "Internal Medicine", applied: 1, advocate: "Dr. Elena Hart", state: "ready" },
  { name: "Riverbend Family Medicine", specialty: "Family Medicine", applied: 1, advocate: null, state: "waiting" },
  { name: "Harbor City Preliminary Surgery", specialty: "Surgery (preliminary)", applied: 0, advocate: null, state: "done" },
];

const STATE = { ready: ["good", "Ready"], waiting: ["warn", "Waiting for your email"], done: ["neutral", "Done"] } as const;

const COLUMNS: Column<Row>[] = [
  { key: "name", header: "Program", cell: (row) => row.name },
  { key: "specialty", header: "Specialty", cell: (row) => row.specialty },
  { key: "applied", header: "Applied", numeric: true, cell: (row) => (row.applied ? "Yes" : "No") },
  { key: "advocate", header: "Advocate", cell: (row) => row.advocate ?? <EmptyValue /> },
  { key: "state", header: "State", cell: (row) => <Badge tone={STATE[row.state][0]}>{STATE[row.state][1]}</Badge> },
];

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={`kit-${id}`} aria-labelledby={`kit-${id}-title`} className="rounded-xl border border-border bg-canvas p-5">
      <h2 id={`kit-${id}-title`} className="mb-4 text-sm font-semibold text-ink-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function KitGalleryPage() {
  if (process.env.SOAP_DESK_KIT_GALLERY !== "1") notFound();
  return (
    <PageContainer className="space-y-6">
      <PageHeader title="Component kit" description="Every building block of SOAP Desk, in its states." />

      <Block id="colours" title="Colour tokens">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {COLOURS.map((name) => (
            <li key={name} className="flex items-center gap-2 text-sm">
              <span className="size-8 shrink-0 rounded-md border border-border" style={{ background: `var(--color-${name})` }} />
              {name}
            </li>
          ))}
        </ul>
      </Block>

      <Block id="type" title="Type scale">
        <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-6 gap-y-2">
          {TYPE.map(([classes, label]) => [
            <dt key={`${label}-class`} className="font-mono text-xs text-ink-muted">
              {classes}
            </dt>,
            <dd key={label} className={classes}>
              {label}
            </dd>,
          ])}
        </dl>
      </Block>

      <Block id="buttons" title="Buttons">
        <div className="flex flex-wrap items-center gap-2">
          {BUTTONS.map(([variant, label]) => (
            <Button key={variant} variant={variant}>
              {label}
            </Button>
          ))}
          <Button variant="primary" disabled>
            Saving…
          </Button>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {SIZES.map(([size, variant, label]) => (
            <Button key={size} size={size} variant={variant}>
              {label}
            </Button>
          ))}
          <Button variant="primary">
            <Plus aria-hidden="true" /> With an icon
          </Button>
          <Button variant="secondary" size="icon" aria-label="Add">
            <Plus aria-hidden="true" />
          </Button>
        </div>
      </Block>

      <Block id="badges" title="Badges and chips">
        <div className="flex flex-wrap gap-2">
          {BADGE_TONES.map((tone) => (
            <Badge key={tone} tone={tone}>
              {tone}
            </Badge>
          ))}
          <Badge tone="good" dot>
            Applied
          </Badge>
          <Badge tone="warn" dot>
            Waiting for your email
          </Badge>
          <Badge tone="bad" dot>
            Overdue 12 min
          </Badge>
        </div>
      </Block>

      <Block id="inputs" title="Inputs">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="name" label="Full name" hint="As in ERAS." defaultValue="Aisha Rahman" idPrefix="gallery" />
          <TextField name="email" label="Email address" defaultValue="aisha@" error="Enter an email address like name@school.edu." idPrefix="gallery" />
          <Field id="gallery-select" label="Position type">
            <Select id="gallery-select" defaultValue="C">
              <option value="C">Categorical</option>
              <option value="P">Preliminary</option>
            </Select>
          </Field>
          <Field id="gallery-when" label="Interview starts">
            <DateTimeInput id="gallery-when" defaultValue="2026-03-19T14:00" />
          </Field>
          <Field id="gallery-notes" label="What they asked" className="sm:col-span-2">
            <Textarea id="gallery-notes" rows={3} defaultValue="Asked about availability for a video interview tomorrow morning." />
          </Field>
          <Field id="gallery-disabled" label="School">
            <Input id="gallery-disabled" disabled defaultValue="Northfield School of Medicine" />
          </Field>
        </div>
      </Block>

      <Block id="file-drop" title="File drop and progress">
        <div className="grid gap-4 sm:grid-cols-2">
          <FileDrop name="programs" label="Import the List of Unfilled Programs" hint="A CSV file; drop it here or choose it." accept=".csv" />
          <FileDrop name="upload" label="Import the List of Unfilled Programs" accept=".csv" progress={40} progressLabel="Uploading programs.csv" />
        </div>
        <div className="mt-4 grid gap-3 sm:grid-cols-3">
          <ProgressBar label="Applied 18 of 45" value={18} max={45} showValue />
          <ProgressBar label="Checklist done" value={4} max={4} tone="success" showValue />
          <ProgressBar label="Reading the file" value={null} />
        </div>
      </Block>

      <Block id="feedback" title="Answers to an action">
        <div className="grid gap-3 sm:grid-cols-2">
          <ActionFeedback result={SAMPLE_REFUSAL} />
          <div className="space-y-2">
            <ActionFeedback
              result={{ ok: true, warnings: [{ code: "TARGET_LIST_SIZE", message: "Your list has 12 programs; the playbook aims for 15 to 20." }] }}
              success="Added Lakeside Internal Medicine to your list."
            />
            <FormStatus result={{ ok: false, code: "NETWORK", message: "Could not reach SOAP Desk. Check your connection; nothing was saved." }} />
          </div>
        </div>
        <div className="mt-4">
          <ToastDemo />
        </div>
      </Block>

      <Block id="card" title="Card, empty state and skeleton">
        <div className="grid gap-4 md:grid-cols-3">
          <Card title="My advocates" description="Who calls for you, program by program." action={<MenuDemo />}>
            <p className="text-sm">Dr. Elena Hart · Program Director, Internal Medicine</p>
          </Card>
          <EmptyState
            icon={SearchX}
            title="No program matches"
            next="Try fewer words, or another state."
            action={<Button size="sm">Clear the search</Button>}
          />
          <div className="space-y-3 rounded-xl border border-border bg-surface p-4" aria-busy="true">
            <p className="text-sm text-ink-muted">Loading…</p>
            <Skeleton className="h-6 w-1/2" />
            <SkeletonText lines={3} />
          </div>
        </div>
      </Block>

      <Block id="table" title="Table (cards on a phone)">
        <ResponsiveTable label="Programs on the list" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.name} />
      </Block>

      <Block id="tabs" title="Tabs">
        <Tabs defaultValue="list">
          <TabsList>
            <TabsTrigger value="list">My list</TabsTrigger>
            <TabsTrigger value="catalog">Catalog</TabsTrigger>
            <TabsTrigger value="history">History</TabsTrigger>
          </TabsList>
          <TabsContent value="list" className="text-sm">
            22 programs, ranked.
          </TabsContent>
          <TabsContent value="catalog" className="text-sm">
            61 programs in the school&apos;s catalog.
          </TabsContent>
          <TabsContent value="history" className="text-sm">
            Every touch, newest first.
          </TabsContent>
        </Tabs>
      </Block>

      <Block id="overlays" title="Menus, dialogs and sheets">
        <div className="flex flex-wrap items-center gap-2">
          <MenuDemo />
          <OverlayDemo kind="dialog" />
          <OverlayDemo kind="sheet" />
          <ConfirmDemo />
        </div>
      </Block>
    </PageContainer>
  );
}
