import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A model file's bytes, read in place: the file is mapped into memory rather than read into a `Data` and copied again
/// into an array. The models are tens of megabytes that are read once, front to back, into their tables; each copy
/// touched every page of fresh memory (a page fault per 4 KB) and the two copies took about a tenth of Dyad's start.
///
/// Where mapping is not possible (an empty file, a file system that does not map) the file is read as before.
enum MappedFile {
    /// Calls `body` with the bytes of the file at `path`, or returns `nil` when the file cannot be read. The bytes
    /// are valid only during the call.
    static func withBytes<Result>(atPath path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        #if canImport(Glibc) || canImport(Darwin)
        let descriptor = open(path, O_RDONLY)
        if descriptor >= 0 {
            defer { close(descriptor) }
            var status = stat()
            if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
                let length = Int(status.st_size)
                #if os(Linux)
                // Populated at once: one pass over the page cache instead of a fault per page when first read.
                let flags = MAP_PRIVATE | MAP_POPULATE
                #else
                let flags = MAP_PRIVATE
                #endif
                if let mapped = mmap(nil, length, PROT_READ, flags, descriptor, 0), mapped != MAP_FAILED {
                    defer { munmap(mapped, length) }
                    return body(UnsafeRawBufferPointer(start: mapped, count: length))
                }
            }
        }
        #endif
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { body($0) }
    }
}
