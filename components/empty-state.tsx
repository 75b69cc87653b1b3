/** An empty view: what is missing, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="card empty flex-col gap-1 py-10" data-testid="empty-state" role="status">
      <p className="font-semibold text-slate-800">{title}</p>
      <p>{children}</p>
    </div>
  );
}
