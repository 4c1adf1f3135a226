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

/// A feature table as the lookups below read it (`FeatureTable`'s fields of the same names).
typedef struct {
    /// The buckets, 16 words each (eight heads, then eight bodies), 64-byte aligned.
    const uint32_t *slots;
    /// Number of buckets.
    long buckets;
    /// The weight rows, `stride` weights each, of `bits` bits (8 or 16); unused when the weights ride in the slots.
    const void *rows;
    /// Weights per row: the width rounded up to a multiple of 8.
    long stride;
    long bits;
    /// 1 when each slot holds its four 8-bit weights itself (`stride` 8, no rows).
    long weights_in_slots;
} dyad_table;

/// `FeatureTable.accumulate` with AVX2: adds the weights of each of the `count` features in `hashes` that the
/// table knows to `scores`, in the order of `hashes`, with the same sums to the last bit. `found` has room for
/// `count` words. Call only when `dyad_has_avx2()` says so.
void dyad_accumulate(dyad_table table, const uint64_t *hashes, long count, float *scores, uint64_t *found);
/// `FeatureTable.accumulateGroups` with AVX2: `count / group_size` decisions of `group_size` hashes each, decision
/// `g`'s weights added to the `stride` floats at `scores + g × stride`.
void dyad_accumulate_groups(dyad_table table, const uint64_t *hashes, long count, long group_size, float *scores,
                            uint64_t *found);
/// `FeatureTable.find(_:into:)` with AVX2: the packed slot of each of the `count` features in `hashes`, 0 for an
/// unknown one, written to `found` in the same order; the rows of the hits are requested from memory.
void dyad_find(dyad_table table, const uint64_t *hashes, long count, uint64_t *found);
/// `FeatureTable.add(found:count:into:)` with AVX2: adds the rows of the nonzero packed slots among the `count` in
/// `found` to `scores`, in their order (moving them to the front of `found`).
void dyad_add_found(dyad_table table, uint64_t *found, long count, float *scores);

#endif
