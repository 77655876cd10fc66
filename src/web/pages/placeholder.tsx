// Views whose capability is still being built elsewhere in the project.
export function Placeholder({ title, what }: { title: string; what: string }) {
  return (
    <div class="placeholder">
      <h1>{title}</h1>
      <p>{what}</p>
      <p>
        This view will appear here when that part of Continuum is ready. Meanwhile, the{' '}
        <a href="#/assess">Assess</a> page gives the verdict of every instrument.
      </p>
    </div>
  );
}
