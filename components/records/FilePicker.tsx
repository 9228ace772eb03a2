import { useRef } from 'react';

/** A button that opens the file chooser; the chosen file's text goes to `onText` (files are read, never uploaded). */
export function FilePicker({ label, onText, testId, accept = '.json,application/json' }: { label: string; onText: (text: string, name: string) => void; testId?: string; accept?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          // An unreadable file becomes empty text, which the import and verify steps refuse with a named error.
          if (file) onText(await file.text().catch(() => ''), file.name);
        }}
      />
    </>
  );
}
