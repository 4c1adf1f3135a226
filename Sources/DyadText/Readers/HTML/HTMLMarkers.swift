/// What an element's `class`, `id`, `role` and `itemprop` say about it: page furniture (share, comment, related,
/// newsletter, advertising, cookie, breadcrumb and navigation widgets) or the article body.
enum HTMLMarkers {
    /// Whether the last start tag read by `scanner` is marked as furniture or hidden.
    static func isFurniture(_ scanner: MarkupScanner) -> Bool {
        let bytes = scanner.bytes
        for attribute in scanner.attributes {
            let name = attribute.name
            if ByteScan.equalsIgnoringCase(bytes, name, "class") || ByteScan.equalsIgnoringCase(bytes, name, "id") {
                if hasFurnitureWord(bytes, attribute.value) { return true }
            } else if ByteScan.equalsIgnoringCase(bytes, name, "role") {
                if let key = PackedName(bytes, ByteScan.trimmed(bytes, attribute.value), lowercased: true),
                   furnitureRoles.contains(key) { return true }
            } else if ByteScan.equalsIgnoringCase(bytes, name, "hidden") {
                return true
            } else if ByteScan.equalsIgnoringCase(bytes, name, "style") {
                if contains(bytes, attribute.value, "display:none") || contains(bytes, attribute.value, "display: none") {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the last start tag read by `scanner` holds the article body (`itemprop="articleBody"`, or a class
    /// such as `article-body`, `story-body`, `entry-content`).
    static func isArticleBody(_ scanner: MarkupScanner) -> Bool {
        let bytes = scanner.bytes
        if let itemprop = scanner.attribute("itemprop"), contains(bytes, itemprop, "articlebody") { return true }
        guard let value = scanner.attribute("class") else { return false }
        return bodyClassMarkers.contains { contains(bytes, value, $0) }
    }

    private static let bodyClassMarkers = [
        "article-body", "article__body", "articlebody", "story-body", "story__body", "entry-content", "post-body",
        "post-content",
    ]

    private static let furnitureWords: Set<PackedName> = Set("""
        ad ads advert adverts advertisement advertisements advertising adslot adunit share shares sharing sharebar \
        social socials comment comments disqus related newsletter newsletters subscribe subscription signup promo \
        promos sponsor sponsored cookie cookies consent gdpr breadcrumb breadcrumbs nav navbar navigation menu \
        sidebar outbrain taboola recommended recirculation trending popular mostread toolbar popup modal \
        byline bylines credit credits tags tag topics keywords timestamp meta
        """.split(separator: " ").map { PackedName(String($0)) })

    /// Word beginnings that mark furniture ("sharebuttons", "socialmedia", "commentlist"), with the words that
    /// start the same way and are article text.
    private static let furniturePrefixes: [(prefix: String, except: [String])] = [
        ("share", ["shareholder"]), ("social", []), ("comment", ["commentary", "commentator"]),
        ("newsletter", []), ("advert", []), ("breadcrumb", []), ("cookie", []), ("sponsor", []),
    ]

    private static let furnitureRoles: Set<PackedName> = Set("""
        navigation banner contentinfo complementary menu menubar search dialog alertdialog toolbar
        """.split(separator: " ").map { PackedName(String($0)) })

    /// Whether a class or id list holds a furniture word; words are split at anything but letters and digits.
    private static func hasFurnitureWord(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Bool {
        var index = value.lowerBound
        while index < value.upperBound {
            while index < value.upperBound, !isWordByte(bytes[index]) { index += 1 }
            let start = index
            while index < value.upperBound, isWordByte(bytes[index]) { index += 1 }
            guard index > start else { continue }
            let word = start..<index
            if let key = PackedName(bytes, word, lowercased: true), furnitureWords.contains(key) { return true }
            for (prefix, exceptions) in furniturePrefixes
            where ByteScan.hasPrefixIgnoringCase(bytes, at: start, end: index, prefix) {
                if !exceptions.contains(where: { ByteScan.hasPrefixIgnoringCase(bytes, at: start, end: index, $0) }) {
                    return true
                }
            }
        }
        return false
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { ByteScan.isLetter(byte) || ByteScan.isDigit(byte) }

    /// Whether `bytes[range]` contains `needle` (lowercase ASCII), ignoring case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: String) -> Bool {
        let count = needle.utf8.count
        guard count <= range.count else { return false }
        var index = range.lowerBound
        while index + count <= range.upperBound {
            if ByteScan.hasPrefixIgnoringCase(bytes, at: index, end: range.upperBound, needle) { return true }
            index += 1
        }
        return false
    }
}
