/** The figures that matter, as a definition list; `id` names each for styles and tests. */
export function KpiList({
  figures,
  className,
}: {
  figures: readonly { id: string; label: string; value: string }[];
  className?: string;
}) {
  return (
    <dl className={className ? `kpis ${className}` : 'kpis'}>
      {figures.map((figure) => (
        <div key={figure.id} className={`kpi kpi--${figure.id}`} data-kpi={figure.id}>
          <dt className="kpi__label">{figure.label}</dt>
          <dd className="kpi__value">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
