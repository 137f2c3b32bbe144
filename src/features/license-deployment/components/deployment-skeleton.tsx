import { Skeleton, SkeletonRows } from '@/components/skeleton';

/** The customer view's shape while its data loads, so nothing jumps when it arrives. */
export function DeploymentSkeleton() {
  return (
    <div className="view deployment" aria-busy="true">
      <Skeleton width="16rem" />
      <div className="kpis">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height="4.5rem" />
        ))}
      </div>
      <Skeleton height="420px" />
      <SkeletonRows rows={6} />
    </div>
  );
}
