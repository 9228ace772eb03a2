import type { ReactNode } from 'react';

export function Section({ title, aside, children, testId }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="rec-card" data-testid={testId}>
      <header className="rec-card__head">
        <h3 className="rec-card__title">{title}</h3>
        {aside}
      </header>
      {children}
    </section>
  );
}
