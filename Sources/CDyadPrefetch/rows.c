// Adding the weight rows of a feature table with AVX2, chosen at run time (see include/CDyadPrefetch.h).
#include "CDyadPrefetch.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#include <string.h>

int dyad_has_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    // The processor has AVX and the system saves its registers (OSXSAVE, then XCR0's SSE and AVX state bits).
    if (!((c >> 27) & 1) || !((c >> 28) & 1)) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6) != 6) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b >> 5) & 1;
}

/// The scale of a packed slot: 2 to the power of its biased exponent (bits 24–31) minus 127.
static inline float scale_of(uint64_t packed) {
    uint32_t bits = (uint32_t)((packed >> 24) & 0xFF) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    return scale;
}

// Eight weights at `row`, widened to floats. WIDE8 for bytes, WIDE16 for 16-bit weights.
#define WIDE8(row) _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)(row))))
#define WIDE16(row) _mm256_cvtepi32_ps(_mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row))))

// Blocks of 4, 2 and 1 stretches of eight classes, each stretch summed in a register of its own so that the
// additions of one hit do not wait for each other. Every score receives its hits in the order of `found`, as a
// multiplication then an addition (no fused multiply-add), so the sums equal the scalar code's to the last bit.
#define ADD_ROWS(NAME, TYPE, WIDE)                                                                                  \
    __attribute__((target("avx2"))) void NAME(const TYPE *rows, const uint64_t *found, long hits, long stride,    \
                                              float *scores) {                                                      \
        long chunk = 0;                                                                                             \
        for (; chunk + 32 <= stride; chunk += 32) {                                                                 \
            __m256 a = _mm256_loadu_ps(scores + chunk), b = _mm256_loadu_ps(scores + chunk + 8);                    \
            __m256 c = _mm256_loadu_ps(scores + chunk + 16), d = _mm256_loadu_ps(scores + chunk + 24);              \
            for (long i = 0; i < hits; i++) {                                                                       \
                const TYPE *row = rows + (long)(found[i] & 0xFFFFFF) * stride + chunk;                              \
                __m256 scale = _mm256_set1_ps(scale_of(found[i]));                                                  \
                a = _mm256_add_ps(a, _mm256_mul_ps(WIDE(row), scale));                                              \
                b = _mm256_add_ps(b, _mm256_mul_ps(WIDE(row + 8), scale));                                          \
                c = _mm256_add_ps(c, _mm256_mul_ps(WIDE(row + 16), scale));                                         \
                d = _mm256_add_ps(d, _mm256_mul_ps(WIDE(row + 24), scale));                                         \
            }                                                                                                       \
            _mm256_storeu_ps(scores + chunk, a);                                                                    \
            _mm256_storeu_ps(scores + chunk + 8, b);                                                                \
            _mm256_storeu_ps(scores + chunk + 16, c);                                                               \
            _mm256_storeu_ps(scores + chunk + 24, d);                                                               \
        }                                                                                                           \
        for (; chunk + 16 <= stride; chunk += 16) {                                                                 \
            __m256 a = _mm256_loadu_ps(scores + chunk), b = _mm256_loadu_ps(scores + chunk + 8);                    \
            for (long i = 0; i < hits; i++) {                                                                       \
                const TYPE *row = rows + (long)(found[i] & 0xFFFFFF) * stride + chunk;                              \
                __m256 scale = _mm256_set1_ps(scale_of(found[i]));                                                  \
                a = _mm256_add_ps(a, _mm256_mul_ps(WIDE(row), scale));                                              \
                b = _mm256_add_ps(b, _mm256_mul_ps(WIDE(row + 8), scale));                                          \
            }                                                                                                       \
            _mm256_storeu_ps(scores + chunk, a);                                                                    \
            _mm256_storeu_ps(scores + chunk + 8, b);                                                                \
        }                                                                                                           \
        for (; chunk < stride; chunk += 8) {                                                                        \
            __m256 a = _mm256_loadu_ps(scores + chunk);                                                             \
            for (long i = 0; i < hits; i++) {                                                                       \
                const TYPE *row = rows + (long)(found[i] & 0xFFFFFF) * stride + chunk;                              \
                a = _mm256_add_ps(a, _mm256_mul_ps(WIDE(row), _mm256_set1_ps(scale_of(found[i]))));                 \
            }                                                                                                       \
            _mm256_storeu_ps(scores + chunk, a);                                                                    \
        }                                                                                                           \
    }

ADD_ROWS(dyad_add_rows_i8, int8_t, WIDE8)
ADD_ROWS(dyad_add_rows_i16, int16_t, WIDE16)

#else

int dyad_has_avx2(void) { return 0; }
void dyad_add_rows_i8(const int8_t *rows, const uint64_t *found, long hits, long stride, float *scores) {}
void dyad_add_rows_i16(const int16_t *rows, const uint64_t *found, long hits, long stride, float *scores) {}

#endif
