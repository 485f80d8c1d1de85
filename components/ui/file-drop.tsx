"use client";
// A file picker that is also a drop zone: a real <input type="file"> (so a form posts it, and a
// keyboard or screen reader reaches it as a file button), inside a dashed zone that takes a
// dropped file, names the chosen one, and shows an upload's progress when the caller has one.
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { FileUp } from "lucide-react";
import { cn } from "./cn";
import { ProgressBar } from "./progress";

export function FileDrop({
  name,
  label,
  hint,
  accept,
  required,
  disabled,
  error,
  progress,
  progressLabel = "Uploading",
  onFiles,
  className,
}: {
  name: string;
  label: string;
  hint?: string;
  accept?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  /** Upload progress in percent, null while its size is not known, undefined when not uploading. */
  progress?: number | null;
  progressLabel?: string;
  onFiles?: (files: File[]) => void;
  className?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);

  const take = (files: FileList | null) => {
    const list = files ? Array.from(files) : [];
    setChosen(list.map((file) => file.name));
    onFiles?.(list);
  };
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled || !input.current || event.dataTransfer.files.length === 0) return;
    input.current.files = event.dataTransfer.files;
    take(event.dataTransfer.files);
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className={className}>
      <label
        htmlFor={id}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cn(
          "flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed border-border-strong bg-surface px-4 py-6 text-center transition-colors focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 hover:bg-muted",
          over && "border-primary bg-primary-soft",
          error && "border-danger",
          disabled && "cursor-not-allowed opacity-60",
        )}
      >
        <FileUp aria-hidden="true" className="size-6 text-ink-muted" />
        <span className="text-sm font-semibold text-ink">{label}</span>
        <span id={`${id}-hint`} className="text-xs text-ink-muted">
          {chosen.length > 0 ? `Chosen: ${chosen.join(", ")}` : (hint ?? "Drop a file here, or choose one")}
        </span>
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          accept={accept}
          required={required}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => take(event.target.files)}
          className="sr-only"
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
      {progress !== undefined && <ProgressBar className="mt-3" label={progressLabel} value={progress} showValue />}
    </div>
  );
}
