/// The `[...]` groups at the end of a peer dictionary line, where TABARI and PETRARCH write codes.
struct PeerBracketGroups: Sendable {
    /// One `[...]` group: offsets of its brackets in the line.
    struct Group: Sendable {
        /// Offset of `[`.
        let open: Int
        /// Offset of `]`.
        let close: Int
        /// The offsets between the brackets.
        var inner: Range<Int> { open + 1..<close }
    }

    /// The groups, in order.
    private(set) var groups: [Group] = []
    /// Offset of the first thing after the groups that is neither a blank nor a group; `nil` when there is none.
    private(set) var strayOffset: Int?
    /// Offset of a `[` that is never closed; `nil` when every group is closed.
    private(set) var unclosedOffset: Int?

    /// Scans `line` from `offset`, which should be at a `[` or a blank before one.
    init(_ line: PeerLine, from offset: Int) {
        var index = offset
        let bytes = line.bytes
        while index < bytes.count {
            let byte = bytes[index]
            if PeerLine.isBlank(byte) {
                index += 1
            } else if byte == 0x5B {
                guard let close = line.firstIndex(of: 0x5D, from: index + 1) else {
                    unclosedOffset = index
                    return
                }
                if let nested = line.firstIndex(of: 0x5B, from: index + 1, end: close) {
                    unclosedOffset = index
                    strayOffset = nested
                    return
                }
                groups.append(Group(open: index, close: close))
                index = close + 1
            } else {
                strayOffset = index
                return
            }
        }
    }

    /// True when the line ends cleanly after the groups.
    var isClean: Bool { strayOffset == nil && unclosedOffset == nil }

    /// Reports what is wrong after the groups, if anything; returns true when the line ended cleanly.
    static func reportProblems(
        _ scan: PeerBracketGroups, in line: PeerLine, context: inout PeerReadContext, expecting: String
    ) -> Bool {
        if let unclosed = scan.unclosedOffset {
            let closing = line.string(unclosed..<line.bytes.count)
            context.error(line, at: unclosed, "'[' is not closed in '\(closing)'; line skipped",
                          hint: "write the code as \(expecting)")
            return false
        }
        if let stray = scan.strayOffset {
            let text = line.string(stray..<line.bytes.count)
            context.error(line, at: stray, "unexpected '\(text)' after the code; line skipped",
                          hint: "only \(expecting) may follow the phrase; start comments with '#'")
            return false
        }
        return true
    }
}
