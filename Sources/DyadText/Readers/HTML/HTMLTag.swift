/// The HTML elements the article extractor treats specially; every other element is `.other` (inline, kept).
enum HTMLTag: String, CaseIterable, Sendable {
    case html, head, body, title, meta, link, time, base
    case script, style, noscript, template, svg, math, iframe, noembed, noframes, xmp, textarea
    case form, button, select, option, input, label, nav, header, footer, aside, menu, dialog
    case object, embed, video, audio, canvas, picture, source, track, map, area, img
    case h1, h2, h3, h4, h5, h6, p, div, br, hr, li, ul, ol, dl, dt, dd
    case blockquote, figure, figcaption, caption, table, thead, tbody, tfoot, tr, td, th
    case section, article, main, pre, address, center, details, summary, fieldset, legend, hgroup
    case col, colgroup, wbr, param, keygen
    case other

    /// The tag for a name in the input (any case).
    static func named(_ name: PackedName?) -> HTMLTag {
        guard let name else { return .other }
        return lookup[name] ?? .other
    }

    private static let lookup: [PackedName: HTMLTag] = {
        var table: [PackedName: HTMLTag] = [:]
        for tag in allCases where tag != .other { table[PackedName(tag.rawValue)] = tag }
        return table
    }()

    /// Has no content and no end tag.
    var isVoid: Bool {
        switch self {
        case .meta, .link, .base, .br, .hr, .img, .input, .embed, .source, .track, .area, .col, .wbr, .param, .keygen:
            return true
        default:
            return false
        }
    }

    /// Content is raw text up to the matching end tag (never markup); `title` is read, the others skipped.
    var hasRawText: Bool {
        switch self {
        case .script, .style, .title, .textarea, .xmp, .noembed, .noframes, .iframe, .noscript: return true
        default: return false
        }
    }

    /// Never article text, wherever it stands.
    var isAlwaysDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .noembed, .noframes, .textarea,
             .form, .button, .select, .nav, .aside, .menu, .dialog, .object, .video, .audio, .canvas:
            return true
        default:
            return false
        }
    }

    /// Page furniture unless it stands inside the article (where a `header` holds the headline).
    var isDroppedOutsideArticle: Bool { self == .header || self == .footer }

    /// Never dropped for its class or id: the containers the article lives in, and the headline.
    var isNeverFurniture: Bool {
        switch self {
        case .html, .body, .main, .article, .h1: return true
        default: return false
        }
    }

    /// Starts and ends a paragraph.
    var isBlock: Bool {
        switch self {
        case .html, .body, .h1, .h2, .h3, .h4, .h5, .h6, .p, .div, .br, .hr, .li, .ul, .ol, .dl, .dt, .dd,
             .blockquote, .figure, .figcaption, .caption, .table, .thead, .tbody, .tfoot, .tr, .section, .article,
             .main, .pre, .address, .center, .details, .summary, .fieldset, .legend, .hgroup, .header, .footer,
             .nav, .aside, .menu, .form, .title, .picture, .video, .audio:
            return true
        default:
            return false
        }
    }

    /// Separates words but not paragraphs (table cells).
    var isCell: Bool { self == .td || self == .th }

    /// An open `p` is closed by this start tag (HTML's implied end tags).
    var closesParagraph: Bool {
        isBlock && self != .br && self != .title && self != .picture && self != .video && self != .audio
    }

    /// Whether opening this element closes open elements of its kind (`li`, `dt`, `dd`, `tr`, `td`, `th`, `option`).
    var hasImpliedEnd: Bool {
        switch self {
        case .li, .dt, .dd, .tr, .td, .th, .option: return true
        default: return false
        }
    }

    /// Whether opening this element implicitly closes an open `other` ("<li>a<li>b" closes the first `li`).
    func impliedlyCloses(_ other: HTMLTag) -> Bool {
        switch self {
        case .li: return other == .li
        case .dt, .dd: return other == .dt || other == .dd
        case .tr: return other == .tr || other == .td || other == .th
        case .td, .th: return other == .td || other == .th
        case .option: return other == .option
        default: return false
        }
    }

    /// Whether an open `other` ends the search for an element this one implicitly closes (a nested list's `li`
    /// does not close its parent's).
    func impliedEndStops(at other: HTMLTag) -> Bool {
        switch self {
        case .li:
            switch other { case .ul, .ol, .menu: return true; default: return false }
        case .dt, .dd: return other == .dl
        case .tr:
            switch other { case .table, .thead, .tbody, .tfoot: return true; default: return false }
        case .td, .th: return other == .tr || other == .table
        case .option: return other == .select
        default: return true
        }
    }
}
