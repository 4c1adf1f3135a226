/// One pass over a page's tokens: keeps a stack of open elements (closing what HTML closes implicitly and what the
/// page forgot to close), skips dropped subtrees, and collects paragraphs and metadata into an `HTMLPage`.
struct HTMLExtractor {
    private struct OpenElement {
        var name: PackedName?
        var tag: HTMLTag
        /// Opened a dropped subtree.
        var drops = false
        /// Index of the root it opened, if any.
        var root: Int?
        /// An `h1` outside dropped parts.
        var isHeadline = false
    }

    private var scanner: MarkupScanner
    private var stack: [OpenElement] = []
    /// Open elements that drop their subtree; text counts only at zero.
    private var dropping = 0
    /// Open `<head>` elements: their text is not page text.
    private var headDepth = 0
    /// Open article-like roots (inside one, `header` and `footer` are article parts).
    private var articleDepth = 0
    private var headlineDepth = 0
    private var currentRoot = -1
    private var paragraph = CollapsedText(capacity: 1024)
    private var page = HTMLPage()
    /// Open elements tracked at most; deeper ones are treated as transparent.
    private static let maxDepth = 1024

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        scanner = MarkupScanner(bytes, range: 0..<bytes.count)
        stack.reserveCapacity(64)
    }

    /// Reads the whole page.
    mutating func run() -> HTMLPage {
        while let token = scanner.next() {
            switch token {
            case .text(let range):
                addText(range, entities: .html)
            case .cdata(let content, _):
                addText(content, entities: nil)
            case .startTag(let tag):
                start(tag)
            case .endTag(let tag):
                end(tag)
            case .comment, .declaration:
                break
            }
        }
        while !stack.isEmpty { pop() }
        flush()
        return page
    }

    private mutating func addText(_ range: Range<Int>, entities: MarkupEntities.Dialect?) {
        guard dropping == 0 else { return }
        if headDepth > 0 {
            // Text in <head> is either whitespace or a page that never opened its <body>.
            if ByteScan.trimmed(scanner.bytes, range).isEmpty { return }
            closeHead()
        }
        paragraph.append(scanner.bytes, range, entities: entities)
    }

    private mutating func start(_ token: MarkupTag) {
        let name = PackedName(scanner.bytes, token.name, lowercased: true)
        let tag = HTMLTag.named(name)
        if headDepth > 0, !Self.belongsInHead(tag) { closeHead() }
        switch tag {
        case .meta:
            if dropping == 0 { readMeta(at: token.range.lowerBound) }
            return
        case .link:
            if dropping == 0 { readLink() }
            return
        case .title:
            let content = scanner.skipRawText(closing: "title")
            if dropping == 0, page.titleElement == nil { page.titleElement = decoded(content) }
            return
        case .time:
            if dropping == 0, let value = scanner.attribute("datetime") {
                addDate(value, at: token.range.lowerBound, origin: "<time datetime>", rank: 2)
            }
        case .body:
            closeHead()
        default:
            break
        }
        if tag.hasRawText {
            _ = scanner.skipRawText(closing: tag.rawValue)
            return
        }
        if tag.isVoid || token.selfClosing {
            if dropping == 0 {
                if tag.isBlock { flush() } else if tag.isCell || tag == .img { paragraph.breakWord() }
            }
            return
        }
        if tag.closesParagraph { closeImplied(by: tag, paragraphOnly: true) }
        if tag.hasImpliedEnd { closeImplied(by: tag, paragraphOnly: false) }
        if dropping == 0 {
            if tag.isBlock { flush() } else if tag.isCell { paragraph.breakWord() }
        }
        // Pathologically deep pages: deeper elements are not tracked (their end tags find nothing).
        guard stack.count < Self.maxDepth else { return }
        var element = OpenElement(name: name, tag: tag)
        if dropping == 0 {
            let isBody = !tag.isAlwaysDropped && (tag == .article || HTMLMarkers.isArticleBody(scanner))
            // Outside an article, article containers are never furniture ("post has-comments"); inside one, a
            // nested <article class="comment"> is.
            let mayBeFurniture = articleDepth > 0 ? tag != .h1 : !isBody && !tag.isNeverFurniture
            if tag.isAlwaysDropped || (tag.isDroppedOutsideArticle && articleDepth == 0) {
                element.drops = true
            } else if mayBeFurniture, HTMLMarkers.isFurniture(scanner) {
                element.drops = true
            } else if isBody {
                flush()
                page.roots.append(HTMLPage.Root(parent: currentRoot))
                currentRoot = page.roots.count - 1
                element.root = currentRoot
                articleDepth += 1
            }
            if tag == .h1, !element.drops {
                element.isHeadline = true
                headlineDepth += 1
            }
        }
        if element.drops { dropping += 1 }
        if tag == .head { headDepth += 1 }
        stack.append(element)
    }

    private mutating func end(_ token: MarkupTag) {
        let name = PackedName(scanner.bytes, token.name, lowercased: true)
        let tag = HTMLTag.named(name)
        if tag == .head {
            closeHead()
            return
        }
        if let name, let index = stack.lastIndex(where: { $0.name == name }) {
            while stack.count > index { pop() }
        } else if dropping == 0, tag.isBlock {
            // A stray </p> or </br> still ends a paragraph.
            flush()
        } else if dropping == 0, tag.isCell {
            paragraph.breakWord()
        }
    }

    private mutating func pop() {
        let element = stack.removeLast()
        if dropping == 0 {
            if element.tag.isBlock || element.root != nil || element.isHeadline {
                flush()
            } else if element.tag.isCell {
                paragraph.breakWord()
            }
        }
        if element.isHeadline { headlineDepth -= 1 }
        if let root = element.root {
            currentRoot = page.roots[root].parent
            articleDepth -= 1
        }
        if element.drops { dropping -= 1 }
        if element.tag == .head { headDepth -= 1 }
    }

    /// Closes what opening `tag` closes implicitly: an open `p` (for block elements) or an open element of the
    /// same kind (`li`, `dt`/`dd`, table rows and cells, `option`), searching no further than their containers.
    private mutating func closeImplied(by tag: HTMLTag, paragraphOnly: Bool) {
        var index = stack.count - 1
        while index >= 0 {
            let open = stack[index].tag
            if paragraphOnly {
                if open == .p { break }
                if open.isBlock || open.isCell { return }
            } else {
                if tag.impliedlyCloses(open) { break }
                if tag.impliedEndStops(at: open) || open == .body || open == .html { return }
            }
            index -= 1
        }
        guard index >= 0 else { return }
        while stack.count > index { pop() }
    }

    private mutating func closeHead() {
        guard headDepth > 0, let index = stack.lastIndex(where: { $0.tag == .head }) else { return }
        while stack.count > index { pop() }
    }

    private static func belongsInHead(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template: return true
        default: return false
        }
    }

    private mutating func flush() {
        guard !paragraph.isEmpty else { return }
        page.paragraphs.append(HTMLPage.Paragraph(text: paragraph.string, root: currentRoot,
                                                  isHeadline: headlineDepth > 0))
        if currentRoot >= 0 { page.roots[currentRoot].textBytes += paragraph.bytes.count }
        paragraph.removeAll()
    }

    // MARK: - Metadata

    private func decoded(_ range: Range<Int>) -> String {
        var text = CollapsedText()
        text.append(scanner.bytes, range, entities: .html)
        return text.string
    }

    private mutating func readMeta(at offset: Int) {
        guard let content = scanner.attribute("content") else { return }
        let bytes = scanner.bytes
        for key in ["property", "name", "itemprop"] {
            guard let raw = scanner.attribute(key) else { continue }
            let value = ByteScan.trimmed(bytes, raw)
            func named(_ name: String) -> Bool { ByteScan.equalsIgnoringCase(bytes, value, name) }
            if named("og:url") {
                if page.ogURL == nil { page.ogURL = decoded(content) }
            } else if named("og:site_name") {
                if page.siteName == nil { page.siteName = decoded(content) }
            } else if named("article:published_time") {
                addDate(content, at: offset, origin: "<meta \(key)=\"article:published_time\">", rank: 0)
            } else if Self.dateMetaNames.contains(where: named) {
                addDate(content, at: offset, origin: "<meta \(key)=\"\(ByteScan.string(bytes, value))\">", rank: 1)
            }
        }
    }

    private static let dateMetaNames = [
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
        "datepublished",
    ]

    private mutating func readLink() {
        guard let rel = scanner.attribute("rel"), HTMLMarkers.contains(scanner.bytes, rel, "canonical"),
              let href = scanner.attribute("href"), page.canonicalURL == nil else { return }
        let url = decoded(href)
        if !url.isEmpty { page.canonicalURL = url }
    }

    private mutating func addDate(_ value: Range<Int>, at offset: Int, origin: String, rank: Int) {
        page.dates.append(HTMLPage.DateCandidate(value: decoded(value), offset: offset, origin: origin, rank: rank))
    }
}
