/// The tagger's file format (`tagger.bin`): magic `DYADTAGS`, format version, the labels ("XPOS UPOS"), the
/// feature table (`ModelWriter`), and (from version 4) the tag dictionary as "form TAB label-index" strings, sorted.
extension PerceptronTagger {
    static let magic = "DYADTAGS"
    static let formatVersion: UInt32 = 4

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var writer = ModelWriter(magic: Self.magic, version: Self.formatVersion)
        writer.append(labels.map { $0.xpos + " " + $0.upos })
        writer.append(table)
        writer.append(dictionary.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" })
        return writer.bytes
    }

    /// Reads a model written by `serialized()`.
    public init(serialized bytes: [UInt8], file: String = "<memory>") throws(ModelFormatError) {
        let read = bytes.withUnsafeBytes { bytes in Result { () throws(ModelFormatError) in try Self(reading: bytes, file: file) } }
        self = try read.get()
    }

    /// Reads a model written by `serialized()` from memory it does not keep (a mapped file).
    init(reading bytes: UnsafeRawBufferPointer, file: String) throws(ModelFormatError) {
        var reader = try ModelReader(bytes, file: file, magic: Self.magic, versions: 3...Self.formatVersion, kind: "tagger")
        var labels: [(xpos: String, upos: String)] = []
        for text in try reader.readStrings() {
            let parts = text.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { throw reader.failure("label '\(text)' is not 'XPOS UPOS'") }
            labels.append((String(parts[0]), String(parts[1])))
        }
        guard !labels.isEmpty else { throw reader.failure("the tagger has no labels") }
        let table = try reader.readTable(width: labels.count)
        var dictionary: [String: Int] = [:]
        if reader.version >= 4 {
            for entry in try reader.readStrings() {
                guard let tab = entry.lastIndex(of: "\t"), let label = Int(entry[entry.index(after: tab)...]),
                      labels.indices.contains(label) else {
                    throw reader.failure("tag dictionary entry '\(entry)' is not 'form TAB label'")
                }
                dictionary[String(entry[..<tab])] = label
            }
        }
        try reader.finish()
        self.init(labels: labels, table: table, dictionary: dictionary)
    }
}
