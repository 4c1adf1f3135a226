/// The tagger's file format (`tagger.bin`): magic `DYADTAGS`, format version, the labels ("XPOS UPOS"), and the
/// feature table (`ModelWriter`).
extension PerceptronTagger {
    static let magic = "DYADTAGS"
    static let formatVersion: UInt32 = 3

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var writer = ModelWriter(magic: Self.magic, version: Self.formatVersion)
        writer.append(labels.map { $0.xpos + " " + $0.upos })
        writer.append(table)
        return writer.bytes
    }

    /// Reads a model written by `serialized()`.
    public init(serialized bytes: [UInt8], file: String = "<memory>") throws(ModelFormatError) {
        var reader = try ModelReader(bytes, file: file, magic: Self.magic, version: Self.formatVersion, kind: "tagger")
        var labels: [(xpos: String, upos: String)] = []
        for text in try reader.readStrings() {
            let parts = text.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { throw reader.failure("label '\(text)' is not 'XPOS UPOS'") }
            labels.append((String(parts[0]), String(parts[1])))
        }
        guard !labels.isEmpty else { throw reader.failure("the tagger has no labels") }
        let table = try reader.readTable(width: labels.count)
        try reader.finish()
        self.init(labels: labels, table: table)
    }
}
