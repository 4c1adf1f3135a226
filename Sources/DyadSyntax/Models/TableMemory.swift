#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One block of memory holding a feature table's arrays, allocated so that the processor can map it with large
/// pages where the system offers them.
///
/// The models are tens of megabytes read at random, a few hundred times per word. With 4 KB pages nearly every
/// lookup also misses the translation cache, and in a virtual machine each such miss is a two-level page walk; with
/// 2 MB pages the whole model fits in the translation cache. On Linux the block is 2 MB-aligned and marked with
/// `madvise(MADV_HUGEPAGE)` before it is first written, which is what "transparent huge pages" in `madvise` mode (the
/// common default) asks for; elsewhere, or when the system says no, it is ordinary memory and only slower.
final class TableMemory: @unchecked Sendable {
    /// Start of the block: zero-filled, at least 64-byte aligned, never written after the table is built.
    let base: UnsafeMutableRawPointer
    /// Its length in bytes.
    let size: Int

    /// Blocks at least this large are aligned for and marked as large pages.
    static let largePage = 2 << 20

    /// A zero-filled block of `size` bytes (at least one).
    init(size requested: Int) {
        let size = max(64, requested)
        let large = size >= Self.largePage / 2
        let alignment = large ? Self.largePage : 64
        let rounded = large ? (size + Self.largePage - 1) / Self.largePage * Self.largePage : size
        var pointer: UnsafeMutableRawPointer?
        #if canImport(Glibc) || canImport(Darwin)
        if posix_memalign(&pointer, alignment, rounded) != 0 { pointer = nil }
        #endif
        guard let pointer else { fatalError("out of memory: a model table of \(rounded) bytes") }
        #if os(Linux)
        if large { _ = madvise(pointer, rounded, MADV_HUGEPAGE) }
        #endif
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: rounded)
        base = pointer
        self.size = rounded
    }

    deinit { free(base) }

    /// The block cut into consecutive regions of the given byte lengths, each starting on a 64-byte boundary (the
    /// first at the start): their offsets and the total length needed.
    static func layout(_ lengths: [Int]) -> (offsets: [Int], total: Int) {
        var offsets: [Int] = []
        var end = 0
        for length in lengths {
            offsets.append(end)
            end += (length + 63) & ~63
        }
        return (offsets, end)
    }
}
