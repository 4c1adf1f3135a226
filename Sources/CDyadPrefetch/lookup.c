// A feature table's lookups and sums with AVX2, chosen at run time (see include/CDyadPrefetch.h).
#include "CDyadPrefetch.h"

#if defined(__x86_64__)
#include <immintrin.h>
#include <string.h>

#define AVX2 __attribute__((target("avx2")))

/// A feature hash as a table key: mixed, never 0 (`FeatureTable.key`).
static inline uint64_t key_of(uint64_t hash) {
    uint64_t mixed = hash * 0x9E3779B97F4A7C15ull;
    return mixed == 0 ? 1 : mixed;
}

/// The home bucket of a key (`FeatureTable.bucket`).
static inline long bucket_of(uint64_t key, long buckets) {
    return (long)(((key >> 32) * (uint64_t)buckets) >> 32);
}

/// A slot's head and body as `FeatureTable.find` returns them: 0 for none, else the biased exponent in bits 24–31
/// and the row in bits 0–23, or the weights in bits 32–63 when they ride in the slots.
static inline uint64_t pack(const dyad_table *table, uint32_t head, uint32_t body) {
    if (head == 0) return 0;
    uint64_t exponent = (uint64_t)(head & 0xFF) << 24;
    return table->weights_in_slots ? exponent | (uint64_t)body << 32 : exponent | body;
}

/// `FeatureTable.overflow`: the key looked for past its full home bucket, slot by slot.
static uint64_t overflow(const dyad_table *table, uint64_t key) {
    uint32_t tag = (uint32_t)key & 0xFFFFFF00u;
    long slots = table->buckets * 8;
    // Wrapping by comparison, not by division (a division costs tens of cycles, and this runs once in eighty).
    long slot = bucket_of(key, table->buckets) * 8 + 8;
    if (slot >= slots) slot -= slots;
    for (;;) {
        long head = (slot >> 3) << 4 | (slot & 7);
        uint32_t word = table->slots[head];
        if (word == 0) return 0;
        if ((word & 0xFFFFFF00u) == tag) return pack(table, word, table->slots[head + 8]);
        slot = slot + 1 == slots ? 0 : slot + 1;
    }
}

/// `FeatureTable.find`: every lane of the home bucket whose tag equals the key's, their heads and their bodies each
/// or-ed together (empty lanes add nothing), and the slots after a full home bucket that holds no such lane.
AVX2 static inline uint64_t find(const dyad_table *table, uint64_t key) {
    const uint32_t *home = table->slots + 16 * bucket_of(key, table->buckets);
    __m256i heads = _mm256_load_si256((const __m256i *)home);
    __m256i bodies = _mm256_load_si256((const __m256i *)(home + 8));
    __m256i difference = _mm256_srli_epi32(_mm256_xor_si256(heads, _mm256_set1_epi32((int)(uint32_t)key)), 8);
    __m256i hits = _mm256_cmpeq_epi32(difference, _mm256_setzero_si256());
    __m256i h8 = _mm256_and_si256(heads, hits), b8 = _mm256_and_si256(bodies, hits);
    __m128i h4 = _mm_or_si128(_mm256_castsi256_si128(h8), _mm256_extracti128_si256(h8, 1));
    __m128i b4 = _mm_or_si128(_mm256_castsi256_si128(b8), _mm256_extracti128_si256(b8, 1));
    // Lanes h0|h2, h1|h3, b0|b2, b1|b3, then each pair or-ed: the head in lane 0, the body in lane 2.
    __m128i pairs = _mm_or_si128(_mm_unpacklo_epi64(h4, b4), _mm_unpackhi_epi64(h4, b4));
    __m128i both = _mm_or_si128(pairs, _mm_shuffle_epi32(pairs, 0xB1));
    uint32_t head = (uint32_t)_mm_cvtsi128_si32(both);
    // One branch, taken about once in eighty lookups, rather than one on whether the key was found (about as
    // often not as so), which the processor cannot predict and learns of only when the bucket arrives.
    // Bit 63: the head is 0 (no lane matched) and the bucket's last head is not (the bucket is full). Arithmetic,
    // not comparisons, which the compiler would turn back into branches.
    uint64_t full_miss = ((uint64_t)head - 1) & (0 - (uint64_t)home[7]);
    if (__builtin_expect((long)(full_miss >> 63), 0)) return overflow(table, key);
    // With no lane matched the head and the body are both 0, and so is this.
    uint64_t exponent = (uint64_t)(head & 0xFF) << 24, body = (uint32_t)_mm_extract_epi32(both, 2);
    return table->weights_in_slots ? exponent | body << 32 : exponent | body;
}

/// The scale of a packed slot: 2 to the power of its biased exponent (bits 24–31) minus 127.
static inline float scale_of(uint64_t packed) {
    uint32_t bits = (uint32_t)((packed >> 24) & 0xFF) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    return scale;
}

/// Requests the row of a packed slot: its first and last byte, since a row may cross a cache line.
static inline void prefetch_row(const dyad_table *table, uint64_t packed) {
    if (table->weights_in_slots) return;
    long row_bytes = table->stride * table->bits / 8;
    const char *start = (const char *)table->rows + (long)(packed & 0xFFFFFF) * row_bytes;
    __builtin_prefetch(start, 0, 3);
    __builtin_prefetch(start + row_bytes - 1, 0, 3);
}

/// Adds the weights of `hits` packed slots to `scores`, in the order of `found` (multiplication then addition, as
/// `FeatureTable.add` does).
AVX2 static inline void add(const dyad_table *table, const uint64_t *found, long hits, float *scores) {
    if (hits == 0) return;
    if (table->weights_in_slots) {
        __m128 sums = _mm_loadu_ps(scores);
        for (long i = 0; i < hits; i++) {
            __m128i bytes = _mm_cvtsi32_si128((int)(uint32_t)(found[i] >> 32));
            __m128 values = _mm_cvtepi32_ps(_mm_cvtepi8_epi32(bytes));
            sums = _mm_add_ps(sums, _mm_mul_ps(values, _mm_set1_ps(scale_of(found[i]))));
        }
        _mm_storeu_ps(scores, sums);
    } else if (table->bits == 8) {
        dyad_add_rows_i8((const int8_t *)table->rows, found, hits, table->stride, scores);
    } else {
        dyad_add_rows_i16((const int16_t *)table->rows, found, hits, table->stride, scores);
    }
}

AVX2 void dyad_accumulate(dyad_table table, const uint64_t *hashes, long count, float *scores, uint64_t *found) {
    for (long i = 0; i < count; i++) {
        __builtin_prefetch(table.slots + 16 * bucket_of(key_of(hashes[i]), table.buckets), 0, 3);
    }
    long hits = 0;
    for (long i = 0; i < count; i++) {
        uint64_t packed = find(&table, key_of(hashes[i]));
        found[hits] = packed;
        hits += packed != 0;
    }
    if (hits == 0) return;
    for (long i = 0; i < hits; i++) prefetch_row(&table, found[i]);
    add(&table, found, hits, scores);
}

AVX2 void dyad_accumulate_groups(dyad_table table, const uint64_t *hashes, long count, long group_size, float *scores,
                                 uint64_t *found) {
    if (group_size <= 0) return;
    dyad_find(table, hashes, count, found);
    for (long group = 0; group < count / group_size; group++) {
        uint64_t *segment = found + group * group_size;
        long hits = 0;
        for (long i = 0; i < group_size; i++) {
            uint64_t packed = segment[i];
            segment[hits] = packed;
            hits += packed != 0;
        }
        add(&table, segment, hits, scores + group * table.stride);
    }
}

AVX2 void dyad_find(dyad_table table, const uint64_t *hashes, long count, uint64_t *found) {
    for (long i = 0; i < count; i++) {
        __builtin_prefetch(table.slots + 16 * bucket_of(key_of(hashes[i]), table.buckets), 0, 3);
    }
    for (long i = 0; i < count; i++) {
        uint64_t packed = find(&table, key_of(hashes[i]));
        found[i] = packed;
        // Unknown features request row 0, which costs less than a branch on whether the key was found.
        prefetch_row(&table, packed);
    }
}

AVX2 void dyad_add_found(dyad_table table, uint64_t *found, long count, float *scores) {
    long hits = 0;
    for (long i = 0; i < count; i++) {
        uint64_t packed = found[i];
        found[hits] = packed;
        hits += packed != 0;
    }
    add(&table, found, hits, scores);
}

#else

void dyad_find(dyad_table table, const uint64_t *hashes, long count, uint64_t *found) {}
void dyad_add_found(dyad_table table, uint64_t *found, long count, float *scores) {}
void dyad_accumulate(dyad_table table, const uint64_t *hashes, long count, float *scores, uint64_t *found) {}
void dyad_accumulate_groups(dyad_table table, const uint64_t *hashes, long count, long group_size, float *scores,
                            uint64_t *found) {}

#endif
