#ifndef CDYADPREFETCH_H
#define CDYADPREFETCH_H

/// Asks the processor to start loading the cache line at `address` for reading, without waiting for it.
///
/// Swift has no prefetch of its own. The models' lookups are random reads into tens of megabytes; issuing every
/// lookup of a decision as a prefetch first lets their cache misses overlap instead of queueing behind each other
/// in the processor's reorder window. A hint only: it never faults and changes no result.
static inline void dyad_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
