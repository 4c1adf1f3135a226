/// The tagger's file format (`tagger.bin`): magic `DYADTAG1`, format version, bucket and label counts, the labels
/// (length-prefixed UTF-8 "XPOS UPOS"), a scale, and every weight quantised to one signed byte (weight ≈ byte ×
/// scale). All integers little-endian. Quantising keeps the model at buckets × labels bytes.
extension PerceptronTagger {
    static let magic = Array("DYADTAG1".utf8)
    static let formatVersion: UInt32 = 1

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        append(Self.formatVersion)
        append(UInt32(buckets))
        append(UInt32(labels.count))
        for label in labels {
            let text = Array((label.xpos + " " + label.upos).utf8)
            append(UInt32(text.count))
            bytes += text
        }
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 127 : 1
        append(scale.bitPattern)
        bytes.reserveCapacity(bytes.count + weights.count)
        for weight in weights { bytes.append(UInt8(bitPattern: Int8(max(-127, min(127, (weight / scale).rounded()))))) }
        return bytes
    }

    /// Reads a model written by `serialized()`.
    public init(serialized bytes: [UInt8], file: String = "<memory>") throws(ModelFormatError) {
        var offset = 0
        func fail(_ message: String) -> ModelFormatError { ModelFormatError(file: file, message: message) }
        func read() throws(ModelFormatError) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw fail("the file ends early at byte \(offset)") }
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return value
        }
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.magic else { throw fail("not a Dyad tagger model") }
        offset = 8
        let version = try read()
        guard version == Self.formatVersion else {
            throw fail("model format version \(version); this Dyad reads version \(Self.formatVersion)")
        }
        let buckets = Int(try read())
        let labelCount = Int(try read())
        guard buckets > 0, buckets & (buckets - 1) == 0, buckets <= 1 << 24, labelCount > 0, labelCount <= 10_000 else {
            throw fail("implausible sizes: \(buckets) buckets, \(labelCount) labels")
        }
        var labels: [(xpos: String, upos: String)] = []
        for _ in 0..<labelCount {
            let length = Int(try read())
            guard offset + length <= bytes.count else { throw fail("a label runs past the end of the file") }
            let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
            offset += length
            let parts = text.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { throw fail("label '\(text)' is not 'XPOS UPOS'") }
            labels.append((String(parts[0]), String(parts[1])))
        }
        let scale = Float(bitPattern: try read())
        guard bytes.count - offset == buckets * labelCount else {
            throw fail("expected \(buckets * labelCount) weights, found \(bytes.count - offset) bytes")
        }
        let weights = bytes[offset...].map { Float(Int8(bitPattern: $0)) * scale }
        self.init(labels: labels, buckets: buckets, weights: weights)
    }
}
