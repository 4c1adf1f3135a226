/// The parser's file format (`parser.bin`): magic `DYADPARS`, format version, the labels, the move table and the
/// label table (`ModelWriter`).
extension TransitionParser {
    static let magic = "DYADPARS"
    static let formatVersion: UInt32 = 2

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var writer = ModelWriter(magic: Self.magic, version: Self.formatVersion)
        writer.append(labels)
        writer.append(moves)
        writer.append(arcLabels)
        return writer.bytes
    }

    /// Reads a model written by `serialized()`.
    public init(serialized bytes: [UInt8], file: String = "<memory>") throws(ModelFormatError) {
        let read = bytes.withUnsafeBytes { bytes in Result { () throws(ModelFormatError) in try Self(reading: bytes, file: file) } }
        self = try read.get()
    }

    /// Reads a model written by `serialized()` from memory it does not keep (a mapped file).
    init(reading bytes: UnsafeRawBufferPointer, file: String) throws(ModelFormatError) {
        var reader = try ModelReader(bytes, file: file, magic: Self.magic, versions: 1...Self.formatVersion, kind: "parser")
        let labels = try reader.readStrings()
        guard !labels.isEmpty else { throw reader.failure("the parser has no labels") }
        let moves = try reader.readTable(width: 4, withBits: reader.version >= 2)
        let arcLabels = try reader.readTable(width: labels.count, withBits: reader.version >= 2)
        try reader.finish()
        self.init(labels: labels, moves: moves, arcLabels: arcLabels)
    }

    /// The same parser with its label weights at 8 bits, its move weights at `moveBits`, and without the features
    /// whose largest weight is below `minimumWeight` in either table: a smaller, faster file.
    public func compacted(minimumWeight: Float = 0, moveBits: Int = 16) -> TransitionParser {
        TransitionParser(labels: labels, moves: moves.requantized(bits: moveBits, minimumWeight: minimumWeight),
                         arcLabels: arcLabels.requantized(bits: 8, minimumWeight: minimumWeight))
    }

    /// Features in the move table and in the label table.
    public var featureCounts: (moves: Int, labels: Int) { (moves.count, arcLabels.count) }
}
