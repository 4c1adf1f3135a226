import DyadCore

extension PeerSourceText {
    /// The meaningful lines of the file, in order.
    ///
    /// Removed: blank lines; `#` and `;` comments (outside `[...]`, where TABARI writes codes such as `[###]`);
    /// `<!-- ... -->` comments on one line or several; lines starting with `<!` (PETRARCH skips them whole);
    /// everything from a TABARI `~~FINISH` line on. `####### NAME #######` and `=== NAME ===` lines become headings.
    func meaningfulLines() -> (lines: [PeerLine], diagnostics: [Diagnostic]) {
        var lines: [PeerLine] = []
        lines.reserveCapacity(lineCount)
        var diagnostics: [Diagnostic] = []
        var openComment: Int?
        for (index, range) in lineRanges.enumerated() {
            let number = index + 1
            var line = Array(bytes[range])
            if openComment != nil {
                guard let close = PeerSourceText.find([0x2D, 0x2D, 0x3E], in: line, from: 0) else { continue }
                for index in 0..<close + 3 { line[index] = 0x20 }
                openComment = nil
            }
            let first = line.firstIndex { !PeerLine.isBlank($0) } ?? line.count
            if first == line.count { continue }
            if line[first...].starts(with: Array("~~FINISH".utf8)) { break }
            if let heading = PeerSourceText.heading(in: line, from: first) {
                lines.append(PeerLine(number: number, bytes: line, heading: heading))
                continue
            }
            if line[first] == 0x3C, first + 1 < line.count, line[first + 1] == 0x21,
               !line[first...].starts(with: Array("<!--".utf8)) {
                continue
            }
            while let open = PeerSourceText.find(Array("<!--".utf8), in: line, from: 0) {
                if let close = PeerSourceText.find([0x2D, 0x2D, 0x3E], in: line, from: open + 4) {
                    for index in open..<close + 3 { line[index] = 0x20 }
                } else {
                    line.removeSubrange(open...)
                    openComment = number
                }
            }
            var depth = 0
            var end = line.count
            for (index, byte) in line.enumerated() {
                if byte == 0x5B { depth += 1 } else if byte == 0x5D { depth = max(0, depth - 1) }
                if depth == 0, byte == 0x23 || byte == 0x3B { end = index; break }
            }
            while end > 0, PeerLine.isBlank(line[end - 1]) { end -= 1 }
            guard end > 0, line[0..<end].contains(where: { !PeerLine.isBlank($0) }) else { continue }
            if end < line.count { line.removeSubrange(end...) }
            lines.append(PeerLine(number: number, bytes: line, heading: nil))
        }
        if let openComment {
            diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: file, line: openComment),
                "'<!--' comment is never closed; the rest of the file was read as a comment",
                hint: "end the comment with '-->'", excerpt: text(ofLine: openComment)))
        }
        return (lines, diagnostics)
    }

    /// The name in a `####### NAME #######` or `=== NAME ===` line, or `nil` when the line is not a heading.
    private static func heading(in line: [UInt8], from first: Int) -> String? {
        for mark: UInt8 in [0x23, 0x3D] {
            var lower = first
            while lower < line.count, line[lower] == mark { lower += 1 }
            guard lower - first >= 3 else { continue }
            var upper = line.count
            while upper > lower, PeerLine.isBlank(line[upper - 1]) { upper -= 1 }
            let closeEnd = upper
            while upper > lower, line[upper - 1] == mark { upper -= 1 }
            guard closeEnd - upper >= 3 else { continue }
            while lower < upper, PeerLine.isBlank(line[lower]) { lower += 1 }
            while upper > lower, PeerLine.isBlank(line[upper - 1]) { upper -= 1 }
            return lower < upper ? String(decoding: line[lower..<upper], as: UTF8.self) : nil
        }
        return nil
    }

    /// Offset of the first occurrence of `needle` in `line` at or after `from`.
    static func find(_ needle: [UInt8], in line: [UInt8], from: Int) -> Int? {
        guard needle.count <= line.count, from <= line.count - needle.count else { return nil }
        for start in from...(line.count - needle.count) where line[start] == needle[0] {
            if line[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}
