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

#include <stdint.h>

/// Whether this processor and system run AVX2 code (1) or not (0). Always 0 off x86-64.
int dyad_has_avx2(void);

/// Adds `hits` rows of a feature table to `scores` (`stride` floats, a multiple of 8), with AVX2: row `found[i] &
/// 0xFFFFFF` of `stride` weights, each times the scale of `found[i]` (2 to the power of bits 24–31 minus 127). The
/// sums equal those of the Swift code in `FeatureTable` to the last bit. Call only when `dyad_has_avx2()` says so:
/// Swift cannot compile one function for a processor feature and choose it at run time.
void dyad_add_rows_i8(const int8_t *rows, const uint64_t *found, long hits, long stride, float *scores);
/// `dyad_add_rows_i8` for 16-bit weights.
void dyad_add_rows_i16(const int16_t *rows, const uint64_t *found, long hits, long stride, float *scores);

#endif
