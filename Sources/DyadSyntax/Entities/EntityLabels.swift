/// The labels an entity recognizer chooses among for each token, and the rules that join them into spans: `O`
/// (outside), and for every entity type `B-` (begins), `I-` (inside) and, in the BILUO scheme, `L-` (last) and `U-`
/// (a one-token entity). Which sequences are legal is decided here, so that decoding never builds a broken span.
struct EntityLabels: Sendable {
    /// The part of an entity a label marks.
    enum Part: UInt8, Sendable { case outside, begin, inside, last, unit }

    /// Label names, `O` first (`O`, `B-GPE`, `I-GPE`, ...).
    let names: [String]
    /// Entity types, in order of first appearance among `names`.
    let types: [String]
    /// Per label: its part.
    let parts: [Part]
    /// Per label: index into `types`, or -1 for `O`.
    let typeIndex: [Int]
    /// Whether the labels include `L-` and `U-` (the BILUO scheme); otherwise BIO.
    let isBILUO: Bool
    /// Per type: its `B-`, `I-`, `L-` and `U-` labels (-1 when missing).
    private let begin: [Int], inside: [Int], last: [Int], unit: [Int]
    /// `allows` precomputed: `count` flags for each previous label (-1 first) and each of not last, last.
    private(set) var transitions: [Bool] = []

    /// Parses label names; throws (with the offending name) when one is not `O` or `P-TYPE`, P one of B, I, L, U.
    init(names: [String]) throws(LabelError) {
        var types: [String] = []
        var typeIndex: [String: Int] = [:]
        var parts: [Part] = [], indices: [Int] = []
        for name in names {
            if name == "O" { parts.append(.outside); indices.append(-1); continue }
            let utf8 = Array(name.utf8)
            guard utf8.count >= 3, utf8[1] == UInt8(ascii: "-") else { throw LabelError(name: name) }
            let part: Part
            switch utf8[0] {
            case UInt8(ascii: "B"): part = .begin
            case UInt8(ascii: "I"): part = .inside
            case UInt8(ascii: "L"): part = .last
            case UInt8(ascii: "U"): part = .unit
            default: throw LabelError(name: name)
            }
            let type = String(name.dropFirst(2))
            if typeIndex[type] == nil { typeIndex[type] = types.count; types.append(type) }
            parts.append(part)
            indices.append(typeIndex[type]!)
        }
        self.names = names
        self.types = types
        self.parts = parts
        self.typeIndex = indices
        isBILUO = parts.contains(.last) || parts.contains(.unit)
        var begin = [Int](repeating: -1, count: types.count), inside = begin, last = begin, unit = begin
        for (label, part) in parts.enumerated() where indices[label] >= 0 {
            switch part {
            case .begin: begin[indices[label]] = label
            case .inside: inside[indices[label]] = label
            case .last: last[indices[label]] = label
            case .unit: unit[indices[label]] = label
            case .outside: break
            }
        }
        self.begin = begin
        self.inside = inside
        self.last = last
        self.unit = unit
        var transitions: [Bool] = []
        for previous in -1..<names.count {
            for isLast in [false, true] {
                for label in names.indices { transitions.append(allows(label, after: previous, isLast: isLast)) }
            }
        }
        self.transitions = transitions
    }

    /// The offset in `transitions` of the flags that may follow `previous` (-1 first).
    @inline(__always)
    func transitionOffset(after previous: Int, isLast: Bool) -> Int { ((previous + 1) * 2 + (isLast ? 1 : 0)) * count }

    /// A label name that is not `O` or `P-TYPE`.
    struct LabelError: Error { let name: String }

    /// The labels of `types` in a scheme: `O`, then `B-`, `I-` (and `L-`, `U-`) of each type.
    static func names(types: [String], biluo: Bool) -> [String] {
        ["O"] + types.flatMap { type in (biluo ? ["B", "I", "L", "U"] : ["B", "I"]).map { $0 + "-" + type } }
    }

    /// Number of labels.
    var count: Int { names.count }

    /// Whether label `label` may follow label `previous` (-1 at the start of a sentence) at a token that is
    /// (`isLast`) or is not the last of the sentence.
    @inline(__always)
    func allows(_ label: Int, after previous: Int, isLast: Bool) -> Bool {
        let open = previous >= 0 && (parts[previous] == .begin || parts[previous] == .inside)
        switch parts[label] {
        case .inside:
            return open && typeIndex[previous] == typeIndex[label] && !(isBILUO && isLast)
        case .last:
            return open && typeIndex[previous] == typeIndex[label]
        case .begin:
            return !(isBILUO && (open || isLast))
        case .outside, .unit:
            return !(isBILUO && open)
        }
    }

    /// Spans of a label sequence. Any sequence gives valid spans: an `I-` or `L-` that does not continue an entity
    /// of its type starts one, and an entity left open at the end of the sentence ends there.
    func spans(of labels: [Int]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = -1, type = -1
        func close(_ end: Int) {
            if start >= 0 { spans.append(EntitySpan(start: start, end: end, type: types[type])) }
            start = -1
            type = -1
        }
        for (i, label) in labels.enumerated() {
            let part = parts[label], labelType = typeIndex[label]
            switch part {
            case .outside:
                close(i)
            case .begin, .unit:
                close(i)
                start = i
                type = labelType
            case .inside, .last:
                if start < 0 || type != labelType {
                    close(i)
                    start = i
                    type = labelType
                }
            }
            if part == .unit || part == .last { close(i + 1) }
        }
        close(labels.count)
        return spans
    }

    /// The label sequence of `spans` over `count` tokens, in this scheme; spans of types it does not know, or
    /// overlapping an earlier span, are left out.
    func labels(of spans: [EntitySpan], count: Int) -> [Int] {
        var labels = [Int](repeating: 0, count: count)
        var covered = 0
        for span in spans where span.start >= covered && span.start < span.end && span.end <= count {
            guard let type = types.firstIndex(of: span.type) else { continue }
            covered = span.end
            if isBILUO && span.end - span.start == 1 { labels[span.start] = unit[type]; continue }
            labels[span.start] = begin[type]
            for i in span.start + 1..<span.end { labels[i] = inside[type] }
            if isBILUO { labels[span.end - 1] = last[type] }
        }
        return labels.map { max($0, 0) }
    }

    /// Spans of a BIO tag sequence (`B-GPE`, `I-GPE`, `O`), read leniently: an `I-` that does not continue an
    /// entity of its type starts one.
    static func spans(bio tags: [String]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = -1
        var type = Substring()
        for (i, tag) in tags.enumerated() {
            let isBegin = tag.hasPrefix("B-"), isInside = tag.hasPrefix("I-")
            let tagType = isBegin || isInside ? tag.dropFirst(2) : Substring()
            if isInside && start >= 0 && tagType == type { continue }
            if start >= 0 { spans.append(EntitySpan(start: start, end: i, type: String(type))) }
            start = isBegin || isInside ? i : -1
            type = tagType
        }
        if start >= 0 { spans.append(EntitySpan(start: start, end: tags.count, type: String(type))) }
        return spans
    }

    /// The BIO tags of `spans` over `count` tokens.
    static func bio(_ spans: [EntitySpan], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: count)
        for span in spans {
            tags[span.start] = "B-" + span.type
            for i in span.start + 1..<span.end { tags[i] = "I-" + span.type }
        }
        return tags
    }
}

extension EntityLabels {
    /// Whether `label` leaves an entity open or extends one (the entity length feature grows).
    @inline(__always)
    func continues(_ label: Int) -> Bool { parts[label] == .begin || parts[label] == .inside }

    /// Whether `label` (-1 before the sentence) leaves no entity open and is not one.
    @inline(__always)
    func isOutside(_ label: Int) -> Bool { label < 0 || parts[label] == .outside }
}
