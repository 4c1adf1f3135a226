/// Decodes character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) in HTML and XML text.
///
/// A reference that is not valid (unknown name, missing `;` where one is required, a number that is not a Unicode
/// scalar) is not decoded: its `&` stays as text, as browsers do.
enum MarkupEntities {
    /// Which rules apply.
    enum Dialect: Sendable {
        /// HTML: a few legacy names and numbers may omit the `;`; `&#128;`–`&#159;` mean their Windows-1252 characters.
        case html
        /// XML: every reference ends with `;`.
        case xml
    }

    /// Longest reference looked at, `&` and `;` included.
    private static let maxLength = 40

    /// Decodes the reference at `bytes[offset]` (an `&`): its scalar and its length in bytes, or `nil` when the `&`
    /// is plain text.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int, dialect: Dialect
    ) -> (scalar: UInt32, length: Int)? {
        var index = offset + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") { return decodeNumber(bytes, at: offset, end: end, dialect: dialect) }
        let nameStart = index
        let limit = min(end, offset + maxLength)
        while index < limit, ByteScan.isLetter(bytes[index]) || ByteScan.isDigit(bytes[index]) { index += 1 }
        guard index > nameStart, let key = PackedName(bytes, nameStart..<index, lowercased: false),
              let scalar = named[key] else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") { return (scalar, index + 1 - offset) }
        // HTML tolerates a few legacy names without `;` ("AT&amp T" is rare, "&nbsp " common).
        guard dialect == .html, legacyWithoutSemicolon.contains(key) else { return nil }
        return (scalar, index - offset)
    }

    private static func decodeNumber(
        _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int, dialect: Dialect
    ) -> (scalar: UInt32, length: Int)? {
        var index = offset + 2
        var radix: UInt32 = 10
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "x") { radix = 16; index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end {
            let byte = bytes[index]
            let digit: UInt32
            if ByteScan.isDigit(byte) {
                digit = UInt32(byte - 0x30)
            } else if radix == 16, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                digit = UInt32((byte | 0x20) - 0x61 + 10)
            } else {
                break
            }
            if value > 0x10FFFF { return nil }
            value = value * radix + digit
            index += 1
        }
        guard index > digitsStart, index - digitsStart <= 10 else { return nil }
        var length = index - offset
        if index < end, bytes[index] == UInt8(ascii: ";") {
            length += 1
        } else if dialect == .xml {
            return nil
        }
        guard value != 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        if dialect == .html, (0x80...0x9F).contains(value), windows1252[Int(value - 0x80)] != 0 {
            value = windows1252[Int(value - 0x80)]
        }
        return (value, length)
    }

    /// `bytes[range]` as a string with its references decoded and nothing else changed (attribute values, parse trees).
    static func decodedString(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, dialect: Dialect
    ) -> String {
        guard UnsafeBufferPointer(rebasing: bytes[range]).contains(ByteScan.ampersand) else {
            return ByteScan.string(bytes, range)
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        appendDecoded(bytes, range, dialect: dialect, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `bytes[range]` with its references decoded and nothing else changed.
    static func appendDecoded(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, dialect: Dialect, to output: inout [UInt8]
    ) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == ByteScan.ampersand,
               let reference = decode(bytes, at: index, end: range.upperBound, dialect: dialect) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendUTF8(reference.scalar, to: &output)
                index += reference.length
                runStart = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<range.upperBound]))
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// The characters of Windows-1252 bytes 0x80–0x9F (0 where the code page leaves the byte undefined).
    static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static let legacyWithoutSemicolon: Set<PackedName> = Set(
        ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT"].map(PackedName.init))

    /// Named references: all of HTML 4 (which includes XML's five) and the HTML5 names news pages use.
    static let named: [PackedName: UInt32] = {
        var table: [PackedName: UInt32] = [:]
        // Latin-1 supplement, U+00A0...U+00FF in order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
            acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
            Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
            Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
            ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
            oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[PackedName(String(name))] = 0xA0 + UInt32(offset)
        }
        // Greek letters, in code point order from their first letter.
        let greekUpper = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho"
        for (offset, name) in greekUpper.split(separator: " ").enumerated() {
            table[PackedName(String(name))] = 913 + UInt32(offset)
            table[PackedName(String(name).lowercased())] = 945 + UInt32(offset)
        }
        let greekTail = "Sigma Tau Upsilon Phi Chi Psi Omega"
        for (offset, name) in greekTail.split(separator: " ").enumerated() {
            table[PackedName(String(name))] = 931 + UInt32(offset)
            table[PackedName(String(name).lowercased())] = 963 + UInt32(offset)
        }
        let others = """
            quot 34 amp 38 apos 39 lt 60 gt 62 QUOT 34 AMP 38 LT 60 GT 62 COPY 169 REG 174 OElig 338 oelig 339 \
            Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732 sigmaf 962 thetasym 977 upsih 978 piv 982 \
            ensp 8194 emsp 8195 numsp 8199 puncsp 8200 thinsp 8201 hairsp 8202 ZeroWidthSpace 8203 zwnj 8204 \
            zwj 8205 lrm 8206 rlm 8207 hyphen 8208 dash 8208 ndash 8211 mdash 8212 horbar 8213 lsquo 8216 \
            rsquo 8217 rsquor 8217 sbquo 8218 lsquor 8218 ldquo 8220 rdquo 8221 rdquor 8221 bdquo 8222 \
            ldquor 8222 OpenCurlyQuote 8216 CloseCurlyQuote 8217 dagger 8224 Dagger 8225 bull 8226 bullet 8226 \
            nldr 8229 hellip 8230 mldr 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 \
            frasl 8260 euro 8364 image 8465 weierp 8472 real 8476 trade 8482 TRADE 8482 alefsym 8501 larr 8592 \
            uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 \
            hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 nabla 8711 isin 8712 notin 8713 ni 8715 \
            prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 infin 8734 ang 8736 and 8743 or 8744 \
            cap 8745 cup 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 \
            ge 8805 sub 8834 sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 \
            lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang 9001 rang 9002 loz 9674 spades 9824 clubs 9827 \
            hearts 9829 diams 9830 starf 9733 star 9734 check 10003 half 189 centerdot 183 NonBreakingSpace 160 \
            Tab 9 NewLine 10 excl 33 num 35 dollar 36 percnt 37 lpar 40 rpar 41 ast 42 plus 43 comma 44 period 46 \
            sol 47 colon 58 semi 59 equals 61 quest 63 commat 64 lsqb 91 lbrack 91 bsol 92 rsqb 93 rbrack 93 \
            Hat 94 lowbar 95 grave 96 lcub 123 lbrace 123 verbar 124 vert 124 rcub 125 rbrace 125
            """
        let fields = others.split(separator: " ")
        for index in stride(from: 0, to: fields.count, by: 2) {
            table[PackedName(String(fields[index]))] = UInt32(fields[index + 1])!
        }
        return table
    }()
}
