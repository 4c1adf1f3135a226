/// The entity recognizer's file format (`entities.bin`): magic `DYADENTS`, format version, the label names, the
/// vocabulary and the forms that never begin an entity (each a count, then the hashes ascending, 8 bytes each) and
/// the weight table (`ModelWriter`).
extension EntityRecognizer {
    static let magic = "DYADENTS"
    static let formatVersion: UInt32 = 2

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var writer = ModelWriter(magic: Self.magic, version: Self.formatVersion)
        writer.append(labels.names)
        for set in [vocabulary, plain] {
            writer.append(UInt32(set.count))
            for word in set.words { writer.append(word) }
        }
        writer.append(weights)
        return writer.bytes
    }

    /// Reads a model written by `serialized()`.
    public init(serialized bytes: [UInt8], file: String = "<memory>") throws(ModelFormatError) {
        let read = bytes.withUnsafeBytes { bytes in Result { () throws(ModelFormatError) in try Self(reading: bytes, file: file) } }
        self = try read.get()
    }

    /// Reads a model written by `serialized()` from memory it does not keep (a mapped file).
    init(reading bytes: UnsafeRawBufferPointer, file: String) throws(ModelFormatError) {
        var reader = try ModelReader(bytes, file: file, magic: Self.magic, versions: 1...Self.formatVersion,
                                     kind: "entity recognizer")
        let names = try reader.readStrings()
        guard names.first == "O" else { throw reader.failure("the first entity label is not 'O'") }
        let labels: EntityLabels
        do {
            labels = try EntityLabels(names: names)
        } catch {
            throw reader.failure("entity label '\(error.name)' is not 'O' or B-, I-, L- or U- and a type")
        }
        guard Set(names).count == names.count else { throw reader.failure("an entity label is repeated") }
        let vocabulary = try Self.readWordSet(&reader)
        let plain = try Self.readWordSet(&reader)
        let weights = try reader.readTable(width: names.count, withBits: reader.version >= 2)
        try reader.finish()
        self.init(labels: labels, vocabulary: vocabulary, plain: plain, weights: weights)
    }

    private static func readWordSet(_ reader: inout ModelReader) throws(ModelFormatError) -> WordSet {
        let count = Int(try reader.readUInt32())
        guard count <= reader.remaining / 8 else {
            throw reader.failure("a word list claims \(count) words, more than the file holds")
        }
        var words: [UInt64] = []
        words.reserveCapacity(count)
        for _ in 0..<count {
            let word = try reader.readUInt64()
            guard word > (words.last ?? 0) else { throw reader.failure("a word list is out of order or repeated") }
            words.append(word)
        }
        return WordSet(ascending: words)
    }
}
