/**
 * The desk's data: TanStack Query over the contract. Every read channel is a query keyed by its name and
 * input; every write goes through `useCall`, which shows its error in the form that sent it and refreshes
 * what may have changed. Anchor: Actual Budget's desktop-client queries.ts / mutations.ts.
 */
import { QueryClient, keepPreviousData, queryOptions, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { contract, type Channel, type Input, type Output } from '../../../electron/contract/index';
import { call } from './transport';
import { errorText, fieldErrors } from './errors';
import { fail } from '../lib/notify';

export const queryClient = new QueryClient({
  defaultOptions: {
    // A local register: nothing changes behind the desk's back except other desks' writes, which a refresh shows.
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

/** Channels that only read (their contract says tx 'read'). */
type ReadChannel = { [C in Channel]: (typeof contract)[C]['tx'] extends 'read' ? C : never }[Channel];

/** The query options of one read channel with its input: the key is the channel and the input. */
export function readQuery<C extends ReadChannel>(channel: C, input?: Input<C>) {
  return queryOptions({
    queryKey: [channel, input ?? null] as const,
    queryFn: () => call(channel, input),
  });
}

/** Reads a channel; errors are shown as a notification (a screen with its own error text can pass `quiet`). */
export function useRead<C extends ReadChannel>(
  channel: C,
  input?: Input<C>,
  o: { enabled?: boolean; keepPrevious?: boolean; refetchInterval?: number } = {},
) {
  const q = useQuery({
    ...readQuery(channel, input),
    enabled: o.enabled,
    placeholderData: o.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: o.refetchInterval,
  } as UseQueryOptions<Output<C>, Error, Output<C>, readonly [C, Input<C> | null]>);
  if (q.error && !q.isFetching) reportOnce(q.error);
  return q;
}

const reported = new WeakSet<object>();
function reportOnce(e: Error) {
  if (reported.has(e)) return;
  reported.add(e);
  fail(e);
}

/**
 * Calls a channel that changes the register. On success every query is refreshed (a write can touch the
 * register, the dashboard, the inbox and the settings' counts at once; reads are local and cheap). The error
 * stays on the mutation for the form: `error` (one line) and `fields` (by input field).
 */
export function useCall<C extends Channel>(channel: C, o: { onSuccess?: (value: Output<C>, input: Input<C>) => void } = {}) {
  const m = useMutation({
    mutationFn: (input: Input<C>) => call(channel, input),
    onSuccess: async (value, input) => {
      await queryClient.invalidateQueries();
      o.onSuccess?.(value, input);
    },
  });
  return Object.assign(m, {
    errorText: m.error ? errorText(m.error) : null,
    fields: m.error ? fieldErrors(m.error) : {},
  });
}

/** After a write made outside useCall (an import with progress, a download): refresh every screen's data. */
export const refreshAll = () => queryClient.invalidateQueries();
